/** @jest-environment node */
// whoseToken and identifyToken over real HTTP against the sandbox: a 26-character string asked about as a
// bearer token, without the session cookie, once, within a time limit.
import type {Session} from '@mattermost/types/sessions';

import {client} from './client';
import {TokenApiError} from './errors';
import * as bridge from './index';
import {tokenIdFromSessions} from './token_owner';
import {bridgeSuite} from './test_support';

const h = bridgeSuite();
beforeEach(() => {
    h.running.sandbox.reset();
    bridge.resetRequestStats();
    h.signIn('alice');
});

const sb = () => h.running.sandbox;
const token = (username: string, description: string) => {
    const found = sb()
        .tokensOf(username)
        .find((t) => t.description === description);
    if (!found) {
        throw new Error(`no token ${description} of ${username}`);
    }
    return found;
};
const RANDOM_ID = 'q3k8wyz1ophfb5tqzc7dj9ueaa';

async function failure(promise: Promise<unknown>): Promise<TokenApiError> {
    const err = await promise.then(
        () => undefined,
        (e) => e,
    );
    expect(err).toBeInstanceOf(TokenApiError);
    return err as TokenApiError;
}

describe('whoseToken', () => {
    test('a live token: its owner, asked with the token as bearer and one request', async () => {
        const secret = token('alice', 'CI pipeline').token;
        const live = await bridge.whoseToken(secret);
        expect(live?.owner).toMatchObject({id: sb().user('alice').id, username: 'alice'});
        expect(sb().requests).toEqual([expect.objectContaining({path: '/users/me', status: 200, auth: 'bearer'})]);
        expect(bridge.requestStats.attempts).toBe(1);
    });

    test.each([
        ['a disabled token', () => token('alice', 'Old integration').token],
        ['an expired token', () => token('alice', 'Expired experiment').token],
        ['a token of a deactivated user', () => token('dave', 'Left behind').token],
        ['a random 26-character id', () => RANDOM_ID],
        ['a session that ended', () => 'expiredsessionxxxxxxxxxxxx'],
    ])('%s is not live: undefined after one 401', async (_what, secret) => {
        expect(await bridge.whoseToken(secret())).toBeUndefined();
        expect(sb().requests).toEqual([expect.objectContaining({path: '/users/me', status: 401, auth: 'bearer'})]);
    });

    test('a revoked token is not live', async () => {
        const revoked = token('alice', 'CI pipeline');
        await bridge.revokeToken(revoked.id);
        expect(await bridge.whoseToken(revoked.token)).toBeUndefined();
    });

    test("tokens disabled on the server: a user's token is not live, a bot's still is", async () => {
        sb().config.EnableUserAccessTokens = false;
        expect(await bridge.whoseToken(token('alice', 'CI pipeline').token)).toBeUndefined();
        const live = await bridge.whoseToken(token('build-bot', 'Deploy webhook').token);
        expect(live?.owner).toMatchObject({username: 'build-bot', is_bot: true});
    });

    test('a session that already existed stops working when tokens are disabled on the server', async () => {
        const secret = token('alice', 'CI pipeline').token;
        expect(await bridge.whoseToken(secret)).toBeDefined();
        sb().config.EnableUserAccessTokens = false;
        expect(await bridge.whoseToken(secret)).toBeUndefined();
    });

    test("the session cookie is not sent: the answer is the token's owner, not the signed-in user", async () => {
        const session = sb().loginSession('alice');
        client.setHeader('Cookie', `MMAUTHTOKEN=${session.token}`);
        client.setCSRF(session.props.csrf);
        const fetchSpy = jest.spyOn(globalThis, 'fetch');
        try {
            const live = await bridge.whoseToken(token('build-bot', 'Deploy webhook').token);
            expect(live?.owner.username).toBe('build-bot');
            expect(await bridge.whoseToken(RANDOM_ID)).toBeUndefined();
            for (const [, init] of fetchSpy.mock.calls) {
                const headers = (init?.headers ?? {}) as Record<string, string>;
                expect(init?.credentials).toBe('omit');
                expect(headers.Cookie).toBeUndefined();
                expect(headers['X-CSRF-Token']).toBeUndefined();
            }
            expect(sb().requests.map((r) => r.auth)).toEqual(['bearer', 'bearer']);
        } finally {
            fetchSpy.mockRestore();
            client.removeHeader('Cookie');
            client.setCSRF('');
        }
    });

    test.each([
        ['a 500', {kind: '500' as const, count: 5}, 'server'],
        ['a 429', {kind: '429' as const, count: 5, retryAfterSeconds: 1}, 'rate_limited'],
        ['a dropped connection', {kind: 'drop' as const, count: 5}, 'network'],
    ])('%s is thrown after one attempt, with no retry and nothing of the secret', async (_what, rule, kind) => {
        const secret = token('alice', 'CI pipeline').token;
        sb().faults = {latencyMs: 0, rules: [rule]};
        const err = await failure(bridge.whoseToken(secret));
        expect(err.kind).toBe(kind);
        expect(h.apiCalls()).toBe(1);
        expect(h.delays).toEqual([]);
        expect(JSON.stringify(err.toJSON()) + err.stack).not.toContain(secret);
    });

    test('gives up when the server does not answer in time', async () => {
        sb().faults = {latencyMs: 400, rules: []};
        const started = Date.now();
        const err = await failure(bridge.whoseToken(token('alice', 'CI pipeline').token, {timeoutMs: 50}));
        expect(err).toMatchObject({kind: 'network', status: 0, operation: 'whoseToken'});
        expect(Date.now() - started).toBeLessThan(350);
        expect(bridge.requestStats.attempts).toBe(1);
    });

    test('sessionsSince is no later than the session the check created', async () => {
        const secret = token('alice', 'CI pipeline').token;
        const live = await bridge.whoseToken(secret);
        const created = [...sb().store.sessions.values()].find((s) => s.token === secret);
        expect(created).toBeDefined();
        expect(live!.sessionsSince).toBeLessThanOrEqual(created!.create_at);
        expect(created!.create_at - live!.sessionsSince).toBeLessThan(2000);
    });
});

describe('identifyToken', () => {
    async function identify(secret: string) {
        const live = await bridge.whoseToken(secret);
        expect(live).toBeDefined();
        return bridge.identifyToken(secret, live!.sessionsSince);
    }

    // The token was used by an integration a minute ago: its session exists before the check.
    async function usedBefore(t: {id: string; token: string}) {
        const res = await fetch(`${h.running.siteUrl}/sandbox/use-token`, {
            method: 'POST',
            body: JSON.stringify({token_id: t.id}),
        });
        expect(await res.json()).toMatchObject({used: true});
        sb().store.sessions.get(t.token)!.create_at -= 60_000;
    }

    test('a token never used before: the check made its session, so it is that token', async () => {
        const t = token('alice', 'CI pipeline');
        await usedBefore(token('alice', 'CLI on laptop'));
        expect(await identify(t.token)).toBe(t.id);
        expect(sb().requests.at(-1)).toMatchObject({path: '/users/me/sessions', status: 200, auth: 'bearer'});
    });

    test("a bot's only used token is found among its sessions", async () => {
        const t = token('build-bot', 'Deploy webhook');
        await usedBefore(t);
        expect(await identify(t.token)).toBe(t.id);
    });

    test('two used tokens of a bot: not guessed', async () => {
        const t = token('build-bot', 'Deploy webhook');
        await usedBefore(t);
        await usedBefore(token('build-bot', 'Release notes'));
        expect(await identify(t.token)).toBeUndefined();
    });

    test('a used token of a user who is also signed in (another session could be the one): not guessed', async () => {
        const t = token('alice', 'CI pipeline');
        await usedBefore(t);
        expect(await identify(t.token)).toBeUndefined();
    });

    test('a login session pasted as the secret is never taken for the one token with a session', async () => {
        await usedBefore(token('alice', 'CI pipeline'));
        const login = sb().loginSession('alice');
        login.create_at -= 60_000;
        expect(await identify(login.token)).toBeUndefined();
    });

    test('fails like whoseToken when the server cannot be asked', async () => {
        const t = token('alice', 'CI pipeline');
        sb().faults = {latencyMs: 0, rules: [{kind: '503', count: 1, path: '/sessions'}]};
        expect((await failure(bridge.identifyToken(t.token, Date.now()))).kind).toBe('server');
        expect(h.apiCalls()).toBe(1);
    });
});

describe('tokenIdFromSessions', () => {
    const pat = (tokenId: string, createAt: number) =>
        ({
            id: `s-${tokenId}-${createAt}`,
            create_at: createAt,
            props: {type: 'UserAccessToken', user_access_token_id: tokenId},
        }) as unknown as Session;
    const web = (createAt: number) =>
        ({id: `w-${createAt}`, create_at: createAt, props: {csrf: 'x'}}) as unknown as Session;

    // The check started at 100.
    test.each([
        [
            'one session created since, among older ones and a login session',
            [pat('a', 50), pat('b', 100), web(10)],
            'b',
        ],
        ['two sessions created since', [pat('a', 100), pat('b', 120)], undefined],
        ['none since, one token and nothing else', [pat('a', 10)], 'a'],
        ['none since, one token with two sessions', [pat('a', 10), pat('a', 20)], 'a'],
        ['none since, one token and a login session', [pat('a', 10), web(20)], undefined],
        ['none since, two tokens', [pat('a', 10), pat('b', 20)], undefined],
        [
            'a token session without a token id',
            [{...pat('a', 10), props: {type: 'UserAccessToken'}} as Session],
            undefined,
        ],
        ['no sessions', [], undefined],
        ['only login sessions', [web(10), web(200)], undefined],
    ])('%s', (_what, sessions, expected) => {
        expect(tokenIdFromSessions(sessions, 100)).toBe(expected);
    });
});
