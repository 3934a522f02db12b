// Thunks over the server-bridge: the only way components and the slash command reach the server. Each
// returns {data} or {error} (a plain TokenApiErrorFields) and never throws. Create and rotate, the two that
// make a secret, are in secret_actions.ts.
import type {UserAccessToken, UserProfile} from '@mattermost/types/users';
import * as bridge from 'server-bridge';
import type {TokenApiErrorFields} from 'server-bridge';

import ActionTypes from './action_types';
import {isRunning} from './lifecycle';
import type {OwnerSummary, StoredToken, TokenManagerTab} from './reducer';
import {getPluginState, getUserTokens} from './selectors';
import type {AppDispatch, AppThunk, Result} from './types';

export function toErrorFields(err: unknown, operation?: string): TokenApiErrorFields {
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

export const stoppedError = (operation: string): TokenApiErrorFields => bridge.abortedError(operation).toJSON();

// Runs one bridge call. When the plugin was disabled meanwhile, the answer is dropped (nothing may be
// dispatched into a store the plugin no longer owns) — except a new secret's, which `reveal` reports.
export async function attempt<T>(run: () => Promise<T>, operation: string, keepLateAnswer = false): Promise<Result<T>> {
    try {
        const data = await run();
        return isRunning() || keepLateAnswer ? {data} : {error: stoppedError(operation)};
    } catch (err) {
        return {error: isRunning() ? toErrorFields(err, operation) : stoppedError(operation)};
    }
}

export function withoutSecret(token: UserAccessToken): StoredToken {
    const {token: _secret, ...rest} = token;
    return rest;
}

export function summarizeOwner(user: UserProfile): OwnerSummary {
    return {
        id: user.id,
        username: user.username,
        first_name: user.first_name,
        last_name: user.last_name,
        nickname: user.nickname,
        email: user.email,
        is_bot: Boolean(user.is_bot),
        delete_at: user.delete_at,
        roles: user.roles,
    };
}

export function noteExpiry(dispatch: AppDispatch, tokens: StoredToken[]) {
    const expiry = bridge.expiryFromTokens(tokens);
    if (expiry !== undefined) {
        dispatch({type: ActionTypes.RECEIVED_FEATURES, data: {expiry}});
    }
}

export function fetchUserTokens(userId: string): AppThunk<StoredToken[]> {
    return async (dispatch) => {
        const result = await attempt(() => bridge.listUserTokens(userId), 'listUserTokens');
        if (result.error) {
            return result;
        }
        const tokens = result.data.map(withoutSecret);
        noteExpiry(dispatch, tokens);
        dispatch({type: ActionTypes.RECEIVED_TOKENS, data: tokens, replaceUserId: userId});
        return {data: tokens};
    };
}

export function fetchToken(tokenId: string): AppThunk<StoredToken> {
    return async (dispatch) => {
        const result = await attempt(() => bridge.getToken(tokenId), 'getToken');
        if (result.error) {
            if (result.error.kind === 'not_found') {
                dispatch({type: ActionTypes.TOKEN_REVOKED, tokenId});
            }
            return result;
        }
        const token = withoutSecret(result.data);
        noteExpiry(dispatch, [token]);
        dispatch({type: ActionTypes.RECEIVED_TOKEN, data: token});
        return {data: token};
    };
}

export function fetchUserByUsername(username: string): AppThunk<OwnerSummary> {
    return async (dispatch) => {
        const result = await attempt(() => bridge.getUserByUsername(username), 'getUserByUsername');
        if (result.error) {
            return result;
        }
        const owner = summarizeOwner(result.data);
        dispatch({type: ActionTypes.RECEIVED_OWNERS, data: [owner]});
        return {data: owner};
    };
}

// Owners the store does not know yet; returns every requested owner the server has.
export function fetchOwners(ids: string[]): AppThunk<Record<string, OwnerSummary>> {
    return async (dispatch, getState) => {
        const known = getPluginState(getState()).owners;
        const missing = ids.filter((id) => !known[id]);
        if (missing.length > 0) {
            const result = await attempt(() => bridge.getUsersByIds(missing), 'getUsersByIds');
            if (result.error) {
                return result;
            }
            dispatch({type: ActionTypes.RECEIVED_OWNERS, data: [...result.data.values()].map(summarizeOwner)});
        }
        const owners = getPluginState(getState()).owners;
        return {data: Object.fromEntries(ids.filter((id) => owners[id]).map((id) => [id, owners[id]]))};
    };
}

export type TokenActionKind = 'disable' | 'enable' | 'revoke';

const OPERATIONS = {
    disable: {run: bridge.disableToken, name: 'disableToken'},
    enable: {run: bridge.enableToken, name: 'enableToken'},
    revoke: {run: bridge.revokeToken, name: 'revokeToken'},
} as const;

// What a disable, enable or revoke achieved: done, or (revoke) the token was already gone.
export type TokenActionOutcome = 'done' | 'gone';

// Disable, enable or revoke one token, and keep the store equal to the server: a token the server no
// longer has (404) is dropped, whatever the action was; a revoke that finds it gone has its effect. When the
// answer is lost (the connection dropped) or is a server error (a browser's own re-send of a write that
// had already committed can come back as one), the write may or may not have happened: the token is read
// back (a read may be retried), and the action counts as done when the server shows its effect. The write
// itself is never sent again.
export function applyTokenAction(kind: TokenActionKind, tokenId: string): AppThunk<TokenActionOutcome> {
    return async (dispatch) => {
        const result = await attempt(() => OPERATIONS[kind].run(tokenId), OPERATIONS[kind].name);
        const uncertain = result.error?.kind === 'network' || result.error?.kind === 'server';
        if (uncertain && (await happened(dispatch, kind, tokenId))) {
            return {data: 'done'};
        }
        if (result.error) {
            if (result.error.kind !== 'not_found') {
                return result;
            }
            dispatch({type: ActionTypes.TOKEN_REVOKED, tokenId});
            return kind === 'revoke' ? {data: 'gone'} : result;
        }
        if (kind === 'revoke') {
            dispatch({type: ActionTypes.TOKEN_REVOKED, tokenId});
        } else {
            dispatch({type: ActionTypes.TOKEN_STATUS_CHANGED, tokenId, isActive: kind === 'enable'});
        }
        return {data: 'done'};
    };
}

// Whether the server shows the effect of a write whose answer was lost (fetchToken keeps the store equal).
async function happened(dispatch: AppDispatch, kind: TokenActionKind, tokenId: string): Promise<boolean> {
    const read = await dispatch(fetchToken(tokenId));
    if (kind === 'revoke') {
        return read.error?.kind === 'not_found';
    }
    return read.data?.is_active === (kind === 'enable');
}

export function fetchUsage(userId: string): AppThunk<bridge.TokenUsage[]> {
    return async (dispatch, getState) => {
        const result = await attempt(async () => [...(await bridge.getTokenUsage(userId)).values()], 'getTokenUsage');
        if (result.data) {
            const tokenIds = getUserTokens(getState(), userId).map((t) => t.id);
            dispatch({type: ActionTypes.RECEIVED_USAGE, data: result.data, tokenIds});
        }
        return result;
    };
}

export function openTokenManager(tab: TokenManagerTab = 'mine', ownerId?: string) {
    return {type: ActionTypes.OPEN_MODAL, tab, ownerId} as const;
}

export function closeTokenManager() {
    return {type: ActionTypes.CLOSE_MODAL} as const;
}
