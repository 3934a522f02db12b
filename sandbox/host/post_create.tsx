// The message box, in the channel and in a thread (advanced_text_editor/use_submit.tsx): Enter sends. A draft
// starting with "/" runs the SlashCommandWillBePosted hooks with {channel_id, team_id, root_id}; anything else
// runs the MessageWillBePosted hooks and is sent with POST /api/v4/posts. {error} is shown under the box and
// keeps the draft; a hook that throws or rejects keeps the draft and shows nothing, as in the web app.
import React, {useCallback, useState} from 'react';
import {useDispatch, useSelector} from 'react-redux';

import {submitCommand, submitPost, type Result} from './actions';
import {TEAM_ID, type HostDispatch, type HostState} from './store';

// The box's id is the web app's: post_textbox in the channel, reply_textbox in a thread (plugins focus it).
export function PostCreate({channelId, rootId = '', label}: {channelId: string; rootId?: string; label: string}) {
    const dispatch = useDispatch() as HostDispatch;
    const teamId = useSelector((s: HostState) => s.entities.teams.currentTeamId ?? TEAM_ID);
    const [draft, setDraft] = useState('');
    const [error, setError] = useState('');
    const [busy, setBusy] = useState(false);

    const submit = useCallback(async () => {
        if (draft.trim() === '' || busy) {
            return;
        }
        setError('');
        setBusy(true);
        try {
            const result: Result<unknown> = draft.startsWith('/')
                ? await dispatch(submitCommand(draft, {channel_id: channelId, team_id: teamId, root_id: rootId}))
                : await dispatch(submitPost(channelId, rootId, draft));
            if (result.error?.message) {
                setError(result.error.message);
            } else {
                setDraft('');
            }
        } catch {
            // use_submit.tsx: what a hook threw is dropped; the draft stays.
        } finally {
            setBusy(false);
        }
    }, [draft, busy, dispatch, channelId, teamId, rootId]);

    return (
        <div className='host-post-create'>
            <textarea
                id={rootId ? 'reply_textbox' : 'post_textbox'}
                aria-label={label}
                placeholder={label}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                    if (e.key === 'Enter' && !e.shiftKey) {
                        e.preventDefault();
                        submit();
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
