// The paste guard with a live personal access token of your own in a message: the message is held and a
// dialog says whose token it is without showing it, and each answer does what it says (remove it, revoke it,
// post anyway after a second confirmation, cancel and keep the draft). Dead tokens, ids, bots' tokens, an
// unreachable server and disabling the plugin are in paste_guard_checks.spec.ts.
import type {RunningSandbox} from '../sandbox/server/server';
import {expect, sandboxControl, test} from './fixtures';
import type {SandboxApp} from './pages';
import {huntSecret} from './secret_hunt';

const MESSAGE_BOX = '#post_textbox';
const PLACEHOLDER = '[personal access token removed]';

function curlMessage(secret: string, siteUrl: string): string {
    return `Try this:\n\`\`\`\ncurl -H "Authorization: Bearer ${secret}" ${siteUrl}/api/v4/users/me\n\`\`\``;
}

// A fresh token of alice's, alice signed in (without the expiry reminder), and a message holding its secret
// sent: the dialog is open.
async function holdLiveToken(app: SandboxApp, sandbox: RunningSandbox) {
    const alice = sandbox.sandbox.user('alice');
    const token = sandbox.sandbox.store.addToken(alice.id, 'Pasted');
    await app.skipExpiryReminder(alice.id);
    await app.signIn('alice');
    sandbox.sandbox.requests = [];
    const message = curlMessage(token.token, sandbox.siteUrl);
    await app.command(message, {expectReply: false});
    const dialog = app.pasteGuard();
    await expect(dialog).toBeVisible();
    return {secret: token.token, tokenId: token.id, message, dialog};
}

const postsSent = (sandbox: RunningSandbox) =>
    sandbox.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/posts');

async function storedMessages(sandbox: RunningSandbox): Promise<string[]> {
    const posts: Array<{message: string}> = await sandboxControl(sandbox, '/posts');
    return posts.map((p) => p.message);
}

test('a live token of your own: the message is held, the dialog says whose and shows four characters', async ({
    app,
    page,
    sandbox,
    pageLog,
    expectAccessible,
}) => {
    const {secret, tokenId, dialog} = await holdLiveToken(app, sandbox);
    await expect(dialog.getByRole('button', {name: 'Cancel', exact: true})).toBeFocused();
    await expect(dialog).toContainText('Anyone who can read the channel could use it to act as its owner');
    await expect(dialog).toContainText('Your message has not been sent.');
    const found = dialog.getByRole('list', {name: 'Live tokens in the message'}).getByRole('listitem');
    await expect(found).toHaveCount(1);
    await expect(found).toContainText(`${secret.slice(0, 4)}… is your own token.`);
    // Which token, by name (read with the session, not the secret), and Revoke offered.
    await expect(found).toContainText(`Token “Pasted”, ID ${tokenId} (the ID is not the secret).`);
    await expect(found.getByRole('button', {name: 'Revoke it now'})).toBeVisible();
    await expect(dialog).not.toContainText(secret.slice(0, 5));
    // The secret is in the message box and nowhere else.
    expect(await huntSecret(page, secret, {allowedIn: MESSAGE_BOX, log: pageLog})).toEqual([]);
    const everywhere = await huntSecret(page, secret);
    expect(everywhere.map((s) => s.where).sort()).toEqual(['dom text', 'input value']);
    expect(everywhere.every((s) => s.detail.startsWith('<textarea "Write to Town Square"'))).toBe(true);

    // Nothing was posted; the server was asked with the secret as a bearer token, never with the cookie.
    expect(postsSent(sandbox)).toEqual([]);
    const checks = sandbox.sandbox.requests.filter((r) => r.path === '/users/me' || r.path === '/users/me/sessions');
    expect(checks).toMatchObject([
        {method: 'GET', path: '/users/me', auth: 'bearer', status: 200},
        {method: 'GET', path: '/users/me/sessions', auth: 'bearer', status: 200},
    ]);

    for (const theme of ['light', 'dark'] as const) {
        await app.setTheme(theme);
        await expectAccessible(dialog);
    }
});

test('"Remove it from the message": the server gets the placeholder, and the secret is nowhere', async ({
    app,
    page,
    sandbox,
    pageLog,
}) => {
    const {secret, message, dialog} = await holdLiveToken(app, sandbox);
    await dialog.getByRole('button', {name: 'Remove it from the message'}).click();
    await expect(dialog).toHaveCount(0);
    await expect(app.posts).toHaveCount(1);
    await expect(app.lastPost()).toContainText(PLACEHOLDER);
    await expect(app.messageBox).toHaveValue('');
    await expect(app.messageBox).toBeFocused();
    expect(await storedMessages(sandbox)).toEqual([message.replace(secret, PLACEHOLDER)]);
    expect(postsSent(sandbox)).toMatchObject([{status: 201}]);
    // The token itself still works: only the message changed.
    expect(sandbox.sandbox.store.tokenBySecret(secret)).toBeDefined();
    expect(await huntSecret(page, secret, {log: pageLog})).toEqual([]);
});

test('"Revoke it now": the token is gone, then the message is posted with it removed', async ({
    app,
    page,
    sandbox,
    pageLog,
    expectAccessible,
}) => {
    const {secret, tokenId, message, dialog} = await holdLiveToken(app, sandbox);
    await dialog.getByRole('button', {name: 'Revoke it now'}).click();
    const revoked = page.getByRole('alertdialog', {name: 'The token was revoked'});
    await expect(revoked).toContainText(
        'It no longer works. Post your message with the token removed, or keep editing?',
    );
    const post = revoked.getByRole('button', {name: 'Post with the token removed'});
    await expect(post).toBeFocused();
    await expectAccessible(revoked);
    expect(sandbox.sandbox.store.tokens.has(tokenId)).toBe(false);
    expect(sandbox.sandbox.requests.filter((r) => r.path === '/users/tokens/revoke')).toMatchObject([
        {auth: 'cookie', status: 200},
    ]);
    expect(postsSent(sandbox)).toEqual([]);

    await post.click();
    await expect(revoked).toHaveCount(0);
    await expect(app.lastPost()).toContainText(PLACEHOLDER);
    expect(await storedMessages(sandbox)).toEqual([message.replace(secret, PLACEHOLDER)]);
    expect(await huntSecret(page, secret, {log: pageLog})).toEqual([]);
});

test('"Post anyway" asks again (Back and Escape return to the dialog); confirmed, the secret is posted', async ({
    app,
    page,
    sandbox,
    expectAccessible,
}) => {
    const {message, dialog} = await holdLiveToken(app, sandbox);
    const confirm = page.getByRole('alertdialog', {name: 'Post the live token?'});
    for (const leave of ['Back', 'Escape']) {
        await dialog.getByRole('button', {name: 'Post anyway'}).click();
        await expect(confirm).toContainText('Anyone in the channel can use it to act as you.');
        if (leave === 'Back') {
            await expectAccessible(confirm);
            await confirm.getByRole('button', {name: 'Back'}).click();
        } else {
            await page.keyboard.press('Escape');
        }
        await expect(confirm).toHaveCount(0);
        await expect(dialog).toBeVisible();
        expect(postsSent(sandbox)).toEqual([]);
    }
    await dialog.getByRole('button', {name: 'Post anyway'}).click();
    await confirm.getByRole('button', {name: 'Post the live token'}).click();
    await expect(dialog).toHaveCount(0);
    await expect(app.posts).toHaveCount(1);
    await expect(app.messageBox).toHaveValue('');
    expect(await storedMessages(sandbox)).toEqual([message]);
});

for (const how of ['Escape', 'Cancel'] as const) {
    test(`${how} keeps the draft in the box, says why under it, and posts nothing`, async ({app, page, sandbox}) => {
        const {secret, message, dialog} = await holdLiveToken(app, sandbox);
        if (how === 'Escape') {
            await page.keyboard.press('Escape');
        } else {
            await dialog.getByRole('button', {name: 'Cancel', exact: true}).click();
        }
        await expect(dialog).toHaveCount(0);
        await expect(app.messageBoxError).toHaveText('Not sent: the message contains a live access token.');
        await expect(app.messageBox).toHaveValue(message);
        await expect(app.messageBox).toBeFocused();
        await expect(app.posts).toHaveCount(0);
        expect(postsSent(sandbox)).toEqual([]);
        expect(await storedMessages(sandbox)).toEqual([]);
        expect(sandbox.sandbox.store.tokenBySecret(secret)).toBeDefined();
    });
}
