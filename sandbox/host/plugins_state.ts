// state.plugins: what plugins registered, as the web app's reducers/plugins keeps it. Hooks are plugin
// "components" too (SlashCommandWillBePosted, MessageWillBePosted, MessageWillBeUpdated), run in
// registration order. REMOVED_WEBAPP_PLUGIN drops everything a disabled plugin registered.
import type {AnyAction} from 'redux';

export interface Registered {
    id: string;
    pluginId: string;
    [key: string]: unknown;
}

export interface SettingsSection {
    title: string;
    component?: unknown;
    settings?: unknown[];
}

export interface PluginSettings {
    id: string;
    uiName: string;
    icon?: string;
    sections: SettingsSection[];
}

export interface PluginsState {
    components: Record<string, Registered[]>;
    postTypes: Record<string, Registered>;
    userSettings: Record<string, PluginSettings>;
}

// extractPluginConfiguration: a custom section must be a plain function component; duplicates and
// sections with nothing to show are dropped with a warning, and a schema with no valid section is dropped.
export function extractPluginConfiguration(setting: any, pluginId: string): PluginSettings | undefined {
    if (!setting || typeof setting !== 'object' || !setting.uiName) {
        console.warn(`Plugin ${pluginId}: user settings without a uiName dropped`);
        return undefined;
    }
    const seen = new Set<string>();
    const sections = (Array.isArray(setting.sections) ? setting.sections : []).filter((section: SettingsSection) => {
        if (!section?.title || seen.has(section.title)) {
            console.warn(
                `Plugin ${pluginId}: user settings section "${section?.title}" dropped (duplicate or untitled)`,
            );
            return false;
        }
        seen.add(section.title);
        if ('component' in section && typeof section.component !== 'function') {
            console.warn(`Plugin ${pluginId}: user settings section "${section.title}" has no function component`);
            return false;
        }
        return Boolean(section.component || section.settings?.length);
    });
    if (sections.length === 0) {
        console.warn(`Plugin ${pluginId}: user settings with no valid section dropped`);
        return undefined;
    }
    return {id: pluginId, uiName: String(setting.uiName), icon: setting.icon, sections};
}

const empty: PluginsState = {components: {}, postTypes: {}, userSettings: {}};

export function plugins(state: PluginsState = empty, action: AnyAction): PluginsState {
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
        case 'REMOVED_PLUGIN_POST_COMPONENT':
            return {
                ...state,
                postTypes: Object.fromEntries(Object.entries(state.postTypes).filter(([, c]) => c.id !== action.id)),
            };
        case 'RECEIVED_PLUGIN_USER_SETTINGS': {
            const config = extractPluginConfiguration(action.data.setting, action.data.pluginId);
            return config ? {...state, userSettings: {...state.userSettings, [config.id]: config}} : state;
        }
        case 'REMOVED_WEBAPP_PLUGIN': {
            const pluginId = action.data.id;
            const keep = (c: Registered) => c.pluginId !== pluginId;
            const components: Record<string, Registered[]> = {};
            for (const [name, list] of Object.entries(state.components)) {
                components[name] = list.filter(keep);
            }
            const userSettings = {...state.userSettings};
            delete userSettings[pluginId];
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
