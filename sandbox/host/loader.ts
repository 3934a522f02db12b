// The web app's plugin loader (plugins/index.ts): GET /api/v4/plugins/webapp, one <script id="plugin_<id>">
// per plugin, and when it has loaded, initialize(new PluginRegistry(id), store) for the plugin that called
// window.registerPlugin with exactly that id. Disabling removes every registration, then calls uninitialize().
import {hostFetch, sitePath} from './api';
import {unregisterTranslations} from './i18n';
import {PluginRegistry, type PluginClass} from './registry';
import {dispatch, store} from './store';

interface Manifest {
    id: string;
    version?: string;
    webapp: {bundle_path: string};
}

const loaded: Record<string, Manifest> = {};
const initialized = new Set<string>();

export function installRegisterPlugin() {
    window.plugins = {};
    // (Typed by each plugin's own declaration of window.registerPlugin.)
    Object.assign(window, {
        registerPlugin: (id: string, plugin: PluginClass) => {
            const previous = window.plugins[id];
            if (previous?.uninitialize) {
                previous.uninitialize();
            }
            window.plugins[id] = plugin;
        },
    });
}

function initializePlugin(manifest: Manifest) {
    const plugin = window.plugins[manifest.id];
    if (plugin?.initialize) {
        // Not caught, and the return value is not awaited, as in the web app.
        plugin.initialize(new PluginRegistry(manifest.id), store);
        initialized.add(manifest.id);
    }
}

function loadPlugin(manifest: Manifest): Promise<void> {
    return new Promise((resolve) => {
        loaded[manifest.id] = manifest;
        console.log(`Loading ${manifest.id} plugin`);
        const script = document.createElement('script');
        script.id = `plugin_${manifest.id}`;
        script.type = 'text/javascript';
        script.src = sitePath(manifest.webapp.bundle_path);
        script.onload = () => {
            initializePlugin(manifest);
            console.log(`Loaded ${manifest.id} plugin`);
            resolve();
        };
        script.onerror = () => {
            console.error(`Unable to load bundle for plugin ${manifest.id}`);
            resolve();
        };
        document.getElementsByTagName('head')[0].appendChild(script);
    });
}

export async function loadPlugins() {
    const manifests: Manifest[] = await hostFetch('/plugins/webapp');
    dispatch({type: 'RECEIVED_WEBAPP_PLUGINS', data: manifests});
    await Promise.all(manifests.map(loadPlugin));
}

// What the web app does when a plugin is disabled (plugins/index.ts removePlugin).
export function unloadPlugin(id: string) {
    // A plugin the loader did not load (sandboxHost.registryFor) has only its registrations to remove.
    const manifest = loaded[id] ?? {id, webapp: {bundle_path: ''}};
    console.log(`Removing ${id} plugin`);
    dispatch({type: 'REMOVED_WEBAPP_PLUGIN', data: manifest});
    const plugin = window.plugins[id];
    if (plugin?.uninitialize) {
        plugin.uninitialize();
    }
    delete window.plugins[id];
    initialized.delete(id);
    delete loaded[id];
    unregisterTranslations(id);
    document.getElementById(`plugin_${id}`)?.remove();
    console.log(`Removed ${id} plugin`);
}

export function loadedPlugins(): string[] {
    return [...initialized];
}
