/** @jest-environment node */
// The sandbox's fidelity to shared/mattermost/token-api.md: every endpoint, its success and its documented
// errors, in the server's check order.
import {startSandbox, type RunningSandbox} from './server';
import {apiClient} from './test_client';

const ID = /^[a-km-uw-z13-9]{26}$/;

let running: RunningSandbox;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
    running = await startSandbox();
    api = apiClient(running);
});
afterAll(() => running.close());
beforeEach(() => running.sandbox.reset());

const sb = () => running.sandbox;
const userId = (name: string) => sb().user(name).id;
const tokensOf = (name: string) => sb().tokensOf(name);

function expectError(call: {status: number; body: any; headers: Headers}, status: number, id: string) {
    expect(call.status).toBe(status);
    expect(call.body).toMatchObject({id, status_code: status, detailed_error: ''});
    expect(call.body.request_id).toMatch(ID);
    expect(typeof call.body.message).toBe('string');
    expect(call.headers.get('Content-Type')).toBe('application/json');
    expect(call.headers.get('X-Request-Id')).toBe(call.body.request_id);
}

describe('authentication', () => {
    test('no session: 401 session_expired', async () => {
        expectError(await api('GET', '/users/me'), 401, 'api.context.session_expired.app_error');
    });

    test('login sets the session cookies and a Token header; logout ends the session', async () => {
        const response = await fetch(`${running.siteUrl}/api/v4/users/login`, {
            method: 'POST',
            body: JSON.stringify({login_id: 'alice', password: 'password'}),
        });
        expect(response.status).toBe(200);
        const cookies = response.headers.getSetCookie();
        expect(cookies.find((c) => c.startsWith('MMAUTHTOKEN='))).toMatch(/HttpOnly/);
        expect(cookies.some((c) => c.startsWith('MMCSRF='))).toBe(true);
        expect(cookies.some((c) => c.startsWith('MMUSERID='))).toBe(true);
        const token = response.headers.get('Token')!;
        expect((await api('GET', '/users/me', {token})).body.username).toBe('alice');
        expect((await api('POST', '/users/logout', {token})).status).toBe(200);
        expect((await api('GET', '/users/me', {token})).status).toBe(401);
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
            fetch(`${running.siteUrl}/api/v4/users/tokens/disable`, {
                method: 'POST',
                headers: {...cookie, ...headers},
                body: JSON.stringify({token_id: tokensOf('alice')[0].id}),
            });
        expect((await write({})).status).toBe(401);
        expect((await write({'X-CSRF-Token': 'wrong'})).status).toBe(401);
        expect((await write({'X-CSRF-Token': session.props.csrf})).status).toBe(200);
        expect((await write({'X-Requested-With': 'XMLHttpRequest'})).status).toBe(200);
        expect((await fetch(`${running.siteUrl}/api/v4/users/me`, {headers: cookie})).status).toBe(200);
    });
});

describe('POST /users/{user_id}/tokens', () => {
    test('creates a token and returns its secret once, with 200', async () => {
        const call = await api('POST', '/users/me/tokens', {
            as: 'alice',
            body: {description: 'CI', is_active: false, token: 'mine', id: 'x'},
        });
        expect(call.status).toBe(200);
        expect(call.body).toEqual({
            id: expect.stringMatching(ID),
            token: expect.stringMatching(ID),
            user_id: userId('alice'),
            description: 'CI',
            is_active: true,
            expires_at: 0,
        });
        expect(call.body.token).not.toBe('mine');
        const listed = await api('GET', '/users/me/tokens', {as: 'alice'});
        const again = listed.body.find((t: {id: string}) => t.id === call.body.id);
        expect(again).toEqual({
            id: call.body.id,
            user_id: userId('alice'),
            description: 'CI',
            is_active: true,
            expires_at: 0,
        });
        expect('token' in again).toBe(false);
    });

    test.each([
        [
            'a malformed user id',
            'POST',
            '/users/short/tokens',
            'alice',
            {description: 'x'},
            400,
            'api.context.invalid_url_param.app_error',
        ],
        [
            'an unknown user',
            'POST',
            '/users/aaaaaaaaaaaaaaaaaaaaaaaaaa/tokens',
            'alice',
            {description: 'x'},
            404,
            'app.user.missing_account.const',
        ],
        [
            'a body that is not an object',
            'POST',
            '/users/me/tokens',
            'alice',
            '"x"',
            400,
            'api.context.invalid_body_param.app_error',
        ],
        [
            'an empty description',
            'POST',
            '/users/me/tokens',
            'alice',
            {description: ''},
            400,
            'api.context.invalid_body_param.app_error',
        ],
        [
            'an empty description, before permissions',
            'POST',
            '/users/me/tokens',
            'bob',
            {description: ''},
            400,
            'api.context.invalid_body_param.app_error',
        ],
        [
            'no token role',
            'POST',
            '/users/me/tokens',
            'bob',
            {description: 'x'},
            403,
            'api.context.permissions.app_error',
        ],
        [
            'a 256-byte description',
            'POST',
            '/users/me/tokens',
            'alice',
            {description: 'é'.repeat(128)},
            400,
            'model.user_access_token.is_valid.description.app_error',
        ],
        [
            'an expiry in the past',
            'POST',
            '/users/me/tokens',
            'alice',
            {description: 'x', expires_at: 1000},
            400,
            'app.user_access_token.expires_at_in_past.app_error',
        ],
    ])('rejects %s', async (_what, method, path, as, body, status, id) => {
        const options = typeof body === 'string' ? {as, raw: body} : {as, body};
        expectError(await api(method, path, options), status, id);
    });

    test('a 255-byte description is accepted', async () => {
        expect(
            (await api('POST', '/users/me/tokens', {as: 'alice', body: {description: 'é'.repeat(127) + 'x'}})).status,
        ).toBe(200);
    });

    test("another user's tokens need edit_other_users, and a System Admin's need manage_system", async () => {
        expectError(
            await api('POST', `/users/${userId('bob')}/tokens`, {as: 'alice', body: {description: 'x'}}),
            403,
            'api.context.permissions.app_error',
        );
        expect(
            (await api('POST', `/users/${userId('alice')}/tokens`, {as: 'manager', body: {description: 'x'}})).status,
        ).toBe(200);
        expectError(
            await api('POST', `/users/${userId('admin')}/tokens`, {as: 'manager', body: {description: 'x'}}),
            403,
            'api.context.permissions.app_error',
        );
    });

    test('disabled on the server: 501, bots exempt', async () => {
        sb().config.EnableUserAccessTokens = false;
        expectError(
            await api('POST', '/users/me/tokens', {as: 'alice', body: {description: 'x'}}),
            501,
            'app.user_access_token.disabled',
        );
        expect(
            (await api('POST', `/users/${userId('build-bot')}/tokens`, {as: 'admin', body: {description: 'x'}})).status,
        ).toBe(200);
    });

    test('a maximum lifetime policy requires an expiry within it', async () => {
        sb().config.MaximumPersonalAccessTokenLifetimeDays = 30;
        expectError(
            await api('POST', '/users/me/tokens', {as: 'alice', body: {description: 'x'}}),
            400,
            'app.user_access_token.expires_at_required.app_error',
        );
        const far = await api('POST', '/users/me/tokens', {
            as: 'alice',
            body: {description: 'x', expires_at: Date.now() + 31 * 86400000},
        });
        expectError(far, 400, 'app.user_access_token.expires_at_too_far.app_error');
        expect(far.body.message).toContain('30');
        expect(
            (
                await api('POST', '/users/me/tokens', {
                    as: 'alice',
                    body: {description: 'x', expires_at: Date.now() + 29 * 86400000},
                })
            ).status,
        ).toBe(200);
    });

    test('classic servers have no expires_at at all', async () => {
        sb().featureLevel = 'classic';
        const call = await api('POST', '/users/me/tokens', {
            as: 'alice',
            body: {description: 'x', expires_at: Date.now() + 86400000},
        });
        expect(call.status).toBe(200);
        expect('expires_at' in call.body).toBe(false);
        const config = await api('GET', '/config/client?format=old', {as: 'alice'});
        expect('MaximumPersonalAccessTokenLifetimeDays' in config.body).toBe(false);
    });
});

describe('GET /users/{user_id}/tokens and GET /users/tokens', () => {
    test('lists without secrets; unknown users get []', async () => {
        const call = await api('GET', '/users/me/tokens', {as: 'alice'});
        expect(call.status).toBe(200);
        expect(call.body).toHaveLength(4);
        expect(call.body.every((t: object) => !('token' in t))).toBe(true);
        expect((await api('GET', '/users/aaaaaaaaaaaaaaaaaaaaaaaaaa/tokens', {as: 'admin'})).body).toEqual([]);
    });

    test('needs read_user_access_token, even for your own tokens', async () => {
        expectError(await api('GET', '/users/me/tokens', {as: 'bob'}), 403, 'api.context.permissions.app_error');
        expectError(
            await api('GET', `/users/${userId('bob')}/tokens`, {as: 'alice'}),
            403,
            'api.context.permissions.app_error',
        );
        expect((await api('GET', `/users/${userId('alice')}/tokens`, {as: 'manager'})).status).toBe(200);
    });

    test('all tokens need manage_system', async () => {
        expectError(await api('GET', '/users/tokens', {as: 'alice'}), 403, 'api.context.permissions.app_error');
        const call = await api('GET', '/users/tokens?per_page=200', {as: 'admin'});
        expect(call.body).toHaveLength(sb().store.tokens.size);
    });

    test('paging: per_page clamps to 200, 0 gives [], garbage gives 60, past the end gives []', async () => {
        sb().reset('large');
        const count = async (query: string) => (await api('GET', `/users/tokens?${query}`, {as: 'admin'})).body.length;
        expect(await count('per_page=500')).toBe(200);
        expect(await count('per_page=0')).toBe(0);
        expect(await count('per_page=abc')).toBe(60);
        expect(await count('per_page=-5')).toBe(60);
        expect(await count('page=49&per_page=200')).toBe(200);
        expect(await count('page=50&per_page=200')).toBe(0);
        expect(await count('page=-1&per_page=10')).toBe(10);
    });
});

describe('GET /users/tokens/{token_id}', () => {
    test('returns one token without its secret', async () => {
        const token = tokensOf('alice')[0];
        const call = await api('GET', `/users/tokens/${token.id}`, {as: 'alice'});
        expect(call.body).toMatchObject({id: token.id, user_id: token.user_id});
        expect('token' in call.body).toBe(false);
    });

    test("400 for a malformed id, 404 for an unknown one, 403 for another user's", async () => {
        expectError(
            await api('GET', '/users/tokens/short', {as: 'alice'}),
            400,
            'api.context.invalid_url_param.app_error',
        );
        expectError(
            await api('GET', '/users/tokens/revoke', {as: 'alice'}),
            400,
            'api.context.invalid_url_param.app_error',
        );
        expectError(
            await api('GET', '/users/tokens/aaaaaaaaaaaaaaaaaaaaaaaaaa', {as: 'alice'}),
            404,
            'app.user_access_token.get_by_user.app_error',
        );
        expectError(
            await api('GET', `/users/tokens/${tokensOf('admin')[0].id}`, {as: 'alice'}),
            403,
            'api.context.permissions.app_error',
        );
        expectError(
            await api('GET', '/users/tokens/aaaaaaaaaaaaaaaaaaaaaaaaaa', {as: 'bob'}),
            403,
            'api.context.permissions.app_error',
        );
    });
});

describe('revoke, disable, enable', () => {
    test('disable and enable flip is_active, idempotently, with {"status":"OK"}', async () => {
        const token = tokensOf('alice')[0];
        for (let i = 0; i < 2; i++) {
            const call = await api('POST', '/users/tokens/disable', {as: 'alice', body: {token_id: token.id}});
            expect(call).toMatchObject({status: 200, body: {status: 'OK'}});
            expect(token.is_active).toBe(false);
        }
        expect((await api('POST', '/users/tokens/enable', {as: 'alice', body: {token_id: token.id}})).body).toEqual({
            status: 'OK',
        });
        expect(token.is_active).toBe(true);
    });

    test('revoke deletes for good: a second revoke is 404', async () => {
        const token = tokensOf('alice')[0];
        expect((await api('POST', '/users/tokens/revoke', {as: 'alice', body: {token_id: token.id}})).body).toEqual({
            status: 'OK',
        });
        expect(sb().store.tokens.has(token.id)).toBe(false);
        expectError(
            await api('POST', '/users/tokens/revoke', {as: 'alice', body: {token_id: token.id}}),
            404,
            'app.user_access_token.get_by_user.app_error',
        );
    });

    test.each(['revoke', 'disable', 'enable'])(
        '%s: a missing token_id or a bad body is 404 (the 400 is overwritten), no permission 403',
        async (action) => {
            expectError(
                await api('POST', `/users/tokens/${action}`, {as: 'alice', body: {}}),
                404,
                'app.user_access_token.get_by_user.app_error',
            );
            expectError(
                await api('POST', `/users/tokens/${action}`, {as: 'alice', raw: 'not json'}),
                404,
                'app.user_access_token.get_by_user.app_error',
            );
            expectError(
                await api('POST', `/users/tokens/${action}`, {as: 'bob', body: {token_id: tokensOf('bob')[0].id}}),
                403,
                'api.context.permissions.app_error',
            );
            expectError(
                await api('POST', `/users/tokens/${action}`, {as: 'alice', body: {token_id: tokensOf('admin')[0].id}}),
                403,
                'api.context.permissions.app_error',
            );
        },
    );

    test('enable works while tokens are disabled on the server', async () => {
        sb().config.EnableUserAccessTokens = false;
        const token = tokensOf('alice').find((t) => !t.is_active)!;
        expect((await api('POST', '/users/tokens/enable', {as: 'alice', body: {token_id: token.id}})).status).toBe(200);
    });
});

describe('sessions made from tokens', () => {
    test('a token authenticates lazily; its session carries its id; disable and revoke delete it', async () => {
        const token = tokensOf('alice')[0];
        expect((await api('GET', '/users/me', {token: token.token})).body.username).toBe('alice');
        const sessions = await api('GET', '/users/me/sessions', {as: 'alice'});
        const pat = sessions.body.find((s: any) => s.props.type === 'UserAccessToken');
        expect(pat).toMatchObject({token: '', props: {user_access_token_id: token.id, is_guest: 'false'}});
        await api('POST', '/users/tokens/disable', {as: 'alice', body: {token_id: token.id}});
        expect((await api('GET', '/users/me', {token: token.token})).status).toBe(401);
        const after = await api('GET', '/users/me/sessions', {as: 'alice'});
        expect(after.body.some((s: any) => s.props.type === 'UserAccessToken')).toBe(false);
    });

    test('expired, disabled-on-server and deactivated-owner tokens cannot log in', async () => {
        const expired = tokensOf('alice').find((t) => t.description === 'Expired experiment')!;
        expect((await api('GET', '/users/me', {token: expired.token})).status).toBe(401);
        expect((await api('GET', '/users/me', {token: tokensOf('dave')[0].token})).status).toBe(401);
        const working = tokensOf('alice')[0];
        expect((await api('GET', '/users/me', {token: working.token})).status).toBe(200);
        sb().config.EnableUserAccessTokens = false;
        expectError(
            await api('GET', '/users/me', {token: working.token}),
            401,
            'api.context.session_expired.app_error',
        );
    });

    test("another user's sessions need edit_other_users", async () => {
        expectError(
            await api('GET', `/users/${userId('bob')}/sessions`, {as: 'alice'}),
            403,
            'api.context.permissions.app_error',
        );
        expect((await api('GET', `/users/${userId('alice')}/sessions`, {as: 'manager'})).status).toBe(200);
    });
});

describe('POST /users/tokens/search', () => {
    test('exact match on token id, user id or username; admins only', async () => {
        const token = tokensOf('alice')[0];
        const search = async (term: string) =>
            (await api('POST', '/users/tokens/search', {as: 'admin', body: {term}})).body
                .map((t: {id: string}) => t.id)
                .sort();
        expect(await search(token.id)).toEqual([token.id]);
        expect(await search('alice')).toEqual(
            tokensOf('alice')
                .map((t) => t.id)
                .sort(),
        );
        expect(await search(userId('alice'))).toEqual(
            tokensOf('alice')
                .map((t) => t.id)
                .sort(),
        );
        expect(await search('ali')).toEqual([]);
        expect(await search('ALICE')).toEqual([]);
        expectError(
            await api('POST', '/users/tokens/search', {as: 'admin', body: {term: ''}}),
            400,
            'api.context.invalid_body_param.app_error',
        );
        expectError(
            await api('POST', '/users/tokens/search', {as: 'alice', body: {term: 'alice'}}),
            403,
            'api.context.permissions.app_error',
        );
    });
});

describe('POST /users/tokens/rotate', () => {
    test('gives a new secret for the same id and ends the old one', async () => {
        const token = tokensOf('alice')[0];
        const old = token.token;
        const call = await api('POST', '/users/tokens/rotate', {as: 'alice', body: {token_id: token.id}});
        expect(call.status).toBe(200);
        expect(call.body).toMatchObject({id: token.id, token: expect.stringMatching(ID)});
        expect(call.body.token).not.toBe(old);
        expect((await api('GET', '/users/me', {token: old})).status).toBe(401);
    });

    test('400 for an empty id or a disabled token; 405 where the server has no rotate route', async () => {
        expectError(
            await api('POST', '/users/tokens/rotate', {as: 'bob', body: {token_id: ''}}),
            400,
            'api.context.invalid_body_param.app_error',
        );
        const disabled = tokensOf('alice').find((t) => !t.is_active)!;
        expectError(
            await api('POST', '/users/tokens/rotate', {as: 'alice', body: {token_id: disabled.id}}),
            400,
            'api.user.rotate_user_access_token.disabled_token.app_error',
        );
        sb().featureLevel = 'expiry';
        expect((await api('POST', '/users/tokens/rotate', {as: 'alice', body: {token_id: ''}})).status).toBe(405);
    });
});

describe('non-compliant tokens', () => {
    test('count and revoke follow the maximum lifetime policy', async () => {
        expect((await api('GET', '/users/tokens/non_compliant/count', {as: 'admin'})).body).toEqual({count: 0});
        expectError(
            await api('POST', '/users/tokens/non_compliant/revoke', {as: 'admin'}),
            400,
            'app.user_access_token.revoke_non_compliant.no_policy.app_error',
        );
        sb().config.MaximumPersonalAccessTokenLifetimeDays = 30;
        const {count} = (await api('GET', '/users/tokens/non_compliant/count', {as: 'admin'})).body;
        expect(count).toBeGreaterThan(0);
        expect((await api('POST', '/users/tokens/non_compliant/revoke', {as: 'admin'})).body).toEqual({count});
        expectError(
            await api('GET', '/users/tokens/non_compliant/count', {as: 'alice'}),
            403,
            'api.context.permissions.app_error',
        );
    });
});

describe('users, roles, config, plugins, commands', () => {
    test('users by ids and by username; email only for admins and yourself', async () => {
        const ids = [userId('alice'), userId('bob'), 'aaaaaaaaaaaaaaaaaaaaaaaaaa'];
        const asAlice = await api('POST', '/users/ids', {as: 'alice', body: ids});
        expect(asAlice.body.map((u: {username: string}) => u.username).sort()).toEqual(['alice', 'bob']);
        expect(asAlice.body.find((u: any) => u.username === 'bob').email).toBe('');
        expect(
            (await api('POST', '/users/ids', {as: 'admin', body: ids})).body.find((u: any) => u.username === 'bob')
                .email,
        ).toBe('bob@example.com');
        expect((await api('GET', '/users/username/bob', {as: 'alice'})).body.id).toBe(userId('bob'));
        expectError(await api('GET', '/users/username/nobody', {as: 'alice'}), 404, 'app.user.missing_account.const');
    });

    test('roles by name carry their permissions', async () => {
        const call = await api('POST', '/roles/names', {
            as: 'alice',
            body: ['system_user', 'system_user_access_token'],
        });
        expect(call.body.find((r: any) => r.name === 'system_user_access_token').permissions).toEqual([
            'create_user_access_token',
            'read_user_access_token',
            'revoke_user_access_token',
        ]);
    });

    test('the client config gives EnableUserAccessTokens as a string to signed-in users only', async () => {
        expect((await api('GET', '/config/client?format=old', {as: 'alice'})).body).toMatchObject({
            EnableUserAccessTokens: 'true',
            MaximumPersonalAccessTokenLifetimeDays: '0',
            SiteURL: running.siteUrl,
        });
        expect('EnableUserAccessTokens' in (await api('GET', '/config/client?format=old')).body).toBe(false);
    });

    test('slash commands no server knows: 404 with the trigger', async () => {
        const call = await api('POST', '/commands/execute', {
            as: 'alice',
            body: {command: '/token help', channel_id: 'x'},
        });
        expectError(call, 404, 'api.command.execute_command.not_found.app_error');
        expect(call.body.message).toContain("'token'");
    });

    test('unknown routes: 404', async () => {
        expectError(await api('GET', '/nothing/here', {as: 'alice'}), 404, 'api.context.404.app_error');
    });
});

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
