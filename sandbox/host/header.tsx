// The global header (theme switch, the Settings gear that opens the Settings modal, the signed-in user) and
// the left sidebar, whose header is the team menu: registerMainMenuAction items sit at its bottom, after a
// separator (components/sidebar/sidebar_header/sidebar_team_menu.tsx).
import React from 'react';
import {useDispatch, useSelector} from 'react-redux';

import {renderResolvable, usePlugins} from './common';
import {MenuButton, type MenuEntry} from './menu';
import {getCurrentUser} from './selectors';
import {setTheme, signOut} from './session';
import {SettingsModal} from './settings_modal';
import {CHANNEL_ID, TEAM_ID, type HostState} from './store';
import type {ThemeName} from './theme';
import {USER_SETTINGS_MODAL} from './views';

export function openUserSettings(activeTab?: string) {
    return {
        type: 'MODAL_OPEN',
        modalId: USER_SETTINGS_MODAL,
        dialogType: SettingsModal,
        dialogProps: {isContentProductSettings: true, ...(activeTab ? {activeTab} : {})},
    };
}

export function GlobalHeader() {
    const dispatch = useDispatch();
    const theme = useSelector((s: HostState) => s.views.theme as ThemeName);
    const me = useSelector(getCurrentUser);
    return (
        <header className='host-globalheader'>
            <span className='host-product'>{'Channels'}</span>
            <span className='spacer' />
            <button type='button' onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
                {theme === 'dark' ? 'Light theme' : 'Dark theme'}
            </button>
            <button
                id='userSettingsButton'
                type='button'
                className='host-icon-button'
                aria-label='Settings'
                aria-haspopup='dialog'
                title='Settings'
                onClick={() => dispatch(openUserSettings())}
            >
                <span aria-hidden='true'>{'⚙'}</span>
            </button>
            <span aria-label='Signed in as'>{`@${me?.username}`}</span>
            <button type='button' onClick={() => signOut()}>
                {'Log out'}
            </button>
        </header>
    );
}

function TeamMenu() {
    const plugins = usePlugins();
    const team = useSelector((s: HostState) => s.entities.teams.teams[TEAM_ID]);
    const pluginItems = plugins.components.MainMenu ?? [];
    const items: MenuEntry[] = [
        {key: 'viewMembers', label: 'View members'},
        {key: 'learnAboutTeams', label: 'Learn about teams', separatorBefore: true},
        ...pluginItems.map((item, index) => ({
            key: item.id,
            label: <span>{renderResolvable(item.text)}</span>,
            onClick: () => (item.action as (() => void) | undefined)?.(),
            separatorBefore: index === 0,
        })),
    ];
    return (
        <MenuButton
            buttonLabel={
                <>
                    <span>{team.display_name}</span>
                    <span aria-hidden='true' className='chevron'>
                        {'⌄'}
                    </span>
                </>
            }
            buttonClassName='host-team-button'
            menuClassName='host-team-menu'
            items={items}
        />
    );
}

export function Sidebar() {
    const channel = useSelector((s: HostState) => s.entities.channels.channels[CHANNEL_ID]);
    return (
        <nav className='host-sidebar' aria-label='Channels'>
            <div className='host-sidebar__header'>
                <TeamMenu />
            </div>
            <div className='channel' aria-current='page'>
                {channel.display_name}
            </div>
        </nav>
    );
}
