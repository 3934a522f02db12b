// The host's UI: sign-in, then the workspace — global header, team sidebar, centre channel, thread view,
// app bar, the modals in views.modals.modalState (ModalController) and the plugins' root components.
// IntlProvider speaks the current user's locale, with the plugins' translations for it.
import React from 'react';
import {IntlProvider} from 'react-intl';
import {useDispatch, useSelector} from 'react-redux';

import {ErrorBoundary, renderResolvable, usePlugins} from './common';
import {GlobalHeader, Sidebar} from './header';
import {Login} from './login';
import {ChannelView, ThreadView} from './post_list';
import {getCurrentLocale} from './selectors';
import type {HostState} from './store';
import type {ModalEntry} from './views';

export function App({signedIn}: {signedIn: boolean}) {
    const locale = useSelector(getCurrentLocale);
    const messages = useSelector((s: HostState) => s.views.i18n.translations[locale]);
    return (
        <IntlProvider locale={locale} messages={messages ?? {}} defaultLocale='en'>
            {signedIn ? <Workspace /> : <Login />}
        </IntlProvider>
    );
}

// components/modal_controller: each open modal's dialogType with its dialogProps, onExited/onHide closing it.
function ModalController() {
    const dispatch = useDispatch();
    const modalState = useSelector((s: HostState) => s.views.modals.modalState as Record<string, ModalEntry>);
    return (
        <>
            {Object.entries(modalState).map(([modalId, modal]) => {
                if (!modal.open || !modal.dialogType) {
                    return null;
                }
                const close = () => dispatch({type: 'MODAL_CLOSE', modalId});
                return React.createElement(modal.dialogType as React.ComponentType<Record<string, unknown>>, {
                    ...modal.dialogProps,
                    key: `${modalId}_modal`,
                    onExited: close,
                    onHide: close,
                });
            })}
        </>
    );
}

function AppBar() {
    const plugins = usePlugins();
    return (
        <aside className='host-appbar' aria-label='App bar'>
            {(plugins.components.AppBar ?? []).map((item) => {
                const label = typeof item.tooltipText === 'string' ? item.tooltipText : '';
                return (
                    <button
                        key={item.id}
                        type='button'
                        title={label}
                        aria-label={label}
                        onClick={() => (item.action as () => void)()}
                    >
                        <img src={String(item.iconUrl)} alt='' />
                        {!label && <span className='sr-only'>{renderResolvable(item.tooltipText)}</span>}
                    </button>
                );
            })}
        </aside>
    );
}

function Workspace() {
    const plugins = usePlugins();
    return (
        <div className='host-app'>
            <GlobalHeader />
            <Sidebar />
            <ChannelView />
            <ThreadView />
            <AppBar />
            <ModalController />
            {(plugins.components.Root ?? []).map((item) => {
                const Component = item.component as React.ComponentType;
                return (
                    <ErrorBoundary key={item.id} name='root component'>
                        <Component />
                    </ErrorBoundary>
                );
            })}
        </div>
    );
}
