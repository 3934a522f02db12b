// The foundation: the demo starts, the built bundle loads in the host page the way Mattermost loads it,
// /token help answers without a server round trip, the Settings section appears, and nothing errors.
import {spawn} from 'child_process';
import path from 'path';

import {browserSuite, startDemoSandbox, watchConsole, withPage} from './browser';
import {SandboxApp} from './pages';

const suite = browserSuite();

test("make demo's runner starts the sandbox, prints the URL and logins, and stops cleanly on Ctrl-C", async () => {
    const child = spawn(
        process.execPath,
        [require.resolve('tsx/cli'), path.join(__dirname, '../sandbox/run.ts'), '--port', '0'],
        {stdio: ['ignore', 'pipe', 'pipe']},
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
        output += chunk;
    });
    child.stderr.on('data', (chunk) => {
        output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
        await new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`the sandbox did not start: ${output}`)), 20000);
            child.stdout.on('data', () => {
                if (output.includes('Press Ctrl-C to stop.')) {
                    clearTimeout(timer);
                    resolve();
                }
            });
        });
        const url = /Token Manager sandbox: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)![1];
        expect(output).toMatch(/admin\s+System Admin/);
        expect(output).toMatch(/alice\s+regular user with the personal access token role/);
        const page = await fetch(`${url}/`);
        expect(page.status).toBe(200);
        expect(await page.text()).toMatch(/<div id="?root"?><\/div>/);
        child.kill('SIGINT');
        expect(await exited).toBe(0);
    } finally {
        child.kill('SIGKILL');
    }
    expect(output).toContain('Sandbox stopped.');
});

test('the built bundle loads as Mattermost loads it and /token help answers client-side', async () => {
    await withPage(suite.browser, 'bundle loads', async (page) => {
        const problems = watchConsole(page);
        const app = new SandboxApp(page, suite.running.siteUrl);
        await app.signIn('alice');
        const src = await page.locator('script#plugin_token-manager').getAttribute('src');
        expect(src).toMatch(/^\/static\/plugins\/token-manager\/token-manager_[0-9a-f]{8}_bundle\.js$/);

        suite.running.sandbox.requests = [];
        const reply = await app.command('/token help');
        await expect(
            reply.getByText('Token Manager: manage your personal access tokens without leaving the channel.'),
        ).toBeTruthy();
        expect(await reply.innerText()).toContain('(Only visible to you)');
        expect(await reply.innerText()).toContain('/token create <description>');
        expect(await reply.innerText()).toContain('not in the mobile apps');
        expect(await app.messageBox.inputValue()).toBe('');
        expect(suite.running.sandbox.requests.filter((r) => r.path === '/commands/execute')).toEqual([]);
        expect(problems).toEqual([]);
    });
});

test('other slash commands still reach the server', async () => {
    await withPage(suite.browser, 'other commands', async (page) => {
        const app = new SandboxApp(page, suite.running.siteUrl);
        await app.signIn('alice');
        await app.messageBox.fill('/echo hello');
        await app.messageBox.press('Enter');
        await page.getByRole('alert').filter({hasText: "Command with a trigger of 'echo' not found"}).waitFor();
        expect(await app.messageBox.inputValue()).toBe('/echo hello');
    });
});

test("the Settings modal shows the plugin's section, and uninitialize removes everything", async () => {
    await withPage(suite.browser, 'settings section', async (page) => {
        const problems = watchConsole(page);
        const app = new SandboxApp(page, suite.running.siteUrl);
        await app.signIn('alice');
        const dialog = await app.openSettingsTab('Token Manager');
        await dialog.getByRole('heading', {name: 'Token Manager Settings'}).waitFor();
        await dialog.getByRole('heading', {name: 'Personal access tokens'}).waitFor();
        await dialog.getByRole('list', {name: 'Your personal access tokens'}).waitFor();
        await page.keyboard.press('Escape');

        expect(await page.locator('#token-manager-styles').count()).toBe(1);
        await page.evaluate(() => (window as any).sandboxHost.unloadPlugin('token-manager'));
        expect(await page.locator('#token-manager-styles').count()).toBe(0);
        const menu = await app.openMainMenu();
        expect(await menu.getByRole('menuitem', {name: 'Token Manager'}).count()).toBe(0);
        await page.keyboard.press('Escape');
        expect(problems).toEqual([]);
    });
});

test('under a subpath (https://host/mattermost) the plugin talks to the right URL with the session cookie', async () => {
    const sub = await startDemoSandbox({basePath: '/mattermost'});
    try {
        await withPage(suite.browser, 'subpath', async (page) => {
            const problems = watchConsole(page);
            const app = new SandboxApp(page, sub.siteUrl);
            await app.signIn('alice');
            const reply = await app.command('/token list');
            await reply.getByText('4 tokens of @alice.').waitFor();
            expect(sub.sandbox.requests.find((r) => r.path.endsWith('/tokens'))).toMatchObject({
                status: 200,
                auth: 'cookie',
            });
            expect(problems).toEqual([]);
        });
    } finally {
        await sub.close();
    }
});
