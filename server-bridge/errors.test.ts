import {errorFromResponse, kindForStatus, parseRetryAfter} from './errors';
import {backoffDelay, DEFAULT_RETRY_POLICY} from './request';

describe('kindForStatus (the contract table)', () => {
    test.each([
        [400, 'invalid'],
        [401, 'unauthorized'],
        [403, 'forbidden'],
        [404, 'not_found'],
        [405, 'not_found'],
        [413, 'invalid'],
        [429, 'rate_limited'],
        [500, 'server'],
        [501, 'disabled'],
        [502, 'server'],
        [503, 'server'],
    ])('%i is %s', (status, kind) => {
        expect(kindForStatus(status)).toBe(kind);
    });
});

describe('errorFromResponse', () => {
    const headers = (h: Record<string, string>) => new Headers(h);

    test("keeps the server's id, message and request id", () => {
        const err = errorFromResponse(
            403,
            {id: 'api.context.permissions.app_error', message: 'No.', request_id: 'abc', status_code: 403},
            headers({}),
            'getToken',
        );
        expect(err.toJSON()).toEqual({
            kind: 'forbidden',
            status: 403,
            serverErrorId: 'api.context.permissions.app_error',
            requestId: 'abc',
            message: 'No.',
            retryAfterMs: undefined,
            operation: 'getToken',
        });
    });

    test('falls back to X-Request-Id and a plain message for bodies that are not Mattermost errors', () => {
        const err = errorFromResponse(502, '<html>Bad gateway</html>', headers({'X-Request-Id': 'rid'}));
        expect(err).toMatchObject({
            kind: 'server',
            status: 502,
            serverErrorId: '',
            requestId: 'rid',
            message: 'The server answered 502.',
        });
    });

    test('reads Retry-After', () => {
        expect(errorFromResponse(429, {}, headers({'Retry-After': '3'})).retryAfterMs).toBe(3000);
    });
});

describe('parseRetryAfter', () => {
    test.each([
        ['5', 5000],
        ['0.5', 500],
        ['', undefined],
        ['soon', undefined],
    ])('%p -> %p', (value, ms) => {
        expect(parseRetryAfter(value)).toBe(ms);
    });

    test('an HTTP date', () => {
        const now = Date.parse('2026-11-23T10:00:00Z');
        expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:07 GMT', now)).toBe(7000);
        expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
    });
});

describe('backoffDelay', () => {
    const policy = {...DEFAULT_RETRY_POLICY, random: () => 1};
    const server = errorFromResponse(500, {}, new Headers());

    test('doubles up to the cap', () => {
        expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, server, policy))).toEqual([
            250, 500, 1000, 2000, 4000, 4000,
        ]);
    });

    test('is jittered between half and all of the step', () => {
        expect(backoffDelay(3, server, {...policy, random: () => 0})).toBe(500);
    });

    test('uses Retry-After for 429, unless it is beyond the cap', () => {
        expect(backoffDelay(1, errorFromResponse(429, {}, new Headers({'Retry-After': '7'})), policy)).toBe(7000);
        expect(
            backoffDelay(1, errorFromResponse(429, {}, new Headers({'Retry-After': '600'})), policy),
        ).toBeUndefined();
    });
});
