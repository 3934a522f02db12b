// One post, drawn as the web app draws it (components/post, post_profile_picture, post/user_profile.tsx,
// post_view/post_message_view):
// - header and avatar: a post whose type starts with "system_" is "System" with the Mattermost logo; any other
//   is drawn with its user_id's profile; a user the store does not know (e.g. "0") reads "Someone", and its
//   avatar requests /api/v4/users/<id>/image?_=0, then /image/default when that fails — a failed load is a
//   console error in the browser, as in the web app;
// - "(Only visible to you)" for system_ephemeral posts;
// - body: the registerPostTypeComponent component for post.props.type when that is a string, else post.type;
//   otherwise the message as Markdown.
import React, {useEffect, useState} from 'react';
import {useDispatch, useSelector} from 'react-redux';

import {getMissingProfilesByIds} from './actions';
import {profileImageUrl} from './api';
import {ErrorBoundary, usePlugins} from './common';
import {renderMarkdown} from './markdown';
import {PostEditor, PostOptions, type PostLocation} from './post_options';
import {isSystemMessage} from './selectors';
import type {HostDispatch, HostPost, HostState} from './store';
import {THEMES, type ThemeName} from './theme';

function MattermostLogo() {
    return (
        <span className='post__img icon'>
            <svg role='img' aria-label='Mattermost Logo' viewBox='0 0 32 32' width='32' height='32'>
                <circle cx='16' cy='16' r='15' fill='var(--button-bg)' />
                <path d='M11 9 A9 9 0 1 0 21 9 L19 13 A5 5 0 1 1 13 13 Z' fill='var(--button-color)' />
            </svg>
        </span>
    );
}

// components/widgets/users/avatar: on error, /image?_=N becomes /image/default, once.
function Avatar({
    userId,
    username,
    lastPictureUpdate,
}: {
    userId: string;
    username?: string;
    lastPictureUpdate?: number;
}) {
    const [src, setSrc] = useState(() => profileImageUrl(userId, lastPictureUpdate ?? 0));
    return (
        <img
            className='post__img Avatar Avatar-md'
            alt={`${username || 'user'} profile image`}
            src={src}
            loading='lazy'
            onError={() => {
                const fallback = src.replace(/\?_=(\w+)/, '/default');
                if (fallback !== src) {
                    setSrc(fallback);
                }
            }}
        />
    );
}

function PostBody({post, location}: {post: HostPost; location: PostLocation}) {
    const plugins = usePlugins();
    const themeName = useSelector((s: HostState) => s.views.theme as ThemeName);
    const postType = typeof post.props?.type === 'string' ? (post.props.type as string) : post.type;
    if (Object.prototype.hasOwnProperty.call(plugins.postTypes, postType)) {
        const Component = plugins.postTypes[postType].component as React.ComponentType<Record<string, unknown>>;
        return (
            <ErrorBoundary name={postType}>
                <Component post={post} compactDisplay={false} isRHS={location !== 'CENTER'} theme={THEMES[themeName]} />
            </ErrorBoundary>
        );
    }
    return (
        <div
            className='post-message__text'
            dir='auto'
            dangerouslySetInnerHTML={{__html: renderMarkdown(post.message)}}
        />
    );
}

function time(ms: number) {
    return new Date(ms).toLocaleTimeString('en-US', {hour: 'numeric', minute: '2-digit'});
}

export function Post({post, location}: {post: HostPost; location: PostLocation}) {
    const dispatch = useDispatch() as HostDispatch;
    const author = useSelector((s: HostState) => s.entities.users.profiles[post.user_id]);
    const [editing, setEditing] = useState(false);
    const system = isSystemMessage(post);
    useEffect(() => {
        if (!author && post.user_id) {
            dispatch(getMissingProfilesByIds([post.user_id]));
        }
    }, [author, post.user_id, dispatch]);
    const fromBot = Boolean(author?.is_bot);
    const name = system && !fromBot ? 'System' : (author?.username ?? 'Someone');
    return (
        <article
            className={`post ${system ? 'post--system' : ''}`}
            data-post-id={post.id}
            data-post-type={post.type}
            data-root-id={post.root_id || undefined}
            aria-label={`${name} message`}
        >
            {system && !fromBot ? (
                <MattermostLogo />
            ) : (
                <Avatar
                    key={`${post.user_id}:${author?.last_picture_update ?? 0}`}
                    userId={post.user_id}
                    username={author?.username}
                    lastPictureUpdate={author?.last_picture_update}
                />
            )}
            <div className='post__content'>
                <div className='post__header'>
                    <div className='col col__name'>
                        <span className='user-popover'>{name}</span>
                    </div>
                    <div className='col post__header--info'>
                        <time dateTime={new Date(post.create_at).toISOString()}>{time(post.create_at)}</time>
                        {post.type === 'system_ephemeral' && (
                            <span className='post__visibility'>{'(Only visible to you)'}</span>
                        )}
                        {post.is_pinned && <span className='post__pinned-badge'>{'Pinned'}</span>}
                    </div>
                    {!editing && <PostOptions post={post} location={location} onEdit={() => setEditing(true)} />}
                </div>
                <div className='post__body'>
                    {editing ? (
                        <PostEditor post={post} onDone={() => setEditing(false)} />
                    ) : (
                        <PostBody post={post} location={location} />
                    )}
                    {Boolean(post.edit_at) && !editing && <span className='post-edited__indicator'>{'Edited'}</span>}
                </div>
            </div>
        </article>
    );
}
