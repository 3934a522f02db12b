// The one adapter for what the Mattermost web app offers beyond the standard plugin API: the site's base
// path, the store's action for client-side posts, and the current user/channel. A host change is a
// one-file fix here.
import type {GlobalState} from '@mattermost/types/store';
import PostTypes from 'mattermost-redux/action_types/posts';

// A post the store receives is shown in its channel. (Only this one action-types module is imported:
// the package's index would bring every action type into the bundle.)
export const RECEIVED_NEW_POST = PostTypes.RECEIVED_NEW_POST;
// Renders as "System".
export const SYSTEM_USER_ID = '0';

declare global {
    interface Window {
        basename?: string;
    }
}

type StateLike = Pick<GlobalState, 'entities'>;

// The server's URL for Client4, as the web app's own getSiteURL() builds it: this page's origin plus the
// web app's base path (Mattermost under a subpath such as /mattermost sets window.basename). The page's
// origin, not ServiceSettings.SiteURL, so that the session cookie goes along even when SiteURL names
// another host; SiteURL is the fallback where there is no page location.
export function siteUrlFrom(
    state: StateLike,
    location: Pick<Location, 'origin'> | null = window.location,
    basename = window.basename ?? '',
): string {
    if (location?.origin && location.origin !== 'null') {
        return `${location.origin}${basename}`.replace(/\/+$/, '');
    }
    return (state.entities.general?.config as Record<string, string | undefined>)?.SiteURL ?? '';
}

export function currentUserId(state: StateLike): string {
    return state.entities.users.currentUserId;
}

export function currentUser(state: StateLike) {
    return state.entities.users.profiles[state.entities.users.currentUserId];
}

export function userLocale(state: StateLike): string {
    return currentUser(state)?.locale || 'en';
}

let postCounter = 0;

export interface EphemeralPostInput {
    channelId: string;
    rootId?: string;
    message: string;
    type: string;
    props?: Record<string, unknown>;
}

// A post that exists only in this browser: never sent to the server, search or compliance exports.
export function ephemeralPost(input: EphemeralPostInput, now = Date.now()) {
    postCounter += 1;
    return {
        id: `token_manager_${now.toString(36)}_${postCounter}`,
        user_id: SYSTEM_USER_ID,
        channel_id: input.channelId,
        root_id: input.rootId ?? '',
        message: input.message,
        type: input.type,
        create_at: now,
        update_at: now,
        edit_at: 0,
        delete_at: 0,
        is_pinned: false,
        original_id: '',
        props: input.props ?? {},
        hashtags: '',
        pending_post_id: '',
        reply_count: 0,
        metadata: {},
    };
}

export function receivedEphemeralPost(input: EphemeralPostInput) {
    const post = ephemeralPost(input);
    return {type: RECEIVED_NEW_POST, channelId: input.channelId, data: post};
}
