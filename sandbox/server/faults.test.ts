/** @jest-environment node */
// Fault injection: latency, the rule queue, commit-then-drop and the seeded random mode.
import {type CallOptions, contractSuite} from './test_client';

const suite = contractSuite();
const api = (method: string, path: string, options?: CallOptions) => suite.api(method, path, options);
const sb = () => suite.sb();

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
    });
});
