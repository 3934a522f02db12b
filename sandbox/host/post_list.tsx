// The centre channel (its posts in entities.posts.postsInChannel, oldest first) and the right-hand side
// thread view (the root post and entities.posts.postsInThread[root]) with its own message box.
import React, {useEffect, useRef} from 'react';
import {useDispatch, useSelector} from 'react-redux';

import {closeRightHandSide} from './actions';
import {Post} from './post';
import {PostCreate} from './post_create';
import {CHANNEL_ID, type HostPost, type HostState} from './store';

function useScrollToEnd(count: number) {
    const ref = useRef<HTMLDivElement>(null);
    useEffect(() => {
        ref.current?.scrollTo({top: ref.current.scrollHeight});
    }, [count]);
    return ref;
}

export function ChannelView() {
    const order = useSelector((s: HostState) => {
        const blocks = s.entities.posts.postsInChannel[CHANNEL_ID] ?? [];
        return blocks.find((b: {recent?: boolean}) => b.recent)?.order ?? [];
    }) as string[];
    const posts = useSelector((s: HostState) => s.entities.posts.posts as Record<string, HostPost>);
    const channel = useSelector((s: HostState) => s.entities.channels.channels[CHANNEL_ID]);
    const listRef = useScrollToEnd(order.length);
    return (
        <main className='host-center'>
            <div className='host-channel-header'>{channel.display_name}</div>
            <div className='host-post-list' ref={listRef} role='log' aria-label='Messages' aria-live='polite'>
                {[...order]
                    .reverse()
                    .map((id) => posts[id])
                    .filter(Boolean)
                    .map((post) => (
                        <Post key={post.id} post={post} location='CENTER' />
                    ))}
            </div>
            <PostCreate channelId={CHANNEL_ID} label={`Write to ${channel.display_name}`} />
        </main>
    );
}

export function ThreadView() {
    const dispatch = useDispatch();
    const rootId = useSelector((s: HostState) => s.views.rhs.selectedPostId as string);
    const root = useSelector((s: HostState) => s.entities.posts.posts[rootId] as HostPost | undefined);
    const replyIds = useSelector((s: HostState) => (s.entities.posts.postsInThread[rootId] ?? []) as string[]);
    const posts = useSelector((s: HostState) => s.entities.posts.posts as Record<string, HostPost>);
    const channel = useSelector((s: HostState) => s.entities.channels.channels[root?.channel_id ?? CHANNEL_ID]);
    const replies = replyIds
        .map((id) => posts[id])
        .filter(Boolean)
        .sort((a, b) => a.create_at - b.create_at);
    const listRef = useScrollToEnd(replies.length);
    if (!rootId || !root) {
        return null;
    }
    return (
        <aside id='sidebar-right' className='host-rhs' aria-label='Thread'>
            <div className='host-rhs__header'>
                <h2>{'Thread'}</h2>
                <span className='host-rhs__channel'>{channel?.display_name}</span>
                <span className='spacer' />
                <button type='button' aria-label='Close' onClick={() => dispatch(closeRightHandSide())}>
                    {'×'}
                </button>
            </div>
            <div className='host-post-list' ref={listRef} role='log' aria-label='Thread messages' aria-live='polite'>
                <Post post={root} location='RHS_ROOT' />
                {replies.length > 0 && (
                    <div className='host-rhs__count'>{`${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}`}</div>
                )}
                {replies.map((post) => (
                    <Post key={post.id} post={post} location='RHS_COMMENT' />
                ))}
            </div>
            <PostCreate channelId={root.channel_id} rootId={root.id} label='Reply to this thread...' />
        </aside>
    );
}
