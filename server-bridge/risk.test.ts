/** @jest-environment node */
// What the risk view asks the server, over real HTTP against the sandbox: the server's own count of tokens
// over the lifetime policy (newer servers only, feature-detected) and the per-owner activity scan.
import {TokenApiError} from './errors';
import * as bridge from './index';
import {bridgeSuite} from './test_support';

const h = bridgeSuite();
beforeEach(() => {
    h.running.sandbox.reset();
    h.delays.length = 0;
    h.signIn('admin');
});

const sb = () => h.running.sandbox;
const idOf = (username: string) => sb().user(username).id;
const DAY = 86400000;

function useToken(tokenId: string) {
    return fetch(`${h.running.siteUrl}/sandbox/use-token`, {method: 'POST', body: JSON.stringify({token_id: tokenId})});
}

describe('countNonCompliantTokens', () => {
    test("a server with the route answers its own count of enabled users' tokens over the policy", async () => {
        sb().config.MaximumPersonalAccessTokenLifetimeDays = 30;
        const alice = sb().tokensOf('alice');
        // Default seed: admin's Terraform, alice's CI pipeline, manager's Reporting, bob's token and dave's
        // (deactivated) token never expire; alice's "CLI on laptop" expires in 5 days; bots are exempt.
        expect(await bridge.countNonCompliantTokens()).toBe(5);
        sb().store.addToken(idOf('alice'), 'far future', {expiresAt: Date.now() + 60 * DAY});
        expect(await bridge.countNonCompliantTokens()).toBe(6);
        await bridge.disableToken(alice.find((t) => t.description === 'CI pipeline')!.id);
        expect(await bridge.countNonCompliantTokens()).toBe(5);
        expect(h.apiCalls((p) => p === '/users/tokens/non_compliant/count')).toBe(3);
    });

    test('no policy: the server counts 0', async () => {
        expect(await bridge.countNonCompliantTokens()).toBe(0);
    });

    test.each(['expiry', 'classic'] as const)(
        'a server of the %s generation has no such route: undefined, not an error',
        async (level) => {
            sb().featureLevel = level;
            sb().config.MaximumPersonalAccessTokenLifetimeDays = 30;
            expect(await bridge.countNonCompliantTokens()).toBeUndefined();
            const record = sb().requests.at(-1)!;
            expect(record).toMatchObject({path: '/users/tokens/non_compliant/count', status: 404});
            // Not retried: a missing route is an answer.
            expect(h.apiCalls()).toBe(1);
        },
    );

    // No sandbox generation answers 405 here (no route shares the path), so the transport is stubbed.
    test('a 405 (a route of that path with another method) also means absent', async () => {
        const original = globalThis.fetch;
        globalThis.fetch = async () =>
            new Response('', {status: 405, headers: {'Content-Type': 'text/plain; charset=utf-8'}});
        try {
            expect(await bridge.countNonCompliantTokens()).toBeUndefined();
        } finally {
            globalThis.fetch = original;
        }
    });

    test('callers without manage_system are refused; server failures are errors, after retries', async () => {
        h.signIn('alice');
        const forbidden = await bridge.countNonCompliantTokens().catch((e) => e);
        expect(forbidden).toBeInstanceOf(TokenApiError);
        expect(forbidden).toMatchObject({kind: 'forbidden', status: 403});
        h.signIn('admin');
        sb().requests = [];
        sb().faults = {latencyMs: 0, rules: [{kind: '500', count: 10}]};
        const failed = await bridge.countNonCompliantTokens().catch((e) => e);
        expect(failed).toMatchObject({kind: 'server', status: 500});
        expect(h.apiCalls((p) => p === '/users/tokens/non_compliant/count')).toBe(4);
    });
});

describe('scanTokenUsage', () => {
    const everyone = () => ['admin', 'alice', 'manager', 'bob', 'build-bot'].map(idOf);

    test("one request per owner; each owner's PAT sessions come back as usage", async () => {
        const ci = sb()
            .tokensOf('alice')
            .find((t) => t.description === 'CI pipeline')!;
        const deploy = sb().tokensOf('build-bot')[0];
        expect((await useToken(ci.id)).ok).toBe(true);
        expect((await useToken(deploy.id)).ok).toBe(true);
        sb().requests = [];
        const results: bridge.UserUsageResult[] = [];
        const scan = await bridge.scanTokenUsage(everyone(), {onResult: (r) => results.push(r)});
        expect(scan).toEqual({cancelled: false});
        expect(
            sb()
                .requests.map((r) => r.path)
                .sort(),
        ).toEqual(
            everyone()
                .map((id) => `/users/${id}/sessions`)
                .sort(),
        );
        expect(results).toHaveLength(5);
        const byUser = Object.fromEntries(results.map((r) => [r.userId, 'usage' in r ? [...r.usage.keys()] : r]));
        expect(byUser[idOf('alice')]).toEqual([ci.id]);
        expect(byUser[idOf('build-bot')]).toEqual([deploy.id]);
        // The admin's own web session is not a token's.
        expect(byUser[idOf('admin')]).toEqual([]);
    });

    test("at most the limiter's concurrency at once; the limiter can be shared", async () => {
        sb().faults = {latencyMs: 20, rules: []};
        const shared = bridge.createLimiter(2);
        let active = 0;
        let peak = 0;
        const counting: bridge.Limiter = (task) =>
            shared(async () => {
                active += 1;
                peak = Math.max(peak, active);
                try {
                    return await task();
                } finally {
                    active -= 1;
                }
            });
        const ids = [...everyone(), ...everyone()];
        await bridge.scanTokenUsage(ids, {limiter: counting});
        expect(peak).toBe(2);
        expect(h.apiCalls((p) => p.endsWith('/sessions'))).toBe(10);
    });

    test('Stop: no new request once the signal aborts; those in flight finish and are reported', async () => {
        const controller = new AbortController();
        const results: string[] = [];
        const scan = await bridge.scanTokenUsage(everyone(), {
            limiter: bridge.createLimiter(1),
            signal: controller.signal,
            onResult: (r) => {
                results.push(r.userId);
                if (results.length === 2) {
                    controller.abort();
                }
            },
        });
        expect(scan).toEqual({cancelled: true});
        expect(results).toEqual(everyone().slice(0, 2));
        expect(h.apiCalls((p) => p.endsWith('/sessions'))).toBe(2);
    });

    test('an owner that fails (after the read retries) is reported and the others go on', async () => {
        sb().faults = {latencyMs: 0, rules: [{kind: '500', count: 4, path: `/users/${idOf('bob')}/sessions`}]};
        const failed: Array<[string, string]> = [];
        const ok: string[] = [];
        await bridge.scanTokenUsage(everyone(), {
            onResult: (r) => ('error' in r ? failed.push([r.userId, r.error.kind]) : ok.push(r.userId)),
        });
        expect(failed).toEqual([[idOf('bob'), 'server']]);
        expect(ok.sort()).toEqual(
            everyone()
                .filter((id) => id !== idOf('bob'))
                .sort(),
        );
    });

    test('without permission to the owners it is forbidden, owner by owner', async () => {
        h.signIn('alice');
        const kinds: string[] = [];
        await bridge.scanTokenUsage([idOf('bob'), idOf('alice')], {
            onResult: (r) => kinds.push('error' in r ? r.error.kind : 'ok'),
        });
        expect(kinds.sort()).toEqual(['forbidden', 'ok']);
    });
});
