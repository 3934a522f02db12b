// Registrations only: everything initialize() registers, uninitialize() undoes.
import React from 'react';
import {FormattedMessage} from 'react-intl';
import {configureClient} from 'server-bridge';

import {closeTokenManager, openTokenManager} from './actions';
import ActionTypes from './action_types';
import ExpiryReminder from './components/expiry_reminder/expiry_reminder';
import PasteGuardDialog from './components/paste_guard/paste_guard_dialog';
import SettingsSection from './components/settings_section/settings_section';
import SlashReply from './components/slash_reply/slash_reply';
import TokenManagerModal from './components/token_manager_modal/token_manager_modal';
import {clearConfirmations} from './confirmations';
import {siteUrlFrom, userLocale} from './host';
import {getIntl, getTranslations} from './i18n';
import * as lifecycle from './lifecycle';
import manifest from './manifest';
import panel from './messages/panel';
import {createMessageWillBePostedHook, createMessageWillBeUpdatedHook} from './paste_guard/hook';
import {clearChecks} from './paste_guard/pending';
import type {PluginRegistry} from './plugin_registry';
import reducer from './reducer';
import {forgetReplies, REPLY_POST_TYPE} from './replies';
import {discardAllSecrets} from './secret_handoff';
import {createSlashCommandHook} from './slash_command';
import {injectStyles, removeStyles} from './styles';
import type {PluginStore} from './types';

export default class Plugin {
    private componentIds: string[] = [];
    private postTypeIds: string[] = [];
    private registry?: PluginRegistry;
    private store?: PluginStore;

    initialize(registry: PluginRegistry, store: PluginStore) {
        this.registry = registry;
        this.store = store;
        lifecycle.start();
        configureClient(siteUrlFrom(store.getState()));
        injectStyles();

        // Strings given at registration are not translated again later: use the user's language now.
        const intl = getIntl(userLocale(store.getState()));
        registry.registerTranslations(getTranslations);
        registry.registerReducer(reducer);
        registry.registerSlashCommandWillBePostedHook(createSlashCommandHook(store));
        this.postTypeIds.push(registry.registerPostTypeComponent(REPLY_POST_TYPE, SlashReply));
        this.componentIds.push(registry.registerRootComponent(TokenManagerModal));
        // Checks the user's tokens once it mounts, after initialize() has returned.
        this.componentIds.push(registry.registerRootComponent(ExpiryReminder));
        this.registerPasteGuard(registry, store);
        this.componentIds.push(
            registry.registerMainMenuAction(<FormattedMessage {...panel.mainMenu} />, () =>
                store.dispatch(openTokenManager('mine')),
            ),
        );
        registry.registerUserSettings?.({
            id: manifest.id,
            uiName: intl.formatMessage(panel.pluginName),
            icon: 'icon-key-variant',
            sections: [{title: intl.formatMessage(panel.sectionTitle), component: SettingsSection}],
        });
    }

    // The paste guard: hosts without message hooks simply have none. The edit hook is best effort (the web
    // app's inline editor has not called it since about 10.5).
    private registerPasteGuard(registry: PluginRegistry, store: PluginStore) {
        this.componentIds.push(registry.registerRootComponent(PasteGuardDialog));
        const ids = [
            typeof registry.registerMessageWillBePostedHook === 'function'
                ? registry.registerMessageWillBePostedHook(createMessageWillBePostedHook(store))
                : undefined,
            typeof registry.registerMessageWillBeUpdatedHook === 'function'
                ? registry.registerMessageWillBeUpdatedHook(createMessageWillBeUpdatedHook(store))
                : undefined,
        ];
        this.componentIds.push(...ids.filter((id): id is string => typeof id === 'string'));
    }

    // The web app removes registered components itself when a plugin is disabled; this undoes the rest
    // (and the components too, for hosts that do not): work in flight is stopped, every secret and pending
    // confirmation dropped, and the plugin's state emptied.
    uninitialize() {
        lifecycle.stop();
        this.store?.dispatch(closeTokenManager());
        this.store?.dispatch({type: ActionTypes.PLUGIN_RESET});
        for (const id of this.componentIds) {
            this.registry?.unregisterComponent(id);
        }
        for (const id of this.postTypeIds) {
            this.registry?.unregisterPostTypeComponent(id);
        }
        this.componentIds = [];
        this.postTypeIds = [];
        discardAllSecrets();
        // A message waiting in the paste guard's dialog holds a live token: its draft is kept (the hook
        // answers with an error the web app shows under the box) rather than posted without the user's answer.
        clearChecks();
        clearConfirmations();
        forgetReplies();
        removeStyles();
    }
}

declare global {
    interface Window {
        registerPlugin(id: string, plugin: Plugin): void;
    }
}

window.registerPlugin(manifest.id, new Plugin());
