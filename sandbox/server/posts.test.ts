/** @jest-environment node */
// createPost and patchPost (api4/post.go), and GET /sandbox/posts to read what reached the server.
import {contractSuite, expectError, ID, type CallOptions} from './test_client';

const suite = contractSuite();
const api = (method: string, path: string, options?: CallOptions) => suite.api(method, path, options);
const TOWN_SQUARE = 'townsquare0000000000000000';

const post = (as: string, body: Record<string, unknown>) =>
    api('POST', '/posts', {as, body: {channel_id: TOWN_SQUARE, ...body}});

describe('POST /posts', () => {
    test('201 with the saved post: a server id, create_at, and the session user as author', async () => {
        const before = Date.now();
        const call = await post('alice', {message: 'hello', user_id: 'someoneelsexxxxxxxxxxxxxxx', props: {a: 1}});
        expect(call.status).toBe(201);
        expect(call.body).toMatchObject({
            id: expect.stringMatching(ID),
            channel_id: TOWN_SQUARE,
            user_id: suite.userId('alice'),
            message: 'hello',
            root_id: '',
            type: '',
            props: {a: 1},
            edit_at: 0,
            delete_at: 0,
        });
        expect(call.body.create_at).toBeGreaterThanOrEqual(before);
        expect(call.body.update_at).toBe(call.body.create_at);
        expect((await suite.control('GET', '/posts')).body).toEqual([
            expect.objectContaining({id: call.body.id, message: 'hello'}),
        ]);
    });

    test('a reply names its root; a custom_ type is accepted from anyone', async () => {
        const root = (await post('alice', {message: 'root'})).body;
        const reply = await post('bob', {message: 'reply', root_id: root.id, type: 'custom_token_manager_reply'});
        expect(reply).toMatchObject({status: 201, body: {root_id: root.id, type: 'custom_token_manager_reply'}});
        const posts = (await suite.control('GET', '/posts')).body;
        expect(posts.find((p: {id: string}) => p.id === root.id).reply_count).toBe(1);
    });

    test.each([
        ['no session', undefined, {message: 'x'}, 401, 'api.context.session_expired.app_error'],
        ['a body that is not an object', 'alice', 'x', 400, 'api.context.invalid_body_param.app_error'],
        ['a message that is not a string', 'alice', {message: 5}, 400, 'api.context.invalid_body_param.app_error'],
        ['an unknown channel', 'alice', {channel_id: 'x'.repeat(26)}, 403, 'api.context.permissions.app_error'],
        ['an unknown root', 'alice', {root_id: 'r'.repeat(26)}, 400, 'api.post.create_post.root_id.app_error'],
        [
            'a message over 16383 characters',
            'alice',
            {message: 'é'.repeat(16384)},
            400,
            'model.post.is_valid.msg.app_error',
        ],
        [
            'a system type that is not system_',
            'alice',
            {type: 'slack_attachment'},
            400,
            'model.post.is_valid.type.app_error',
        ],
    ])('%s: refused', async (_what, as, body, status, id) => {
        const options = typeof body === 'string' ? {as, raw: body} : {as, body: {channel_id: TOWN_SQUARE, ...body}};
        expectError(await api('POST', '/posts', options), status, id);
        expect(suite.sb().store.posts.size).toBe(0);
    });
});

describe('PUT /posts/{post_id}/patch', () => {
    test("edits the author's own message and sets edit_at", async () => {
        const created = (await post('alice', {message: 'first'})).body;
        const call = await api('PUT', `/posts/${created.id}/patch`, {as: 'alice', body: {message: 'second'}});
        expect(call).toMatchObject({status: 200, body: {id: created.id, message: 'second'}});
        expect(call.body.edit_at).toBeGreaterThanOrEqual(created.create_at);
        expect((await suite.control('GET', '/posts')).body[0].message).toBe('second');
    });

    test("another user's post needs edit_others_posts; an unknown post is a permission error too", async () => {
        const created = (await post('alice', {message: 'mine'})).body;
        expectError(
            await api('PUT', `/posts/${created.id}/patch`, {as: 'bob', body: {message: 'x'}}),
            403,
            'api.context.permissions.app_error',
        );
        expect((await api('PUT', `/posts/${created.id}/patch`, {as: 'admin', body: {message: 'ok'}})).status).toBe(200);
        expectError(
            await api('PUT', `/posts/${'p'.repeat(26)}/patch`, {as: 'alice', body: {message: 'x'}}),
            403,
            'api.context.permissions.app_error',
        );
        expectError(
            await api('PUT', '/posts/short/patch', {as: 'alice', body: {message: 'x'}}),
            400,
            'api.context.invalid_url_param.app_error',
        );
    });
});
