// /token typed into the sandbox's message box as each kind of user, end to end in Chromium.
import type {Page} from 'playwright-core';

import {browserSuite, runAxe, watchConsole, withPage} from './browser';
import {SandboxApp} from './pages';

const suite = browserSuite();

const tokensOf = (username: string) => suite.running.sandbox.tokensOf(username);

// Everywhere a secret must never be: the store, web storage, the URL, and the posts' messages and props.
async function secretLeaks(page: Page, secret: string): Promise<string[]> {
    return page.evaluate((s) => {
        const leaks: string[] = [];
        const state = (window as any).sandboxHost.store.getState();
        if (JSON.stringify(state).includes(s)) {
            leaks.push('redux');
        }
        for (const [name, storage] of [
            ['localStorage', localStorage],
            ['sessionStorage', sessionStorage],
        ] as const) {
            for (let i = 0; i < storage.length; i++) {
                if ((storage.getItem(storage.key(i)!) ?? '').includes(s)) {
                    leaks.push(name);
                }
            }
        }
        if (window.location.href.includes(s)) {
            leaks.push('url');
        }
        if (document.cookie.includes(s)) {
            leaks.push('cookie');
        }
        return leaks;
    }, secret);
}

test('a regular user creates a token, copies the secret once, and it is redacted', async () => {
    await withPage(
        suite.browser,
        'slash create reveal',
        async (page) => {
            const problems = watchConsole(page);
            const logs: string[] = [];
            page.on('console', (m) => logs.push(m.text()));
            const app = new SandboxApp(page, suite.running.siteUrl);
            await app.signIn('alice');
            const reply = await app.command('/token create Laptop CLI --expires 30d');
            const secretBox = reply.getByRole('textbox', {name: 'Access token (the secret)'});
            const secret = await secretBox.inputValue();
            const created = tokensOf('alice').find((t) => t.description === 'Laptop CLI')!;
            expect(secret).toBe(created.token);
            expect(await reply.innerText()).toContain(`with ID ${created.id}`);
            expect(await reply.innerText()).toContain('is not the secret');
            expect(await secretLeaks(page, secret)).toEqual([]);
            expect(await runAxe(page, '.token-manager-reply')).toEqual([]);

            await reply.getByRole('button', {name: 'Copy'}).click();
            await reply.getByText('Copied to the clipboard.').waitFor();
            expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
            await reply.getByRole('button', {name: 'I have copied it'}).click();
            await reply.getByText('Secret hidden.').waitFor();
            expect(await reply.innerText()).not.toContain(secret);
            expect(await page.content()).not.toContain(secret);
            expect(logs.join('\n')).not.toContain(secret);
            expect(problems).toEqual([]);
        },
        {permissions: ['clipboard-read', 'clipboard-write']},
    );
});

test('a regular user lists, disables, enables and revokes (with confirmation)', async () => {
    await withPage(suite.browser, 'slash actions', async (page) => {
        const problems = watchConsole(page);
        const app = new SandboxApp(page, suite.running.siteUrl);
        await app.signIn('alice');
        let reply = await app.command('/token list');
        const table = reply.getByRole('table');
        expect(await table.getByRole('row').count()).toBe(5);
        expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
            'Description',
            'Token ID (not the secret)',
            'Status',
            'Expires',
        ]);

        reply = await app.command('/token disable CI pipeline');
        await reply.getByText(/Disabled token CI pipeline/).waitFor();
        expect(tokensOf('alice').find((t) => t.description === 'CI pipeline')!.is_active).toBe(false);

        const id = tokensOf('alice').find((t) => t.description === 'CI pipeline')!.id;
        reply = await app.command(`/token enable ${id}`);
        await reply.getByText(/Enabled token/).waitFor();
        expect(tokensOf('alice').find((t) => t.id === id)!.is_active).toBe(true);

        reply = await app.command('/token revoke CI pipeline');
        await reply.getByText(/This cannot be undone/).waitFor();
        expect(await runAxe(page, '.token-manager-reply')).toEqual([]);
        expect(suite.running.sandbox.store.tokens.has(id)).toBe(true);
        await reply.getByRole('button', {name: 'Revoke token'}).click();
        await app.posts.filter({hasText: 'Revoked token CI pipeline'}).waitFor();
        expect(suite.running.sandbox.store.tokens.has(id)).toBe(false);

        reply = await app.command('/token disable-all');
        await reply.getByRole('button', {name: 'Cancel'}).click();
        await reply.getByText('Cancelled: nothing was changed.').waitFor();
        expect(tokensOf('alice').filter((t) => t.is_active)).toHaveLength(2);

        reply = await app.command('/token frobnicate');
        await reply.getByText('frobnicate is not a /token command. Here is what /token can do:').waitFor();
        expect(suite.running.sandbox.requests.filter((r) => r.path === '/commands/execute')).toEqual([]);
        expect(problems).toEqual([]);
    });
});

test('hostile descriptions render as plain text', async () => {
    await withPage(suite.browser, 'slash hostile', async (page) => {
        suite.running.sandbox.store.addToken(
            suite.running.sandbox.user('alice').id,
            '<img src=x onerror="window.pwned=1"> [x](javascript:window.pwned=2) @all',
        );
        const app = new SandboxApp(page, suite.running.siteUrl);
        await app.signIn('alice');
        const reply = await app.command('/token list');
        expect(await reply.innerText()).toContain(
            '<img src=x onerror="window.pwned=1"> [x](javascript:window.pwned=2) @all',
        );
        expect(await reply.locator('img, a, .mention').count()).toBe(0);
        expect(await page.evaluate(() => (window as any).pwned)).toBeUndefined();
    });
});

test('a user without the token role is told who can fix it; nothing is sent', async () => {
    await withPage(suite.browser, 'slash no role', async (page) => {
        const problems = watchConsole(page);
        const app = new SandboxApp(page, suite.running.siteUrl);
        await app.signIn('bob');
        suite.running.sandbox.requests = [];
        for (const command of ['/token list', '/token create x']) {
            const reply = await app.command(command);
            await reply.getByText(/Manage Roles › "Allow this account to generate personal access tokens"/).waitFor();
        }
        expect(suite.running.sandbox.requests.filter((r) => r.path.includes('tokens'))).toEqual([]);
        const reply = await app.command('/token admin');
        await reply.getByText('/token admin needs the System Admin role.').waitFor();
        expect(problems).toEqual([]);
    });
});

test("an admin searches every token and manages another user's", async () => {
    await withPage(suite.browser, 'slash admin', async (page) => {
        const problems = watchConsole(page);
        const app = new SandboxApp(page, suite.running.siteUrl);
        await app.signIn('admin');
        let reply = await app.command('/token admin deploy');
        await reply.getByText(/1 token matches deploy/).waitFor();
        expect(await reply.getByRole('row').nth(1).innerText()).toContain('@build-bot');

        reply = await app.command('/token list @alice');
        await reply.getByText('4 tokens of @alice.').waitFor();
        reply = await app.command('/token disable CLI on laptop @alice');
        await reply.getByText(/Disabled token CLI on laptop/).waitFor();
        expect(tokensOf('alice').find((t) => t.description === 'CLI on laptop')!.is_active).toBe(false);

        reply = await app.command('/token settings', {expectReply: false});
        await page.getByRole('dialog', {name: 'Token Manager'}).waitFor();
        expect(problems).toEqual([]);
    });
});
