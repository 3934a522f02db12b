// The Settings section, the Token Manager window and the admin inventory, end to end in Chromium, with
// axe-core on every view in both themes.
import fs from 'fs';

import type {Locator, Page} from 'playwright-core';

import {browserSuite, runAxe, watchConsole, withPage} from './browser';
import {SandboxApp} from './pages';

const suite = browserSuite();

const tokensOf = (username: string) => suite.running.sandbox.tokensOf(username);

async function expectAccessible(page: Page, selector: string) {
    expect(await runAxe(page, selector)).toEqual([]);
}

function tokenRow(scope: Locator, description: string): Locator {
    return scope.getByRole('listitem').filter({has: scope.page().getByText(description, {exact: true})});
}

async function confirmDialog(page: Page, title: string, button: string) {
    const dialog = page.getByRole('alertdialog', {name: title});
    await dialog.getByRole('button', {name: button}).click();
    await dialog.waitFor({state: 'detached'});
}

test('a regular user manages their tokens in Settings: create with a one-time reveal, then each action', async () => {
    await withPage(
        suite.browser,
        'panel regular user',
        async (page) => {
            const problems = watchConsole(page);
            const app = new SandboxApp(page, suite.running.siteUrl);
            await app.signIn('alice');
            const settings = await app.openSettingsTab('Token Manager');
            const list = settings.getByRole('list', {name: 'Your personal access tokens'});
            await list.waitFor();
            for (const theme of ['light', 'dark'] as const) {
                await app.setTheme(theme);
                await expectAccessible(page, '.host-modal .panel');
            }
            await app.setTheme('light');

            // Create, by keyboard: type, choose an expiry, Enter submits the form.
            await settings.getByLabel('Description').fill('Release pipeline');
            await settings.getByLabel('Expires').selectOption('30d');
            await settings.getByLabel('Description').press('Enter');
            const reveal = page.getByRole('dialog', {name: 'Your new token “Release pipeline”'});
            const secretBox = reveal.getByLabel('Access token (the secret)');
            await expect_(secretBox).toBeFocused();
            const secret = await secretBox.inputValue();
            const created = tokensOf('alice').find((t) => t.description === 'Release pipeline')!;
            expect(secret).toBe(created.token);
            expect(created.expires_at).toBeGreaterThan(Date.now() + 29 * 86400000);
            await expectAccessible(page, '.token-manager-dialog');
            await reveal.getByRole('button', {name: 'Copy'}).click();
            expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
            await reveal.getByRole('button', {name: 'I have copied it'}).click();
            await reveal.getByRole('button', {name: 'Close'}).click();
            expect(await page.content()).not.toContain(secret);
            expect(
                await page.evaluate(
                    (s) =>
                        JSON.stringify((window as any).sandboxHost.store.getState()).includes(s) ||
                        JSON.stringify(localStorage).includes(s) ||
                        location.href.includes(s),
                    secret,
                ),
            ).toBe(false);

            const row = tokenRow(list, 'Release pipeline');
            await row.getByRole('button', {name: 'Disable Release pipeline'}).click();
            await confirmDialog(page, 'Disable this token?', 'Disable');
            await row.getByText('Disabled').waitFor();
            expect(tokensOf('alice').find((t) => t.id === created.id)!.is_active).toBe(false);

            await row.getByRole('button', {name: 'Enable Release pipeline'}).click();
            await confirmDialog(page, 'Enable this token?', 'Enable');
            await row.getByText('Active').waitFor();

            await row.getByRole('button', {name: 'Rotate Release pipeline'}).click();
            await confirmDialog(page, 'Rotate this token?', 'Rotate');
            const rotated = page.getByRole('dialog', {name: 'New secret for “Release pipeline”'});
            const newSecret = await rotated.getByLabel('Access token (the secret)').inputValue();
            expect(newSecret).toBe(tokensOf('alice').find((t) => t.id === created.id)!.token);
            expect(newSecret).not.toBe(secret);
            await rotated.getByRole('button', {name: 'I have copied it'}).click();
            await rotated.getByRole('button', {name: 'Close'}).click();

            await row.getByRole('button', {name: 'Revoke Release pipeline'}).click();
            await expectAccessible(page, '.token-manager-dialog');
            await confirmDialog(page, 'Revoke this token?', 'Revoke');
            await row.waitFor({state: 'detached'});
            expect(suite.running.sandbox.store.tokens.has(created.id)).toBe(false);
            expect(problems).toEqual([]);
        },
        {permissions: ['clipboard-read', 'clipboard-write']},
    );
});

test('a regular user\'s Token Manager window has no "All tokens" at all', async () => {
    await withPage(suite.browser, 'panel no inventory', async (page) => {
        const app = new SandboxApp(page, suite.running.siteUrl);
        await app.signIn('alice');
        const modal = await app.openTokenManager();
        await modal.getByRole('list', {name: 'Your personal access tokens'}).waitFor();
        expect(await modal.getByRole('tab').count()).toBe(0);
        expect(await page.getByText('All tokens').count()).toBe(0);
        expect(suite.running.sandbox.requests.some((r) => r.path === '/users/tokens')).toBe(false);
        await expectAccessible(page, '.token-manager-modal');
        await page.keyboard.press('Escape');
        await modal.waitFor({state: 'detached'});
    });
});

test('a user without the token role, and a server with tokens disabled, get explanations', async () => {
    await withPage(suite.browser, 'panel explanations', async (page) => {
        const app = new SandboxApp(page, suite.running.siteUrl);
        await app.signIn('bob');
        const settings = await app.openSettingsTab('Token Manager');
        await settings
            .getByRole('note')
            .filter({hasText: 'Your account is not allowed to use personal access tokens'})
            .waitFor();
        await expectAccessible(page, '.host-modal .panel');
    });
    suite.running.sandbox.config.EnableUserAccessTokens = false;
    await withPage(suite.browser, 'panel disabled', async (page) => {
        const app = new SandboxApp(page, suite.running.siteUrl);
        await app.signIn('alice');
        const settings = await app.openSettingsTab('Token Manager');
        await settings
            .getByRole('note')
            .filter({hasText: 'Personal access tokens are disabled on this server'})
            .waitFor();
        await settings.getByRole('list', {name: 'Your personal access tokens'}).waitFor();
        expect(await settings.getByRole('button', {name: 'Create token'}).count()).toBe(0);
    });
});

test('an admin searches the inventory, previews and runs a bulk disable, and exports CSV', async () => {
    await withPage(suite.browser, 'panel inventory', async (page) => {
        const problems = watchConsole(page);
        suite.running.sandbox.store.addToken(
            suite.running.sandbox.user('alice').id,
            '=HYPERLINK("http://evil.example","click")',
        );
        const app = new SandboxApp(page, suite.running.siteUrl);
        await app.signIn('admin');
        const modal = await app.openTokenManager();
        await modal.getByRole('tab', {name: 'All tokens'}).click();
        const total = suite.running.sandbox.store.tokens.size;
        await modal.getByText(`${total} tokens on the server`).waitFor();
        for (const theme of ['light', 'dark'] as const) {
            await app.setTheme(theme);
            await expectAccessible(page, '.token-manager-modal');
        }
        await app.setTheme('light');

        const table = modal.getByRole('table', {name: 'All personal access tokens'});
        await modal.getByLabel('Search description, owner, email or ID').fill('@alice');
        await modal.getByText('Showing 5 of 12').waitFor();
        await modal.getByLabel('Status').selectOption('active');
        await modal.getByText('Showing 3 of 12').waitFor();

        await table.getByRole('checkbox', {name: /^Select all 3 shown/}).check();
        await modal.getByRole('button', {name: 'Disable…'}).click();
        const preview = page.getByRole('dialog', {name: 'Disable 3 tokens?'});
        const listed = await preview.getByRole('listitem').locator('strong').allInnerTexts();
        expect(listed.sort()).toEqual(['=HYPERLINK("http://evil.example","click")', 'CI pipeline', 'CLI on laptop']);
        await expectAccessible(page, '.token-manager-dialog');
        await preview.getByRole('button', {name: 'Disable 3 tokens'}).click();
        const result = page.getByRole('dialog', {name: 'Result'});
        await result.getByText('3 tokens disabled, no failures.').waitFor();
        await result.getByRole('button', {name: 'Close'}).click();
        expect(tokensOf('alice').filter((t) => t.is_active && (!t.expires_at || t.expires_at > Date.now()))).toEqual(
            [],
        );

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
            'token_id,description,status,expires_at,owner_id,username,name,email,bot,deactivated,system_admin',
        );
        expect(lines).toHaveLength(total + 2);
        expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
        expect(csv).toMatch(/,build-bot,Build Bot,build-bot@localhost,true,false,false/);

        await modal
            .getByRole('button', {name: /Show only the tokens of @build-bot/})
            .first()
            .click();
        await modal
            .getByRole('region', {name: 'Only tokens of @build-bot'})
            .getByText(/2 tokens, 2 active/)
            .waitFor();
        expect(problems).toEqual([]);
    });
});

// A tiny helper for focus assertions (playwright-core ships no expect).
function expect_(locator: Locator) {
    return {
        toBeFocused: async () => {
            await locator.page().waitForFunction((el) => document.activeElement === el, await locator.elementHandle());
        },
    };
}
