// The PluginRegistry methods Token Manager uses, with the web app's argument handling (positional or one object).
import type React from 'react';

import {addPluginReducer, store} from './store';

let nextId = 1;
const newId = () => `registered_${nextId++}`;

type Hook = (...args: any[]) => Promise<any> | any;

export const hooks: {slash: Array<{pluginId: string; hook: Hook}>; message: Array<{pluginId: string; hook: Hook}>} = {
    slash: [],
    message: [],
};
export const translations: Record<string, (locale: string) => Record<string, string>> = {};

function args<T extends string>(given: unknown[], names: T[]): Record<T, any> {
    if (
        given.length === 1 &&
        given[0] &&
        typeof given[0] === 'object' &&
        !Array.isArray(given[0]) &&
        !('$$typeof' in (given[0] as object)) &&
        names.some((n) => n in (given[0] as object))
    ) {
        return given[0] as Record<T, any>;
    }
    return Object.fromEntries(names.map((n, i) => [n, given[i]])) as Record<T, any>;
}

export class PluginRegistry {
    constructor(readonly id: string) {}

    registerSlashCommandWillBePostedHook(...given: unknown[]) {
        const {hook} = args(given, ['hook']);
        hooks.slash.push({pluginId: this.id, hook});
    }

    registerMessageWillBePostedHook(...given: unknown[]) {
        const {hook} = args(given, ['hook']);
        hooks.message.push({pluginId: this.id, hook});
    }

    registerTranslations(...given: unknown[]) {
        const {getTranslationsForLocale} = args(given, ['getTranslationsForLocale']);
        translations[this.id] = getTranslationsForLocale;
    }

    registerReducer(...given: unknown[]) {
        const {reducer} = args(given, ['reducer']);
        addPluginReducer(`plugins-${this.id}`, reducer);
    }

    registerRootComponent(...given: unknown[]) {
        const {component} = args(given, ['component']);
        return this.add('Root', {component});
    }

    registerMainMenuAction(...given: unknown[]) {
        const {text, action, mobileIcon} = args(given, ['text', 'action', 'mobileIcon']);
        return this.add('MainMenu', {text, action, mobileIcon});
    }

    registerAppBarComponent(...given: unknown[]) {
        const a = args(given, ['iconUrl', 'action', 'tooltipText', 'supportedProductIds', 'rhsComponent', 'rhsTitle']);
        return this.add('AppBar', a);
    }

    registerChannelHeaderButtonAction(...given: unknown[]) {
        const a = args(given, ['icon', 'action', 'dropdownText', 'tooltipText']);
        return this.add('ChannelHeaderButton', a);
    }

    registerPostTypeComponent(...given: unknown[]) {
        const {type, component} = args(given, ['type', 'component']);
        const id = newId();
        store.dispatch({type: 'RECEIVED_PLUGIN_POST_COMPONENT', data: {id, pluginId: this.id, type, component}});
        return id;
    }

    unregisterPostTypeComponent(id: string) {
        store.dispatch({type: 'REMOVED_PLUGIN_POST_COMPONENT', id});
    }

    // As the web app: custom sections must be plain function components; others are dropped with a warning.
    registerUserSettings(setting: {
        id?: string;
        uiName: string;
        icon?: string;
        sections: Array<{title: string; component?: unknown; settings?: unknown[]}>;
    }) {
        const sections = (setting.sections ?? []).filter((section, index, all) => {
            if (all.findIndex((s) => s.title === section.title) !== index) {
                console.warn(`Plugin ${this.id}: duplicate user settings section "${section.title}" dropped`);
                return false;
            }
            if ('component' in section && typeof section.component !== 'function') {
                console.warn(
                    `Plugin ${this.id}: user settings section "${section.title}" has a component that is not a function; dropped`,
                );
                return false;
            }
            return Boolean(section.component || section.settings);
        });
        if (sections.length === 0) {
            console.warn(`Plugin ${this.id}: user settings with no valid section dropped`);
            return;
        }
        store.dispatch({type: 'RECEIVED_PLUGIN_USER_SETTINGS', data: {...setting, id: this.id, sections}});
    }

    unregisterComponent(id: string) {
        store.dispatch({type: 'REMOVED_PLUGIN_COMPONENT', id});
    }

    private add(name: string, data: Record<string, unknown>) {
        const id = newId();
        store.dispatch({type: 'RECEIVED_PLUGIN_COMPONENT', name, data: {...data, id, pluginId: this.id}});
        return id;
    }
}

export type PluginClass = {initialize: (registry: PluginRegistry, s: any) => void; uninitialize?: () => void};
export type RootComponent = React.ComponentType;
