// components/post/post_options.tsx: an ephemeral post gets only a dismiss "×"; any other system_ post gets
// nothing; every other post gets reactions, Save, Reply and the dot menu (Reply, Forward, Mark as Unread,
// Save, Pin, Copy Link, and Edit for one's own posts). They act on this page only, and they are there so a
// test can see which posts have them. Also the inline editor, which runs the MessageWillBeUpdated hooks.
import React, {useState} from 'react';
import {useDispatch, useSelector} from 'react-redux';

import {patchPost, removePost, savePreferences, selectPost} from './actions';
import {runMessageWillBeUpdatedHooks} from './hooks';
import {MenuButton, type MenuEntry} from './menu';
import {getCurrentUserId, getPreference, isPostEphemeral, isSystemMessage} from './selectors';
import type {HostDispatch, HostPost, HostState} from './store';

export type PostLocation = 'CENTER' | 'RHS_ROOT' | 'RHS_COMMENT';

export function PostOptions({post, location, onEdit}: {post: HostPost; location: PostLocation; onEdit: () => void}) {
    const dispatch = useDispatch() as HostDispatch;
    const mine = useSelector((s: HostState) => getCurrentUserId(s) === post.user_id);
    const saved = useSelector((s: HostState) => getPreference(s, 'flagged_post', post.id) === 'true');
    if (isPostEphemeral(post)) {
        return (
            <div className='col col__remove'>
                <button type='button' className='post__remove' onClick={() => dispatch(removePost(post))}>
                    {'×'}
                </button>
            </div>
        );
    }
    if (isSystemMessage(post)) {
        return null;
    }
    const toggleSave = () =>
        dispatch(savePreferences([{category: 'flagged_post', name: post.id, value: saved ? 'false' : 'true'}]));
    const togglePin = () => dispatch({type: 'RECEIVED_POST', data: {...post, is_pinned: !post.is_pinned}});
    const reply = () => dispatch(selectPost(post));
    const items: MenuEntry[] = [
        {key: 'reply', label: 'Reply', onClick: reply},
        {key: 'forward', label: 'Forward'},
        {key: 'unread', label: 'Mark as Unread'},
        {key: 'save', label: saved ? 'Remove from Saved' : 'Save', onClick: toggleSave},
        {key: 'pin', label: post.is_pinned ? 'Unpin from Channel' : 'Pin to Channel', onClick: togglePin},
        {key: 'link', label: 'Copy Link'},
        ...(mine ? [{key: 'edit', label: 'Edit', onClick: onEdit, separatorBefore: true}] : []),
    ];
    return (
        <div className='col post-menu' role='group' aria-label='Message actions'>
            <button type='button' className='post-menu__button' aria-label='Add Reaction'>
                <span aria-hidden='true'>{'☺'}</span>
            </button>
            <button
                type='button'
                className='post-menu__button'
                aria-label={saved ? 'Saved' : 'Save'}
                onClick={toggleSave}
            >
                <span aria-hidden='true'>{saved ? '★' : '☆'}</span>
            </button>
            {location === 'CENTER' && (
                <button type='button' className='post-menu__button' aria-label='Reply' onClick={reply}>
                    <span aria-hidden='true'>{'↩'}</span>
                </button>
            )}
            <MenuButton
                buttonLabel={<span aria-hidden='true'>{'⋯'}</span>}
                buttonAriaLabel='More'
                buttonClassName='post-menu__button'
                menuClassName='post-dot-menu'
                items={items}
            />
        </div>
    );
}

// The inline editor (components/edit_post): Enter saves, Escape cancels. A hook that throws or rejects is not
// caught (the web app lets it become an unhandled rejection); {error} is shown and keeps the editor open.
export function PostEditor({post, onDone}: {post: HostPost; onDone: () => void}) {
    const dispatch = useDispatch() as HostDispatch;
    const [text, setText] = useState(post.message);
    const [error, setError] = useState('');
    const save = async () => {
        const updated: Partial<HostPost> = {message: text, id: post.id, channel_id: post.channel_id};
        const hookResult = await dispatch(runMessageWillBeUpdatedHooks(updated, post));
        if (hookResult.error?.message) {
            setError(hookResult.error.message);
            return;
        }
        const next = hookResult.data as Partial<HostPost>;
        if (next.message === post.message) {
            onDone();
            return;
        }
        const result = await dispatch(patchPost(next, post));
        if (result.error) {
            setError(result.error.message);
            return;
        }
        onDone();
    };
    return (
        <div className='post-edit'>
            <textarea
                aria-label='Edit message'
                value={text}
                autoFocus={true}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={(e) => {
                    if (e.key === 'Enter' && !e.shiftKey) {
                        e.preventDefault();
                        save();
                    } else if (e.key === 'Escape') {
                        e.preventDefault();
                        onDone();
                    }
                }}
            />
            {error && (
                <div className='error' role='alert'>
                    {error}
                </div>
            )}
        </div>
    );
}
