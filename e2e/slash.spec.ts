// /token typed into the sandbox's message box as each kind of user, end to end in Chromium.
import {expect, test} from './fixtures';
import {PostItem} from './pages';
import {huntSecret} from './secret_hunt';

const REVEAL = '.token-manager-reveal';

test.describe('with the clipboard', () => {
    test.use({permissions: ['clipboard-read', 'clipboard-write']});

    test('a regular user creates a token, copies the secret once, and it is redacted', async ({
        app,
        page,
        sandbox,
        pageLog,
        expectAccessible,
    }) => {
        await app.signIn('alice');
        const reply = await app.command('/token create Laptop CLI --expires 30d');
        const secretBox = reply.getByRole('textbox', {name: 'Access token (the secret)'});
        await expect(secretBox).toHaveValue(/\S/);
        const secret = await secretBox.inputValue();
        const created = sandbox.sandbox.tokensOf('alice').find((t) => t.description === 'Laptop CLI')!;
        expect(secret).toBe(created.token);
        await expect(reply).toContainText(`with ID ${created.id}`);
        await expect(reply).toContainText('is not the secret');
        // The DOM outside the reveal, storage, cookies, the URL, the console: nowhere but the reveal.
        const outsideStore = (await huntSecret(page, secret, {allowedIn: REVEAL, log: pageLog})).filter(
            (s) => s.where !== 'recorded action' && s.where !== 'store state',
        );
        expect(outsideStore).toEqual([]);
        await expectAccessible(new PostItem(reply).body);

        await reply.getByRole('button', {name: 'Copy'}).click();
        await expect(reply.getByText('Copied to the clipboard.')).toBeVisible();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
        await reply.getByRole('button', {name: 'I have copied it'}).click();
        await expect(reply.getByText('Secret hidden.')).toBeVisible();
        await expect(reply).not.toContainText(secret);
        expect(await page.content()).not.toContain(secret);
        expect(pageLog.map((e) => e.text).join('\n')).not.toContain(secret);
        const outsideStoreAfter = (await huntSecret(page, secret, {log: pageLog})).filter(
            (s) => s.where !== 'recorded action' && s.where !== 'store state',
        );
        expect(outsideStoreAfter).toEqual([]);
    });

    test('the secret of /token create is found nowhere but the reveal, and nowhere once dismissed or disabled', async ({
        app,
        page,
        pageLog,
    }) => {
        await app.signIn('alice');
        const reply = await app.command('/token create Laptop CLI --expires 30d');
        const secretBox = reply.getByRole('textbox', {name: 'Access token (the secret)'});
        await expect(secretBox).toHaveValue(/\S/);
        const secret = await secretBox.inputValue();
        expect(await huntSecret(page, secret, {allowedIn: REVEAL, log: pageLog})).toEqual([]);
        await reply.getByRole('button', {name: 'I have copied it'}).click();
        await expect(reply.getByText('Secret hidden.')).toBeVisible();
        expect(await huntSecret(page, secret, {log: pageLog})).toEqual([]);
        await app.unloadPlugin();
        expect(await huntSecret(page, secret, {log: pageLog})).toEqual([]);
    });
});

test('a regular user lists, disables, enables and revokes (with confirmation)', async ({
    app,
    sandbox,
    expectAccessible,
}) => {
    const tokensOf = (username: string) => sandbox.sandbox.tokensOf(username);
    await app.signIn('alice');
    let reply = await app.command('/token list');
    const table = reply.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table.getByRole('columnheader')).toHaveText([
        'Description',
        'Token ID (not the secret)',
        'Status',
        'Expires',
    ]);

    reply = await app.command('/token disable CI pipeline');
    await expect(reply.getByText(/Disabled token CI pipeline/)).toBeVisible();
    expect(tokensOf('alice').find((t) => t.description === 'CI pipeline')!.is_active).toBe(false);

    const id = tokensOf('alice').find((t) => t.description === 'CI pipeline')!.id;
    reply = await app.command(`/token enable ${id}`);
    await expect(reply.getByText(/Enabled token/)).toBeVisible();
    expect(tokensOf('alice').find((t) => t.id === id)!.is_active).toBe(true);

    reply = await app.command('/token revoke CI pipeline');
    await expect(reply.getByText(/This cannot be undone/)).toBeVisible();
    await expectAccessible(new PostItem(reply).body);
    expect(sandbox.sandbox.store.tokens.has(id)).toBe(true);
    await reply.getByRole('button', {name: 'Revoke token'}).click();
    await expect(app.posts.filter({hasText: 'Revoked token CI pipeline'})).toHaveCount(1);
    expect(sandbox.sandbox.store.tokens.has(id)).toBe(false);

    reply = await app.command('/token disable-all');
    await reply.getByRole('button', {name: 'Cancel'}).click();
    await expect(reply.getByText('Cancelled: nothing was changed.')).toBeVisible();
    expect(tokensOf('alice').filter((t) => t.is_active)).toHaveLength(2);

    reply = await app.command('/token frobnicate');
    await expect(reply.getByText('frobnicate is not a /token command. Here is what /token can do:')).toBeVisible();
    expect(sandbox.sandbox.requests.filter((r) => r.path === '/commands/execute')).toEqual([]);
});

test('hostile descriptions render as plain text', async ({app, page, sandbox}) => {
    sandbox.sandbox.store.addToken(
        sandbox.sandbox.user('alice').id,
        '<img src=x onerror="window.pwned=1"> [x](javascript:window.pwned=2) @all',
    );
    await app.signIn('alice');
    const reply = await app.command('/token list');
    await expect(reply).toContainText('<img src=x onerror="window.pwned=1"> [x](javascript:window.pwned=2) @all');
    await expect(reply.locator('.post__body').locator('img, a, .mention')).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).pwned)).toBeUndefined();
});

test('a user without the token role is told who can fix it; nothing is sent', async ({app, sandbox}) => {
    await app.signIn('bob');
    sandbox.sandbox.requests = [];
    for (const command of ['/token list', '/token create x']) {
        const reply = await app.command(command);
        await expect(
            reply.getByText(/Manage Roles › "Allow this account to generate personal access tokens"/),
        ).toBeVisible();
    }
    expect(sandbox.sandbox.requests.filter((r) => r.path.includes('tokens'))).toEqual([]);
    const reply = await app.command('/token admin');
    await expect(reply.getByText('/token admin needs the System Admin role.')).toBeVisible();
});

test("an admin searches every token and manages another user's", async ({app, sandbox}) => {
    await app.signIn('admin');
    let reply = await app.command('/token admin deploy');
    await expect(reply.getByText(/1 token matches deploy/)).toBeVisible();
    await expect(reply.getByRole('row').nth(1)).toContainText('@build-bot');

    reply = await app.command('/token list @alice');
    await expect(reply.getByText('4 tokens of @alice.')).toBeVisible();
    reply = await app.command('/token disable CLI on laptop @alice');
    await expect(reply.getByText(/Disabled token CLI on laptop/)).toBeVisible();
    expect(sandbox.sandbox.tokensOf('alice').find((t) => t.description === 'CLI on laptop')!.is_active).toBe(false);

    await app.command('/token settings', {expectReply: false});
    await expect(app.tokenManager()).toBeVisible();
});
