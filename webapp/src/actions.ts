// Thunks over the server-bridge. Each returns {data} or {error} (a plain TokenApiErrorFields) and never
// throws. The store only ever receives tokens without their secret; create and rotate hand the secret
// back to their caller alone, for the one-time reveal.
import type {UserAccessToken} from '@mattermost/types/users';
import type {AnyAction} from 'redux';
import * as bridge from 'server-bridge';

import ActionTypes from './action_types';
import {getCapabilities, getCurrentUserId, getPluginState, type State} from './selectors';

export type Result<T> = {data: T; error?: undefined} | {data?: undefined; error: bridge.TokenApiErrorFields};
type Dispatch = (action: AnyAction | Thunk<unknown>) => any;
type GetState = () => State;
export type Thunk<T> = (dispatch: Dispatch, getState: GetState) => Promise<Result<T>>;

export function toErrorFields(err: unknown, operation?: string): bridge.TokenApiErrorFields {
    if (bridge.isTokenApiError(err)) {
        return err.toJSON();
    }
    // A bug, not a server answer: keep it visible without leaking anything from the request.
    return {
        kind: 'server',
        status: 0,
        serverErrorId: 'token_manager.unexpected',
        requestId: '',
        message: err instanceof Error ? err.message : String(err),
        operation,
    };
}

async function attempt<T>(run: () => Promise<T>, operation: string): Promise<Result<T>> {
    try {
        return {data: await run()};
    } catch (err) {
        return {error: toErrorFields(err, operation)};
    }
}

function noteExpiry(dispatch: Dispatch, tokens: UserAccessToken[]) {
    const expiry = bridge.expiryFromTokens(tokens);
    if (expiry !== undefined) {
        dispatch({type: ActionTypes.RECEIVED_FEATURES, data: {expiry}});
    }
}

export function fetchUserTokens(userId: string): Thunk<UserAccessToken[]> {
    return async (dispatch) => {
        const result = await attempt(() => bridge.listUserTokens(userId), 'listUserTokens');
        if (result.data) {
            noteExpiry(dispatch, result.data);
            dispatch({type: ActionTypes.RECEIVED_TOKENS, data: result.data, replaceUserId: userId});
        }
        return result;
    };
}

export function fetchMyTokens(): Thunk<UserAccessToken[]> {
    return (dispatch, getState) => fetchUserTokens(getCurrentUserId(getState()))(dispatch, getState);
}

// Returns the created token WITH its secret: show it once, keep it out of everything else.
export function createToken(userId: string, description: string, expiresAt?: number): Thunk<UserAccessToken> {
    return async (dispatch, getState) => {
        const caps = getCapabilities(getState());
        const result = await attempt(
            () =>
                bridge.createToken(userId, description, {
                    expiresAt,
                    rules: {supportsExpiry: caps.supportsExpiry, maxLifetimeDays: caps.maxLifetimeDays},
                }),
            'createToken',
        );
        if (result.data) {
            noteExpiry(dispatch, [result.data]);
            dispatch({type: ActionTypes.RECEIVED_TOKEN, data: result.data});
        }
        return result;
    };
}

export function rotateToken(tokenId: string, expiresAt?: number): Thunk<UserAccessToken> {
    return async (dispatch, getState) => {
        const caps = getCapabilities(getState());
        const result = await attempt(
            () =>
                bridge.rotateToken(tokenId, {
                    expiresAt,
                    rules: {supportsExpiry: caps.supportsExpiry, maxLifetimeDays: caps.maxLifetimeDays},
                }),
            'rotateToken',
        );
        if (result.data) {
            dispatch({type: ActionTypes.RECEIVED_FEATURES, data: {rotate: true}});
            dispatch({type: ActionTypes.RECEIVED_TOKEN, data: result.data});
        } else if (bridge.isRouteMissing(result.error)) {
            dispatch({type: ActionTypes.RECEIVED_FEATURES, data: {rotate: false}});
        }
        return result;
    };
}

// Disable and enable: flip is_active in the store; a token the server no longer has is dropped.
function setActive(tokenId: string, isActive: boolean): Thunk<true> {
    const operation = isActive ? 'enableToken' : 'disableToken';
    return async (dispatch) => {
        const result = await attempt(
            () => (isActive ? bridge.enableToken(tokenId) : bridge.disableToken(tokenId)),
            operation,
        );
        if (result.data) {
            dispatch({type: ActionTypes.TOKEN_STATUS_CHANGED, tokenId, isActive});
        } else if (result.error.kind === 'not_found') {
            dispatch({type: ActionTypes.TOKEN_REVOKED, tokenId});
        }
        return result.data ? {data: true} : result;
    };
}

export function disableToken(tokenId: string): Thunk<true> {
    return setActive(tokenId, false);
}

export function enableToken(tokenId: string): Thunk<true> {
    return setActive(tokenId, true);
}

export function revokeToken(tokenId: string): Thunk<true> {
    return async (dispatch) => {
        const result = await attempt(() => bridge.revokeToken(tokenId), 'revokeToken');
        if (result.data || result.error.kind === 'not_found') {
            dispatch({type: ActionTypes.TOKEN_REVOKED, tokenId});
        }
        return result.data ? {data: true} : result;
    };
}

export function fetchUsage(userId: string): Thunk<bridge.TokenUsage[]> {
    return async (dispatch, getState) => {
        const result = await attempt(async () => [...(await bridge.getTokenUsage(userId)).values()], 'getTokenUsage');
        if (result.data) {
            const tokenIds = Object.values(getPluginState(getState()).tokens)
                .filter((t) => t.user_id === userId)
                .map((t) => t.id);
            dispatch({type: ActionTypes.RECEIVED_USAGE, data: result.data, tokenIds});
        }
        return result;
    };
}

const INVENTORY_FLUSH_MS = 150;

// Every token on the server joined to its owners, streamed into the store. The first page is shown at
// once; later pages are coalesced into one store update every INVENTORY_FLUSH_MS, so 10,000 tokens cost a
// handful of re-sorts rather than fifty.
export function loadInventory(concurrency = bridge.DEFAULT_CONCURRENCY): Thunk<number> {
    return async (dispatch) => {
        dispatch({type: ActionTypes.INVENTORY_STARTED, at: Date.now()});
        let pending: UserAccessToken[] = [];
        let progress = {loaded: 0, pages: 0};
        let timer: ReturnType<typeof setTimeout> | undefined;
        let shownFirst = false;
        const flush = () => {
            timer = undefined;
            if (pending.length > 0) {
                noteExpiry(dispatch, pending);
                dispatch({type: ActionTypes.RECEIVED_TOKENS, data: pending});
                pending = [];
            }
            dispatch({type: ActionTypes.INVENTORY_PROGRESS, loaded: progress.loaded, pages: progress.pages});
        };
        const result = await attempt(
            () =>
                bridge.loadInventory({
                    concurrency,
                    onTokens: (tokens, p) => {
                        pending = pending.concat(tokens);
                        progress = p;
                        if (!shownFirst) {
                            shownFirst = true;
                            flush();
                        } else if (!timer) {
                            timer = setTimeout(flush, INVENTORY_FLUSH_MS);
                        }
                    },
                    onOwners: (owners) => dispatch({type: ActionTypes.RECEIVED_OWNERS, data: owners}),
                }),
            'loadInventory',
        );
        if (timer) {
            clearTimeout(timer);
        }
        flush();
        if (result.data) {
            dispatch({type: ActionTypes.INVENTORY_FINISHED, tokenIds: result.data.tokens.map((t) => t.id)});
            return {data: result.data.tokens.length};
        }
        dispatch({type: ActionTypes.INVENTORY_FAILED, error: result.error});
        return result;
    };
}

export function openTokenManager(tab: 'mine' | 'all' = 'mine') {
    return {type: ActionTypes.OPEN_MODAL, tab};
}

export function closeTokenManager() {
    return {type: ActionTypes.CLOSE_MODAL};
}
