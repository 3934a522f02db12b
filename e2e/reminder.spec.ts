// The expiry reminder for alice (the default seed gives her "CLI on laptop", expiring in 5 days, and
// "Expired experiment", expired 2 days ago): a card at start-up that takes no focus, one request for her
// tokens, at most once a day (only the date is remembered), and each of its buttons. When it stays silent:
// reminder_off.spec.ts.
import type {Page} from '@playwright/test';

import {expect, test} from './fixtures';
import {PLUGIN_ID, type SandboxApp} from './pages';
import {huntSecret} from './secret_hunt';

const DAY = 86_400_000;
const BOTH = '2 personal access tokens expire soon or have expired';

const tokenRequests = (requests: Array<{method: string; path: string}>, userId: string) =>
    requests.filter((r) => r.method === 'GET' && r.path === `/users/${userId}/tokens`);

// The page's local date, as the reminder stores it.
const pageToday = (page: Page) =>
    page.evaluate(() => {
        const d = new Date();
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });

// What the plugin keeps in localStorage.
const pluginStorage = (page: Page) =>
    page.evaluate(
        (prefix) => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith(prefix))),
        `${PLUGIN_ID}:`,
    );

// A reload that resumes the session; whatever the reminder was going to ask, it has asked when this returns.
async function reloadAndSettle(app: SandboxApp) {
    await app.reload();
    await app.settle();
}

test('alice: the card names both tokens, takes no focus, lists them with one request, and keeps only the date', async ({
    app,
    page,
    sandbox,
    expectAccessible,
}) => {
    const alice = sandbox.sandbox.user('alice');
    await app.signIn('alice');
    const card = app.expiryReminder();
    await expect(card).toHaveAccessibleName(BOTH);
    await expect(card).toContainText('Integrations that use an expired token stop working.');
    await expect(card.getByRole('listitem')).toHaveText([
        /^“Expired experiment” expired 2 days ago/,
        /^“CLI on laptop” expires in 5 days/,
    ]);
    await expect(card.getByRole('button')).toHaveText(['Rotate', 'Rotate', 'Open Token Manager', 'Dismiss']);
    // Not a dialog: nothing moved focus.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // In the sidebar's corner, clear of the message box, even with the sidebar at its narrowest.
    for (const width of [240, 200]) {
        await app.resizeSidebar(width);
        const cardBox = (await card.boundingBox())!;
        expect(cardBox.x + cardBox.width).toBeLessThanOrEqual((await app.messageBox.boundingBox())!.x);
    }
    expect(tokenRequests(sandbox.sandbox.requests, alice.id)).toHaveLength(1);
    expect(await pluginStorage(page)).toEqual({[`${PLUGIN_ID}:expiry_reminder:${alice.id}`]: await pageToday(page)});
    for (const theme of ['light', 'dark'] as const) {
        await app.setTheme(theme);
        await expectAccessible(card);
    }

    sandbox.sandbox.requests = [];
    await reloadAndSettle(app);
    await expect(card).toHaveCount(0);
    expect(tokenRequests(sandbox.sandbox.requests, alice.id)).toEqual([]);
});

test('the next day the card is back, with the days counted from the new day', async ({app, page, sandbox}) => {
    const alice = sandbox.sandbox.user('alice');
    await page.clock.install({time: Date.now()});
    await app.signIn('alice');
    const card = app.expiryReminder();
    await expect(card.getByRole('listitem').first()).toContainText('expired 2 days ago');
    const firstDay = await pageToday(page);
    await reloadAndSettle(app);
    await expect(card).toHaveCount(0);

    await page.clock.fastForward(DAY);
    sandbox.sandbox.requests = [];
    await reloadAndSettle(app);
    await expect(card.getByRole('listitem')).toHaveText([
        /^“Expired experiment” expired 3 days ago/,
        /^“CLI on laptop” expires in 4 days/,
    ]);
    expect(tokenRequests(sandbox.sandbox.requests, alice.id)).toHaveLength(1);
    const nextDay = await pageToday(page);
    expect(nextDay).not.toBe(firstDay);
    expect(await pluginStorage(page)).toEqual({[`${PLUGIN_ID}:expiry_reminder:${alice.id}`]: nextDay});
});

test('Dismiss, reached with the keyboard, hides the card for the rest of the day and gives the focus back', async ({
    app,
    page,
    sandbox,
}) => {
    const alice = sandbox.sandbox.user('alice');
    await app.signIn('alice');
    const card = app.expiryReminder();
    const dismiss = card.getByRole('button', {name: 'Dismiss'});
    await expect(dismiss).toBeVisible();
    await app.messageBox.focus();
    for (let tabs = 0; tabs < 12 && !(await dismiss.evaluate((el) => el === document.activeElement)); tabs++) {
        await page.keyboard.press('Tab');
    }
    await expect(dismiss).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card).toHaveCount(0);
    // The focus goes back to the message box, not to nothing.
    await expect(app.messageBox).toBeFocused();
    expect(await pluginStorage(page)).toEqual({[`${PLUGIN_ID}:expiry_reminder:${alice.id}`]: await pageToday(page)});
    await reloadAndSettle(app);
    await expect(card).toHaveCount(0);
});

test('Open Token Manager opens the window on your tokens, and the card goes', async ({app}) => {
    await app.signIn('alice');
    const card = app.expiryReminder();
    await card.getByRole('button', {name: 'Open Token Manager'}).click();
    const win = app.tokenManager();
    await expect(win.getByRole('list', {name: 'Your personal access tokens'})).toBeVisible();
    await expect(win.getByText('CLI on laptop', {exact: true})).toBeVisible();
    await expect(card).toHaveCount(0);
    await app.page.keyboard.press('Escape');
    await expect(win).toHaveCount(0);
    await expect(card).toHaveCount(0);
});

test('Rotate asks for a new expiry and sends it; the secret is only in the reveal; then one token is left', async ({
    app,
    page,
    sandbox,
    pageLog,
}) => {
    const laptop = sandbox.sandbox.tokensOf('alice').find((t) => t.description === 'CLI on laptop')!;
    await app.signIn('alice');
    const card = app.expiryReminder();
    await card.getByRole('button', {name: 'Rotate CLI on laptop'}).click();
    const confirm = page.getByRole('alertdialog', {name: 'Rotate this token?'});
    await expect(confirm).toContainText(laptop.id);
    const expiry = confirm.getByLabel('New expiry');
    await expect(expiry).toHaveValue('90d');
    await expiry.selectOption('30d');
    const rotateRequest = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/users/tokens/rotate'));
    await confirm.getByRole('button', {name: 'Rotate'}).click();
    const sent = (await rotateRequest).postDataJSON();
    expect(sent.token_id).toBe(laptop.id);
    expect(Math.abs(sent.expires_at - (Date.now() + 30 * DAY))).toBeLessThan(60_000);

    const reveal = page.getByRole('dialog', {name: 'New secret for “CLI on laptop”'});
    const secretBox = reveal.getByLabel('Access token (the secret)');
    await expect(secretBox).toHaveValue(/\S/);
    const secret = await secretBox.inputValue();
    const rotated = sandbox.sandbox.store.tokens.get(laptop.id)!;
    expect(secret).toBe(rotated.token);
    expect(rotated.expires_at).toBe(sent.expires_at);
    expect(await huntSecret(page, secret, {allowedIn: '.token-manager-reveal', log: pageLog})).toEqual([]);
    await reveal.getByRole('button', {name: 'I have copied it'}).click();
    await expect(secretBox).toHaveCount(0);
    await reveal.getByRole('button', {name: 'Close'}).click();
    await expect(reveal).toHaveCount(0);
    expect(await huntSecret(page, secret, {log: pageLog})).toEqual([]);

    await expect(card).toHaveAccessibleName('A personal access token has expired');
    await expect(card.getByRole('listitem')).toHaveText([/^“Expired experiment” expired 2 days ago/]);
});

test('the Settings modal and the Token Manager window cover the card', async ({app, page}) => {
    await app.signIn('alice');
    const card = app.expiryReminder();
    await expect(card).toBeVisible();
    const box = (await card.boundingBox())!;
    const centre = {x: box.x + box.width / 2, y: box.y + box.height / 2};
    const topmostIsIn = (target: typeof card) =>
        target.evaluate((el, p) => el.contains(document.elementFromPoint(p.x, p.y)), centre);
    expect(await topmostIsIn(card)).toBe(true);

    await app.openSettings();
    expect(await topmostIsIn(app.settings.root)).toBe(true);
    expect(await topmostIsIn(card)).toBe(false);
    await app.settings.close();
    expect(await topmostIsIn(card)).toBe(true);

    await app.openTokenManager();
    expect(await topmostIsIn(card)).toBe(false);
    await page.keyboard.press('Escape');
    await expect(app.tokenManager()).toHaveCount(0);
    await expect(card).toBeVisible();
});

test('disabling the plugin removes the card', async ({app}) => {
    await app.signIn('alice');
    await expect(app.expiryReminder()).toBeVisible();
    await app.unloadPlugin();
    await expect(app.expiryReminder()).toHaveCount(0);
});
