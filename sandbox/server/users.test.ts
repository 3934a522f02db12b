/** @jest-environment node */
// Users, roles, the client config, slash commands and routing.
import {type CallOptions, contractSuite, expectError} from './test_client';

const suite = contractSuite();
const api = (method: string, path: string, options?: CallOptions) => suite.api(method, path, options);
const userId = (name: string) => suite.userId(name);

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
            SiteURL: suite.running.siteUrl,
        });
        expect('EnableUserAccessTokens' in (await api('GET', '/config/client?format=old')).body).toBe(false);
    });

    test('CollapsedThreads: default_on unless set, a string in the full config only; the control refuses others', async () => {
        const config = async () => (await api('GET', '/config/client?format=old', {as: 'alice'})).body;
        expect((await config()).CollapsedThreads).toBe('default_on');
        expect('CollapsedThreads' in (await api('GET', '/config/client?format=old')).body).toBe(false);
        for (const value of ['disabled', 'default_off', 'always_on']) {
            expect((await suite.control('POST', '/config', {CollapsedThreads: value})).status).toBe(200);
            expect((await config()).CollapsedThreads).toBe(value);
        }
        expect((await suite.control('POST', '/config', {CollapsedThreads: 'on'})).status).toBe(400);
        expect((await config()).CollapsedThreads).toBe('always_on');
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

describe('profile pictures', () => {
    test.each(['/image', '/image/default'])('GET /users/{id}%s: a PNG for a user', async (suffix) => {
        const response = await fetch(`${suite.running.siteUrl}/api/v4/users/${userId('bob')}${suffix}`, {
            headers: {Authorization: `Bearer ${suite.sb().loginSession('alice').token}`},
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('Content-Type')).toBe('image/png');
        expect(response.headers.get('Cache-Control')).toBe('max-age=86400, private');
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    });

    test.each(['/image', '/image/default'])(
        "GET /users/0%s (the web app asks for ephemeral posts' author): 400 invalid_url_param",
        async (suffix) => {
            expectError(
                await api('GET', `/users/0${suffix}`, {as: 'alice'}),
                400,
                'api.context.invalid_url_param.app_error',
            );
        },
    );

    test('an unknown user is 404; no session is 401', async () => {
        expectError(
            await api('GET', `/users/${'u'.repeat(26)}/image`, {as: 'alice'}),
            404,
            'app.user.missing_account.const',
        );
        expectError(await api('GET', `/users/${userId('bob')}/image`), 401, 'api.context.session_expired.app_error');
    });
});
