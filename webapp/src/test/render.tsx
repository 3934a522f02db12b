// renderWithContext: a component inside the test store and an IntlProvider with the plugin's translations.
// No mocking of react-redux or react-intl.
import {render, type RenderOptions} from '@testing-library/react';
import React from 'react';
import {IntlProvider} from 'react-intl';
import {Provider} from 'react-redux';

import {getTranslations} from '../i18n';
import {buildStore, type StoreOptions, type TestStore} from './store';

export function renderWithContext(
    ui: React.ReactElement,
    options: StoreOptions & {built?: TestStore; locale?: string} = {},
    renderOptions?: RenderOptions,
) {
    const built = options.built ?? buildStore(options);
    const locale = options.locale ?? 'en';
    const result = render(
        <Provider store={built.store}>
            <IntlProvider locale={locale} messages={getTranslations(locale)}>
                {ui}
            </IntlProvider>
        </Provider>,
        renderOptions,
    );
    return {...result, ...built};
}
