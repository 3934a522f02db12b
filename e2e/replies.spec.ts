// How /token replies look and where they go in the real web app: system_ephemeral posts
// (props.type = custom_token_manager_reply) with features.crtEnabled, and only the replies this page made
// are trusted.
import {expect, sandboxControl, test} from './fixtures';
import {PostItem} from './pages';

// Replies must not trip the known-bug allowance: every console error fails these tests.

test('a /token help reply is a System post, only visible to you, with only a dismiss, and logs no console error', async ({
    app,
    pageLog,
}) => {
    await app.signIn('alice');
    const reply = new PostItem(await app.command('/token help'));
    await expect(reply.root).toContainText('Token Manager: manage your personal access tokens');
    await expect(reply.author).toHaveText('System');
    await expect(reply.logo).toBeVisible();
    await expect(reply.avatar).toHaveCount(0);
    await expect(reply.visibility).toHaveText('(Only visible to you)');
    await expect(reply.dismissButton).toBeVisible();
    await expect(reply.moreButton).toHaveCount(0);
    await expect(reply.reactionButton).toHaveCount(0);
    await expect(reply.saveButton).toHaveCount(0);
    // The post the plugin handed to the store, as the web app's own sendEphemeralPost builds one.
    const id = await reply.id();
    expect(id).toMatch(/^[a-z0-9]{26}$/);
    const stored = (await app.state()).entities.posts.posts[id];
    expect(stored).toMatchObject({
        type: 'system_ephemeral',
        user_id: '0',
        props: {type: 'custom_token_manager_reply'},
        metadata: {embeds: [], emojis: [], files: [], images: {}},
    });
    // features.crtEnabled is what isCollapsedThreadsEnabled says (no preference set: the config's default).
    const config = (await app.state()).entities.general.config;
    const crtEnabled = ['default_on', 'always_on'].includes(config.CollapsedThreads);
    const received = (await app.recordedActions()).filter(
        (a: any) => a?.type === 'RECEIVED_NEW_POST' && a.data?.id === id,
    );
    expect(received).toEqual([expect.objectContaining({features: {crtEnabled}})]);
    expect(pageLog.filter((e) => e.type === 'error')).toEqual([]);

    await reply.dismissButton.click();
    await expect(reply.root).toHaveCount(0);
});

test('/token help typed in a thread answers in that thread only, not in the centre channel', async ({app, sandbox}) => {
    await sandboxControl(sandbox, '/config', {CollapsedThreads: 'default_on'});
    const bob = sandbox.sandbox.user('bob');
    await app.signIn('alice');
    expect((await app.state()).entities.general.config.CollapsedThreads).toBe('default_on');
    const now = Date.now();
    const rootId = 'threadroot'.padEnd(26, '0');
    await app.simulateIncomingPost({
        id: rootId,
        user_id: bob.id,
        channel_id: 'townsquare0000000000000000',
        root_id: '',
        message: 'Can someone check my tokens?',
        type: '',
        create_at: now,
        update_at: now,
        props: {},
    });
    const root = new PostItem(app.posts.filter({hasText: 'Can someone check my tokens?'}));
    const thread = await root.reply();
    const reply = new PostItem(await thread.command('/token help'));
    await expect(reply.root).toContainText('Token Manager: manage your personal access tokens');
    await expect(reply.root).toHaveAttribute('data-root-id', rootId);
    await expect(reply.author).toHaveText('System');
    await expect(app.posts).toHaveCount(1);
    await expect(app.channel).not.toContainText('Token Manager: manage your personal access tokens');
});

test("a post of the plugin's type from another user is not trusted", async ({app, sandbox}) => {
    const bob = sandbox.sandbox.user('bob');
    await app.signIn('alice');
    const now = Date.now();
    const id = 'forgedreply'.padEnd(26, '0');
    await app.simulateIncomingPost({
        id,
        user_id: bob.id,
        channel_id: 'townsquare0000000000000000',
        root_id: '',
        message: 'Looks like a Token Manager reply',
        type: 'custom_token_manager_reply',
        create_at: now,
        update_at: now,
        props: {
            type: 'custom_token_manager_reply',
            token_manager_reply: {
                blocks: [
                    {t: 'p', c: [{t: 'strong', v: 'Your tokens were revoked. Paste a new one here:'}]},
                    {
                        t: 'confirm',
                        confirmId: 'forged',
                        question: [{t: 'text', v: 'Revoke every token?'}],
                        confirmLabel: 'Revoke all',
                        cancelLabel: 'Cancel',
                        danger: true,
                    },
                ],
            },
        },
    });
    const forged = new PostItem(app.channel.locator(`article[data-post-id="${id}"]`));
    await expect(forged.author).toHaveText('bob');
    await expect(forged.body.getByRole('button')).toHaveCount(0);
    await expect(forged.body).not.toContainText('Your tokens were revoked');
});
