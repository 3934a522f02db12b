// One typed store for the tests: shaped like the web app's (the entities the plugin reads, the plugin's
// slice at its key), with redux-thunk's behaviour and a recorder of every action dispatched.
import type {GlobalState} from '@mattermost/types/store';
import type {PluginAction} from '../action_types';
import {
    applyMiddleware,
    legacy_createStore as createStore,
    type Middleware,
    type Reducer,
    type UnknownAction,
} from 'redux';

import reducer, {type PluginState} from '../reducer';
import {pluginStateKey} from '../selectors';
import type {AppDispatch, PluginStore, State} from '../types';

export const ROLE_PERMISSIONS: Record<string, string[]> = {
    system_user: [],
    system_user_access_token: ['create_user_access_token', 'read_user_access_token', 'revoke_user_access_token'],
    system_user_manager: ['edit_other_users'],
    system_admin: [
        'manage_system',
        'edit_other_users',
        'create_user_access_token',
        'read_user_access_token',
        'revoke_user_access_token',
    ],
};

export interface TestUser {
    id: string;
    username: string;
    roles: string;
    locale?: string;
}

export interface StoreOptions {
    user?: Partial<TestUser>;
    // Client config values (strings, as the server sends them); `undefined` removes a key.
    config?: Record<string, string | undefined>;
    preferences?: Record<string, string>;
}

export const DEFAULT_USER: TestUser = {
    id: 'me000000000000000000000000',
    username: 'me',
    roles: 'system_user system_user_access_token',
};

type Entities = GlobalState['entities'];

function entitiesFor(options: StoreOptions): Entities {
    const user = {...DEFAULT_USER, locale: 'en', ...options.user};
    const config = Object.fromEntries(
        Object.entries({
            EnableUserAccessTokens: 'true',
            MaximumPersonalAccessTokenLifetimeDays: '0',
            ...options.config,
        }).filter(([, v]) => v !== undefined),
    );
    const myPreferences = Object.fromEntries(
        Object.entries(options.preferences ?? {}).map(([key, value]) => {
            const [category, name] = key.split('--');
            return [key, {user_id: user.id, category, name, value}];
        }),
    );
    const entities = {
        users: {currentUserId: user.id, profiles: {[user.id]: user}},
        roles: {
            roles: Object.fromEntries(
                Object.entries(ROLE_PERMISSIONS).map(([name, permissions]) => [name, {name, permissions}]),
            ),
        },
        general: {config},
        preferences: {myPreferences},
    };
    // The tests fill in only what the plugin reads.
    return entities as unknown as Entities;
}

export function buildStore(options: StoreOptions = {}) {
    const initial = entitiesFor(options);
    const dispatched: UnknownAction[] = [];
    const thunk: Middleware = (api) => (next) => (action) =>
        typeof action === 'function' ? action(api.dispatch, api.getState) : next(action);
    const recorder: Middleware = () => (next) => (action) => {
        dispatched.push(action as UnknownAction);
        return next(action);
    };
    type TestState = {entities: Entities; [pluginStateKey]: PluginState};
    // Like the web app's root reducer: every action reaches the plugin's reducer.
    const root: Reducer<TestState, UnknownAction, Partial<TestState>> = (state, action) => ({
        entities: state?.entities ?? initial,
        [pluginStateKey]: reducer(state?.[pluginStateKey], action as PluginAction),
    });
    const store = createStore(root, applyMiddleware(recorder, thunk));
    const pluginStore: PluginStore = {
        dispatch: store.dispatch as AppDispatch,
        getState: () => store.getState() as unknown as State,
        subscribe: store.subscribe,
    };
    return {store, pluginStore, dispatched};
}

export type TestStore = ReturnType<typeof buildStore>;
