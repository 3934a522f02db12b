// Create and rotate: the two thunks whose answer holds a secret. Nothing they dispatch carries it: the
// secret goes into secret_handoff at once, and they return only its handle.
import type {UserAccessToken} from '@mattermost/types/users';
import * as bridge from 'server-bridge';

import {attempt, fetchUserTokens, noteExpiry, stoppedError, withoutSecret} from './actions';
import ActionTypes from './action_types';
import {isRunning} from './lifecycle';
import type {StoredToken} from './reducer';
import {depositSecret} from './secret_handoff';
import {getCapabilities, getPluginState, getUserTokens} from './selectors';
import type {AppDispatch, AppThunk, Result, Thunk} from './types';
import {findOrphans, type Reconciliation} from './utils/reconcile';

// A new or rotated token, and the handle under which its secret waits for the reveal component.
export interface Revealed {
    token: StoredToken;
    handle: string;
}

// The secret goes to secret_handoff at once; a create that finishes after the plugin was disabled is
// reported on the console (without its secret) so that the user can find the token and revoke it.
function reveal(dispatch: AppDispatch, created: UserAccessToken, operation: string): Result<Revealed> {
    const token = withoutSecret(created);
    if (!isRunning()) {
        console.warn(
            `Token Manager was disabled while ${operation === 'rotateToken' ? 'rotating' : 'creating'} the token ` +
                `with ID ${token.id}. The server did it, but the secret was not shown and cannot be shown again: ` +
                'revoke that token in Profile › Security › Personal Access Tokens if you need to.',
        );
        return {error: stoppedError(operation)};
    }
    noteExpiry(dispatch, [token]);
    if (operation === 'rotateToken') {
        dispatch({type: ActionTypes.RECEIVED_FEATURES, data: {rotate: true}});
    }
    dispatch({type: ActionTypes.RECEIVED_TOKEN, data: token});
    return {data: {token, handle: depositSecret(created.token ?? '')}};
}

export type CreateResult = Result<Revealed> & {reconciliation?: Reconciliation};

// One create request, never repeated. The user's tokens are listed first when the store does not know
// them, so that a create can be reconciled exactly against what existed before: after a lost answer or a
// server error, and after a success too (the browser may have re-sent the request by itself), one list
// shows the tokens of that description whose secrets nobody saw.
export function createToken(userId: string, description: string, expiresAt?: number): Thunk<CreateResult> {
    return async (dispatch, getState) => {
        const caps = getCapabilities(getState());
        const rules = {supportsExpiry: caps.supportsExpiry, maxLifetimeDays: caps.maxLifetimeDays};
        const problem = bridge.createProblem(description, {expiresAt, rules});
        if (problem) {
            return {error: problem.toJSON()};
        }
        let before: Set<string> | undefined;
        if (caps.canRead) {
            if (!getPluginState(getState()).listedUsers[userId]) {
                const listed = await dispatch(fetchUserTokens(userId));
                if (listed.error && listed.error.kind !== 'forbidden') {
                    return listed;
                }
            }
            if (getPluginState(getState()).listedUsers[userId]) {
                before = new Set(getUserTokens(getState(), userId).map((t) => t.id));
            }
        }
        const result = await attempt(
            () => bridge.createToken(userId, description, {expiresAt, rules}),
            'createToken',
            true,
        );
        if (result.data) {
            const revealed = reveal(dispatch, result.data, 'createToken');
            if (revealed.error || !before) {
                return revealed;
            }
            // The answer arrived, yet the browser may have sent the request more than once (a kept-alive
            // connection that dropped after the server committed): what else of that description is new?
            const extra = await reconcile(
                dispatch,
                userId,
                new Set([...before, revealed.data.token.id]),
                description,
                expiresAt,
            );
            return extra.orphans.length > 0 ? {...revealed, reconciliation: extra} : revealed;
        }
        // A lost answer, or a server error (which a re-send of a create that committed can return): check.
        if ((result.error.kind !== 'network' && result.error.kind !== 'server') || !caps.canRead) {
            return result;
        }
        return {...result, reconciliation: await reconcile(dispatch, userId, before, description, expiresAt)};
    };
}

// What the server now has of that description that was not there before.
async function reconcile(
    dispatch: AppDispatch,
    userId: string,
    before: Set<string> | undefined,
    description: string,
    expiresAt: number | undefined,
): Promise<Reconciliation> {
    const after = await dispatch(fetchUserTokens(userId));
    if (after.error) {
        return {status: 'unknown', orphans: [], exact: false};
    }
    return {
        status: 'checked',
        orphans: findOrphans(after.data, before, description, expiresAt),
        exact: before !== undefined,
    };
}

// Rotate sends the expiry it is given (see utils/expiry rotationExpiry); whether the server has rotation
// at all is learnt from its answer.
export function rotateToken(tokenId: string, expiresAt: number): AppThunk<Revealed> {
    return async (dispatch, getState) => {
        const caps = getCapabilities(getState());
        const result = await attempt(
            () =>
                bridge.rotateToken(tokenId, {
                    expiresAt,
                    rules: {supportsExpiry: caps.supportsExpiry, maxLifetimeDays: caps.maxLifetimeDays},
                }),
            'rotateToken',
            true,
        );
        if (result.data) {
            return reveal(dispatch, result.data, 'rotateToken');
        }
        if (bridge.isRouteMissing(result.error)) {
            dispatch({type: ActionTypes.RECEIVED_FEATURES, data: {rotate: false}});
        }
        return result;
    };
}
