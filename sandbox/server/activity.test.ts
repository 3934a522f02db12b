/** @jest-environment node */
// A session's last_activity_at changes only through UpdateLastActivityAtIfNeeded, which getUser and
// createPost call (api4/user.go, api4/post.go), and at most once every 5 minutes (SessionActivityTimeout).
import type {SandboxSession} from './model';
import {contractSuite, type CallOptions} from './test_client';

const suite = contractSuite();
const api = (method: string, path: string, options?: CallOptions) => suite.api(method, path, options);
const sb = () => suite.sb();
const MINUTE = 60 * 1000;

// Alice's first token, used once so that its session exists.
async function tokenSession(): Promise<{secret: string; session: SandboxSession}> {
    const secret = sb().tokensOf('alice')[0].token;
    expect((await api('GET', '/users/me/tokens', {token: secret})).status).toBe(200);
    return {secret, session: sb().store.sessions.get(secret)!};
}

describe('last_activity_at', () => {
    test("a token's first use makes a session whose last activity is its creation", async () => {
        const before = Date.now();
        const {session} = await tokenSession();
        expect(session.last_activity_at).toBe(session.create_at);
        expect(session.last_activity_at).toBeGreaterThanOrEqual(before);
    });

    test('routes that do not call UpdateLastActivityAtIfNeeded leave it alone', async () => {
        const {secret, session} = await tokenSession();
        const old = Date.now() - 10 * MINUTE;
        session.last_activity_at = old;
        await api('GET', '/users/me/tokens', {token: secret});
        await api('POST', '/users/ids', {token: secret, body: [suite.userId('bob')]});
        await api('GET', '/users/username/bob', {token: secret});
        await api('GET', '/config/client?format=old', {token: secret});
        expect(session.last_activity_at).toBe(old);
    });

    test('getUser records it once it is 5 minutes old, not sooner', async () => {
        const {secret, session} = await tokenSession();
        const recent = Date.now() - 4 * MINUTE;
        session.last_activity_at = recent;
        await api('GET', '/users/me', {token: secret});
        expect(session.last_activity_at).toBe(recent);
        session.last_activity_at = Date.now() - 5 * MINUTE - 1000;
        const before = Date.now();
        await api('GET', `/users/${suite.userId('bob')}`, {token: secret});
        expect(session.last_activity_at).toBeGreaterThanOrEqual(before);
    });

    test('createPost records it; so does a web session', async () => {
        const web = sb().loginSession('alice');
        web.last_activity_at = Date.now() - 10 * MINUTE;
        const before = Date.now();
        const post = await api('POST', '/posts', {
            token: web.token,
            body: {channel_id: 'townsquare0000000000000000', message: 'hello'},
        });
        expect(post.status).toBe(201);
        expect(web.last_activity_at).toBeGreaterThanOrEqual(before);
    });

    test('/sandbox/use-token: the first use makes the session, later uses follow the 5-minute rule', async () => {
        const token = sb().tokensOf('alice')[0];
        const first = (await suite.control('POST', '/use-token', {token_id: token.id})).body;
        expect(first).toMatchObject({used: true, session: {last_activity_at: expect.any(Number)}});
        expect(first.session.last_activity_at).toBe(first.session.create_at);
        const session = sb().store.sessions.get(token.token)!;
        session.last_activity_at = Date.now() - 10 * MINUTE;
        const quiet = (await suite.control('POST', '/use-token', {token_id: token.id, activity: false})).body;
        expect(quiet.session.last_activity_at).toBe(session.last_activity_at);
        const active = (await suite.control('POST', '/use-token', {token_id: token.id})).body;
        expect(active.session.last_activity_at).toBeGreaterThan(Date.now() - MINUTE);
        const disabled = sb()
            .tokensOf('alice')
            .find((t) => !t.is_active)!;
        expect((await suite.control('POST', '/use-token', {token_id: disabled.id})).body).toEqual({used: false});
    });
});
