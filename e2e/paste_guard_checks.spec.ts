// What the paste guard asks the server, and when it holds a message: a bot's live token (whose, and the
// owner's tokens), dead tokens and random ids (posted, one bearer request, the user still signed in), ids the
// page already knows (no request), a server that cannot be asked (posted, nothing shown), and the plugin
// disabled while its dialog waits (the draft kept). A live token of your own: paste_guard.spec.ts.
import type {RunningSandbox} from '../sandbox/server/server';
import {expect, sandboxControl, test} from './fixtures';
import {PostItem, type SandboxApp} from './pages';

const ID_ALPHABET = 'abcdefghijkmnopqrstuwxyz13456789';

function randomId(): string {
    return Array.from({length: 26}, () => ID_ALPHABET[Math.floor(Math.random() * ID_ALPHABET.length)]).join('');
}

async function signIn(app: SandboxApp, sandbox: RunningSandbox, username: string) {
    await app.skipExpiryReminder(sandbox.sandbox.user(username).id);
    await app.signIn(username);
    sandbox.sandbox.requests = [];
}

// Chromium logs every answer of 400 or more as a console error, the 401 of a dead token's check included.
const CHECK_URL = /\/api\/v4\/users\/me$/;
const DEAD_CHECK = 'the check of a string that is not a live token is answered 401, which Chromium logs';

const bearerRequests = (sandbox: RunningSandbox) => sandbox.sandbox.requests.filter((r) => r.auth === 'bearer');

async function storedMessages(sandbox: RunningSandbox): Promise<string[]> {
    const posts: Array<{message: string}> = await sandboxControl(sandbox, '/posts');
    return posts.map((p) => p.message);
}

// Sends a message the guard lets through and waits until the server has it (the hook has answered by then).
async function sendThrough(app: SandboxApp, sandbox: RunningSandbox, message: string) {
    const before = await app.posts.count();
    await app.command(message);
    await expect(app.posts).toHaveCount(before + 1);
    await expect(app.messageBox).toHaveValue('');
    await expect(app.pasteGuard()).toHaveCount(0);
    await expect(app.messageBoxError).toHaveCount(0);
    expect(await storedMessages(sandbox)).toContain(message);
}

test('a bot\'s live token: whose it is, and "Open the owner\'s tokens" opens the inventory on @build-bot', async ({
    app,
    page,
    sandbox,
    expectAccessible,
}) => {
    // Both of the bot's tokens have sessions already, so its sessions cannot tell which one the secret is.
    const [webhook, releaseNotes] = sandbox.sandbox.tokensOf('build-bot');
    for (const token of [webhook, releaseNotes]) {
        expect(await sandboxControl(sandbox, '/use-token', {token_id: token.id})).toMatchObject({used: true});
    }
    await signIn(app, sandbox, 'admin');
    const message = `deploy with ${webhook.token} please`;
    await app.command(message, {expectReply: false});
    const dialog = app.pasteGuard();
    const found = dialog.getByRole('listitem');
    await expect(found).toContainText(`${webhook.token.slice(0, 4)}… is a token of the bot @build-bot.`);
    await expect(found).toContainText('The server does not say for certain which token this is');
    await expect(found.getByRole('button', {name: 'Revoke it now'})).toHaveCount(0);
    await expect(dialog).not.toContainText(webhook.token.slice(0, 5));
    expect(bearerRequests(sandbox)).toMatchObject([
        {path: '/users/me', status: 200},
        {path: '/users/me/sessions', status: 200},
    ]);
    await expectAccessible(dialog);

    await found.getByRole('button', {name: "Open the owner's tokens"}).click();
    await expect(dialog).toHaveCount(0);
    const win = app.tokenManager();
    await expect(win.getByRole('tab', {name: 'All tokens'})).toHaveAttribute('aria-selected', 'true');
    await expect(
        win.getByRole('region', {name: 'Only tokens of @build-bot'}).getByText(/2 tokens, 2 active/),
    ).toBeVisible();
    await expect(app.messageBox).toHaveValue(message);
    await expect(app.messageBoxError).toHaveText(
        'Not sent: the message contains a live access token. Revoke it, or remove it from the message.',
    );
    expect(sandbox.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/posts')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(win).toHaveCount(0);
});

for (const kind of ['disabled', 'revoked'] as const) {
    test(`a ${kind} token's secret: posted unchanged after one bearer check (401); alice stays signed in`, async ({
        app,
        page,
        sandbox,
        browserProblems,
    }) => {
        browserProblems.allowFailedRequest(CHECK_URL, DEAD_CHECK);
        const alice = sandbox.sandbox.user('alice');
        const token = sandbox.sandbox.store.addToken(alice.id, 'Dead', {isActive: kind !== 'disabled'});
        if (kind === 'revoked') {
            sandbox.sandbox.store.tokens.delete(token.id);
        }
        await signIn(app, sandbox, 'alice');
        const answer = page.waitForResponse((r) => CHECK_URL.test(r.url()) && r.status() === 401);
        await sendThrough(app, sandbox, `old key: \`${token.token}\``);
        // The server's 401 clears the session cookies (Context.RemoveSessionCookie)...
        expect((await (await answer).allHeaders())['set-cookie']).toMatch(/MMAUTHTOKEN=;/);
        expect(bearerRequests(sandbox)).toMatchObject([{method: 'GET', path: '/users/me', status: 401}]);
        expect(bearerRequests(sandbox)).toHaveLength(1);

        // ...but the check sent no cookies and took none: alice is still signed in.
        const cookies = (await page.context().cookies()).map((c) => c.name);
        expect(cookies).toEqual(expect.arrayContaining(['MMAUTHTOKEN', 'MMUSERID', 'MMCSRF']));
        const reply = await app.command('/token list');
        await expect(reply.getByRole('table')).toBeVisible();
        await sendThrough(app, sandbox, 'still here');
        const after = sandbox.sandbox.requests.filter((r) => r.auth !== 'bearer');
        expect(after.filter((r) => r.status === 401)).toEqual([]);
        expect(after.filter((r) => r.path.endsWith('/tokens') || r.path === '/posts')).toMatchObject([
            {path: '/posts', auth: 'cookie', status: 201},
            {path: `/users/${alice.id}/tokens`, auth: 'cookie', status: 200},
            {path: '/posts', auth: 'cookie', status: 201},
        ]);
    });
}

test('a random id is asked about once and posted; an id the page knows is not asked about at all', async ({
    app,
    sandbox,
    browserProblems,
}) => {
    browserProblems.allowFailedRequest(CHECK_URL, DEAD_CHECK);
    await signIn(app, sandbox, 'alice');
    const id = randomId();
    await sendThrough(app, sandbox, `trace ${id} failed`);
    expect(bearerRequests(sandbox)).toMatchObject([{method: 'GET', path: '/users/me', status: 401}]);
    expect(bearerRequests(sandbox)).toHaveLength(1);

    const postId = await new PostItem(app.lastPost()).id();
    expect(postId).toMatch(/^[a-km-uw-z13-9]{26}$/);
    const me = sandbox.sandbox.user('alice').id;
    sandbox.sandbox.requests = [];
    await sendThrough(app, sandbox, `see post ${postId} and user ${me}`);
    expect(bearerRequests(sandbox)).toEqual([]);
});

for (const how of ['aborted in the browser', 'dropped by the server'] as const) {
    test(`the server cannot be asked (${how}): the message is posted unchanged, nothing shown`, async ({
        app,
        page,
        sandbox,
        browserProblems,
    }) => {
        const token = sandbox.sandbox.store.addToken(sandbox.sandbox.user('alice').id, 'Unchecked');
        browserProblems.allowFailedRequest(CHECK_URL, `the bearer check is ${how} on purpose`);
        await signIn(app, sandbox, 'alice');
        let aborted = 0;
        if (how === 'aborted in the browser') {
            await page.route('**/api/v4/users/me', async (route) => {
                const auth = (await route.request().allHeaders()).authorization ?? '';
                aborted += auth.startsWith('Bearer') ? 1 : 0;
                await (auth.startsWith('Bearer') ? route.abort('connectionrefused') : route.continue());
            });
        } else {
            await sandboxControl(sandbox, '/faults', {
                rules: [{kind: 'drop', count: 1, method: 'GET', path: '/users/me'}],
            });
        }
        const message = `token ${token.token}`;
        await sendThrough(app, sandbox, message);
        expect(await storedMessages(sandbox)).toEqual([message]);
        const checks = sandbox.sandbox.requests.filter((r) => r.path.startsWith('/users/me'));
        // One attempt, which failed.
        if (how === 'aborted in the browser') {
            expect([aborted, checks]).toEqual([1, []]);
        } else {
            // (The sandbox records `auth` only for requests that reach its router: 'none' here.)
            expect(checks).toEqual([expect.objectContaining({method: 'GET', status: -1, fault: 'drop'})]);
        }
        await expect(page.getByRole('alert')).toHaveCount(0);
    });
}

test('disabling the plugin while its dialog waits keeps the draft and says why', async ({app, sandbox}) => {
    const token = sandbox.sandbox.store.addToken(sandbox.sandbox.user('alice').id, 'Pasted');
    await signIn(app, sandbox, 'alice');
    const message = `here: ${token.token}`;
    await app.command(message, {expectReply: false});
    await expect(app.pasteGuard()).toBeVisible();
    await app.unloadPlugin();
    await expect(app.pasteGuard()).toHaveCount(0);
    await expect(app.messageBox).toHaveValue(message);
    await expect(app.messageBoxError).toHaveText(
        'Not sent: Token Manager was turned off while it checked the message for live access tokens. Check it and send it again.',
    );
    await expect(app.posts).toHaveCount(0);
    expect(sandbox.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/posts')).toEqual([]);
});
