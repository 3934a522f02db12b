// Translations. en.json is generated from the messages modules by `make i18n-extract`; German, French,
// Spanish and Japanese are kept complete by the i18n check (every id, valid ICU, the same arguments). Any
// other locale, or a missing id, falls back to English.
import {createIntl, createIntlCache, type IntlShape} from 'react-intl';

import de from './de.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import ja from './ja.json';

export const LOCALES: Record<string, Record<string, string>> = {en, de, fr, es, ja};

export function getTranslations(locale: string): Record<string, string> {
    const base = locale.split(/[-_]/)[0];
    return {...en, ...(LOCALES[locale] ?? LOCALES[base] ?? {})};
}

const cache = createIntlCache();
const intls = new Map<string, IntlShape>();

// For text made outside React (slash-command replies).
export function getIntl(locale: string): IntlShape {
    let intl = intls.get(locale);
    if (!intl) {
        intl = createIntl({locale, defaultLocale: 'en', messages: getTranslations(locale)}, cache);
        intls.set(locale, intl);
    }
    return intl;
}
