// The admin inventory: every token on the server joined to its owner, streamed into the store.
import * as bridge from 'server-bridge';

import {summarizeOwner, toErrorFields, withoutSecret} from './actions';
import ActionTypes from './action_types';
import {isRunning} from './lifecycle';
import type {StoredToken} from './reducer';
import {getCurrentUserId} from './selectors';
import type {AppThunk} from './types';

export const INVENTORY_FLUSH_MS = 150;

// The first page is shown at once; later pages are coalesced into one store update every
// INVENTORY_FLUSH_MS, so 10,000 tokens cost a handful of re-sorts rather than fifty. A 403 (the user is
// no longer a System Admin) empties everything the inventory had loaded.
export function loadInventory(concurrency = bridge.DEFAULT_CONCURRENCY): AppThunk<number> {
    return async (dispatch, getState) => {
        dispatch({type: ActionTypes.INVENTORY_STARTED});
        let pending: StoredToken[] = [];
        let progress = {loaded: 0, pages: 0};
        let timer: ReturnType<typeof setTimeout> | undefined;
        let shownFirst = false;
        const flush = () => {
            timer = undefined;
            if (!isRunning()) {
                return;
            }
            if (pending.length > 0) {
                dispatch({type: ActionTypes.RECEIVED_TOKENS, data: pending});
                pending = [];
            }
            dispatch({type: ActionTypes.INVENTORY_PROGRESS, loaded: progress.loaded, pages: progress.pages});
        };
        let error;
        let tokenIds: string[] = [];
        try {
            const inventory = await bridge.loadInventory({
                concurrency,
                onTokens: (tokens, p) => {
                    pending = pending.concat(tokens.map(withoutSecret));
                    progress = p;
                    if (!shownFirst) {
                        shownFirst = true;
                        flush();
                    } else if (!timer) {
                        timer = setTimeout(flush, INVENTORY_FLUSH_MS);
                    }
                },
                onOwners: (owners) =>
                    isRunning() && dispatch({type: ActionTypes.RECEIVED_OWNERS, data: owners.map(summarizeOwner)}),
            });
            tokenIds = inventory.tokens.map((t) => t.id);
        } catch (err) {
            error = toErrorFields(err, 'loadInventory');
        }
        if (timer) {
            clearTimeout(timer);
        }
        if (!isRunning()) {
            return {error: bridge.abortedError('loadInventory').toJSON()};
        }
        flush();
        if (!error) {
            dispatch({type: ActionTypes.INVENTORY_FINISHED, tokenIds});
            return {data: tokenIds.length};
        }
        if (error.kind === 'forbidden') {
            dispatch(clearInventory(getCurrentUserId(getState())));
        }
        dispatch({type: ActionTypes.INVENTORY_FAILED, error});
        return {error};
    };
}

export function clearInventory(keepUserId: string) {
    return {type: ActionTypes.INVENTORY_CLEARED, keepUserId} as const;
}
