import {act, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';
import * as bridge from 'server-bridge';

import {openTokenManager} from '../../actions';
import {renderWithContext} from '../../test/render';
import TokenManagerModal from './token_manager_modal';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    listUserTokens: jest.fn(async () => []),
    getTokenUsage: jest.fn(async () => new Map()),
    loadInventory: jest.fn(async () => ({tokens: [], owners: new Map()})),
}));

test('closed until opened; Escape closes it', async () => {
    const user = userEvent.setup();
    const {store} = renderWithContext(<TokenManagerModal />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    act(() => {
        store.dispatch(openTokenManager('mine'));
    });
    const dialog = await screen.findByRole('dialog', {name: 'Token Manager'});
    expect(dialog).toHaveFocus();
    // Shift+Tab from the dialog itself wraps to its last control, and Tab from there back to the first.
    await user.tab({shift: true});
    const controls = within(dialog).getAllByRole('button');
    expect(controls.at(-1)).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', {name: 'Close'})).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('for a regular user, "All tokens" is not in the DOM at all, even when asked for', async () => {
    const {store, container} = renderWithContext(<TokenManagerModal />);
    act(() => {
        store.dispatch(openTokenManager('all'));
    });
    await screen.findByRole('dialog', {name: 'Token Manager'});
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(screen.queryByText('All tokens')).not.toBeInTheDocument();
    expect(container.ownerDocument.body.innerHTML).not.toContain('Every token on the server');
    expect(bridge.loadInventory).not.toHaveBeenCalled();
});

test('a System Admin gets both tabs and the inventory', async () => {
    const user = userEvent.setup();
    const {store} = renderWithContext(<TokenManagerModal />, {user: {roles: 'system_user system_admin'}});
    act(() => {
        store.dispatch(openTokenManager('mine'));
    });
    const dialog = await screen.findByRole('dialog', {name: 'Token Manager'});
    const tabs = within(dialog).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['My tokens', 'All tokens']);
    await user.click(tabs[1]);
    expect(await within(dialog).findByRole('heading', {name: 'Every token on the server'})).toBeInTheDocument();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    expect(bridge.loadInventory).toHaveBeenCalledTimes(1);
});

test('Escape in a nested dialog closes only that dialog, and focus goes back to the button that opened it', async () => {
    const user = userEvent.setup();
    jest.mocked(bridge.listUserTokens).mockResolvedValueOnce([
        {
            id: 'aaaaaaaaaaaaaaaaaaaaaaaaaa',
            user_id: 'me000000000000000000000000',
            description: 'CI',
            is_active: true,
            expires_at: 0,
        },
    ]);
    const {store} = renderWithContext(<TokenManagerModal />);
    act(() => {
        store.dispatch(openTokenManager('mine'));
    });
    const dialog = await screen.findByRole('dialog', {name: 'Token Manager'});
    const revoke = await within(dialog).findByRole('button', {name: 'Revoke CI'});
    await user.click(revoke);
    expect(screen.getByRole('alertdialog', {name: 'Revoke this token?'})).toBeInTheDocument();
    expect(screen.getByRole('button', {name: 'Cancel'})).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', {name: 'Token Manager'})).toBeInTheDocument();
    expect(revoke).toHaveFocus();
});

test('losing the System Admin role forgets everything the inventory loaded', async () => {
    const {store} = renderWithContext(<TokenManagerModal />, {user: {roles: 'system_user system_admin'}});
    act(() => {
        store.dispatch({
            type: 'token-manager/received_tokens',
            data: [{id: 'other', user_id: 'someone-else', description: 'x', is_active: true}],
        });
        store.dispatch({
            type: 'token-manager/received_owners',
            data: [{id: 'someone-else', username: 's', email: 's@x'}],
        });
        store.dispatch({type: 'token-manager/inventory_finished', tokenIds: ['other']});
    });
    expect(store.getState()['plugins-token-manager'].owners).not.toEqual({});
    // A role change arrives as a new profile for the current user (the test store's entities are fixed, so
    // the component is rendered again for a user without the role).
    const {store: demoted} = renderWithContext(<TokenManagerModal />, {user: {roles: 'system_user'}});
    act(() => {
        demoted.dispatch({
            type: 'token-manager/received_tokens',
            data: [{id: 'other', user_id: 'someone-else', description: 'x', is_active: true}],
        });
        demoted.dispatch({
            type: 'token-manager/received_owners',
            data: [{id: 'someone-else', username: 's', email: 's@x'}],
        });
        demoted.dispatch({type: 'token-manager/inventory_finished', tokenIds: ['other']});
    });
    expect(demoted.getState()['plugins-token-manager'].owners).toEqual({});
    expect(demoted.getState()['plugins-token-manager'].tokens).toEqual({});
    expect(demoted.getState()['plugins-token-manager'].inventory.status).toBe('idle');
});
