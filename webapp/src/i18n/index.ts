// Translations. en.json is generated from the messages modules by `make i18n-extract`; other locales fall
// back to English, id by id.
import {createIntl, createIntlCache, type IntlShape} from 'react-intl';

import en from './en.json';

const LOCALES: Record<string, Record<string, string>> = {en};

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
