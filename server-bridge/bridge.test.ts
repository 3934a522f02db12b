/** @jest-environment node */
// The bridge over real HTTP against the sandbox: every operation, its success and its error kinds,
// retries for reads only, paging of 10,000 tokens, owners, usage and capabilities.
import {client, routes} from './client';
import {TokenApiError} from './errors';
import * as bridge from './index';
import {createLimiter} from './limit';
import {get} from './request';
import {bridgeSuite} from './test_support';

const h = bridgeSuite({basePath: '/mattermost'});
beforeEach(() => {
    h.running.sandbox.reset();
    h.delays.length = 0;
    bridge.resetRequestStats();
    h.signIn('alice');
});

const sb = () => h.running.sandbox;
const idOf = (username: string) => sb().user(username).id;
const tokensOf = (username: string) => sb().tokensOf(username);

async function failure(promise: Promise<unknown>): Promise<TokenApiError> {
    const err = await promise.then(
        () => undefined,
        (e) => e,
    );
    expect(err).toBeInstanceOf(TokenApiError);
    return err as TokenApiError;
}

describe('Client4 set-up', () => {
    test('the site URL keeps its subpath and loses trailing slashes', () => {
        expect(bridge.normalizeSiteUrl('https://host/mattermost//')).toBe('https://host/mattermost');
        expect(client.getUrl()).toBe(h.running.siteUrl);
        expect(h.running.siteUrl).toMatch(/\/mattermost$/);
    });

    test('works with the session cookie and the CSRF header, as in the browser', async () => {
        const session = sb().loginSession('alice');
        client.setToken('');
        client.setHeader('Cookie', `MMAUTHTOKEN=${session.token}`);
        client.setCSRF(session.props.csrf);
        try {
            await bridge.disableToken(tokensOf('alice')[0].id);
            const record = sb().requests.at(-1)!;
            expect(record).toMatchObject({path: '/users/tokens/disable', status: 200, auth: 'cookie'});
        } finally {
            client.removeHeader('Cookie');
            client.setCSRF('');
        }
    });
});

describe('createToken', () => {
    test('one request; the secret comes back to the caller', async () => {
        const token = await bridge.createToken('me', 'CI pipeline');
        expect(token).toMatchObject({description: 'CI pipeline', is_active: true, user_id: idOf('alice')});
        expect(token.token).toMatch(/^[a-z0-9]{26}$/);
        expect(h.apiCalls()).toBe(1);
    });

    test('sends expires_at only where the server supports expiry', async () => {
        const expiresAt = Date.now() + 86400000;
        const token = await bridge.createToken('me', 'with expiry', {
            expiresAt,
            rules: {supportsExpiry: true, maxLifetimeDays: null},
        });
        expect(token.expires_at).toBe(expiresAt);
        const plain = await bridge.createToken('me', 'no expiry', {
            rules: {supportsExpiry: true, maxLifetimeDays: null},
        });
        expect(plain.expires_at).toBe(0);
    });

    test.each([
        [
            'an empty description',
            '',
            undefined,
            {supportsExpiry: true, maxLifetimeDays: null},
            'token_manager.validation.description_required',
        ],
        [
            'a blank description',
            '   ',
            undefined,
            {supportsExpiry: true, maxLifetimeDays: null},
            'token_manager.validation.description_required',
        ],
        [
            'a 256-byte description',
            'ü'.repeat(128),
            undefined,
            {supportsExpiry: true, maxLifetimeDays: null},
            'token_manager.validation.description_too_long',
        ],
        [
            'an expiry in the past',
            'x',
            1000,
            {supportsExpiry: true, maxLifetimeDays: null},
            'token_manager.validation.expiry_in_past',
        ],
        [
            'an expiry the server cannot store',
            'x',
            Date.now() + 86400000,
            {supportsExpiry: false, maxLifetimeDays: null},
            'token_manager.validation.expiry_unsupported',
        ],
        [
            'no expiry under a policy',
            'x',
            undefined,
            {supportsExpiry: true, maxLifetimeDays: 30},
            'token_manager.validation.expiry_required',
        ],
        [
            'an expiry beyond the policy',
            'x',
            Date.now() + 31 * 86400000,
            {supportsExpiry: true, maxLifetimeDays: 30},
            'token_manager.validation.expiry_too_far',
        ],
    ])('refuses %s without sending anything', async (_what, description, expiresAt, rules, id) => {
        const err = await failure(bridge.createToken('me', description, {expiresAt, rules}));
        expect(err).toMatchObject({kind: 'invalid', status: 0, serverErrorId: id, operation: 'createToken'});
        expect(h.apiCalls()).toBe(0);
    });

    test('server refusals keep status, error id and request id', async () => {
        h.signIn('bob');
        const err = await failure(bridge.createToken('me', 'x'));
        expect(err).toMatchObject({kind: 'forbidden', status: 403, serverErrorId: 'api.context.permissions.app_error'});
        expect(err.requestId).toMatch(/^[a-z0-9]{26}$/);
        expect(err.requestId).toBe(sb().requests.at(-1) && err.requestId);
        sb().config.EnableUserAccessTokens = false;
        h.signIn('alice');
        expect(await failure(bridge.createToken('me', 'x'))).toMatchObject({
            kind: 'disabled',
            status: 501,
            serverErrorId: 'app.user_access_token.disabled',
        });
        expect(await failure(bridge.createToken('aaaaaaaaaaaaaaaaaaaaaaaaaa', 'x'))).toMatchObject({
            kind: 'not_found',
            status: 404,
        });
    });

    test.each([
        ['500', {kind: '500' as const, count: 1}, 'server'],
        ['a dropped connection', {kind: 'drop' as const, count: 1}, 'network'],
    ])('is never retried: %s fails once and creates nothing', async (_what, rule, kind) => {
        const before = tokensOf('alice').length;
        sb().faults = {latencyMs: 0, rules: [rule]};
        const err = await failure(bridge.createToken('me', 'only once'));
        expect(err.kind).toBe(kind);
        expect(h.apiCalls((p) => p.endsWith('/tokens'))).toBe(1);
        expect(bridge.requestStats).toEqual({attempts: 1, retries: 0, rateLimited: 0});
        expect(tokensOf('alice')).toHaveLength(before);
    });

    test('a create answered 429 did nothing, so it is sent again after Retry-After: one token in the end', async () => {
        const before = tokensOf('alice').length;
        sb().faults = {latencyMs: 0, rules: [{kind: '429', count: 1, retryAfterSeconds: 2}]};
        await bridge.createToken('me', 'after the limit');
        expect(h.delays).toEqual([2000]);
        expect(bridge.requestStats).toEqual({attempts: 2, retries: 1, rateLimited: 1});
        expect(tokensOf('alice')).toHaveLength(before + 1);
    });

    test('a write still limited after every attempt reports rate_limited with the wait the server asked for', async () => {
        sb().faults = {latencyMs: 0, rules: [{kind: '429', count: 100, retryAfterSeconds: 1}]};
        const err = await failure(bridge.disableToken(tokensOf('alice')[0].id));
        expect(err).toMatchObject({kind: 'rate_limited', status: 429, retryAfterMs: 1000});
        expect(h.apiCalls()).toBe(6);
    });

    test('an expired session is unauthorized', async () => {
        client.setToken('expiredsessionxxxxxxxxxxxx');
        expect(await failure(bridge.createToken('me', 'x'))).toMatchObject({
            kind: 'unauthorized',
            status: 401,
            serverErrorId: 'api.context.session_expired.app_error',
        });
    });
});

describe('reads retry; writes do not', () => {
    test('429 honours Retry-After, 500 and dropped connections back off, then the read succeeds', async () => {
        sb().faults = {
            latencyMs: 0,
            rules: [
                {kind: '429', count: 1, retryAfterSeconds: 2},
                {kind: '500', count: 1},
                {kind: 'drop', count: 1},
            ],
        };
        const token = await bridge.getToken(tokensOf('alice')[0].id);
        expect(token.id).toBe(tokensOf('alice')[0].id);
        expect(h.delays[0]).toBe(2000);
        expect(h.delays).toHaveLength(3);
        expect(h.delays[1]).toBeGreaterThan(0);
        expect(h.delays[2]).toBeGreaterThan(h.delays[1] / 2);
        expect(bridge.requestStats).toEqual({attempts: 4, retries: 3, rateLimited: 1});
    });

    test('reads give up after four attempts with the last error', async () => {
        sb().faults = {latencyMs: 0, rules: [{kind: '500', count: 10}]};
        const err = await failure(bridge.listUserTokens('me'));
        expect(err).toMatchObject({kind: 'server', status: 500});
        expect(h.apiCalls()).toBe(4);
    });

    test('a Retry-After beyond the cap is not waited for', async () => {
        sb().faults = {latencyMs: 0, rules: [{kind: '429', count: 1, retryAfterSeconds: 3600}]};
        const err = await failure(bridge.listUserTokens('me'));
        expect(err).toMatchObject({kind: 'rate_limited', retryAfterMs: 3600000});
        expect(h.delays).toEqual([]);
    });

    test.each(['disableToken', 'enableToken', 'revokeToken'] as const)('%s is not retried', async (operation) => {
        sb().faults = {latencyMs: 0, rules: [{kind: '500', count: 1}]};
        await failure(bridge[operation](tokensOf('alice')[0].id));
        expect(h.apiCalls()).toBe(1);
    });
});

describe('get, disable, enable, revoke', () => {
    test("act with one request each and report not_found / forbidden with the server's ids", async () => {
        const token = tokensOf('alice')[0];
        expect(await bridge.disableToken(token.id)).toEqual({status: 'OK'});
        expect((await bridge.getToken(token.id)).is_active).toBe(false);
        expect(await bridge.enableToken(token.id)).toEqual({status: 'OK'});
        expect(await bridge.revokeToken(token.id)).toEqual({status: 'OK'});
        expect(h.apiCalls()).toBe(4);
        expect(await failure(bridge.getToken(token.id))).toMatchObject({
            kind: 'not_found',
            status: 404,
            serverErrorId: 'app.user_access_token.get_by_user.app_error',
        });
        expect(await failure(bridge.revokeToken(token.id))).toMatchObject({kind: 'not_found', status: 404});
        expect(await failure(bridge.disableToken(tokensOf('admin')[0].id))).toMatchObject({
            kind: 'forbidden',
            status: 403,
        });
        expect(await failure(bridge.getToken('bad'))).toMatchObject({
            kind: 'invalid',
            status: 400,
            serverErrorId: 'api.context.invalid_url_param.app_error',
        });
    });
});

describe('listUserTokens', () => {
    test('reads every page, without secrets, sorted by id', async () => {
        for (let i = 0; i < 450; i++) {
            sb().store.addToken(idOf('alice'), `bulk ${i}`);
        }
        const tokens = await bridge.listUserTokens('me');
        expect(tokens).toHaveLength(454);
        expect(h.apiCalls()).toBe(3);
        expect(tokens.every((t) => !('token' in t))).toBe(true);
        expect(tokens.map((t) => t.id)).toEqual([...tokens.map((t) => t.id)].sort());
    });

    test('a user without the token role is forbidden', async () => {
        h.signIn('bob');
        expect(await failure(bridge.listUserTokens('me'))).toMatchObject({kind: 'forbidden', status: 403});
    });
});

describe('listAllTokens over 10,000 tokens', () => {
    beforeEach(() => {
        sb().reset('large');
        h.signIn('admin');
    });

    test('concurrency 1: every token exactly once in ⌈N/200⌉ pages plus the empty page that ends the list', async () => {
        const pages: number[] = [];
        const tokens = await bridge.listAllTokens({
            concurrency: 1,
            onPage: (_added, progress) => pages.push(progress.loaded),
        });
        expect(tokens).toHaveLength(10000);
        expect(new Set(tokens.map((t) => t.id)).size).toBe(10000);
        expect(tokens.map((t) => t.id)).toEqual([...sb().store.tokens.keys()].sort());
        expect(h.apiCalls()).toBe(Math.ceil(10000 / 200) + 1);
        expect(pages[0]).toBe(200);
        expect(pages.at(-1)).toBe(10000);
    });

    test('concurrency 4: the same tokens; at most three pages launched past the end', async () => {
        const tokens = await bridge.listAllTokens({concurrency: 4});
        expect(new Set(tokens.map((t) => t.id)).size).toBe(10000);
        await h.quiet();
        expect(h.apiCalls()).toBeGreaterThanOrEqual(51);
        expect(h.apiCalls()).toBeLessThanOrEqual(51 + 3);
    });

    test('pages past the end that are still waiting to be sent are called off', async () => {
        // Six workers, one request at a time (as a browser's few connections make them wait): when page 50
        // comes back empty, pages 51-55 are queued, and none of them is sent.
        const tokens = await bridge.listAllTokens({concurrency: 6, limiter: createLimiter(1)});
        expect(new Set(tokens.map((t) => t.id)).size).toBe(10000);
        await h.quiet();
        expect(h.apiCalls()).toBe(51);
    });

    test('a read called off before it is sent is never sent, and not retried', async () => {
        const cancel = new AbortController();
        cancel.abort();
        await expect(
            get(`${routes.tokens()}?page=0&per_page=200`, 'listAllTokens', cancel.signal),
        ).rejects.toMatchObject({kind: 'aborted'});
        await h.quiet();
        expect(h.apiCalls()).toBe(0);
        expect(h.delays).toEqual([]);
    });

    test('told the last total: exactly ⌊N/200⌋ + 1 requests in parallel, and no worse when it is stale', async () => {
        const ids = (tokens: Array<{id: string}>) => new Set(tokens.map((t) => t.id)).size;
        expect(ids(await bridge.listAllTokens({concurrency: 6, expectedTotal: 10000}))).toBe(10000);
        expect(h.apiCalls()).toBe(51);
        // Tokens revoked since: the pages past the new end come back empty, at most concurrency − 1 of them.
        sb().requests = [];
        expect(ids(await bridge.listAllTokens({concurrency: 6, expectedTotal: 14000}))).toBe(10000);
        await h.quiet();
        expect(h.apiCalls()).toBeGreaterThanOrEqual(51);
        expect(h.apiCalls()).toBeLessThanOrEqual(51 + 5);
        // Tokens created since: the list goes on past the pages it expected.
        sb().requests = [];
        expect(ids(await bridge.listAllTokens({concurrency: 6, expectedTotal: 3000}))).toBe(10000);
        await h.quiet();
        expect(h.apiCalls()).toBeLessThanOrEqual(51 + 5);
        // A multiple of 200 still costs only the one empty page that proves the end.
        sb().store.tokens.delete([...sb().store.tokens.keys()][0]);
        for (const id of [...sb().store.tokens.keys()].slice(0, 199)) {
            sb().store.tokens.delete(id);
        }
        sb().requests = [];
        expect(ids(await bridge.listAllTokens({concurrency: 6, expectedTotal: 9800}))).toBe(9800);
        expect(h.apiCalls()).toBe(50);
    });

    test('with faults: requests = pages + retries, and still every token once', async () => {
        sb().faults = {
            latencyMs: 0,
            rules: [
                {kind: '429', count: 1, retryAfterSeconds: 1},
                {kind: '500', count: 1, after: 5},
                {kind: 'drop', count: 1, after: 10},
                {kind: '429', count: 1, retryAfterSeconds: 1, after: 20},
                {kind: '500', count: 1, after: 30},
            ],
        };
        const tokens = await bridge.listAllTokens({concurrency: 1});
        expect(new Set(tokens.map((t) => t.id)).size).toBe(10000);
        expect(bridge.requestStats.retries).toBe(5);
        expect(h.apiCalls()).toBe(51 + 5);
        expect(h.delays.filter((d) => d === 1000)).toHaveLength(2);
    });

    test('rows that drift between pages are counted once', async () => {
        let moved = false;
        const tokens = await bridge.listAllTokens({
            concurrency: 1,
            onPage: () => {
                if (!moved) {
                    // Move a token of the first page to the end, as an UPDATE can move a row in heap order.
                    const first = [...sb().store.tokens.values()][0];
                    sb().store.tokens.delete(first.id);
                    sb().store.tokens.set(first.id, first);
                    moved = true;
                }
            },
        });
        expect(new Set(tokens.map((t) => t.id)).size).toBe(tokens.length);
    });

    test('needs manage_system', async () => {
        h.signIn('user0001');
        expect(await failure(bridge.listAllTokens())).toMatchObject({kind: 'forbidden', status: 403});
    });

    test("loadInventory joins every owner: the first page's at once, then in batches of 1,000", async () => {
        const batches: number[] = [];
        const inventory = await bridge.loadInventory({
            concurrency: 4,
            onOwners: (owners) => batches.push(owners.length),
        });
        expect(inventory.tokens).toHaveLength(10000);
        expect(inventory.owners.size).toBe(2000);
        expect(inventory.tokens.every((t) => inventory.owners.has(t.user_id))).toBe(true);
        // 200 owners on the first page, then 1,800 more: a batch of 1,000 and the last 800.
        expect(h.apiCalls((p) => p === '/users/ids')).toBe(3);
        expect(batches[0]).toBe(200);
        expect([...batches].sort((a, b) => a - b)).toEqual([200, 800, 1000]);
    });
});

describe('search, rotate, users, usage', () => {
    test('search is exact and admin-only; an empty term is refused locally', async () => {
        h.signIn('admin');
        expect((await bridge.searchTokens('alice')).length).toBe(tokensOf('alice').length);
        expect(await bridge.searchTokens('ali')).toEqual([]);
        expect(() => bridge.searchTokens('')).toThrow(TokenApiError);
        h.signIn('alice');
        expect(await failure(bridge.searchTokens('alice'))).toMatchObject({kind: 'forbidden'});
    });

    test('rotate returns a new secret for the same id; servers without the route are told apart', async () => {
        const token = tokensOf('alice')[0];
        const expiresAt = Date.now() + 7 * 86400000;
        const rotated = await bridge.rotateToken(token.id, {expiresAt});
        expect(rotated.id).toBe(token.id);
        expect(rotated.expires_at).toBe(expiresAt);
        expect(rotated.token).toMatch(/^[a-z0-9]{26}$/);
        sb().featureLevel = 'expiry';
        const err = await failure(bridge.rotateToken(token.id, {expiresAt: 0}));
        expect(err.status).toBe(405);
        expect(bridge.isRouteMissing(err)).toBe(true);
        expect(bridge.isRouteMissing(await failure(bridge.getToken('aaaaaaaaaaaaaaaaaaaaaaaaaa')))).toBe(false);
    });

    test('users by ids and by username', async () => {
        const users = await bridge.getUsersByIds([idOf('alice'), idOf('bob'), idOf('alice')], {batchSize: 1});
        expect([...users.values()].map((u) => u.username).sort()).toEqual(['alice', 'bob']);
        expect(h.apiCalls((p) => p === '/users/ids')).toBe(2);
        expect((await bridge.getUserByUsername('bob')).id).toBe(idOf('bob'));
        expect(await failure(bridge.getUserByUsername('nobody'))).toMatchObject({kind: 'not_found'});
    });

    test('usage comes from the sessions a token opened, and is labelled approximate', async () => {
        const [used, unused] = tokensOf('alice');
        expect(
            (
                await fetch(`${h.running.siteUrl}/sandbox/use-token`, {
                    method: 'POST',
                    body: JSON.stringify({token_id: used.id}),
                })
            ).ok,
        ).toBe(true);
        const usage = await bridge.getTokenUsage('me');
        expect(usage.get(used.id)).toMatchObject({tokenId: used.id, sessions: 1, approximate: true});
        expect(usage.get(used.id)!.lastActivityAt).toBeGreaterThan(Date.now() - 60000);
        expect(usage.has(unused.id)).toBe(false);
    });
});

describe('capabilities', () => {
    const state = (roles: string, config: Record<string, string>, rolePermissions: Record<string, string[]>) =>
        ({
            entities: {
                users: {currentUserId: 'u', profiles: {u: {roles}}},
                roles: {
                    roles: Object.fromEntries(
                        Object.entries(rolePermissions).map(([name, permissions]) => [name, {name, permissions}]),
                    ),
                },
                general: {config},
            },
        }) as any;

    test('come from the roles the user has and the client config', () => {
        const caps = bridge.capabilitiesFromState(
            state(
                'system_user system_user_access_token',
                {EnableUserAccessTokens: 'true', MaximumPersonalAccessTokenLifetimeDays: '90'},
                {
                    system_user: [],
                    system_user_access_token: [
                        'create_user_access_token',
                        'read_user_access_token',
                        'revoke_user_access_token',
                    ],
                },
            ),
        );
        expect(caps).toEqual({
            tokensEnabled: true,
            canCreate: true,
            canRead: true,
            canRevoke: true,
            canManageOthers: false,
            isSystemAdmin: false,
            supportsExpiry: true,
            maxLifetimeDays: 90,
            supportsRotate: undefined,
        });
    });

    test('a classic server has no expiry; a zero lifetime is no policy; roles not loaded count for nothing', () => {
        const caps = bridge.capabilitiesFromState(
            state('system_user system_admin', {EnableUserAccessTokens: 'false'}, {system_user: []}),
        );
        expect(caps).toMatchObject({
            tokensEnabled: false,
            isSystemAdmin: false,
            supportsExpiry: false,
            maxLifetimeDays: null,
        });
        expect(
            bridge.capabilitiesFromState(
                state('system_admin', {MaximumPersonalAccessTokenLifetimeDays: '0'}, {system_admin: ['manage_system']}),
                {rotate: false},
            ),
        ).toMatchObject({
            isSystemAdmin: true,
            canManageOthers: true,
            supportsExpiry: true,
            maxLifetimeDays: null,
            supportsRotate: false,
        });
    });

    test('expiry support shows in token responses', () => {
        expect(
            bridge.expiryFromTokens([{id: 'a', user_id: 'u', description: '', is_active: true, expires_at: 0}]),
        ).toBe(true);
        expect(bridge.expiryFromTokens([{id: 'a', user_id: 'u', description: '', is_active: true}])).toBe(false);
        expect(bridge.expiryFromTokens([])).toBeUndefined();
    });
});
