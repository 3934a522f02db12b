/** @jest-environment node */
// Fault injection: latency, the rule queue, commit-then-drop and the seeded random mode.
import {type CallOptions, contractSuite} from './test_client';

const suite = contractSuite();
const api = (method: string, path: string, options?: CallOptions) => suite.api(method, path, options);
const sb = () => suite.sb();
const tokensOf = (name: string) => sb().tokensOf(name);

describe('fault injection', () => {
    test('latency, 429 with Retry-After, 500 and dropped connections, each spent once', async () => {
        sb().faults = {
            latencyMs: 80,
            rules: [
                {kind: '429', count: 1, retryAfterSeconds: 2},
                {kind: '500', count: 1},
                {kind: 'drop', count: 1, path: '/users/me'},
            ],
        };
        const started = Date.now();
        const limited = await api('GET', '/users/me', {as: 'alice'});
        expect(Date.now() - started).toBeGreaterThanOrEqual(75);
        expect(limited.status).toBe(429);
        expect(limited.headers.get('Retry-After')).toBe('2');
        expect((await api('GET', '/users/me', {as: 'alice'})).status).toBe(500);
        await expect(api('GET', '/users/me', {as: 'alice'})).rejects.toThrow();
        expect((await api('GET', '/users/me', {as: 'alice'})).status).toBe(200);
        expect(sb().requests.map((r) => [r.status, r.fault])).toEqual([
            [429, '429'],
            [500, '500'],
            [-1, 'drop'],
            [200, undefined],
        ]);
    });

    test("an injected 429 is the rate limiter's: text/plain, X-RateLimit-* and Retry-After, no handler", async () => {
        sb().faults = {latencyMs: 0, rules: [{kind: '429', count: 1, path: '/tokens'}]};
        const before = tokensOf('alice').length;
        const call = await api('POST', '/users/me/tokens', {as: 'alice', body: {description: 'x'}});
        expect(call).toMatchObject({status: 429, body: 'limit exceeded\n'});
        expect(Object.fromEntries(call.headers)).toMatchObject({
            'content-type': 'text/plain; charset=utf-8',
            'x-ratelimit-limit': '101',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': '1',
            'retry-after': '1',
        });
        expect(tokensOf('alice')).toHaveLength(before);
    });

    test('commit_drop: the handler commits `commits` times, then the client sees a network error', async () => {
        sb().faults = {latencyMs: 0, rules: [{kind: 'commit_drop', count: 1, commits: 2, method: 'POST'}]};
        const before = tokensOf('alice').length;
        await expect(
            api('POST', '/users/me/tokens', {as: 'alice', body: {description: 'made twice'}}),
        ).rejects.toThrow();
        expect(tokensOf('alice').filter((t) => t.description === 'made twice')).toHaveLength(2);
        expect(tokensOf('alice')).toHaveLength(before + 2);
        // One request reached the server: the second commit is the browser's own re-send, not the client's.
        expect(sb().requests).toEqual([
            expect.objectContaining({
                method: 'POST',
                path: '/users/me/tokens',
                status: -1,
                fault: 'commit_drop',
                commits: 2,
            }),
        ]);
        expect((await suite.control('GET', '/faults/stats')).body).toMatchObject({
            injected: {commit_drop: 1},
            commits: 2,
        });
    });

    test('the request log hashes bodies: the same write twice has the same hash, another body another', async () => {
        const write = (description: string) => api('POST', '/users/me/tokens', {as: 'alice', body: {description}});
        await write('a');
        await write('a');
        await write('b');
        await api('GET', '/users/me', {as: 'alice'});
        const [first, second, third, read] = (await suite.control('GET', '/requests')).body;
        expect(first.bodyHash).toMatch(/^[0-9a-f]{64}$/);
        expect(second.bodyHash).toBe(first.bodyHash);
        expect(third.bodyHash).not.toBe(first.bodyHash);
        expect(read.bodyHash).toBeUndefined();
        expect(first).toMatchObject({method: 'POST', path: '/users/me/tokens', status: 200, auth: 'bearer'});
        expect(JSON.stringify(first)).not.toContain('"a"');
    });

    test.each([
        [{rules: [{kind: '418', count: 1}]}],
        [{random: {rate500: 0.5}}],
        [{random: {seed: 1, rate500: 0.6, rateDrop: 0.6}}],
        [{random: {seed: 1, paths: '/users'}}],
    ])('POST /sandbox/faults refuses %j', async (body) => {
        expect((await suite.control('POST', '/faults', body)).status).toBe(400);
    });
});

describe('seeded random faults', () => {
    const random = {seed: 42, rate429: 0.1, rate500: 0.1, rate503: 0.05, rateDrop: 0.1, rateCommitDrop: 0.05};
    const outcome = (path: string) =>
        api('GET', path, {as: 'admin'}).then(
            (call) => call.status,
            () => 'dropped',
        );

    async function run(count: number) {
        expect((await suite.control('POST', '/faults', {random})).status).toBe(200);
        const outcomes: Array<number | string> = [];
        for (let i = 0; i < count; i++) {
            outcomes.push(await outcome('/users/tokens?per_page=5'));
            // Neither the control API nor pages draw from the generator.
            await suite.control('GET', '/faults/stats');
            await fetch(`${suite.running.siteUrl}/`);
        }
        return outcomes;
    }

    test('the same seed injects the same faults in the same order; stats count them', async () => {
        const first = await run(60);
        const stats = (await suite.control('GET', '/faults/stats')).body;
        expect(await run(60)).toEqual(first);
        expect(new Set(first)).toEqual(new Set([200, 429, 500, 503, 'dropped']));
        const faults = sb().requests.filter((r) => r.fault);
        expect(stats.considered).toBe(60);
        expect(stats.injected['429']).toBe(first.filter((o) => o === 429).length);
        expect(stats.injected.drop + stats.injected.commit_drop).toBe(first.filter((o) => o === 'dropped').length);
        expect(faults.length).toBeGreaterThan(0);
    });

    test('paths limits the requests it applies to; latencyMs delays them', async () => {
        await suite.control('POST', '/faults', {
            random: {seed: 7, rate500: 1, latencyMs: 60, paths: ['/users/tokens']},
        });
        expect(await outcome('/users/me')).toBe(200);
        const started = Date.now();
        expect(await outcome('/users/tokens')).toBe(500);
        expect(Date.now() - started).toBeGreaterThanOrEqual(55);
        expect((await suite.control('GET', '/faults/stats')).body).toMatchObject({considered: 2, injected: {'500': 1}});
    });

    test('a random commit_drop commits once by default', async () => {
        await suite.control('POST', '/faults', {random: {seed: 3, rateCommitDrop: 1, paths: ['/tokens']}});
        const before = tokensOf('alice').length;
        await expect(api('POST', '/users/me/tokens', {as: 'alice', body: {description: 'once'}})).rejects.toThrow();
        expect(tokensOf('alice')).toHaveLength(before + 1);
        expect(sb().requests.at(-1)).toMatchObject({fault: 'commit_drop', commits: 1, status: -1});
    });
});
