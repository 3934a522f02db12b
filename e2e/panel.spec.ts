// The Settings section, the Token Manager window and the admin inventory, end to end in Chromium, with
// axe-core on every view in both themes.
import fs from 'fs';

import type {Locator, Page} from '@playwright/test';

import {expect, test} from './fixtures';
import {huntSecret} from './secret_hunt';

const SETTINGS_PANE = '#accountSettingsModal .settings-content';
const REVEAL = '.token-manager-reveal';

function tokenRow(scope: Locator, description: string): Locator {
    return scope.getByRole('listitem').filter({has: scope.page().getByText(description, {exact: true})});
}

async function confirmDialog(page: Page, title: string, button: string) {
    const dialog = page.getByRole('alertdialog', {name: title});
    await dialog.getByRole('button', {name: button}).click();
    await expect(dialog).toHaveCount(0);
}

// The secret may be in the reveal; what the store and the recorded actions saw is checked by secret_hunt.spec.ts.
const outsideTheStore = (where: string) => where !== 'recorded action' && where !== 'store state';

test.describe('with the clipboard', () => {
    test.use({permissions: ['clipboard-read', 'clipboard-write']});

    test('a regular user manages their tokens in Settings: create with a one-time reveal, then each action', async ({
        app,
        page,
        sandbox,
        pageLog,
        expectAccessible,
    }) => {
        const tokensOf = (username: string) => sandbox.sandbox.tokensOf(username);
        await app.signIn('alice');
        const settings = await app.openSettingsTab('Token Manager');
        const list = settings.getByRole('list', {name: 'Your personal access tokens'});
        await expect(list).toBeVisible();
        for (const theme of ['light', 'dark'] as const) {
            await app.setTheme(theme);
            await expectAccessible(SETTINGS_PANE);
        }
        await app.setTheme('light');

        // Create, by keyboard: type, choose an expiry, Enter submits the form.
        await settings.getByLabel('Description').fill('Release pipeline');
        await settings.getByLabel('Expires').selectOption('30d');
        await settings.getByLabel('Description').press('Enter');
        const reveal = page.getByRole('dialog', {name: 'Your new token “Release pipeline”'});
        const secretBox = reveal.getByLabel('Access token (the secret)');
        await expect(secretBox).toBeFocused();
        const secret = await secretBox.inputValue();
        const created = tokensOf('alice').find((t) => t.description === 'Release pipeline')!;
        expect(secret).toBe(created.token);
        expect(created.expires_at).toBeGreaterThan(Date.now() + 29 * 86400000);
        expect(
            (await huntSecret(page, secret, {allowedIn: REVEAL, log: pageLog})).filter((s) => outsideTheStore(s.where)),
        ).toEqual([]);
        await expectAccessible(reveal);
        await reveal.getByRole('button', {name: 'Copy'}).click();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
        await reveal.getByRole('button', {name: 'I have copied it'}).click();
        await reveal.getByRole('button', {name: 'Close'}).click();
        expect(await page.content()).not.toContain(secret);
        // Not in the store, web storage or the URL (the old check), nor anywhere else outside the store.
        expect(
            await page.evaluate(
                (s) =>
                    JSON.stringify((window as any).sandboxHost.store.getState()).includes(s) ||
                    JSON.stringify(localStorage).includes(s) ||
                    location.href.includes(s),
                secret,
            ),
        ).toBe(false);
        expect((await huntSecret(page, secret, {log: pageLog})).filter((s) => outsideTheStore(s.where))).toEqual([]);

        const row = tokenRow(list, 'Release pipeline');
        await row.getByRole('button', {name: 'Disable Release pipeline'}).click();
        await confirmDialog(page, 'Disable this token?', 'Disable');
        await expect(row.getByText('Disabled')).toBeVisible();
        expect(tokensOf('alice').find((t) => t.id === created.id)!.is_active).toBe(false);

        await row.getByRole('button', {name: 'Enable Release pipeline'}).click();
        await confirmDialog(page, 'Enable this token?', 'Enable');
        await expect(row.getByText('Active')).toBeVisible();

        await row.getByRole('button', {name: 'Rotate Release pipeline'}).click();
        await confirmDialog(page, 'Rotate this token?', 'Rotate');
        const rotated = page.getByRole('dialog', {name: 'New secret for “Release pipeline”'});
        const newSecretBox = rotated.getByLabel('Access token (the secret)');
        await expect(newSecretBox).toHaveValue(/\S/);
        const newSecret = await newSecretBox.inputValue();
        expect(newSecret).toBe(tokensOf('alice').find((t) => t.id === created.id)!.token);
        expect(newSecret).not.toBe(secret);
        expect(
            (await huntSecret(page, newSecret, {allowedIn: REVEAL, log: pageLog})).filter((s) =>
                outsideTheStore(s.where),
            ),
        ).toEqual([]);
        await rotated.getByRole('button', {name: 'I have copied it'}).click();
        await rotated.getByRole('button', {name: 'Close'}).click();
        expect((await huntSecret(page, newSecret, {log: pageLog})).filter((s) => outsideTheStore(s.where))).toEqual([]);

        await row.getByRole('button', {name: 'Revoke Release pipeline'}).click();
        await expectAccessible(page.getByRole('alertdialog', {name: 'Revoke this token?'}));
        await confirmDialog(page, 'Revoke this token?', 'Revoke');
        await expect(row).toHaveCount(0);
        expect(sandbox.sandbox.store.tokens.has(created.id)).toBe(false);
    });
});

test('a regular user\'s Token Manager window has no "All tokens" at all', async ({
    app,
    page,
    sandbox,
    expectAccessible,
}) => {
    await app.signIn('alice');
    const modal = await app.openTokenManager();
    await expect(modal.getByRole('list', {name: 'Your personal access tokens'})).toBeVisible();
    await expect(modal.getByRole('tab')).toHaveCount(0);
    await expect(page.getByText('All tokens')).toHaveCount(0);
    expect(sandbox.sandbox.requests.some((r) => r.path === '/users/tokens')).toBe(false);
    await expectAccessible(modal);
    await page.keyboard.press('Escape');
    await expect(modal).toHaveCount(0);
});

test('a user without the token role, and a server with tokens disabled, get explanations', async ({
    app,
    page,
    sandbox,
    expectAccessible,
}) => {
    await app.signIn('bob');
    let settings = await app.openSettingsTab('Token Manager');
    await expect(
        settings.getByRole('note').filter({hasText: 'Your account is not allowed to use personal access tokens'}),
    ).toBeVisible();
    await expectAccessible(SETTINGS_PANE);

    sandbox.sandbox.config.EnableUserAccessTokens = false;
    await page.context().clearCookies();
    await app.signIn('alice');
    settings = await app.openSettingsTab('Token Manager');
    await expect(
        settings.getByRole('note').filter({hasText: 'Personal access tokens are disabled on this server'}),
    ).toBeVisible();
    await expect(settings.getByRole('list', {name: 'Your personal access tokens'})).toBeVisible();
    await expect(settings.getByRole('button', {name: 'Create token'})).toHaveCount(0);
});

test('an admin searches the inventory, previews and runs a bulk disable, and exports CSV', async ({
    app,
    page,
    sandbox,
    expectAccessible,
}) => {
    const tokensOf = (username: string) => sandbox.sandbox.tokensOf(username);
    sandbox.sandbox.store.addToken(sandbox.sandbox.user('alice').id, '=HYPERLINK("http://evil.example","click")');
    await app.signIn('admin');
    const modal = await app.openTokenManager();
    await modal.getByRole('tab', {name: 'All tokens'}).click();
    const total = sandbox.sandbox.store.tokens.size;
    await expect(modal.getByText(`${total} tokens on the server`)).toBeVisible();
    for (const theme of ['light', 'dark'] as const) {
        await app.setTheme(theme);
        await expectAccessible(modal);
    }
    await app.setTheme('light');

    const table = modal.getByRole('table', {name: 'All personal access tokens'});
    await modal.getByLabel('Search description, owner, email or ID').fill('@alice');
    await expect(modal.getByText('Showing 5 of 12')).toBeVisible();
    await modal.getByLabel('Status').selectOption('active');
    await expect(modal.getByText('Showing 3 of 12')).toBeVisible();

    await table.getByRole('checkbox', {name: /^Select all 3 shown/}).check();
    await modal.getByRole('button', {name: 'Disable…'}).click();
    const preview = page.getByRole('dialog', {name: 'Disable 3 tokens?'});
    await expect
        .poll(async () => (await preview.getByRole('listitem').locator('strong').allInnerTexts()).sort())
        .toEqual(['=HYPERLINK("http://evil.example","click")', 'CI pipeline', 'CLI on laptop']);
    await expectAccessible(preview);
    await preview.getByRole('button', {name: 'Disable 3 tokens'}).click();
    const result = page.getByRole('dialog', {name: 'Result'});
    await expect(result.getByText('3 tokens disabled, no failures.')).toBeVisible();
    await result.getByRole('button', {name: 'Close'}).click();
    expect(tokensOf('alice').filter((t) => t.is_active && (!t.expires_at || t.expires_at > Date.now()))).toEqual([]);

    await modal.getByLabel('Status').selectOption('any');
    await modal.getByLabel('Search description, owner, email or ID').fill('');
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        modal.getByRole('button', {name: `Export CSV (${total} rows)`}).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^personal-access-tokens-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
        'token_id,description,status,expires_at,owner_id,username,name,email,bot,deactivated,system_admin,never_expires,owner_system_admin,owner_deactivated,owner_bot,expired,over_policy',
    );
    expect(lines).toHaveLength(total + 2);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csv).toMatch(/,build-bot,Build Bot,build-bot@localhost,true,false,false/);

    await modal
        .getByRole('button', {name: /Show only the tokens of @build-bot/})
        .first()
        .click();
    await expect(
        modal.getByRole('region', {name: 'Only tokens of @build-bot'}).getByText(/2 tokens, 2 active/),
    ).toBeVisible();
});
