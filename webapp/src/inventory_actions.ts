// The admin inventory: every token on the server joined to its owner, streamed into the store; the risk
// view's activity scan and the server's own count of tokens over the lifetime policy.
import * as bridge from 'server-bridge';
import type {TokenApiErrorFields, TokenUsage} from 'server-bridge';

import {noteExpiry, summarizeOwner, toErrorFields, withoutSecret} from './actions';
import ActionTypes from './action_types';
import {isRunning} from './lifecycle';
import type {OwnerSummary, StoredToken} from './reducer';
import {getCurrentUserId, getPluginState} from './selectors';
import type {AppThunk} from './types';

export const INVENTORY_FLUSH_MS = 150;

// Past this many tokens the rows wait for the end of the load (progress goes on).
export const INVENTORY_HOLD_AT = 25_000;

// Each store update re-sorts every row, so the bigger the inventory, the rarer the updates: every 150 ms at
// first, about once a second by 20,000 tokens, and none from INVENTORY_HOLD_AT until the load ends: at
// that size an update takes long enough (a tenth of a second and more) to hold up the requests it waits
// on, and the load's last update sorts them all anyway. Progress is shown every 150 ms throughout.
export function inventoryFlushDelay(loaded: number): number {
    return loaded >= INVENTORY_HOLD_AT ? Number.POSITIVE_INFINITY : INVENTORY_FLUSH_MS + Math.floor(loaded / 25);
}

// One bound for the inventory's requests: its pages, owner look-ups and activity scans share it.
const inventoryLimiter = bridge.createLimiter(bridge.DEFAULT_CONCURRENCY);

// The first page and its owners are shown at once; later pages and their owners are coalesced into one
// store update every inventoryFlushDelay, so 100,000 tokens cost a handful of re-sorts rather than hundreds;
// progress alone is dispatched every INVENTORY_FLUSH_MS. The last complete load's count is passed on, so a
// reload asks for exactly the pages the server has (and, past INVENTORY_HOLD_AT, keeps the rows it shows
// until it ends). A 403 (the user is no longer a System Admin) empties
// everything the inventory had loaded.
export function loadInventory(concurrency = bridge.DEFAULT_CONCURRENCY): AppThunk<number> {
    return async (dispatch, getState) => {
        const expectedTotal = getPluginState(getState()).inventory.lastTotal;
        dispatch({type: ActionTypes.INVENTORY_STARTED});
        let pending: StoredToken[] = [];
        let pendingOwners: OwnerSummary[] = [];
        let progress = {loaded: 0, pages: 0};
        let shownProgress = progress;
        let dataTimer: ReturnType<typeof setTimeout> | undefined;
        let progressTimer: ReturnType<typeof setTimeout> | undefined;
        // A reload of a big inventory keeps the rows it has until it ends: updating them on the way would
        // re-sort them all each time.
        const hold = (expectedTotal ?? 0) >= INVENTORY_HOLD_AT;
        let shownFirst = hold;
        let shownFirstOwners = hold;
        let expiryNoted = false;
        const showProgress = () => {
            progressTimer = undefined;
            if (isRunning() && progress !== shownProgress) {
                shownProgress = progress;
                dispatch({type: ActionTypes.INVENTORY_PROGRESS, loaded: progress.loaded, pages: progress.pages});
            }
        };
        const flush = () => {
            dataTimer = undefined;
            if (!isRunning()) {
                return;
            }
            if (pending.length > 0) {
                if (!expiryNoted) {
                    // Whether the server has expiry shows in its token objects (classic servers omit expires_at).
                    noteExpiry(dispatch, pending);
                    expiryNoted = true;
                }
                dispatch({type: ActionTypes.RECEIVED_TOKENS, data: pending});
                pending = [];
            }
            if (pendingOwners.length > 0) {
                dispatch({type: ActionTypes.RECEIVED_OWNERS, data: pendingOwners});
                pendingOwners = [];
            }
            showProgress();
        };
        const later = () => {
            const delay = hold ? Number.POSITIVE_INFINITY : inventoryFlushDelay(progress.loaded);
            if (Number.isFinite(delay)) {
                dataTimer ??= setTimeout(flush, delay);
            }
            progressTimer ??= setTimeout(showProgress, INVENTORY_FLUSH_MS);
        };
        let error;
        let tokenIds: string[] = [];
        try {
            const inventory = await bridge.loadInventory({
                concurrency,
                limiter: concurrency === bridge.DEFAULT_CONCURRENCY ? inventoryLimiter : undefined,
                expectedTotal,
                onTokens: (tokens, p) => {
                    tokens.forEach((token) => pending.push(withoutSecret(token)));
                    progress = p;
                    if (!shownFirst) {
                        shownFirst = true;
                        flush();
                    } else {
                        later();
                    }
                },
                onOwners: (owners) => {
                    owners.forEach((owner) => pendingOwners.push(summarizeOwner(owner)));
                    if (!shownFirstOwners) {
                        // The first rows get their owners at once, as they got their tokens.
                        shownFirstOwners = true;
                        flush();
                    } else {
                        later();
                    }
                },
            });
            tokenIds = inventory.tokens.map((t) => t.id);
        } catch (err) {
            error = toErrorFields(err, 'loadInventory');
        }
        clearTimeout(progressTimer);
        clearTimeout(dataTimer);
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

export interface ActivityProgress {
    // Owners whose sessions were read (or failed), of all to read.
    done: number;
    total: number;
    failed: number;
}

export interface ActivityScanResult extends ActivityProgress {
    // Tokens whose owner's sessions were read: their usage in the store is complete.
    checked: string[];
    cancelled: boolean;
    // When the scan ended.
    at: number;
    // The store's usage when the scan ended.
    usage: Record<string, TokenUsage>;
}

export interface ActivityScanOptions {
    signal?: AbortSignal;
    onProgress?: (progress: ActivityProgress) => void;
}

// The risk view's opt-in scan: one GET /users/{id}/sessions per owner, through the inventory's limiter.
// Usage reaches the store in batches (one RECEIVED_USAGE per INVENTORY_FLUSH_MS, each replacing the usage of
// the owners it covers); progress is reported with each batch. An owner that fails is left out (its tokens
// stay unknown) and the scan goes on, except on 401/403, which would fail for every owner.
export function scanActivity(ownerIds: string[], options: ActivityScanOptions = {}): AppThunk<ActivityScanResult> {
    return async (dispatch, getState) => {
        const wanted = new Set(ownerIds);
        const tokensByOwner = new Map<string, string[]>();
        for (const token of Object.values(getPluginState(getState()).tokens)) {
            if (wanted.has(token.user_id)) {
                const ids = tokensByOwner.get(token.user_id);
                if (ids) {
                    ids.push(token.id);
                } else {
                    tokensByOwner.set(token.user_id, [token.id]);
                }
            }
        }
        const stop = new AbortController();
        const onAbort = () => stop.abort();
        options.signal?.addEventListener('abort', onAbort);
        if (options.signal?.aborted) {
            stop.abort();
        }
        const progress: ActivityProgress = {done: 0, total: ownerIds.length, failed: 0};
        const checked: string[] = [];
        let batch: {data: TokenUsage[]; tokenIds: string[]} = {data: [], tokenIds: []};
        let timer: ReturnType<typeof setTimeout> | undefined;
        let fatal: TokenApiErrorFields | undefined;
        const flush = () => {
            timer = undefined;
            if (batch.tokenIds.length > 0 || batch.data.length > 0) {
                dispatch({type: ActionTypes.RECEIVED_USAGE, ...batch});
                batch = {data: [], tokenIds: []};
            }
            options.onProgress?.({...progress});
        };
        let scan: {cancelled: boolean} = {cancelled: true};
        try {
            scan = await bridge.scanTokenUsage(ownerIds, {
                limiter: inventoryLimiter,
                signal: stop.signal,
                onResult: (result) => {
                    if (!isRunning()) {
                        stop.abort();
                        return;
                    }
                    progress.done += 1;
                    if ('error' in result) {
                        progress.failed += 1;
                        if (result.error.kind === 'forbidden' || result.error.kind === 'unauthorized') {
                            fatal ??= result.error.toJSON();
                            stop.abort();
                        }
                    } else {
                        const ids = tokensByOwner.get(result.userId) ?? [];
                        checked.push(...ids);
                        batch.tokenIds.push(...ids);
                        batch.data.push(...result.usage.values());
                    }
                    timer ??= setTimeout(flush, INVENTORY_FLUSH_MS);
                },
            });
        } catch (err) {
            fatal = toErrorFields(err, 'scanTokenUsage');
        }
        options.signal?.removeEventListener('abort', onAbort);
        if (timer) {
            clearTimeout(timer);
        }
        if (!isRunning()) {
            return {error: bridge.abortedError('scanTokenUsage').toJSON()};
        }
        flush();
        if (fatal) {
            return {error: fatal};
        }
        const usage = getPluginState(getState()).usage;
        return {data: {...progress, checked, cancelled: scan.cancelled, at: Date.now(), usage}};
    };
}

// The server's own count of tokens over the lifetime policy; undefined where the server has no such
// route, which is remembered (features.nonCompliantCount) so that it is not asked again.
export function fetchNonCompliantCount(): AppThunk<number | undefined> {
    return async (dispatch, getState) => {
        let count: number | undefined;
        try {
            count = await bridge.countNonCompliantTokens();
        } catch (err) {
            return {error: toErrorFields(err, 'countNonCompliantTokens')};
        }
        if (!isRunning()) {
            return {error: bridge.abortedError('countNonCompliantTokens').toJSON()};
        }
        const present = count !== undefined;
        if (getPluginState(getState()).features.nonCompliantCount !== present) {
            dispatch({type: ActionTypes.RECEIVED_FEATURES, data: {nonCompliantCount: present}});
        }
        return {data: count};
    };
}
