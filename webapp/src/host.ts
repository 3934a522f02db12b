// The one adapter for what the Mattermost web app offers beyond the standard plugin API: the site's base
// path, client-side ephemeral posts, collapsed reply threads, the Settings modal and the message box.
// A host change is a one-file fix here. (See shared/mattermost/webapp-host.md.)
import type {GlobalState} from '@mattermost/types/store';
import PostTypes from 'mattermost-redux/action_types/posts';

import {randomId} from './utils/ids';

// A post the store receives is shown in its channel. (Only this one action-types module is imported:
// the package's index would bring every action type into the bundle.)
export const RECEIVED_NEW_POST = PostTypes.RECEIVED_NEW_POST;

// Only a post type starting with `system_` gets the "System" header and the Mattermost logo; this one
// adds "(Only visible to you)" and offers nothing but dismiss. The plugin's own component is chosen by
// `props.type`.
export const EPHEMERAL_POST_TYPE = 'system_ephemeral';
export const SYSTEM_USER_ID = '0';

// The web app's modal state (views.modals) and the Settings modal's id (ModalIdentifiers.USER_SETTINGS).
const MODAL_CLOSE = 'MODAL_CLOSE';
const USER_SETTINGS_MODAL = 'user_settings';
const MESSAGE_BOX_ID = 'post_textbox';

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

export function currentUser(state: StateLike) {
    return state.entities.users.profiles[state.entities.users.currentUserId];
}

export function userLocale(state: StateLike): string {
    return currentUser(state)?.locale || 'en';
}

// mattermost-redux's isCollapsedThreadsEnabled: allowed by the server's CollapsedThreads setting, and on
// for this user (their display preference, or the server's default), or always on.
export function isCollapsedThreadsEnabled(state: StateLike): boolean {
    const setting = (state.entities.general?.config as Record<string, string | undefined>)?.CollapsedThreads;
    if (setting === undefined || setting === 'disabled') {
        return false;
    }
    if (setting === 'always_on') {
        return true;
    }
    const preference = state.entities.preferences?.myPreferences?.['display_settings--collapsed_reply_threads'];
    return (preference?.value ?? (setting === 'default_on' ? 'on' : 'off')) === 'on';
}

export interface EphemeralPostInput {
    channelId: string;
    rootId?: string;
    message: string;
    // The post type that picks the plugin's component (post.props.type).
    componentType: string;
}

// A post that exists only in this browser, built as the web app's own sendEphemeralPost builds one: never
// sent to the server, search or compliance exports.
export function ephemeralPost(input: EphemeralPostInput, now = Date.now()) {
    return {
        id: randomId(),
        user_id: SYSTEM_USER_ID,
        channel_id: input.channelId,
        root_id: input.rootId ?? '',
        message: input.message,
        type: EPHEMERAL_POST_TYPE,
        create_at: now,
        update_at: now,
        edit_at: 0,
        delete_at: 0,
        is_pinned: false,
        original_id: '',
        hashtags: '',
        pending_post_id: '',
        reply_count: 0,
        props: {type: input.componentType},
        metadata: {embeds: [], emojis: [], files: [], images: {}},
    };
}

export type EphemeralPost = ReturnType<typeof ephemeralPost>;

// handleNewPost → receivedNewPost(post, crtEnabled): with collapsed threads on, a reply in a thread stays
// in that thread.
export function receivedEphemeralPost(post: EphemeralPost, crtEnabled: boolean) {
    return {type: RECEIVED_NEW_POST, data: post, features: {crtEnabled}};
}

// A plugin window cannot show above the Settings modal (a focus-enforcing modal at z-index 1050, outside
// the plugin's root): close Settings first.
export function closeSettingsModal() {
    return {type: MODAL_CLOSE, modalId: USER_SETTINGS_MODAL};
}

// Where focus goes when a window opened from a closed Settings modal closes: the channel's message box.
export function focusMessageBox() {
    document.getElementById(MESSAGE_BOX_ID)?.focus();
}
