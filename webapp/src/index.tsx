// Registrations only: everything initialize() registers, uninitialize() undoes.
import type {GlobalState} from '@mattermost/types/store';
import type {Store} from 'redux';
import {configureClient} from 'server-bridge';

import {closeTokenManager, openTokenManager} from './actions';
import SettingsSection from './components/settings_section/settings_section';
import SlashReply from './components/slash_reply/slash_reply';
import TokenManagerModal from './components/token_manager_modal/token_manager_modal';
import {clearConfirmations} from './confirmations';
import {siteUrlFrom} from './host';
import {getIntl, getTranslations} from './i18n';
import manifest from './manifest';
import panel from './messages/panel';
import {REPLY_POST_TYPE} from './post_type';
import reducer from './reducer';
import {clearVault} from './reveal_vault';
import {createSlashCommandHook, type CommandStore} from './slash_command';
import {injectStyles, removeStyles} from './styles';

// The subset of the web app's PluginRegistry this plugin uses (see shared/mattermost/webapp-host.md).
export interface PluginRegistry {
    registerTranslations(getTranslationsForLocale: (locale: string) => Record<string, string>): void;
    registerReducer(reducer: unknown): void;
    registerSlashCommandWillBePostedHook(hook: (message: string, args: any) => Promise<unknown>): void;
    registerUserSettings(setting: {
        id: string;
        uiName: string;
        icon?: string;
        sections: Array<{title: string; component: React.ComponentType}>;
    }): void;
    registerRootComponent(component: React.ComponentType): string;
    registerMainMenuAction(text: string, action: () => void, mobileIcon?: unknown): string;
    registerPostTypeComponent(type: string, component: React.ComponentType<any>): string;
    unregisterComponent(id: string): void;
    unregisterPostTypeComponent(id: string): void;
}

export default class Plugin {
    private componentIds: string[] = [];
    private postTypeIds: string[] = [];
    private registry?: PluginRegistry;
    private store?: Store<GlobalState>;

    initialize(registry: PluginRegistry, store: Store<GlobalState>) {
        this.registry = registry;
        this.store = store;
        configureClient(siteUrlFrom(store.getState()));
        injectStyles();

        const intl = getIntl('en');
        registry.registerTranslations(getTranslations);
        registry.registerReducer(reducer);
        registry.registerSlashCommandWillBePostedHook(createSlashCommandHook(store as unknown as CommandStore));
        this.postTypeIds.push(registry.registerPostTypeComponent(REPLY_POST_TYPE, SlashReply));
        this.componentIds.push(registry.registerRootComponent(TokenManagerModal));
        this.componentIds.push(
            registry.registerMainMenuAction(intl.formatMessage(panel.mainMenu), () =>
                store.dispatch(openTokenManager('mine')),
            ),
        );
        registry.registerUserSettings({
            id: manifest.id,
            uiName: intl.formatMessage(panel.pluginName),
            icon: 'icon-key-variant',
            sections: [{title: intl.formatMessage(panel.sectionTitle), component: SettingsSection}],
        });
    }

    // The web app removes registered components itself when a plugin is disabled; this undoes the rest
    // (and the components too, for hosts that do not).
    uninitialize() {
        this.store?.dispatch(closeTokenManager());
        for (const id of this.componentIds) {
            this.registry?.unregisterComponent(id);
        }
        for (const id of this.postTypeIds) {
            this.registry?.unregisterPostTypeComponent(id);
        }
        this.componentIds = [];
        this.postTypeIds = [];
        clearVault();
        clearConfirmations();
        removeStyles();
    }
}

(window as unknown as {registerPlugin: (id: string, plugin: Plugin) => void}).registerPlugin(manifest.id, new Plugin());
