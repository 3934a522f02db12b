// The secret of a new or rotated token is shown in its reveal and nowhere else: not in the page outside it,
// form fields, storage, cookies, the URL, the actions the store sees (what Redux DevTools or another plugin's
// middleware would read), the store's state, or the console; once dismissed ("I have copied it"), after
// Escape, and after the plugin is disabled, it is nowhere at all.
import type {Locator, Page} from 'playwright-core';

import {expect, test} from './fixtures';
import type {SandboxApp} from './pages';
import {huntSecret, type HuntOptions} from './secret_hunt';

const REVEAL = '.token-manager-reveal';

// The secret `reveal` shows, once it shows one.
async function shownSecret(reveal: Locator): Promise<string> {
    const secretBox = reveal.getByLabel('Access token (the secret)');
    await expect(secretBox).toHaveValue(/\S/);
    return secretBox.inputValue();
}

async function createInWindow(app: SandboxApp, description: string) {
    const win = await app.openTokenManager();
    await win.getByLabel('Description').fill(description);
    await win.getByLabel('Description').press('Enter');
    const reveal = app.page.getByRole('dialog', {name: `Your new token “${description}”`});
    return {win, reveal, secret: await shownSecret(reveal)};
}

// The secret is in the reveal and nowhere else; after "I have copied it" it is nowhere at all.
async function onlyInRevealUntilCopied(page: Page, reveal: Locator, secret: string, log: HuntOptions['log']) {
    expect(await huntSecret(page, secret, {allowedIn: REVEAL, log})).toEqual([]);
    await reveal.getByRole('button', {name: 'I have copied it'}).click();
    await expect(reveal.getByLabel('Access token (the secret)')).toHaveCount(0);
    expect(await huntSecret(page, secret, {log})).toEqual([]);
}

test.describe('secret hunt', () => {
    test('a secret created in the window: only in the reveal, then nowhere after "I have copied it"', async ({
        app,
        page,
        sandbox,
        pageLog,
    }) => {
        await app.signIn('alice');
        const {reveal, secret} = await createInWindow(app, 'Hunted token');
        expect(secret).toBe(sandbox.sandbox.tokensOf('alice').find((t) => t.description === 'Hunted token')!.token);
        await onlyInRevealUntilCopied(page, reveal, secret, pageLog);
    });

    test('a rotated secret: only in the reveal, then nowhere after "I have copied it"', async ({
        app,
        page,
        sandbox,
        pageLog,
    }) => {
        await app.signIn('alice');
        const win = await app.openTokenManager();
        const row = win.getByRole('listitem').filter({has: page.getByText('CI pipeline', {exact: true})});
        await row.getByRole('button', {name: 'Rotate CI pipeline'}).click();
        await page.getByRole('alertdialog', {name: 'Rotate this token?'}).getByRole('button', {name: 'Rotate'}).click();
        const reveal = page.getByRole('dialog', {name: 'New secret for “CI pipeline”'});
        const secret = await shownSecret(reveal);
        expect(secret).toBe(sandbox.sandbox.tokensOf('alice').find((t) => t.description === 'CI pipeline')!.token);
        await onlyInRevealUntilCopied(page, reveal, secret, pageLog);
        // Closed, the reveal gives the focus back to the row's Rotate button (the dialog it opened from is gone).
        await reveal.getByRole('button', {name: 'Close'}).click();
        await expect(row.getByRole('button', {name: 'Rotate CI pipeline'})).toBeFocused();
    });

    test('Escape on a reveal does not drop the secret without asking, and leaks it nowhere', async ({
        app,
        page,
        pageLog,
    }) => {
        await app.signIn('alice');
        const {reveal, secret} = await createInWindow(app, 'Escaped token');
        await page.keyboard.press('Escape');
        // Either the reveal is still there or the user is asked first.
        await expect(reveal.or(page.getByRole('alertdialog')).first()).toBeVisible();
        expect(await huntSecret(page, secret, {allowedIn: REVEAL, log: pageLog})).toEqual([]);
    });

    test('disabling the plugin while a secret is shown leaves it nowhere', async ({app, page, pageLog}) => {
        await app.signIn('alice');
        const {secret} = await createInWindow(app, 'Unloaded token');
        await app.unloadPlugin();
        await expect(app.tokenManager()).toHaveCount(0);
        expect(await huntSecret(page, secret, {log: pageLog})).toEqual([]);
    });
});
