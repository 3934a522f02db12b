// state.entities, shaped like mattermost-redux's GlobalState (the parts plugins read), with the action types
// the web app uses. Posts follow reducers/entities/posts.ts: RECEIVED_NEW_POST puts a reply in its thread,
// and in the channel's recent block too unless the action says collapsed reply threads are on.
import {combineReducers, type AnyAction} from 'redux';

export const CHANNEL_ID = 'townsquare0000000000000000';
export const TEAM_ID = 'sandboxteam000000000000000';

export interface HostPost {
    id: string;
    user_id: string;
    channel_id: string;
    root_id: string;
    message: string;
    type: string;
    create_at: number;
    update_at?: number;
    edit_at?: number;
    is_pinned?: boolean;
    props: Record<string, unknown>;
    metadata?: Record<string, unknown>;
    [key: string]: unknown;
}

export interface PostOrderBlock {
    order: string[];
    recent?: boolean;
}

type Profiles = Record<string, Record<string, any>>;
interface UsersState {
    currentUserId: string;
    profiles: Profiles;
}

function users(state: UsersState = {currentUserId: '', profiles: {}}, action: AnyAction): UsersState {
    switch (action.type) {
        case 'RECEIVED_ME':
            return {
                currentUserId: action.data.id,
                profiles: {...state.profiles, [action.data.id]: action.data},
            };
        case 'RECEIVED_PROFILES_LIST': {
            const profiles = {...state.profiles};
            for (const user of action.data as Array<{id: string}>) {
                profiles[user.id] = {...profiles[user.id], ...user};
            }
            return {...state, profiles};
        }
        default:
            return state;
    }
}

function roles(state = {roles: {} as Record<string, unknown>}, action: AnyAction) {
    if (action.type === 'RECEIVED_ROLES') {
        const next = {...state.roles};
        for (const role of action.data as Array<{name: string}>) {
            next[role.name] = role;
        }
        return {roles: next};
    }
    return state;
}

// The client config is kept exactly as the server sent it: every value a string.
function general(state = {config: {} as Record<string, string>, serverVersion: ''}, action: AnyAction) {
    if (action.type === 'CLIENT_CONFIG_RECEIVED') {
        return {config: action.data, serverVersion: action.data.Version ?? state.serverVersion};
    }
    return state;
}

function teams(
    state: {currentTeamId: string; teams: Record<string, Record<string, string>>} = {
        currentTeamId: TEAM_ID,
        teams: {[TEAM_ID]: {id: TEAM_ID, name: 'sandbox', display_name: 'Sandbox', description: ''}},
    },
) {
    return state;
}

function channels(
    state: {currentChannelId: string; channels: Record<string, Record<string, string>>} = {
        currentChannelId: CHANNEL_ID,
        channels: {
            [CHANNEL_ID]: {
                id: CHANNEL_ID,
                team_id: TEAM_ID,
                name: 'town-square',
                display_name: 'Town Square',
                type: 'O',
            },
        },
    },
) {
    return state;
}

function preferences(state = {myPreferences: {} as Record<string, Record<string, string>>}, action: AnyAction) {
    if (action.type === 'RECEIVED_PREFERENCES') {
        const myPreferences = {...state.myPreferences};
        for (const pref of action.data as Array<{category: string; name: string; value: string}>) {
            myPreferences[`${pref.category}--${pref.name}`] = pref;
        }
        return {myPreferences};
    }
    return state;
}

function postsById(state: Record<string, HostPost> = {}, action: AnyAction): Record<string, HostPost> {
    switch (action.type) {
        case 'RECEIVED_NEW_POST':
        case 'RECEIVED_POST':
            return {...state, [action.data.id]: action.data};
        case 'POST_REMOVED': {
            const next = {...state};
            delete next[action.data.id];
            return next;
        }
        default:
            return state;
    }
}

// The channel's posts, newest first, in one recent block; the channel is "loaded" from the start.
function postsInChannel(
    state: Record<string, PostOrderBlock[]> = {[CHANNEL_ID]: [{order: [], recent: true}]},
    action: AnyAction,
): Record<string, PostOrderBlock[]> {
    switch (action.type) {
        case 'RECEIVED_NEW_POST': {
            const post = action.data as HostPost;
            if (action.features?.crtEnabled && post.root_id) {
                return state;
            }
            const blocks = state[post.channel_id];
            if (!blocks) {
                // The web app does not keep new posts of a channel it has not loaded.
                return state;
            }
            const recent = blocks.find((b) => b.recent) ?? {order: [], recent: true};
            if (recent.order.includes(post.id)) {
                return state;
            }
            const others = blocks.filter((b) => b !== recent);
            return {...state, [post.channel_id]: [...others, {...recent, order: [post.id, ...recent.order]}]};
        }
        case 'POST_REMOVED': {
            const post = action.data as HostPost;
            const blocks = state[post.channel_id];
            if (!blocks) {
                return state;
            }
            return {
                ...state,
                [post.channel_id]: blocks.map((b) => ({...b, order: b.order.filter((id) => id !== post.id)})),
            };
        }
        default:
            return state;
    }
}

// Replies by root post id (the root itself is not listed), as postsInThread.
function postsInThread(state: Record<string, string[]> = {}, action: AnyAction): Record<string, string[]> {
    switch (action.type) {
        case 'RECEIVED_NEW_POST':
        case 'RECEIVED_POST': {
            const post = action.data as HostPost;
            if (!post.root_id || (state[post.root_id] ?? []).includes(post.id)) {
                return state;
            }
            return {...state, [post.root_id]: [...(state[post.root_id] ?? []), post.id]};
        }
        case 'POST_REMOVED': {
            const post = action.data as HostPost;
            if (!post.root_id || !state[post.root_id]) {
                return state;
            }
            return {...state, [post.root_id]: state[post.root_id].filter((id) => id !== post.id)};
        }
        default:
            return state;
    }
}

export const entities = combineReducers({
    users,
    roles,
    general,
    teams,
    channels,
    preferences,
    posts: combineReducers({posts: postsById, postsInChannel, postsInThread}),
});
