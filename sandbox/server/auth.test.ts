/** @jest-environment node */
// Authentication as web/handlers.go does it: login and logout, the cookie and its CSRF rule, bearer tokens.
import {type CallOptions, contractSuite, expectError} from './test_client';

const suite = contractSuite();
const api = (method: string, path: string, options?: CallOptions) => suite.api(method, path, options);
const sb = () => suite.sb();
const tokensOf = (name: string) => sb().tokensOf(name);

describe('authentication', () => {
    test('no session: 401 session_expired', async () => {
        expectError(await api('GET', '/users/me'), 401, 'api.context.session_expired.app_error');
    });

    const login = (headers: Record<string, string>) =>
        fetch(`${suite.running.siteUrl}/api/v4/users/login`, {
            method: 'POST',
            headers,
            body: JSON.stringify({login_id: 'alice', password: 'password'}),
        });

    test('login over XHR sets the session cookies and a Token header; logout ends the session', async () => {
        const response = await login({'X-Requested-With': 'XMLHttpRequest'});
        expect(response.status).toBe(200);
        const cookies = response.headers.getSetCookie();
        expect(cookies.find((c) => c.startsWith('MMAUTHTOKEN='))).toMatch(/HttpOnly/);
        expect(cookies.some((c) => c.startsWith('MMCSRF='))).toBe(true);
        expect(cookies.some((c) => c.startsWith('MMUSERID='))).toBe(true);
        const token = response.headers.get('Token')!;
        expect((await api('GET', '/users/me', {token})).body.username).toBe('alice');
        const logout = await api('POST', '/users/logout', {token});
        expect(logout).toMatchObject({status: 200, body: {status: 'OK'}});
        expect(logout.headers.getSetCookie().map((c) => c.split(';')[0])).toEqual([
            'MMAUTHTOKEN=',
            'MMUSERID=',
            'MMCSRF=',
        ]);
        expect((await api('GET', '/users/me', {token})).status).toBe(401);
    });

    test('login without X-Requested-With answers the Token header but sets no cookies', async () => {
        const response = await login({});
        expect(response.status).toBe(200);
        expect(response.headers.getSetCookie()).toEqual([]);
        expect((await api('GET', '/users/me', {token: response.headers.get('Token')!})).body.username).toBe('alice');
    });

    test('logout needs no session', async () => {
        expect((await api('POST', '/users/logout')).body).toEqual({status: 'OK'});
        expect((await api('POST', '/users/logout', {token: 'nosuchsessionxxxxxxxxxxxxx'})).status).toBe(200);
    });

    test('an invalid session cookie is 401 and clears all three cookies', async () => {
        const response = await fetch(`${suite.running.siteUrl}/api/v4/users/me`, {
            headers: {Cookie: 'MMAUTHTOKEN=nosuchsessionxxxxxxxxxxxxx'},
        });
        expect(response.status).toBe(401);
        expect(response.headers.getSetCookie().map((c) => c.split(';')[0])).toEqual([
            'MMAUTHTOKEN=',
            'MMUSERID=',
            'MMCSRF=',
        ]);
    });

    test('the session cookie wins over an Authorization header (ParseAuthTokenFromRequest)', async () => {
        const cookie = `MMAUTHTOKEN=${sb().loginSession('alice').token}`;
        const response = await fetch(`${suite.running.siteUrl}/api/v4/users/me`, {
            headers: {Cookie: cookie, Authorization: `Bearer ${tokensOf('admin')[0].token}`},
        });
        expect((await response.json()).username).toBe('alice');
    });

    test('a session token in the query string is refused unless the session is OAuth', async () => {
        const token = sb().loginSession('alice').token;
        expectError(await api('GET', `/users/me?access_token=${token}`), 401, 'api.context.token_provided.app_error');
    });

    test.each([
        [
            'a wrong password',
            {login_id: 'alice', password: 'nope'},
            'api.user.login.invalid_credentials_email_username',
        ],
        [
            'an unknown user',
            {login_id: 'zed', password: 'password'},
            'api.user.login.invalid_credentials_email_username',
        ],
        ['a deactivated user', {login_id: 'dave', password: 'password'}, 'api.user.login.inactive.app_error'],
    ])('login with %s: 401', async (_what, body, id) => {
        expectError(await api('POST', '/users/login', {body}), 401, id);
    });

    test('cookie sessions need the CSRF header (or X-Requested-With) on writes; bearer tokens do not', async () => {
        const session = sb().loginSession('alice');
        const cookie = {Cookie: `MMAUTHTOKEN=${session.token}`};
        const write = (headers: Record<string, string>) =>
            fetch(`${suite.running.siteUrl}/api/v4/users/tokens/disable`, {
                method: 'POST',
                headers: {...cookie, ...headers},
                body: JSON.stringify({token_id: tokensOf('alice')[0].id}),
            });
        expect((await write({})).status).toBe(401);
        expect((await write({'X-CSRF-Token': 'wrong'})).status).toBe(401);
        expect((await write({'X-CSRF-Token': session.props.csrf})).status).toBe(200);
        expect((await write({'X-Requested-With': 'XMLHttpRequest'})).status).toBe(200);
        expect((await fetch(`${suite.running.siteUrl}/api/v4/users/me`, {headers: cookie})).status).toBe(200);
    });
});

// What the paste guard relies on: asked with `Authorization: Bearer <secret>` and no cookie, the server
// answers as it would the token's integration.
describe('whose token is this? GET /users/me with a bearer token', () => {
    const token = (owner: string, description?: string) =>
        tokensOf(owner).find((t) => description === undefined || t.description === description)!.token;

    test('a live token: 200 with its owner, and the lazy session now exists', async () => {
        const secret = token('alice', 'CI pipeline');
        const call = await api('GET', '/users/me', {token: secret});
        expect(call.status).toBe(200);
        expect(call.body).toMatchObject({username: 'alice', id: suite.userId('alice')});
        expect(sb().store.sessions.get(secret)?.props).toMatchObject({type: 'UserAccessToken'});
    });

    test.each([
        ['an unknown token', () => 'aaaaaaaaaaaaaaaaaaaaaaaaaa'],
        ['a disabled token', () => token('alice', 'Old integration')],
        ['an expired token', () => token('alice', 'Expired experiment')],
        ["a deactivated owner's token", () => token('dave')],
    ])('%s: 401 session_expired', async (_what, secret) => {
        expectError(await api('GET', '/users/me', {token: secret()}), 401, 'api.context.session_expired.app_error');
    });

    test("tokens disabled on the server: a person's token is 401, a bot's still works", async () => {
        sb().config.EnableUserAccessTokens = false;
        expectError(
            await api('GET', '/users/me', {token: token('alice', 'CI pipeline')}),
            401,
            'api.context.session_expired.app_error',
        );
        const bot = await api('GET', '/users/me', {token: token('build-bot', 'Deploy webhook')});
        expect(bot).toMatchObject({status: 200, body: {username: 'build-bot', is_bot: true}});
    });

    test('a token whose session already exists stops working when tokens are disabled', async () => {
        const secret = token('alice', 'CI pipeline');
        expect((await api('GET', '/users/me', {token: secret})).status).toBe(200);
        sb().config.EnableUserAccessTokens = false;
        expect((await api('GET', '/users/me', {token: secret})).status).toBe(401);
    });
});
