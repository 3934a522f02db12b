// Registrations only: everything initialize() registers, uninitialize() undoes.
import React from 'react';
import {FormattedMessage} from 'react-intl';
import {configureClient} from 'server-bridge';

import {closeTokenManager, openTokenManager} from './actions';
import ActionTypes from './action_types';
import ExpiryReminder from './components/expiry_reminder/expiry_reminder';
import SettingsSection from './components/settings_section/settings_section';
import SlashReply from './components/slash_reply/slash_reply';
import TokenManagerModal from './components/token_manager_modal/token_manager_modal';
import {clearConfirmations} from './confirmations';
import {siteUrlFrom, userLocale} from './host';
import {getIntl, getTranslations} from './i18n';
import * as lifecycle from './lifecycle';
import manifest from './manifest';
import panel from './messages/panel';
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
