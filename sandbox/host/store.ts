// A Redux store shaped like mattermost-redux's GlobalState (the parts plugins read), plus the host's own
// `plugins` slice of registered components, and a place for each plugin's reducer at `plugins-<id>`.
import {
    applyMiddleware,
    combineReducers,
    legacy_createStore as createStore,
    type AnyAction,
    type Middleware,
    type Reducer,
} from 'redux';

export const RECEIVED_NEW_POST = 'RECEIVED_NEW_POST';

export interface HostPost {
    id: string;
    user_id: string;
    channel_id: string;
    root_id: string;
    message: string;
    type: string;
    create_at: number;
    props: Record<string, unknown>;
    [key: string]: unknown;
}

function entities(state: Record<string, any> = initialEntities(), action: AnyAction) {
    switch (action.type) {
        case 'HOST_SIGNED_IN':
            return {
                ...state,
                users: {currentUserId: action.user.id, profiles: {[action.user.id]: action.user}},
                roles: {roles: Object.fromEntries(action.roles.map((r: {name: string}) => [r.name, r]))},
                general: {...state.general, config: action.config, serverVersion: action.config.Version},
            };
        case RECEIVED_NEW_POST: {
            const post = action.data as HostPost;
            const channelId = action.channelId ?? post.channel_id;
            const order = state.posts.postsInChannel[channelId] ?? [];
            return {
                ...state,
                posts: {
                    posts: {...state.posts.posts, [post.id]: post},
                    postsInChannel: {
                        ...state.posts.postsInChannel,
                        [channelId]: order.includes(post.id) ? order : [...order, post.id],
                    },
                },
            };
        }
        case 'POST_DELETED': {
            const {[action.data.id]: _gone, ...rest} = state.posts.posts;
            return {...state, posts: {...state.posts, posts: rest}};
        }
        case 'HOST_THEME':
            return {
                ...state,
                preferences: {
                    myPreferences: {
                        'theme--': {category: 'theme', name: '', value: JSON.stringify({type: action.theme})},
                    },
                },
            };
        default:
            return state;
    }
}

export function initialEntities() {
    return {
        users: {currentUserId: '', profiles: {}},
        roles: {roles: {}},
        general: {config: {}, serverVersion: ''},
        teams: {
            currentTeamId: 'sandboxteam000000000000000',
            teams: {
                sandboxteam000000000000000: {
                    id: 'sandboxteam000000000000000',
                    name: 'sandbox',
                    display_name: 'Sandbox',
                },
            },
        },
        channels: {
            currentChannelId: 'townsquare0000000000000000',
            channels: {
                townsquare0000000000000000: {
                    id: 'townsquare0000000000000000',
                    name: 'town-square',
                    display_name: 'Town Square',
                },
            },
        },
        posts: {posts: {}, postsInChannel: {townsquare0000000000000000: []}},
        preferences: {myPreferences: {}},
    };
}

export interface Registered {
    id: string;
    pluginId: string;
    [key: string]: unknown;
}

export interface PluginsState {
    components: Record<string, Registered[]>;
    postTypes: Record<string, Registered>;
    userSettings: Record<
        string,
        {id: string; uiName: string; icon?: string; sections: Array<{title: string; component?: unknown}>}
    >;
}

function plugins(
    state: PluginsState = {components: {}, postTypes: {}, userSettings: {}},
    action: AnyAction,
): PluginsState {
    switch (action.type) {
        case 'RECEIVED_PLUGIN_COMPONENT':
            return {
                ...state,
                components: {
                    ...state.components,
                    [action.name]: [...(state.components[action.name] ?? []), action.data],
                },
            };
        case 'REMOVED_PLUGIN_COMPONENT': {
            const components: Record<string, Registered[]> = {};
            for (const [name, list] of Object.entries(state.components)) {
                components[name] = list.filter((c) => c.id !== action.id);
            }
            return {...state, components};
        }
        case 'RECEIVED_PLUGIN_POST_COMPONENT':
            return {...state, postTypes: {...state.postTypes, [action.data.type]: action.data}};
        case 'REMOVED_PLUGIN_POST_COMPONENT': {
            const postTypes = Object.fromEntries(Object.entries(state.postTypes).filter(([, c]) => c.id !== action.id));
            return {...state, postTypes};
        }
        case 'RECEIVED_PLUGIN_USER_SETTINGS':
            return {...state, userSettings: {...state.userSettings, [action.data.id]: action.data}};
        case 'REMOVED_PLUGIN_ALL': {
            const keep = (c: Registered) => c.pluginId !== action.pluginId;
            const components: Record<string, Registered[]> = {};
            for (const [name, list] of Object.entries(state.components)) {
                components[name] = list.filter(keep);
            }
            const userSettings = {...state.userSettings};
            delete userSettings[action.pluginId];
            return {
                components,
                postTypes: Object.fromEntries(Object.entries(state.postTypes).filter(([, c]) => keep(c))),
                userSettings,
            };
        }
        default:
            return state;
    }
}

function views(state = {settingsOpen: false, settingsTab: 'notifications', theme: 'light'}, action: AnyAction) {
    switch (action.type) {
        case 'HOST_THEME':
            return {...state, theme: action.theme};
        case 'HOST_OPEN_SETTINGS':
            return {...state, settingsOpen: true, settingsTab: action.tab ?? state.settingsTab};
        case 'HOST_CLOSE_SETTINGS':
            return {...state, settingsOpen: false};
        default:
            return state;
    }
}

const thunk: Middleware =
    ({dispatch, getState}) =>
    (next) =>
    (action: unknown) => {
        if (typeof action === 'function') {
            return action(dispatch, getState);
        }
        return next(action);
    };

const base = {entities, plugins, views};
const pluginReducers: Record<string, Reducer> = {};

export const store = createStore(combineReducers(base), applyMiddleware(thunk));

export function addPluginReducer(key: string, reducer: Reducer) {
    pluginReducers[key] = reducer;
    store.replaceReducer(combineReducers({...base, ...pluginReducers}) as any);
}

export function removePluginReducer(key: string) {
    delete pluginReducers[key];
    store.replaceReducer(combineReducers({...base, ...pluginReducers}) as any);
}

export type HostState = ReturnType<typeof store.getState> & Record<string, any>;
