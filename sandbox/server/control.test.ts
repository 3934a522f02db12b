/** @jest-environment node */
// The sandbox's control API: users (locale, roles, deactivation), seeds and server generations.
import {contractSuite, type CallOptions} from './test_client';

const suite = contractSuite();
const api = (method: string, path: string, options?: CallOptions) => suite.api(method, path, options);
const sb = () => suite.sb();

describe('POST /sandbox/users/{username}', () => {
    test('changes locale and roles; the API sees them at once', async () => {
        const call = await suite.control('POST', '/users/bob', {
            locale: 'de',
            roles: 'system_user system_user_access_token',
        });
        expect(call.body).toMatchObject({username: 'bob', locale: 'de', roles: 'system_user system_user_access_token'});
        const me = await api('GET', '/users/me', {as: 'bob'});
        expect(me.body).toMatchObject({locale: 'de', roles: 'system_user system_user_access_token'});
        expect((await api('GET', '/users/me/tokens', {as: 'bob'})).status).toBe(200);
    });

    test("deactivating ends the user's sessions, tokens' included; reactivating lets the token work again", async () => {
        const secret = sb().tokensOf('alice')[0].token;
        const web = sb().loginSession('alice');
        expect((await api('GET', '/users/me', {token: secret})).status).toBe(200);
        const deactivated = await suite.control('POST', '/users/alice', {deleted: true});
        expect(deactivated.body.delete_at).toBeGreaterThan(0);
        expect((await api('GET', '/users/me', {token: secret})).status).toBe(401);
        expect((await api('GET', '/users/me', {token: web.token})).status).toBe(401);
        expect((await api('POST', '/users/login', {body: {login_id: 'alice', password: 'password'}})).body.id).toBe(
            'api.user.login.inactive.app_error',
        );
        expect((await suite.control('POST', '/users/alice', {deleted: false})).body.delete_at).toBe(0);
        expect((await api('GET', '/users/me', {token: secret})).body.username).toBe('alice');
    });

    test('an unknown user is 404, a wrong type 400; GET /sandbox/users shows locales', async () => {
        expect((await suite.control('POST', '/users/nobody', {locale: 'de'})).status).toBe(404);
        expect((await suite.control('POST', '/users/bob', {deleted: 'yes'})).status).toBe(400);
        expect((await suite.control('POST', '/users/bob', {roles: ['system_user']})).status).toBe(400);
        const users = (await suite.control('GET', '/users')).body;
        expect(users.find((u: {username: string}) => u.username === 'bob')).toMatchObject({
            locale: 'en',
            is_bot: false,
        });
    });

    test('POST /sandbox/roles still works', async () => {
        expect(
            (await suite.control('POST', '/roles', {username: 'bob', roles: 'system_user system_admin'})).status,
        ).toBe(200);
        expect(sb().user('bob').roles).toBe('system_user system_admin');
    });
});

describe('seeds and generations', () => {
    test('POST /sandbox/reset takes the seed names and refuses others', async () => {
        expect((await suite.control('POST', '/reset', {seed: 'empty'})).body).toEqual({
            status: 'OK',
            tokens: 0,
            users: 1,
        });
        expect((await suite.control('POST', '/reset', {seed: 'large'})).body).toMatchObject({
            tokens: 10000,
            users: 2000,
        });
        expect((await suite.control('POST', '/reset', {seed: 'huge'})).body).toMatchObject({
            tokens: 100000,
            users: 20000,
        });
        expect((await suite.control('POST', '/reset', {seed: 'enormous'})).status).toBe(400);
        expect((await suite.control('POST', '/feature', {level: 'ancient'})).status).toBe(400);
        expect((await suite.control('POST', '/feature', {level: 'classic'})).body).toEqual({level: 'classic'});
    });

    test('a body that is not JSON is 400; an unknown control 404', async () => {
        const response = await fetch(`${suite.running.siteUrl}/sandbox/config`, {method: 'POST', body: '{'});
        expect(response.status).toBe(400);
        expect((await suite.control('GET', '/nothing')).status).toBe(404);
    });
});
