/** @jest-environment node */
// Thunks over real HTTP: they return {data} or {error} and never throw, and a token's secret never
// reaches the store.
import {applyMiddleware, combineReducers, legacy_createStore as createStore, type Middleware} from 'redux';

import {bridgeSuite} from '../../server-bridge/test_support';
import * as actions from './actions';
import reducer from './reducer';
import {pluginStateKey} from './selectors';

const h = bridgeSuite();
beforeEach(() => {
    h.running.sandbox.reset();
    h.signIn('alice');
});

const thunk: Middleware =
    ({dispatch, getState}) =>
    (next) =>
    (action: unknown) =>
        typeof action === 'function' ? action(dispatch, getState) : next(action);

function makeStore(
    username: string,
    config: Record<string, string> = {EnableUserAccessTokens: 'true', MaximumPersonalAccessTokenLifetimeDays: '0'},
) {
    const user = h.running.sandbox.user(username);
    const entities = (
        state = {
            users: {currentUserId: user.id, profiles: {[user.id]: {id: user.id, username, roles: user.roles}}},
            roles: {
                roles: {
                    system_user: {name: 'system_user', permissions: []},
                    system_user_access_token: {
                        name: 'system_user_access_token',
                        permissions: ['create_user_access_token', 'read_user_access_token', 'revoke_user_access_token'],
                    },
                    system_admin: {
                        name: 'system_admin',
                        permissions: [
                            'manage_system',
                            'edit_other_users',
                            'create_user_access_token',
                            'read_user_access_token',
                            'revoke_user_access_token',
                        ],
                    },
                },
            },
            general: {config},
        },
    ) => state;
    const dispatched: unknown[] = [];
    const recorder: Middleware = () => (next) => (action) => {
        dispatched.push(action);
        return next(action);
    };
    const store = createStore(combineReducers({entities, [pluginStateKey]: reducer}), applyMiddleware(thunk, recorder));
    return {store: store as any, dispatched};
}

test('createToken returns the secret to its caller only: not in the state, not in any action', async () => {
    const {store, dispatched} = makeStore('alice');
    const result = await store.dispatch(actions.createToken(h.running.sandbox.user('alice').id, 'CI'));
    const secret = result.data.token as string;
    expect(secret).toMatch(/^[a-z0-9]{26}$/);
    const state = store.getState()[pluginStateKey];
    expect(state.tokens[result.data.id]).toEqual({
        id: result.data.id,
        user_id: result.data.user_id,
        description: 'CI',
        is_active: true,
        expires_at: 0,
    });
    expect(JSON.stringify(store.getState())).not.toContain(secret);
    // The reducer strips it even though the action carried the full response.
    expect(JSON.stringify(dispatched)).toContain(secret);
});

test('rotateToken likewise, and a successful rotate records that the server can rotate', async () => {
    const {store} = makeStore('alice');
    await store.dispatch(actions.fetchMyTokens());
    const token = Object.values(
        store.getState()[pluginStateKey].tokens as Record<string, {id: string; is_active: boolean}>,
    ).find((t) => t.is_active)!;
    const result = await store.dispatch(actions.rotateToken(token.id));
    expect(result.data.token).toMatch(/^[a-z0-9]{26}$/);
    expect(JSON.stringify(store.getState())).not.toContain(result.data.token);
    expect(store.getState()[pluginStateKey].features.rotate).toBe(true);
});

test("failures come back as {error} with the server's fields; nothing throws", async () => {
    h.signIn('bob');
    const {store} = makeStore('bob');
    const result = await store.dispatch(actions.fetchMyTokens());
    expect(result).toEqual({
        error: expect.objectContaining({
            kind: 'forbidden',
            status: 403,
            serverErrorId: 'api.context.permissions.app_error',
        }),
    });
    h.running.sandbox.faults = {latencyMs: 0, rules: [{kind: 'drop', count: 1}]};
    const created = await store.dispatch(actions.createToken('me', 'x'));
    expect(created.error.kind).toBe('network');
});

test('disable / enable / revoke update the slice; a token that vanished is dropped', async () => {
    const {store} = makeStore('alice');
    await store.dispatch(actions.fetchMyTokens());
    const ids = Object.keys(store.getState()[pluginStateKey].tokens);
    expect(await store.dispatch(actions.disableToken(ids[0]))).toEqual({data: true});
    expect(store.getState()[pluginStateKey].tokens[ids[0]].is_active).toBe(false);
    expect(await store.dispatch(actions.enableToken(ids[0]))).toEqual({data: true});
    expect(store.getState()[pluginStateKey].tokens[ids[0]].is_active).toBe(true);
    expect(await store.dispatch(actions.revokeToken(ids[0]))).toEqual({data: true});
    expect(store.getState()[pluginStateKey].tokens[ids[0]]).toBeUndefined();
    h.running.sandbox.store.tokens.delete(ids[1]);
    const gone = await store.dispatch(actions.disableToken(ids[1]));
    expect(gone.error.kind).toBe('not_found');
    expect(store.getState()[pluginStateKey].tokens[ids[1]]).toBeUndefined();
});

test('loadInventory streams progress, joins owners, and prunes tokens revoked since', async () => {
    h.signIn('admin');
    const {store, dispatched} = makeStore('admin');
    store.dispatch({
        type: 'token-manager/received_token',
        data: {id: 'zzzzzzzzzzzzzzzzzzzzzzzzzz', user_id: 'x', description: 'stale', is_active: true},
    });
    const result = await store.dispatch(actions.loadInventory());
    const state = store.getState()[pluginStateKey];
    expect(result.data).toBe(h.running.sandbox.store.tokens.size);
    expect(Object.keys(state.tokens)).toHaveLength(h.running.sandbox.store.tokens.size);
    expect(state.tokens.zzzzzzzzzzzzzzzzzzzzzzzzzz).toBeUndefined();
    expect(Object.keys(state.owners).length).toBeGreaterThan(3);
    expect(state.inventory).toMatchObject({status: 'loaded', loaded: h.running.sandbox.store.tokens.size});
    expect(dispatched.some((a: any) => a.type === 'token-manager/inventory_progress')).toBe(true);
    expect(JSON.stringify(state)).not.toMatch(/"token":/);
});

test('fetchUsage records approximate last use per token', async () => {
    const {store} = makeStore('alice');
    await store.dispatch(actions.fetchMyTokens());
    const id = Object.values(
        store.getState()[pluginStateKey].tokens as Record<string, {id: string; description: string}>,
    ).find((t) => t.description === 'CI pipeline')!.id;
    await fetch(`${h.running.siteUrl}/sandbox/use-token`, {method: 'POST', body: JSON.stringify({token_id: id})});
    await store.dispatch(actions.fetchUsage(h.running.sandbox.user('alice').id));
    expect(store.getState()[pluginStateKey].usage[id]).toMatchObject({approximate: true, sessions: 1});
});
