// The host's thunks, after the web app's: sending posts and commands (actions/views/create_comment.tsx,
// actions/command.ts), editing, dismissing, threads, profiles, preferences and the user's language.
import {hostFetch, sandboxFetch, type ApiError} from './api';
import {runMessageWillBePostedHooks, runSlashCommandWillBePostedHooks, type CommandArgs} from './hooks';
import {loadTranslationsFor} from './i18n';
import {getCurrentUser, getCurrentUserId, isCollapsedThreadsEnabled} from './selectors';
import type {HostDispatch, HostPost, HostState} from './store';
import {generateId} from './util';

type Thunk<T = unknown> = (dispatch: HostDispatch, getState: () => HostState) => Promise<T>;
export type Result<T> = {data?: T; error?: {message: string}};

// handleNewPost → receivedNewPost(post, crtEnabled).
export function receivedNewPost(post: HostPost, crtEnabled: boolean) {
    return {type: 'RECEIVED_NEW_POST', data: post, features: {crtEnabled}};
}

// The sandbox server may not have a route yet (404 api.context.404.app_error): then the host keeps the post
// in this page only, so the rest works on an older server.
function routeMissing(err: unknown): boolean {
    const e = err as ApiError;
    return e?.status === 404 && e.id === 'api.context.404.app_error';
}

export function submitPost(channelId: string, rootId: string, message: string): Thunk<Result<HostPost>> {
    return async (dispatch, getState) => {
        const userId = getCurrentUserId(getState());
        const time = Date.now();
        // No id yet: the server assigns it.
        const draft = {
            file_ids: [],
            message,
            channel_id: channelId,
            root_id: rootId,
            pending_post_id: `${userId}:${time}`,
            user_id: userId,
            create_at: time,
            type: '',
            metadata: {},
            props: {},
        } as unknown as HostPost;
        const hookResult = await dispatch(runMessageWillBePostedHooks(draft));
        if (hookResult.error) {
            return {error: hookResult.error};
        }
        const post: HostPost = hookResult.data;
        let saved: HostPost;
        try {
            saved = await hostFetch('/posts', {method: 'POST', body: JSON.stringify(post)});
        } catch (err) {
            if (!routeMissing(err)) {
                return {error: {message: (err as Error).message}};
            }
            saved = {...post, id: generateId(), update_at: time, edit_at: 0, delete_at: 0};
        }
        dispatch(receivedNewPost(saved, isCollapsedThreadsEnabled(getState())));
        return {data: saved};
    };
}

// Hooks first; {} from a hook (message and args both empty) means consumed; the rest goes to the server.
export function submitCommand(message: string, args: CommandArgs): Thunk<Result<unknown>> {
    return async (dispatch) => {
        const hookResult = await dispatch(runSlashCommandWillBePostedHooks(message, args));
        if (hookResult.error) {
            return {error: hookResult.error};
        }
        if (!hookResult.data.message && !hookResult.data.args) {
            return {data: true};
        }
        try {
            const data = await hostFetch('/commands/execute', {
                method: 'POST',
                body: JSON.stringify({command: hookResult.data.message, ...hookResult.data.args}),
            });
            return {data};
        } catch (err) {
            return {error: {message: (err as Error).message}};
        }
    };
}

// PUT /posts/{id}/patch with what the update hooks returned.
export function patchPost(patch: Partial<HostPost>, oldPost: HostPost): Thunk<Result<HostPost>> {
    return async (dispatch, getState) => {
        let saved: HostPost;
        try {
            saved = await hostFetch(`/posts/${oldPost.id}/patch`, {method: 'PUT', body: JSON.stringify(patch)});
        } catch (err) {
            if (!routeMissing(err)) {
                return {error: {message: (err as Error).message}};
            }
            const now = Date.now();
            saved = {...oldPost, ...patch, id: oldPost.id, edit_at: now, update_at: now};
        }
        dispatch({type: 'RECEIVED_POST', data: saved, features: {crtEnabled: isCollapsedThreadsEnabled(getState())}});
        return {data: saved};
    };
}

// The "×" on an ephemeral post: it leaves the store.
export function removePost(post: HostPost) {
    return {type: 'POST_REMOVED', data: post};
}

export function selectPost(post: HostPost) {
    return {type: 'SELECT_POST', postId: post.root_id || post.id, channelId: post.channel_id, timestamp: Date.now()};
}

export function closeRightHandSide() {
    return {type: 'UPDATE_RHS_STATE', state: null};
}

const requestedProfiles = new Set<string>();

// Authors the store does not know are fetched once (POST /users/ids); '0' and other non-ids never are.
export function getMissingProfilesByIds(ids: string[]): Thunk<void> {
    return async (dispatch, getState) => {
        const profiles = getState().entities.users.profiles;
        const missing = ids.filter((id) => /^[a-z0-9]{26}$/.test(id) && !profiles[id] && !requestedProfiles.has(id));
        if (missing.length === 0) {
            return;
        }
        missing.forEach((id) => requestedProfiles.add(id));
        try {
            const users = await hostFetch('/users/ids', {method: 'POST', body: JSON.stringify(missing)});
            dispatch({type: 'RECEIVED_PROFILES_LIST', data: users});
        } catch {
            // Shown as "Someone", as the web app does for a user it cannot load.
        }
    };
}

export function savePreferences(preferences: Array<{category: string; name: string; value: string}>) {
    return (dispatch: HostDispatch, getState: () => HostState) => {
        const userId = getCurrentUserId(getState());
        dispatch({type: 'RECEIVED_PREFERENCES', data: preferences.map((p) => ({user_id: userId, ...p}))});
    };
}

// Display › Language: the profile's locale changes (and is saved on the server), then the translations are
// loaded again for the new locale. Plugins are not re-initialized: the web app does not do that either.
export function setLocale(locale: string): Thunk<void> {
    return async (dispatch, getState) => {
        const user = getCurrentUser(getState());
        if (!user) {
            return;
        }
        await sandboxFetch(`/users/${encodeURIComponent(user.username)}`, {
            method: 'POST',
            body: JSON.stringify({locale}),
        }).catch(() => undefined);
        dispatch({type: 'RECEIVED_ME', data: {...user, locale}});
        dispatch(loadTranslationsFor());
    };
}
