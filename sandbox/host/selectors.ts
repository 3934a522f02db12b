// The mattermost-redux selectors the host's UI needs, computed as the web app computes them.
import type {HostPost, HostState} from './store';

export function getCurrentUserId(state: HostState): string {
    return state.entities.users.currentUserId;
}

export function getCurrentUser(state: HostState): Record<string, any> | undefined {
    return state.entities.users.profiles[state.entities.users.currentUserId];
}

export function getConfig(state: HostState): Record<string, string> {
    return state.entities.general.config;
}

export function getPreference(state: HostState, category: string, name: string, defaultValue = ''): string {
    return state.entities.preferences.myPreferences[`${category}--${name}`]?.value ?? defaultValue;
}

// selectors/entities/preferences.ts: allowed when the config names CollapsedThreads at all and not as
// "disabled"; on when "always_on", or when the user's preference (defaulting from the config) is "on".
export function isCollapsedThreadsAllowed(state: HostState): boolean {
    const value = getConfig(state).CollapsedThreads;
    return value !== undefined && value !== 'disabled';
}

export function getCollapsedThreadsPreference(state: HostState): string {
    const value = getConfig(state).CollapsedThreads;
    const fallback = value === 'default_on' || value === 'always_on' ? 'on' : 'off';
    return getPreference(state, 'display_settings', 'collapsed_reply_threads', fallback);
}

export function isCollapsedThreadsEnabled(state: HostState): boolean {
    return (
        isCollapsedThreadsAllowed(state) &&
        (getCollapsedThreadsPreference(state) === 'on' || getConfig(state).CollapsedThreads === 'always_on')
    );
}

// The locales the web app ships translations for (i18n/i18n.tsx); others fall back to English.
export const LANGUAGES: Record<string, string> = {
    de: 'Deutsch',
    en: 'English (US)',
    es: 'Español',
    fr: 'Français',
    it: 'Italiano',
    ja: '日本語',
    nl: 'Nederlands',
    pl: 'Polski',
    'pt-BR': 'Português (Brasil)',
    ru: 'Pусский',
    sv: 'Svenska',
    tr: 'Türkçe',
    uk: 'Українська',
    'zh-CN': '中文 (简体)',
};

// selectors/i18n.ts getCurrentLocale: the user's locale if the web app has it, else the server default, else en.
export function getCurrentLocale(state: HostState): string {
    const fallback = getConfig(state).DefaultClientLocale || 'en';
    const locale = getCurrentUser(state)?.locale || fallback;
    return locale in LANGUAGES ? locale : fallback in LANGUAGES ? fallback : 'en';
}

// mattermost-redux utils/post_utils.
export function isSystemMessage(post: HostPost): boolean {
    return Boolean(post.type) && post.type.startsWith('system_');
}

export function isPostEphemeral(post: HostPost): boolean {
    return post.type === 'system_ephemeral' || post.type === 'system_ephemeral_add_to_channel';
}
