// Plugin translations, as actions/views/root.ts handles them: registerTranslations(getTranslationsForLocale)
// records a source and merges its strings for the current locale; a locale change asks every source again
// (loadTranslations). Nothing else is re-run: strings a plugin passed at registration stay as they were.
import {getCurrentLocale} from './selectors';
import type {HostDispatch, HostState} from './store';

export const translationSources: Record<string, (locale: string) => Record<string, string> | undefined> = {};

export function loadTranslationsFor(locale?: string) {
    return (dispatch: HostDispatch, getState: () => HostState) => {
        const target = locale ?? getCurrentLocale(getState());
        const translations: Record<string, string> = {};
        // As in the web app, a source that throws is not caught.
        for (const source of Object.values(translationSources)) {
            Object.assign(translations, source(target) ?? {});
        }
        dispatch({type: 'RECEIVED_TRANSLATIONS', data: {locale: target, translations}});
    };
}

export function unregisterTranslations(pluginId: string) {
    delete translationSources[pluginId];
}
