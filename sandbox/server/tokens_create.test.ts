/** @jest-environment node */
// The token create endpoint (token-api.md §5): success, each documented error in the server's check order,
// the server switch and the expiry policy.
import {type CallOptions, contractSuite, expectError, ID} from './test_client';

const suite = contractSuite();
const api = (method: string, path: string, options?: CallOptions) => suite.api(method, path, options);
const sb = () => suite.sb();
const userId = (name: string) => suite.userId(name);

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
