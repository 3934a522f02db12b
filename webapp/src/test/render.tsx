// renderWithContext: a component inside a store shaped like the web app's (entities + the plugin's slice)
// and an IntlProvider with the plugin's translations. No mocking of react-redux or react-intl.
import {render, type RenderOptions} from '@testing-library/react';
import React from 'react';
import {IntlProvider} from 'react-intl';
import {Provider} from 'react-redux';
import {applyMiddleware, combineReducers, legacy_createStore as createStore, type Middleware} from 'redux';

import {getTranslations} from '../i18n';
import reducer from '../reducer';
import {pluginStateKey} from '../selectors';

export const ROLES = {
    system_user: [],
    system_user_access_token: ['create_user_access_token', 'read_user_access_token', 'revoke_user_access_token'],
    system_admin: [
        'manage_system',
        'edit_other_users',
        'create_user_access_token',
        'read_user_access_token',
        'revoke_user_access_token',
    ],
};

export interface ContextOptions {
    roles?: string;
    config?: Record<string, string>;
    userId?: string;
}

export function makeStore({
    roles = 'system_user system_user_access_token',
    config = {},
    userId = 'me0000000000000000000000000'.slice(0, 26),
}: ContextOptions = {}) {
    const entities = (
        state = {
            users: {currentUserId: userId, profiles: {[userId]: {id: userId, username: 'me', roles, locale: 'en'}}},
            roles: {
                roles: Object.fromEntries(
                    Object.entries(ROLES).map(([name, permissions]) => [name, {name, permissions}]),
                ),
            },
            general: {config: {EnableUserAccessTokens: 'true', MaximumPersonalAccessTokenLifetimeDays: '0', ...config}},
        },
    ) => state;
    const thunk: Middleware =
        ({dispatch, getState}) =>
        (next) =>
        (action: unknown) =>
            typeof action === 'function' ? action(dispatch, getState) : next(action);
    return createStore(combineReducers({entities, [pluginStateKey]: reducer}), applyMiddleware(thunk));
}

export function renderWithContext(
    ui: React.ReactElement,
    options: ContextOptions & {store?: ReturnType<typeof makeStore>} = {},
    renderOptions?: RenderOptions,
) {
    const store = options.store ?? makeStore(options);
    const result = render(
        <Provider store={store}>
            <IntlProvider locale='en' messages={getTranslations('en')}>
                {ui}
            </IntlProvider>
        </Provider>,
        renderOptions,
    );
    return {...result, store};
}
