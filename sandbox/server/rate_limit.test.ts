/** @jest-environment node */
// The rate limiter (app/ratelimit.go + throttled's GCRA): 429 text/plain "limit exceeded" with the
// X-RateLimit-* and Retry-After headers, before any handler runs, per token (else per remote address).
import {RateLimiter, rateLimitHeaders} from './rate_limit';
import {contractSuite, expectError, type Call} from './test_client';

const suite = contractSuite();
const sb = () => suite.sb();
const enable = (perSec: number, burst: number) => suite.control('POST', '/ratelimit', {enabled: true, perSec, burst});

function expectLimited(call: Call, limit: number) {
    expect(call.status).toBe(429);
    expect(call.body).toBe('limit exceeded\n');
    expect(call.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(call.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(call.headers.get('X-RateLimit-Limit')).toBe(String(limit));
    expect(call.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(Number(call.headers.get('X-RateLimit-Reset'))).toBeGreaterThanOrEqual(1);
    expect(call.headers.get('Retry-After')).toBe('1');
    // Nothing behind the limiter ran: no request id, no version.
    expect(call.headers.get('X-Request-Id')).toBeNull();
}

describe('the GCRA limiter (throttled rate.go) with the server defaults', () => {
    test('burst + 1 at once, then 429 with the headers rounded up to whole seconds; refills one per 100 ms', () => {
        let now = 0;
        const limiter = new RateLimiter({enabled: true, perSec: 10, burst: 100}, () => now);
        expect(rateLimitHeaders(limiter.check('k'))).toEqual({
            'X-RateLimit-Limit': '101',
            'X-RateLimit-Remaining': '100',
            'X-RateLimit-Reset': '1',
        });
        for (let i = 0; i < 100; i++) {
            expect(limiter.check('k').limited).toBe(false);
        }
        const limited = limiter.check('k');
        expect(limited.limited).toBe(true);
        expect(rateLimitHeaders(limited)).toEqual({
            'X-RateLimit-Limit': '101',
            'X-RateLimit-Remaining': '0',
            'X-RateLimit-Reset': '11',
            'Retry-After': '1',
        });
        now += 100_000; // 100 ms
        expect(limiter.check('k')).toMatchObject({limited: false, remaining: 0});
        expect(limiter.check('k').limited).toBe(true);
        expect(limiter.check('other').limited).toBe(false);
    });
});

describe('over HTTP', () => {
    test('off by default: no X-RateLimit headers', async () => {
        const call = await suite.api('GET', '/users/me', {as: 'alice'});
        expect(call.status).toBe(200);
        expect(call.headers.get('X-RateLimit-Limit')).toBeNull();
    });

    test('burst then 429; successful answers carry the headers too; the log marks the 429', async () => {
        expect((await enable(1, 3)).body).toEqual({enabled: true, perSec: 1, burst: 3});
        const token = sb().loginSession('alice').token;
        for (const remaining of ['3', '2', '1', '0']) {
            const ok = await suite.api('GET', '/users/me', {token});
            expect(ok.status).toBe(200);
            expect(ok.headers.get('X-RateLimit-Limit')).toBe('4');
            expect(ok.headers.get('X-RateLimit-Remaining')).toBe(remaining);
            expect(ok.headers.get('Retry-After')).toBeNull();
        }
        expectLimited(await suite.api('GET', '/users/me', {token}), 4);
        expect(sb().requests.at(-1)).toMatchObject({path: '/users/me', status: 429, rateLimited: true});
    });

    test('refills over time', async () => {
        await enable(5, 1);
        const token = sb().loginSession('alice').token;
        expect((await suite.api('GET', '/users/me', {token})).status).toBe(200);
        expect((await suite.api('GET', '/users/me', {token})).status).toBe(200);
        expectLimited(await suite.api('GET', '/users/me', {token}), 2);
        await new Promise((resolve) => setTimeout(resolve, 250));
        expect((await suite.api('GET', '/users/me', {token})).status).toBe(200);
    });

    test('each session has its own bucket; requests without a token share the remote address', async () => {
        await enable(1, 1);
        const alice = sb().loginSession('alice').token;
        await suite.api('GET', '/users/me', {token: alice});
        await suite.api('GET', '/users/me', {token: alice});
        expectLimited(await suite.api('GET', '/users/me', {token: alice}), 2);
        expect((await suite.api('GET', '/users/me', {as: 'bob'})).status).toBe(200);
        expectError(await suite.api('GET', '/users/me'), 401, 'api.context.session_expired.app_error');
        expect((await suite.api('GET', '/system/ping')).status).toBe(200);
        expectLimited(await suite.api('GET', '/config/client?format=old'), 2);
        // The limiter wraps the whole server: pages and assets count too.
        expect((await fetch(`${suite.running.siteUrl}/channels/town-square`)).status).toBe(429);
    });

    test('a write answered 429 changed nothing', async () => {
        await enable(1, 1);
        const token = sb().loginSession('alice').token;
        const before = sb().tokensOf('alice').length;
        await suite.api('GET', '/users/me', {token});
        await suite.api('GET', '/users/me', {token});
        expectLimited(await suite.api('POST', '/users/me/tokens', {token, body: {description: 'not made'}}), 2);
        expect(sb().tokensOf('alice')).toHaveLength(before);
        expect(sb().requests.at(-1)).toMatchObject({method: 'POST', status: 429, rateLimited: true});
    });

    test('the control API is never limited, and refuses a zero burst', async () => {
        await enable(1, 1);
        for (let i = 0; i < 5; i++) {
            expect((await suite.control('GET', '/ratelimit')).status).toBe(200);
        }
        expect((await suite.control('POST', '/ratelimit', {enabled: true, burst: 0})).status).toBe(400);
        expect((await suite.control('POST', '/ratelimit', {enabled: false})).body).toEqual({
            enabled: false,
            perSec: 1,
            burst: 1,
        });
    });
});
