// The sandbox host draws, routes and sends posts as the Mattermost web app does (see the comments in
// sandbox/host for the web app's files each behaviour follows): posts by type and user, threads, message
// hooks and Edit.
import type {Page} from '@playwright/test';

import {expect, FAILED_LOAD, sandboxControl, test} from './fixtures';
import {PostItem, type SandboxApp} from './pages';

const TOWN_SQUARE = 'townsquare0000000000000000';

let counter = 0;
function post(fields: Record<string, unknown>) {
    counter += 1;
    const id = `hostpost${String(counter).padStart(4, '0')}`.padEnd(26, 'x');
    const now = Date.now();
    return {
        id,
        user_id: '0',
        channel_id: TOWN_SQUARE,
        root_id: '',
        message: '',
        type: '',
        create_at: now,
        update_at: now,
        props: {},
        metadata: {embeds: [], emojis: [], files: [], images: {}},
        ...fields,
    };
}

// A second plugin, registered the way a plugin would be, with a post type that shows where its body came from.
async function registerTestPlugin(page: Page) {
    await page.evaluate(() => {
        const w = window as any;
        const registry = w.sandboxHost.registryFor('test-plugin');
        registry.registerPostTypeComponent('custom_test_card', ({post: p}: any) =>
            w.React.createElement('span', {className: 'test-card'}, `card: ${p.message}`),
        );
        w.__slashArgs = [];
        registry.registerSlashCommandWillBePostedHook((message: string, args: any) => {
            if (message.startsWith('/probe')) {
                w.__slashArgs.push(args);
                return {};
            }
            return {message, args};
        });
    });
}

async function postItem(app: SandboxApp, id: string): Promise<PostItem> {
    const item = new PostItem(app.page.locator(`[aria-label="Messages"] article[data-post-id="${id}"]`));
    await expect(item.root).toBeVisible();
    return item;
}

test('posts are drawn by type and by user, with the menus the web app gives each', async ({
    app,
    page,
    sandbox,
    pageLog,
    browserProblems,
}) => {
    const bob = sandbox.sandbox.user('bob');
    browserProblems.allowFailedRequest(/\/api\/v4\/users\/0\/image/, 'the server has no image for user 0 (400)');
    await app.signIn('alice');
    await registerTestPlugin(page);

    const ephemeral = post({type: 'system_ephemeral', message: 'Only **you** see this'});
    const join = post({type: 'system_join_channel', user_id: sandbox.sandbox.user('alice').id, message: 'joined'});
    const custom = post({type: 'custom_test_card', message: 'from user 0'});
    const systemWithCard = post({type: 'system_ephemeral', message: 'hello', props: {type: 'custom_test_card'}});
    const fromBob = post({type: '', user_id: bob.id, message: 'Hi **there**'});
    for (const p of [ephemeral, join, custom, systemWithCard, fromBob]) {
        await app.simulateIncomingPost(p);
    }

    // system_ephemeral: System, the logo, "(Only visible to you)", only the dismiss ×; the body is Markdown.
    const e = await postItem(app, ephemeral.id);
    await expect(e.author).toHaveText('System');
    await expect(e.logo).toBeVisible();
    await expect(e.avatar).toHaveCount(0);
    await expect(e.visibility).toHaveText('(Only visible to you)');
    await expect(e.dismissButton).toBeVisible();
    await expect(e.moreButton).toHaveCount(0);
    await expect(e.reactionButton).toHaveCount(0);
    await expect(e.saveButton).toHaveCount(0);
    await expect(e.body.locator('strong')).toHaveText('you');

    // Another system_ type: System and the logo, no menus at all, not "only visible to you".
    const j = await postItem(app, join.id);
    await expect(j.author).toHaveText('System');
    await expect(j.logo).toBeVisible();
    await expect(j.visibility).toHaveCount(0);
    await expect(j.root.getByRole('button')).toHaveCount(0);

    // Any other type is drawn with its user's profile: user "0" is unknown, "Someone", and its avatar is
    // requested from the server; the ordinary menu is there.
    const c = await postItem(app, custom.id);
    await expect(c.author).toHaveText('Someone');
    await expect(c.logo).toHaveCount(0);
    await expect(c.avatar).toHaveAttribute('src', /\/api\/v4\/users\/0\/image(\?_=0|\/default)$/);
    await expect(c.visibility).toHaveCount(0);
    await expect(c.dismissButton).toHaveCount(0);
    await expect(c.moreButton).toBeAttached();
    await expect(c.reactionButton).toBeAttached();
    await expect(c.saveButton).toBeAttached();
    await expect(c.body.locator('.test-card')).toHaveText('card: from user 0');
    // A failed avatar load is a console error, as in the web app.
    await expect
        .poll(() => pageLog.filter((l) => FAILED_LOAD.test(l.text) && /\/users\/0\/image/.test(l.url)).length)
        .toBeGreaterThan(0);

    // The body is chosen by props.type first: a System post with the card's body.
    const s = await postItem(app, systemWithCard.id);
    await expect(s.author).toHaveText('System');
    await expect(s.body.locator('.test-card')).toHaveText('card: hello');

    // A user the store did not know is looked up.
    const b = await postItem(app, fromBob.id);
    await expect(b.author).toHaveText('bob');
    await expect(b.avatar).toHaveAttribute('alt', 'bob profile image');
    await expect(b.body.locator('strong')).toHaveText('there');
    const menu = await b.openMenu();
    await expect(menu.getByRole('menuitem')).toHaveText([
        'Reply',
        'Forward',
        'Mark as Unread',
        'Save',
        'Pin to Channel',
        'Copy Link',
    ]);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    // The × removes an ephemeral post from the store.
    await e.dismissButton.click();
    await expect(e.root).toHaveCount(0);
    expect((await app.state()).entities.posts.posts[ephemeral.id]).toBeUndefined();
});

test('replies go to the centre channel only without features.crtEnabled; Reply opens the thread with root_id', async ({
    app,
    page,
    sandbox,
    browserProblems,
}) => {
    const bob = sandbox.sandbox.user('bob');
    browserProblems.allowFailedRequest(/\/api\/v4\/users\/0\/image/, 'the server has no image for user 0 (400)');
    await app.signIn('alice');
    await registerTestPlugin(page);
    const root = post({user_id: bob.id, message: 'Root of the thread'});
    await app.simulateIncomingPost(root);
    const dispatchReply = (reply: Record<string, unknown>, crtEnabled?: boolean) =>
        page.evaluate(
            ({r, crt}) =>
                (window as any).sandboxHost.store.dispatch({
                    type: 'RECEIVED_NEW_POST',
                    data: r,
                    ...(crt === undefined ? {} : {features: {crtEnabled: crt}}),
                }),
            {r: reply, crt: crtEnabled},
        );
    const withCrt = post({user_id: bob.id, root_id: root.id, message: 'reply with crtEnabled'});
    const withoutCrt = post({user_id: bob.id, root_id: root.id, message: 'reply without features'});
    await dispatchReply(withCrt, true);
    await dispatchReply(withoutCrt);
    await expect(app.channel.getByText('reply without features')).toBeVisible();
    await expect(app.channel.getByText('reply with crtEnabled')).toHaveCount(0);

    const thread = await (await postItem(app, root.id)).reply();
    await expect(thread.posts.first()).toContainText('Root of the thread');
    await expect(thread.posts).toHaveCount(3);
    await expect(thread.root.getByText('reply with crtEnabled')).toBeVisible();

    // A slash command typed in the thread carries the root post's id.
    await thread.command('/probe hello', {expectReply: false});
    await expect(thread.messageBox).toHaveValue('');
    expect(await page.evaluate(() => (window as any).__slashArgs)).toEqual([
        {channel_id: TOWN_SQUARE, team_id: 'sandboxteam000000000000000', root_id: root.id},
    ]);
    await thread.close();
});

test('collapsed reply threads follow the config and the Display › Threaded Discussions preference', async ({
    app,
    sandbox,
}) => {
    const bob = sandbox.sandbox.user('bob');
    await sandboxControl(sandbox, '/config', {CollapsedThreads: 'default_on'});
    await app.signIn('alice');
    const root = post({user_id: bob.id, message: 'A root post'});
    await app.simulateIncomingPost(root);
    await app.simulateIncomingPost(post({user_id: bob.id, root_id: root.id, message: 'a reply while on'}));
    await expect(app.channel.getByText('A root post')).toBeVisible();
    await expect(app.channel.getByText('a reply while on')).toHaveCount(0);

    const settings = await app.openSettingsTab('Display');
    const group = settings.getByRole('group', {name: 'Threaded Discussions'});
    await expect(group.getByRole('radio', {name: 'On'})).toBeChecked();
    await group.getByRole('radio', {name: 'Off'}).check();
    await app.settings.close();
    expect(
        (await app.state()).entities.preferences.myPreferences['display_settings--collapsed_reply_threads'],
    ).toMatchObject({value: 'off'});
    await app.simulateIncomingPost(post({user_id: bob.id, root_id: root.id, message: 'a reply while off'}));
    await expect(app.channel.getByText('a reply while off')).toBeVisible();
});

test('message hooks run in order; {error} keeps the draft; Edit runs the update hook', async ({app, page}) => {
    await app.signIn('alice');
    await page.evaluate(() => {
        const w = window as any;
        const registry = w.sandboxHost.registryFor('test-hooks');
        w.__updated = [];
        registry.registerMessageWillBePostedHook(async (p: any) => {
            if (p.message.includes('forbidden')) {
                return {error: {message: 'Not that word.'}};
            }
            if (p.message.includes('explode')) {
                throw new Error('hook failed');
            }
            return {post: {...p, message: `${p.message} (checked)`}};
        });
        registry.registerMessageWillBeUpdatedHook((newPost: any, oldPost: any) => {
            w.__updated.push({newPost, oldMessage: oldPost.message});
            return newPost.message.includes('forbidden')
                ? {error: {message: 'Not in an edit either.'}}
                : {post: {...newPost, message: `${newPost.message} (edited)`}};
        });
    });

    await app.command('a forbidden word', {expectReply: false});
    await expect(page.getByRole('alert')).toHaveText('Not that word.');
    await expect(app.messageBox).toHaveValue('a forbidden word');

    await app.command('explode', {expectReply: false});
    await expect(app.messageBox).toHaveValue('explode');
    await expect(app.posts).toHaveCount(0);

    const sent = new PostItem(await app.command('hello'));
    await expect(sent.body).toHaveText('hello (checked)');
    await expect(sent.author).toHaveText('alice');
    await expect(app.messageBox).toHaveValue('');

    await sent.edit('a forbidden edit');
    await expect(sent.root.getByRole('alert')).toHaveText('Not in an edit either.');
    await sent.root.getByRole('textbox', {name: 'Edit message'}).fill('hello again');
    await sent.root.getByRole('textbox', {name: 'Edit message'}).press('Enter');
    await expect(sent.body).toContainText('hello again (edited)');
    await expect(sent.body).toContainText('Edited');
    const updated = await page.evaluate(() => (window as any).__updated);
    expect(updated[1]).toEqual({
        newPost: {message: 'hello again', id: await sent.id(), channel_id: TOWN_SQUARE},
        oldMessage: 'hello (checked)',
    });
});

test('a sent message and an edit reach the server', async ({app, sandbox}) => {
    await app.signIn('alice');
    const sent = new PostItem(await app.command('kept on the server'));
    await sent.edit('edited on the server');
    await expect(sent.body).toContainText('edited on the server');
    const id = await sent.id();
    expect(sandbox.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/posts')).toMatchObject([
        {status: 201},
    ]);
    expect(sandbox.sandbox.requests.find((r) => r.path === `/posts/${id}/patch`)).toMatchObject({status: 200});
    const stored = await (await fetch(`${sandbox.siteUrl}/sandbox/posts`)).json();
    expect(JSON.stringify(stored)).toContain('edited on the server');
});
