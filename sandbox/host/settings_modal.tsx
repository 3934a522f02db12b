// The Settings modal (user_settings/modal/user_settings_modal.tsx in a GenericModal, a react-bootstrap Modal):
// rendered in a portal appended to <body>, .modal at z-index 1050 above everything in #root, a transform on
// .modal-dialog (so position: fixed children are placed against the dialog box), and enforceFocus: focus that
// leaves the modal while it is open is pulled back to it. Escape (on key up) or × closes it; on close, focus
// returns to where it was. Its open state is views.modals.modalState.user_settings (MODAL_OPEN/MODAL_CLOSE).
import React, {useEffect, useLayoutEffect, useRef, useState} from 'react';
import {createPortal} from 'react-dom';

import {ErrorBoundary, usePlugins} from './common';
import {BuiltInPane} from './settings_panes';
import type {PluginSettings} from './store';

const BUILT_IN_TABS = [
    ['notifications', 'Notifications', 'icon-bell-outline'],
    ['display', 'Display', 'icon-eye-outline'],
    ['sidebar', 'Sidebar', 'icon-dock-left'],
    ['advanced', 'Advanced', 'icon-tune'],
] as const;

function isUrl(icon: string) {
    return icon.startsWith('/') || /^https?:\/\//.test(icon);
}

function TabIcon({icon, title}: {icon?: string; title: string}) {
    if (icon && isUrl(icon)) {
        return <img className='icon' src={icon} alt={title} />;
    }
    return <i className={`icon ${icon || 'icon-power-plug-outline'}`} title={title} aria-hidden='true' />;
}

function Tab({
    id,
    label,
    icon,
    active,
    onSelect,
}: {
    id: string;
    label: string;
    icon?: string;
    active: boolean;
    onSelect: (id: string) => void;
}) {
    return (
        <button
            id={`${id}Button`}
            type='button'
            role='tab'
            className={`nav-pills__tab ${active ? 'active' : ''}`}
            aria-label={label.toLowerCase()}
            aria-selected={active}
            aria-controls={`${id}Settings`}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(id)}
        >
            <TabIcon icon={icon} title={label} />
            {label}
        </button>
    );
}

// A plugin's tab: the header "<uiName> Settings", then each custom section with no props and no title.
function PluginPane({setting}: {setting: PluginSettings}) {
    return (
        <div id={`${setting.id}Settings`} role='tabpanel' aria-labelledby={`${setting.id}Button`}>
            <h2 className='settings-pane__title'>{`${setting.uiName} Settings`}</h2>
            {setting.sections.map((section) => {
                const Component = section.component as React.ComponentType | undefined;
                return Component ? (
                    <ErrorBoundary key={section.title} name={section.title}>
                        <Component />
                    </ErrorBoundary>
                ) : null;
            })}
        </div>
    );
}

interface Props {
    activeTab?: string;
    onHide: () => void;
    onExited: () => void;
}

export function SettingsModal({activeTab, onExited}: Props) {
    const plugins = usePlugins();
    const [tab, setTab] = useState(activeTab ?? 'notifications');
    const [container] = useState(() => document.createElement('div'));
    const modalRef = useRef<HTMLDivElement>(null);
    const onExitedRef = useRef(onExited);
    onExitedRef.current = onExited;
    const pluginTabs = Object.values(plugins.userSettings);
    const active = pluginTabs.find((p) => p.id === tab);

    // react-overlays Modal: mount in a node appended to <body>, focus the modal, pull focus back while open,
    // close on Escape key up, and on unmount give focus back to what had it before.
    useLayoutEffect(() => {
        document.body.appendChild(container);
        const lastFocus = document.activeElement as HTMLElement | null;
        const modal = modalRef.current!;
        if (!modal.contains(document.activeElement)) {
            modal.focus();
        }
        const enforceFocus = () => {
            if (modalRef.current && !modalRef.current.contains(document.activeElement)) {
                modalRef.current.focus();
            }
        };
        const onKeyUp = (e: KeyboardEvent) => {
            if (e.key === 'Escape') {
                onExitedRef.current();
            }
        };
        document.addEventListener('focus', enforceFocus, true);
        document.addEventListener('keyup', onKeyUp);
        return () => {
            document.removeEventListener('focus', enforceFocus, true);
            document.removeEventListener('keyup', onKeyUp);
            container.remove();
            lastFocus?.focus?.();
        };
    }, [container]);

    useEffect(() => {
        if (tab !== 'notifications' && !BUILT_IN_TABS.some(([id]) => id === tab) && !active) {
            setTab('notifications');
        }
    }, [tab, active]);

    return createPortal(
        <>
            <div className='modal-backdrop fade in' />
            <div
                ref={modalRef}
                id='accountSettingsModal'
                role='dialog'
                aria-modal='true'
                aria-label='Settings'
                tabIndex={-1}
                className='modal fade in a11y__modal settings-modal UserSettingsModal'
                onMouseDown={(e) => {
                    if (e.target === e.currentTarget) {
                        onExited();
                    }
                }}
            >
                <div className='modal-dialog'>
                    <div className='modal-content' role='document'>
                        <div className='modal-header'>
                            <h1 className='modal-title'>{'Settings'}</h1>
                            <button type='button' className='close' aria-label='Close' onClick={onExited}>
                                {'×'}
                            </button>
                        </div>
                        <div className='settings-table'>
                            <div className='settings-links' role='tablist' aria-orientation='vertical'>
                                {BUILT_IN_TABS.map(([id, label, icon]) => (
                                    <Tab
                                        key={id}
                                        id={id}
                                        label={label}
                                        icon={icon}
                                        active={tab === id}
                                        onSelect={setTab}
                                    />
                                ))}
                                {pluginTabs.length > 0 && (
                                    <div role='group' aria-labelledby='userSettingsModal_pluginPreferences_header'>
                                        <hr />
                                        <div
                                            role='heading'
                                            aria-level={3}
                                            className='header'
                                            id='userSettingsModal_pluginPreferences_header'
                                        >
                                            {'PLUGIN PREFERENCES'}
                                        </div>
                                        {pluginTabs.map((p) => (
                                            <Tab
                                                key={p.id}
                                                id={p.id}
                                                label={p.uiName}
                                                icon={p.icon}
                                                active={tab === p.id}
                                                onSelect={setTab}
                                            />
                                        ))}
                                    </div>
                                )}
                            </div>
                            <div className='settings-content'>
                                {active ? <PluginPane setting={active} /> : <BuiltInPane tab={tab} />}
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </>,
        container,
    );
}
