// The PluginRegistry methods Token Manager uses, as plugins/registry.ts implements them: positional arguments
// or one object keyed by the argument names (reArg), and every registration a store action.
import React from 'react';
import type {Reducer} from 'redux';

import {loadTranslationsFor, translationSources} from './i18n';
import {addPluginReducer, dispatch} from './store';
import {generateId} from './util';

function reArg<T extends string>(names: T[], given: unknown[]): Record<T, any> {
    const first = given[0];
    if (
        given.length === 1 &&
        first &&
        typeof first === 'object' &&
        !Array.isArray(first) &&
        !React.isValidElement(first) &&
        names.some((n) => n in (first as object))
    ) {
        return first as Record<T, any>;
    }
    return Object.fromEntries(names.map((n, i) => [n, given[i]])) as Record<T, any>;
}

// A component passed where an element is expected is rendered as <Component/>; strings and elements as given.
function resolveReactElement(element: unknown): unknown {
    const isComponent =
        typeof element === 'function' || (typeof element === 'object' && element !== null && '$$typeof' in element);
    if (isComponent && !React.isValidElement(element)) {
        return React.createElement(element as React.ElementType);
    }
    return element;
}

export class PluginRegistry {
    constructor(readonly id: string) {}

    registerRootComponent(...given: unknown[]) {
        const {component} = reArg(['component'], given);
        return this.add('Root', {component});
    }

    registerSlashCommandWillBePostedHook(...given: unknown[]) {
        const {hook} = reArg(['hook'], given);
        return this.add('SlashCommandWillBePosted', {hook});
    }

    registerMessageWillBePostedHook(...given: unknown[]) {
        const {hook} = reArg(['hook'], given);
        return this.add('MessageWillBePosted', {hook});
    }

    // hook(newPost: {id, channel_id, message, ...}, oldPost) → {post} to save, {error: {message}} to stop.
    registerMessageWillBeUpdatedHook(...given: unknown[]) {
        const {hook} = reArg(['hook'], given);
        return this.add('MessageWillBeUpdated', {hook});
    }

    registerMainMenuAction(...given: unknown[]) {
        const {text, action, mobileIcon} = reArg(['text', 'action', 'mobileIcon'], given);
        return this.add('MainMenu', {
            text: resolveReactElement(text),
            action,
            mobileIcon: resolveReactElement(mobileIcon),
        });
    }

    registerAppBarComponent(...given: unknown[]) {
        const a = reArg(['iconUrl', 'action', 'tooltipText', 'supportedProductIds', 'rhsComponent', 'rhsTitle'], given);
        return this.add('AppBar', {
            iconUrl: a.iconUrl,
            action: a.action,
            tooltipText: resolveReactElement(a.tooltipText),
            supportedProductIds: a.supportedProductIds ?? null,
        });
    }

    registerChannelHeaderButtonAction(...given: unknown[]) {
        const a = reArg(['icon', 'action', 'dropdownText', 'tooltipText'], given);
        return this.add('ChannelHeaderButton', {
            icon: resolveReactElement(a.icon),
            action: a.action,
            dropdownText: resolveReactElement(a.dropdownText),
            tooltipText: resolveReactElement(a.tooltipText),
        });
    }

    registerPostTypeComponent(...given: unknown[]) {
        const {type, component} = reArg(['type', 'component'], given);
        const id = generateId();
        dispatch({type: 'RECEIVED_PLUGIN_POST_COMPONENT', data: {id, pluginId: this.id, type, component}});
        return id;
    }

    unregisterPostTypeComponent(...given: unknown[]) {
        const {componentId} = reArg(['componentId'], given);
        dispatch({type: 'REMOVED_PLUGIN_POST_COMPONENT', id: componentId});
    }

    unregisterComponent(...given: unknown[]) {
        const {componentId} = reArg(['componentId'], given);
        dispatch({type: 'REMOVED_PLUGIN_COMPONENT', id: componentId});
    }

    registerReducer(...given: unknown[]) {
        const {reducer} = reArg(['reducer'], given);
        addPluginReducer(`plugins-${this.id}`, reducer as Reducer);
    }

    // The source is asked for the current locale now and again whenever the user's locale changes.
    registerTranslations(...given: unknown[]) {
        const {getTranslationsForLocale} = reArg(['getTranslationsForLocale'], given);
        translationSources[this.id] = getTranslationsForLocale;
        dispatch(loadTranslationsFor());
    }

    // The setting is validated where the web app validates it, in the reducer (extractPluginConfiguration).
    registerUserSettings(...given: unknown[]) {
        const {setting} = reArg(['setting'], given);
        dispatch({type: 'RECEIVED_PLUGIN_USER_SETTINGS', data: {pluginId: this.id, setting}});
    }

    private add(name: string, data: Record<string, unknown>) {
        const id = generateId();
        dispatch({type: 'RECEIVED_PLUGIN_COMPONENT', name, data: {id, pluginId: this.id, ...data}});
        return id;
    }
}

export type PluginClass = {initialize?: (registry: PluginRegistry, s: any) => void; uninitialize?: () => void};
