// The Settings section: the window cannot show above the Settings modal, so opening it closes Settings
// first.
import {screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';

import {renderWithContext} from '../../test/render';
import SettingsSection from './settings_section';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    listUserTokens: jest.fn(async () => []),
    getTokenUsage: jest.fn(async () => new Map()),
}));

test('"Open Token Manager" closes Settings, then opens the window', async () => {
    const user = userEvent.setup();
    const {dispatched, store} = renderWithContext(<SettingsSection />);
    await screen.findByText('You have no personal access tokens yet.');
    await user.click(screen.getByRole('button', {name: 'Open Token Manager'}));
    const types = dispatched.map((a) => a.type);
    const closed = types.indexOf('MODAL_CLOSE');
    expect(closed).toBeGreaterThanOrEqual(0);
    expect(dispatched[closed]).toEqual({type: 'MODAL_CLOSE', modalId: 'user_settings'});
    expect(types.indexOf('token-manager/open_modal')).toBeGreaterThan(closed);
    expect(store.getState()['plugins-token-manager'].modal).toEqual({open: true, tab: 'mine'});
});

test('only System Admins get the inventory button', async () => {
    renderWithContext(<SettingsSection />);
    await screen.findByText('You have no personal access tokens yet.');
    expect(screen.queryByRole('button', {name: 'Open the inventory of all tokens'})).not.toBeInTheDocument();
});

test('tokens disabled on the server: the section says so above the list', async () => {
    renderWithContext(<SettingsSection />, {config: {EnableUserAccessTokens: 'false'}});
    expect(await screen.findByRole('note')).toHaveTextContent(
        'Personal access tokens are disabled on this server: the tokens below cannot be used to log in, except those of bots, which still work.',
    );
    expect(screen.getByRole('note')).toHaveTextContent('System Console › Integrations › Integration Management');
    await screen.findByText('You have no personal access tokens yet.');
});
