// The sandbox host page: what the Mattermost web app gives a plugin. It exposes the host globals, signs a
// seeded user in against the sandbox API, loads the *built* plugin bundle the way Mattermost does
// (GET /api/v4/plugins/webapp, then a <script> per plugin and window.registerPlugin), and renders a
// channel view, a message box that runs slash-command hooks, and a Settings modal with plugin tabs.
import PropTypes from 'prop-types';
import React from 'react';
import ReactDOM from 'react-dom';
import {createRoot} from 'react-dom/client';
import * as ReactIntl from 'react-intl';
import * as ReactRedux from 'react-redux';
import * as Redux from 'redux';

import {App} from './app';
import {hooks, PluginRegistry, type PluginClass} from './registry';
import {store} from './store';
import {applyTheme, type ThemeName} from './theme';

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
        sandboxHost: {
            store: typeof store;
            unloadPlugin: (id: string) => void;
            loadedPlugins: () => string[];
            setTheme: (theme: ThemeName) => void;
        };
    }
}

window.React = React;
window.ReactDOM = ReactDOM;
window.Redux = Redux;
window.ReactRedux = ReactRedux;
window.ReactIntl = ReactIntl;
window.PropTypes = PropTypes;
window.plugins = {};

const pending: Record<string, (plugin: PluginClass) => void> = {};

(window as unknown as {registerPlugin: (id: string, plugin: PluginClass) => void}).registerPlugin = (id, plugin) => {
    const previous = window.plugins[id];
    if (previous?.uninitialize) {
        previous.uninitialize();
    }
    window.plugins[id] = plugin;
    pending[id]?.(plugin);
};

export function apiUrl(path: string) {
    return `${window.basename ?? ''}/api/v4${path}`;
}

function csrf(): string {
    return (
        document.cookie
            .split('; ')
            .find((c) => c.startsWith('MMCSRF='))
            ?.slice('MMCSRF='.length) ?? ''
    );
}

export async function hostFetch(path: string, init: RequestInit = {}) {
    const response = await fetch(apiUrl(path), {
        ...init,
        credentials: 'include',
        headers: {
            'X-Requested-With': 'XMLHttpRequest',
            'X-CSRF-Token': csrf(),
            'Content-Type': 'application/json',
            ...(init.headers ?? {}),
        },
    });
    const body =
        response.headers.get('Content-Type') === 'application/json' ? await response.json() : await response.text();
    if (!response.ok) {
        throw Object.assign(new Error(body?.message ?? response.statusText), {status: response.status, id: body?.id});
    }
    return body;
}

// The web app's plugin loader: one <script> per enabled webapp plugin, then initialize(registry, store).
async function loadPlugins() {
    const manifests: Array<{id: string; webapp: {bundle_path: string}}> = await hostFetch('/plugins/webapp');
    await Promise.all(
        manifests.map(
            (manifest) =>
                new Promise<void>((resolve) => {
                    pending[manifest.id] = (plugin) => {
                        delete pending[manifest.id];
                        plugin.initialize(new PluginRegistry(manifest.id), store);
                        resolve();
                    };
                    const script = document.createElement('script');
                    script.id = `plugin_${manifest.id}`;
                    script.defer = true;
                    script.src = `${window.basename ?? ''}${manifest.webapp.bundle_path}`;
                    script.onerror = () => {
                        console.error(`Unable to load bundle for plugin ${manifest.id}`);
                        resolve();
                    };
                    document.head.appendChild(script);
                }),
        ),
    );
}

export function unloadPlugin(id: string) {
    const plugin = window.plugins[id];
    store.dispatch({type: 'REMOVED_PLUGIN_ALL', pluginId: id});
    hooks.slash = hooks.slash.filter((h) => h.pluginId !== id);
    hooks.message = hooks.message.filter((h) => h.pluginId !== id);
    plugin?.uninitialize?.();
    delete window.plugins[id];
    document.getElementById(`plugin_${id}`)?.remove();
}

window.sandboxHost = {
    store,
    unloadPlugin,
    loadedPlugins: () => Object.keys(window.plugins),
    setTheme: (theme) => setTheme(theme),
};

export async function signIn(loginId: string, password: string) {
    await hostFetch('/users/login', {method: 'POST', body: JSON.stringify({login_id: loginId, password})});
    await startSession();
}

async function startSession(): Promise<boolean> {
    // Like the web app: without the MMUSERID cookie there is no session to resume, so do not ask.
    if (!document.cookie.split('; ').some((c) => c.startsWith('MMUSERID='))) {
        return false;
    }
    let user;
    try {
        user = await hostFetch('/users/me');
    } catch {
        return false;
    }
    const config = await hostFetch('/config/client?format=old');
    const roles = await hostFetch('/roles/names', {method: 'POST', body: JSON.stringify(user.roles.split(' '))});
    store.dispatch({type: 'HOST_SIGNED_IN', user, config, roles});
    await loadPlugins();
    render(true);
    return true;
}

export async function signOut() {
    await hostFetch('/users/logout', {method: 'POST'}).catch(() => undefined);
    window.location.reload();
}

export function setTheme(theme: ThemeName) {
    localStorage.setItem('sandbox-theme', theme);
    applyTheme(theme);
    store.dispatch({type: 'HOST_THEME', theme});
}

const root = createRoot(document.getElementById('root')!);

function render(signedIn: boolean) {
    root.render(
        <ReactRedux.Provider store={store}>
            <App signedIn={signedIn} />
        </ReactRedux.Provider>,
    );
}

setTheme((localStorage.getItem('sandbox-theme') as ThemeName) || 'light');
startSession().then((ok) => {
    if (!ok) {
        render(false);
    }
});
