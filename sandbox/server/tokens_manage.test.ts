/** @jest-environment node */
// The token read and management endpoints (token-api.md §5-6): lists and paging, get, revoke, disable,
// enable, search, rotate, the non-compliant routes and the sessions tokens make.
import {type CallOptions, contractSuite, expectError, ID} from './test_client';

const suite = contractSuite();
const api = (method: string, path: string, options?: CallOptions) => suite.api(method, path, options);
const sb = () => suite.sb();
const userId = (name: string) => suite.userId(name);
const tokensOf = (name: string) => sb().tokensOf(name);

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
        expect((await api('GET', '/users/me', {token: call.body.token})).body.username).toBe('alice');
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
