/** @jest-environment node */
// Thunks over real HTTP: they return {data} or {error} and never throw, no action ever carries a secret,
// and the store stays equal to the server.
import {bridgeSuite} from '../../server-bridge/test_support';
import * as actions from './actions';
import * as secretActions from './secret_actions';
import {bulkPlan, runBulk} from './bulk';
import {loadInventory} from './inventory_actions';
import * as lifecycle from './lifecycle';
import {claimSecret, discardAllSecrets} from './secret_handoff';
import {getPluginState} from './selectors';
import {buildStore} from './test/store';

const h = bridgeSuite();
beforeEach(() => {
    h.running.sandbox.reset();
    h.signIn('alice');
});
afterEach(() => {
    lifecycle.start();
    discardAllSecrets();
});

const sb = () => h.running.sandbox;

function storeFor(username: string, config: Record<string, string | undefined> = {}) {
    h.signIn(username);
    const user = sb().user(username);
    return buildStore({user: {id: user.id, username, roles: user.roles}, config});
}

const slice = (built: ReturnType<typeof buildStore>) => getPluginState(built.pluginStore.getState());

test('createToken hands the secret to secret_handoff only: not in the state, not in any action', async () => {
    const built = storeFor('alice');
    const result = await built.pluginStore.dispatch(secretActions.createToken(sb().user('alice').id, 'CI'));
    const created = sb()
        .tokensOf('alice')
        .find((t) => t.description === 'CI')!;
    expect(result.data?.token).toEqual({
        id: created.id,
        user_id: created.user_id,
        description: 'CI',
        is_active: true,
        expires_at: 0,
    });
    expect(slice(built).tokens[created.id]).toEqual(result.data?.token);
    expect(JSON.stringify(built.store.getState())).not.toContain(created.token);
    expect(JSON.stringify(built.dispatched)).not.toContain(created.token);
    expect(JSON.stringify(result)).not.toContain(created.token);
    expect(claimSecret(result.data!.handle)).toBe(created.token);
    expect(claimSecret(result.data!.handle)).toBeUndefined();
});

test('a create lists the tokens before only when the store does not know them, and after every time', async () => {
    const built = storeFor('alice');
    const aliceId = sb().user('alice').id;
    sb().requests = [];
    await built.pluginStore.dispatch(secretActions.createToken(aliceId, 'first'));
    // Listed before (the store did not know them), created, listed after (a re-send would show there).
    expect(sb().requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /users/${aliceId}/tokens`,
        `POST /users/${aliceId}/tokens`,
        `GET /users/${aliceId}/tokens`,
    ]);
    sb().requests = [];
    await built.pluginStore.dispatch(secretActions.createToken(aliceId, 'second'));
    expect(sb().requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `POST /users/${aliceId}/tokens`,
        `GET /users/${aliceId}/tokens`,
    ]);
});

test('a create whose connection drops is reconciled: nothing made, and nothing retried', async () => {
    const built = storeFor('alice');
    const aliceId = sb().user('alice').id;
    await built.pluginStore.dispatch(actions.fetchUserTokens(aliceId));
    sb().faults = {latencyMs: 0, rules: [{kind: 'drop', count: 1, method: 'POST', path: '/tokens'}]};
    const result = await built.pluginStore.dispatch(secretActions.createToken(aliceId, 'lost'));
    expect(result.error?.kind).toBe('network');
    expect(result.reconciliation).toEqual({status: 'checked', orphans: [], exact: true});
    expect(sb().requests.filter((r) => r.method === 'POST')).toHaveLength(1);
});

test('a create the browser re-sent after the connection dropped reports every token made, whose secrets nobody saw', async () => {
    const built = storeFor('alice');
    const aliceId = sb().user('alice').id;
    sb().faults = {latencyMs: 0, rules: [{kind: 'commit_drop', count: 1, commits: 2, method: 'POST', path: '/tokens'}]};
    const result = await built.pluginStore.dispatch(secretActions.createToken(aliceId, 'Deploy'));
    const made = sb()
        .tokensOf('alice')
        .filter((t) => t.description === 'Deploy');
    expect(made).toHaveLength(2);
    expect(result.error?.kind).toBe('network');
    expect(result.reconciliation?.status).toBe('checked');
    expect(result.reconciliation?.exact).toBe(true);
    expect(result.reconciliation?.orphans.map((t) => t.id).sort()).toEqual(made.map((t) => t.id).sort());
    // The plugin sent the create once; the second token is the (simulated) browser's own re-send.
    expect(sb().requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(JSON.stringify(result)).not.toContain(made[0].token);
});

test('a create that succeeded while the browser re-sent it: the other token of that description is reported', async () => {
    const built = storeFor('alice');
    const aliceId = sb().user('alice').id;
    await built.pluginStore.dispatch(actions.fetchUserTokens(aliceId));
    sb().faults = {latencyMs: 100, rules: []};
    const pending = built.pluginStore.dispatch(secretActions.createToken(aliceId, 'Deploy'));
    // What the browser's own re-send would have made meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const resent = sb().store.addToken(aliceId, 'Deploy');
    const result = await pending;
    sb().faults = {latencyMs: 0, rules: []};
    expect(result.data?.token.description).toBe('Deploy');
    expect(result.reconciliation?.orphans.map((t) => t.id)).toEqual([resent.id]);
});

test('rotateToken sends the expiry it is given, strips the secret, and learns that the server can rotate', async () => {
    const built = storeFor('alice');
    const tokens = (await built.pluginStore.dispatch(actions.fetchUserTokens(sb().user('alice').id))).data!;
    const token = tokens.find((t) => t.is_active)!;
    const expiresAt = Date.now() + 10 * 86400000;
    const result = await built.pluginStore.dispatch(secretActions.rotateToken(token.id, expiresAt));
    const rotated = sb().store.tokens.get(token.id)!;
    expect(rotated.expires_at).toBe(expiresAt);
    expect(result.data?.token.expires_at).toBe(expiresAt);
    expect(JSON.stringify(built.dispatched)).not.toContain(rotated.token);
    expect(JSON.stringify(built.store.getState())).not.toContain(rotated.token);
    expect(claimSecret(result.data!.handle)).toBe(rotated.token);
    expect(slice(built).features.rotate).toBe(true);
});

test("failures come back as {error} with the server's fields; nothing throws", async () => {
    const built = storeFor('bob');
    const result = await built.pluginStore.dispatch(actions.fetchUserTokens(sb().user('bob').id));
    expect(result).toEqual({
        error: expect.objectContaining({
            kind: 'forbidden',
            status: 403,
            serverErrorId: 'api.context.permissions.app_error',
        }),
    });
});

test('applyTokenAction keeps the slice equal to the server; a token that vanished is dropped', async () => {
    const built = storeFor('alice');
    await built.pluginStore.dispatch(actions.fetchUserTokens(sb().user('alice').id));
    const ids = Object.keys(slice(built).tokens);
    expect(await built.pluginStore.dispatch(actions.applyTokenAction('disable', ids[0]))).toEqual({data: 'done'});
    expect(slice(built).tokens[ids[0]].is_active).toBe(false);
    expect(await built.pluginStore.dispatch(actions.applyTokenAction('enable', ids[0]))).toEqual({data: 'done'});
    expect(slice(built).tokens[ids[0]].is_active).toBe(true);
    expect(await built.pluginStore.dispatch(actions.applyTokenAction('revoke', ids[0]))).toEqual({data: 'done'});
    expect(slice(built).tokens[ids[0]]).toBeUndefined();
    sb().store.tokens.delete(ids[1]);
    const gone = await built.pluginStore.dispatch(actions.applyTokenAction('disable', ids[1]));
    expect(gone.error?.kind).toBe('not_found');
    expect(slice(built).tokens[ids[1]]).toBeUndefined();
});

test('loadInventory streams progress, joins owners, and prunes tokens revoked since', async () => {
    const built = storeFor('admin');
    built.pluginStore.dispatch({
        type: 'token-manager/received_token',
        data: {id: 'zzzzzzzzzzzzzzzzzzzzzzzzzz', user_id: 'x', description: 'stale', is_active: true},
    });
    const result = await built.pluginStore.dispatch(loadInventory());
    const state = slice(built);
    expect(result.data).toBe(sb().store.tokens.size);
    expect(Object.keys(state.tokens)).toHaveLength(sb().store.tokens.size);
    expect(state.tokens.zzzzzzzzzzzzzzzzzzzzzzzzzz).toBeUndefined();
    expect(Object.keys(state.owners).length).toBeGreaterThan(3);
    expect(state.inventory).toMatchObject({status: 'loaded', loaded: sb().store.tokens.size});
    expect(built.dispatched.some((a) => a.type === 'token-manager/inventory_progress')).toBe(true);
    expect(JSON.stringify(state)).not.toMatch(/"token":/);
});

test('a 403 on reload empties everything the inventory held', async () => {
    const built = storeFor('admin');
    await built.pluginStore.dispatch(loadInventory());
    expect(Object.keys(slice(built).owners).length).toBeGreaterThan(0);
    await fetch(`${h.running.siteUrl}/sandbox/roles`, {
        method: 'POST',
        body: JSON.stringify({username: 'admin', roles: 'system_user'}),
    });
    const result = await built.pluginStore.dispatch(loadInventory());
    expect(result.error?.kind).toBe('forbidden');
    const state = slice(built);
    expect(state.owners).toEqual({});
    expect(Object.values(state.tokens).every((t) => t.user_id === sb().user('admin').id)).toBe(true);
    expect(state.inventory).toMatchObject({status: 'error'});
    expect(JSON.stringify(state)).not.toContain('@example.com');
});

test('fetchUsage records the last recorded activity per token', async () => {
    const built = storeFor('alice');
    await built.pluginStore.dispatch(actions.fetchUserTokens(sb().user('alice').id));
    const id = Object.values(slice(built).tokens).find((t) => t.description === 'CI pipeline')!.id;
    await fetch(`${h.running.siteUrl}/sandbox/use-token`, {method: 'POST', body: JSON.stringify({token_id: id})});
    await built.pluginStore.dispatch(actions.fetchUsage(sb().user('alice').id));
    expect(slice(built).usage[id]).toMatchObject({approximate: true, sessions: 1});
});

describe('the bulk runner', () => {
    test('changes each token once, keeps going past a failure, and reports per token', async () => {
        const built = storeFor('alice');
        const tokens = (await built.pluginStore.dispatch(actions.fetchUserTokens(sb().user('alice').id))).data!;
        const active = bulkPlan(tokens, 'disable').change;
        sb().faults = {latencyMs: 0, rules: [{kind: '500', count: 1, path: '/disable'}]};
        sb().requests = [];
        const progress: number[] = [];
        const result = await built.pluginStore.dispatch(
            runBulk('disable', active, {onProgress: (p) => progress.push(p.done)}),
        );
        expect(result.cancelled).toBe(false);
        expect(result.outcomes.filter((o) => o.result === 'failed')).toHaveLength(1);
        expect(sb().requests.filter((r) => r.path === '/users/tokens/disable')).toHaveLength(active.length);
        expect(progress.at(-1)).toBe(active.length);
        for (const outcome of result.outcomes) {
            expect(sb().store.tokens.get(outcome.token.id)!.is_active).toBe(outcome.result !== 'changed');
            expect(slice(built).tokens[outcome.token.id].is_active).toBe(outcome.result !== 'changed');
        }
    });

    test('a cancelled run says exactly which tokens changed', async () => {
        const built = storeFor('admin');
        await built.pluginStore.dispatch(loadInventory());
        const all = Object.values(slice(built).tokens).filter((t) => t.is_active);
        const controller = new AbortController();
        const result = await built.pluginStore.dispatch(
            runBulk('disable', all, {signal: controller.signal, onProgress: (p) => p.done === 2 && controller.abort()}),
        );
        expect(result.cancelled).toBe(true);
        const changed = result.outcomes.filter((o) => o.result === 'changed');
        expect(changed.length).toBeGreaterThanOrEqual(2);
        expect(changed.length).toBeLessThan(all.length);
        for (const outcome of result.outcomes) {
            expect(sb().store.tokens.get(outcome.token.id)!.is_active).toBe(outcome.result === 'not_run');
        }
    });

    test('a write answered 429 is retried after Retry-After (it did nothing); a 500 is not', async () => {
        const built = storeFor('alice');
        const tokens = (await built.pluginStore.dispatch(actions.fetchUserTokens(sb().user('alice').id))).data!;
        const token = tokens.find((t) => t.is_active)!;
        sb().faults = {latencyMs: 0, rules: [{kind: '429', count: 2, retryAfterSeconds: 1, path: '/disable'}]};
        sb().requests = [];
        h.delays.length = 0;
        const result = await built.pluginStore.dispatch(runBulk('disable', [token]));
        expect(result.outcomes[0].result).toBe('changed');
        expect(
            sb()
                .requests.filter((r) => r.path === '/users/tokens/disable')
                .map((r) => r.status),
        ).toEqual([429, 429, 200]);
        expect(h.delays).toEqual([1000, 1000]);
    });
});

describe('after the plugin is disabled', () => {
    test('a late answer dispatches nothing, and a late create is reported without its secret', async () => {
        const built = storeFor('alice');
        const aliceId = sb().user('alice').id;
        await built.pluginStore.dispatch(actions.fetchUserTokens(aliceId));
        sb().faults = {latencyMs: 200, rules: []};
        const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
        const pending = built.pluginStore.dispatch(secretActions.createToken(aliceId, 'late'));
        await new Promise((resolve) => setTimeout(resolve, 50));
        const before = built.dispatched.length;
        lifecycle.stop();
        const result = await pending;
        const created = sb()
            .tokensOf('alice')
            .find((t) => t.description === 'late')!;
        expect(created).toBeDefined();
        expect(result.error?.kind).toBe('aborted');
        expect(built.dispatched.length).toBe(before);
        expect(warn).toHaveBeenCalledTimes(1);
        expect(String(warn.mock.calls[0][0])).toContain(created.id);
        expect(String(warn.mock.calls[0][0])).not.toContain(created.token);
        warn.mockRestore();
    });
});

describe('a write whose answer was lost', () => {
    test.each(['disable', 'revoke'] as const)(
        '%s: the server committed it before the connection dropped; the token is read back and it counts as done',
        async (kind) => {
            const built = storeFor('alice');
            await built.pluginStore.dispatch(actions.fetchUserTokens(sb().user('alice').id));
            const token = Object.values(slice(built).tokens).find((t) => t.is_active)!;
            sb().faults = {latencyMs: 0, rules: [{kind: 'commit_drop', count: 1, path: `/tokens/${kind}`}]};
            const result = await built.pluginStore.dispatch(actions.applyTokenAction(kind, token.id));
            expect(result).toEqual({data: 'done'});
            if (kind === 'revoke') {
                expect(sb().store.tokens.has(token.id)).toBe(false);
                expect(slice(built).tokens[token.id]).toBeUndefined();
            } else {
                expect(sb().store.tokens.get(token.id)!.is_active).toBe(false);
                expect(slice(built).tokens[token.id].is_active).toBe(false);
            }
            expect(sb().requests.filter((r) => r.method === 'POST')).toHaveLength(1);
        },
    );

    test('a revoke that finds the token gone has its effect: "gone", and the store drops it', async () => {
        const built = storeFor('alice');
        await built.pluginStore.dispatch(actions.fetchUserTokens(sb().user('alice').id));
        const token = Object.values(slice(built).tokens)[0];
        sb().store.tokens.delete(token.id);
        expect(await built.pluginStore.dispatch(actions.applyTokenAction('revoke', token.id))).toEqual({data: 'gone'});
        expect(slice(built).tokens[token.id]).toBeUndefined();
    });

    test('a server error (which may follow a re-send of a write that committed) is checked by reading the token back', async () => {
        const built = storeFor('alice');
        await built.pluginStore.dispatch(actions.fetchUserTokens(sb().user('alice').id));
        const token = Object.values(slice(built).tokens).find((t) => t.is_active)!;
        sb().faults = {latencyMs: 0, rules: [{kind: '500', count: 1, path: '/tokens/disable'}]};
        sb().requests = [];
        const result = await built.pluginStore.dispatch(actions.applyTokenAction('disable', token.id));
        expect(result.error?.kind).toBe('server');
        expect(sb().requests.map((r) => `${r.method} ${r.path}`)).toEqual([
            'POST /users/tokens/disable',
            `GET /users/tokens/${token.id}`,
        ]);
    });

    test('dropped before the server ran it: the read shows nothing happened, and the network error stands', async () => {
        const built = storeFor('alice');
        await built.pluginStore.dispatch(actions.fetchUserTokens(sb().user('alice').id));
        const token = Object.values(slice(built).tokens).find((t) => t.is_active)!;
        sb().faults = {latencyMs: 0, rules: [{kind: 'drop', count: 1, path: '/tokens/disable'}]};
        const result = await built.pluginStore.dispatch(actions.applyTokenAction('disable', token.id));
        expect(result.error?.kind).toBe('network');
        expect(sb().store.tokens.get(token.id)!.is_active).toBe(true);
        expect(slice(built).tokens[token.id].is_active).toBe(true);
    });
});
