// The sandbox host page: what the Mattermost web app gives a plugin. It exposes the host globals, signs a
// seeded user in against the sandbox API, loads the *built* plugin bundle the way Mattermost does
// (loader.ts), and renders the web app's surfaces plugins touch (app.tsx). window.sandboxHost is the handle
// the browser tests and the demo use.
import PropTypes from 'prop-types';
import React from 'react';
import ReactDOM from 'react-dom';
import {createRoot} from 'react-dom/client';
import * as ReactIntl from 'react-intl';
import * as ReactRedux from 'react-redux';
import * as Redux from 'redux';

import {receivedNewPost, setLocale} from './actions';
import {App} from './app';
import {installRegisterPlugin, loadedPlugins, unloadPlugin} from './loader';
import {PluginRegistry, type PluginClass} from './registry';
import {isCollapsedThreadsEnabled} from './selectors';
import {onSignedIn, setTheme, startSession} from './session';
import {dispatch, getState, recordedActions, store, type HostPost} from './store';
import type {ThemeName} from './theme';

declare global {
    interface Window {
        React: typeof React;
        ReactDOM: typeof ReactDOM;
        Redux: typeof Redux;
        ReactRedux: typeof ReactRedux;
        ReactIntl: typeof ReactIntl;
        PropTypes: typeof PropTypes;
        plugins: Record<string, PluginClass>;
        basename?: string;
        sandboxHost: SandboxHostApi;
    }
}

export interface SandboxHostApi {
    store: typeof store;
    unloadPlugin: (id: string) => void;
    loadedPlugins: () => string[];
    setTheme: (theme: ThemeName) => void;
    setLocale: (locale: string) => Promise<void>;
    recordedActions: () => unknown[];
    simulateIncomingPost: (post: HostPost) => void;
    registryFor: (pluginId: string) => PluginRegistry;
}

window.React = React;
window.ReactDOM = ReactDOM;
window.Redux = Redux;
window.ReactRedux = ReactRedux;
window.ReactIntl = ReactIntl;
window.PropTypes = PropTypes;
installRegisterPlugin();

window.sandboxHost = {
    store,
    unloadPlugin,
    loadedPlugins,
    setTheme,
    setLocale: (locale) => dispatch(setLocale(locale)),
    recordedActions,
    // A post arriving over the websocket ("posted" event → handleNewPost), e.g. from another user.
    simulateIncomingPost: (post) => dispatch(receivedNewPost(post, isCollapsedThreadsEnabled(getState()))),
    // The registry a second plugin would get, for tests that need another plugin's hooks or components;
    // unloadPlugin(pluginId) removes what it registered.
    registryFor: (pluginId) => new PluginRegistry(pluginId),
};

const root = createRoot(document.getElementById('root')!);

function render(signedIn: boolean) {
    root.render(
        <ReactRedux.Provider store={store}>
            <App signedIn={signedIn} />
        </ReactRedux.Provider>,
    );
}

onSignedIn(() => render(true));
setTheme((localStorage.getItem('sandbox-theme') as ThemeName) || 'light');
startSession().then((ok) => {
    if (!ok) {
        render(false);
    }
});
