// The host's Redux store: mattermost-redux-shaped entities, the plugin registrations, views, and a place for
// each plugin's reducer at `plugins-<id>`. Middleware: an action recorder (what Redux DevTools or another
// plugin's middleware would see: every action, JSON-serialized when dispatched, thunks as "[thunk]"), then
// thunks, as the web app's store has them.
import {
    applyMiddleware,
    combineReducers,
    legacy_createStore as createStore,
    type AnyAction,
    type Middleware,
    type Reducer,
} from 'redux';

import {entities} from './entities';
import {plugins} from './plugins_state';
import {snapshot} from './util';
import {views} from './views';

export {CHANNEL_ID, TEAM_ID, type HostPost} from './entities';
export type {PluginSettings, PluginsState, Registered} from './plugins_state';

const recorded: unknown[] = [];

const recorder: Middleware = () => (next) => (action: unknown) => {
    let entry: unknown;
    try {
        entry = typeof action === 'function' ? '[thunk]' : snapshot(action);
    } catch (err) {
        entry = `[unserializable: ${(err as Error).message}]`;
    }
    recorded.push(entry);
    return next(action);
};

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

export const store = createStore(combineReducers(base), applyMiddleware(recorder, thunk));

export type HostState = ReturnType<typeof store.getState> & Record<string, any>;
export type HostDispatch = (action: AnyAction | ((dispatch: HostDispatch, getState: () => HostState) => any)) => any;
export const dispatch = store.dispatch as unknown as HostDispatch;
export const getState = () => store.getState() as HostState;

// Like the web app's reducerRegistry: a registered reducer stays for the life of the page, even after the
// plugin is disabled.
export function addPluginReducer(key: string, reducer: Reducer) {
    pluginReducers[key] = reducer;
    store.replaceReducer(combineReducers({...base, ...pluginReducers}) as any);
}

export function recordedActions(): unknown[] {
    return recorded.slice();
}
