// The inventory's progress line: the count so far (or of about the last total), and, past
// INVENTORY_HOLD_AT, that the table waits for the end of the load.
import {screen} from '@testing-library/react';
import React from 'react';

import ActionTypes from '../../action_types';
import {INVENTORY_HOLD_AT} from '../../inventory_actions';
import {renderWithContext} from '../../test/render';
import {buildStore} from '../../test/store';
import LoadProgress from './load_progress';

function loading(loaded: number, shown: number) {
    const built = buildStore({user: {roles: 'system_user system_admin'}});
    built.store.dispatch({type: ActionTypes.INVENTORY_STARTED});
    built.store.dispatch({type: ActionTypes.INVENTORY_PROGRESS, loaded, pages: Math.ceil(loaded / 200)});
    renderWithContext(<LoadProgress shown={shown} onReload={() => undefined} />, {built});
    return screen.getByRole('status');
}

test('while the rows keep up, the line gives the count so far', () => {
    const status = loading(20_000, 19_800);
    expect(status).toHaveTextContent('Loading… 20,000 tokens so far (100 pages)');
    expect(status).not.toHaveTextContent('the rest appear');
});

test('past the hold, it says the table shows what it has until the load ends', () => {
    const status = loading(INVENTORY_HOLD_AT + 30_000, 24_800);
    expect(status).toHaveTextContent('Loading… 55,000 tokens so far');
    expect(status).toHaveTextContent('The table shows the first 24,800; the rest appear when the load ends.');
});

test('once loaded, the note is gone', () => {
    const built = buildStore({user: {roles: 'system_user system_admin'}});
    built.store.dispatch({type: ActionTypes.INVENTORY_STARTED});
    built.store.dispatch({type: ActionTypes.INVENTORY_FINISHED, tokenIds: []});
    renderWithContext(<LoadProgress shown={0} onReload={() => undefined} />, {built});
    expect(screen.getByRole('status')).toHaveTextContent('0 tokens on the server');
    expect(screen.getByRole('button', {name: 'Reload'})).toBeInTheDocument();
});
