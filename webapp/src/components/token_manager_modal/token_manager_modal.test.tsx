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
