// When the expiry reminder stays silent, and sends nothing: a user without the token role, a server with
// tokens disabled, a reminder already shown today in this browser, and a browser whose storage throws. Each
// case waits until the plugin has mounted and whatever it asks at start-up has reached the server
// (app.settle()); alice's card itself: reminder.spec.ts.
import type {Page} from '@playwright/test';

import type {RunningSandbox} from '../sandbox/server/server';
import {expect, sandboxControl, test} from './fixtures';
import {PLUGIN_ID, SandboxApp} from './pages';

const tokenRequests = (sandbox: RunningSandbox) => sandbox.sandbox.requests.filter((r) => r.path.includes('tokens'));

const pluginStorage = (page: Page) =>
    page.evaluate(
        (prefix) => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith(prefix))),
        `${PLUGIN_ID}:`,
    );

async function signInAndSettle(app: SandboxApp, username: string) {
    await app.signIn(username);
    await app.settle();
}

// Before each page load, the day the reminder was last shown for this user: `daysAgo` days before the
// page's today (0: today).
async function presetLastShown(page: Page, userId: string, daysAgo: number) {
    await page.addInitScript(
        ({key, days}) => {
            const d = new Date(Date.now() - days * 86_400_000);
            const pad = (n: number) => String(n).padStart(2, '0');
            try {
                localStorage.setItem(key, `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
            } catch {
                // No storage on this document (about:blank).
            }
        },
        {key: `${PLUGIN_ID}:expiry_reminder:${userId}`, days: daysAgo},
    );
}

test('a user without the token role: no card, no request, nothing stored', async ({app, page, sandbox}) => {
    // bob has a token from before his role was removed, expiring tomorrow: still not his to manage here.
    sandbox.sandbox.store.addToken(sandbox.sandbox.user('bob').id, 'Nightly', {expiresAt: Date.now() + 86_400_000});
    await signInAndSettle(app, 'bob');
    await expect(app.expiryReminder()).toHaveCount(0);
    expect(tokenRequests(sandbox)).toEqual([]);
    expect(await pluginStorage(page)).toEqual({});
});

test('tokens disabled on the server: no card, no request', async ({app, page, sandbox}) => {
    await sandboxControl(sandbox, '/config', {EnableUserAccessTokens: false});
    await signInAndSettle(app, 'alice');
    await expect(app.expiryReminder()).toHaveCount(0);
    expect(tokenRequests(sandbox)).toEqual([]);
    expect(await pluginStorage(page)).toEqual({});
});

test('already shown today in this browser: no card, no request; shown yesterday: the card', async ({
    app,
    page,
    sandbox,
}) => {
    const alice = sandbox.sandbox.user('alice');
    const key = `${PLUGIN_ID}:expiry_reminder:${alice.id}`;
    await presetLastShown(page, alice.id, 0);
    await signInAndSettle(app, 'alice');
    const stored = await pluginStorage(page);
    expect(Object.keys(stored)).toEqual([key]);
    await expect(app.expiryReminder()).toHaveCount(0);
    expect(tokenRequests(sandbox)).toEqual([]);

    // The positive control, on a fresh page: yesterday's date is not today's.
    const other = await page.context().newPage();
    await presetLastShown(other, alice.id, 1);
    await other.goto(app.baseUrl);
    await expect(new SandboxApp(other, app.baseUrl).expiryReminder()).toBeVisible();
    expect(await pluginStorage(other)).toEqual(stored);
    expect(tokenRequests(sandbox)).toHaveLength(1);
    await other.close();
});

test('storage that throws: no card, no request, no error', async ({app, page, sandbox}) => {
    // Reading and writing the plugin's keys throws, as a blocked or full storage does; the host's own
    // preference (the theme) still works.
    await page.addInitScript((prefix) => {
        const {getItem, setItem} = Storage.prototype;
        const refuse = (key: string) => {
            if (String(key).startsWith(prefix)) {
                throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            }
        };
        Storage.prototype.getItem = function (key: string) {
            refuse(key);
            return getItem.call(this, key);
        };
        Storage.prototype.setItem = function (key: string, value: string) {
            refuse(key);
            setItem.call(this, key, value);
        };
    }, `${PLUGIN_ID}:`);
    await signInAndSettle(app, 'alice');
    await expect(app.expiryReminder()).toHaveCount(0);
    expect(tokenRequests(sandbox)).toEqual([]);
    expect(await pluginStorage(page)).toEqual({});
});
