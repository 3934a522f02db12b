// The foundation: the demo starts, the built bundle loads in the host page the way Mattermost loads it,
// /token help answers without a server round trip, the Settings section appears, and disabling the plugin
// removes everything it registered.
import {spawn} from 'child_process';
import path from 'path';

import {startDemoSandbox} from './browser';
import {expect, test} from './fixtures';
import {SandboxApp} from './pages';

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
        await expect.poll(() => output, {timeout: 20_000}).toContain('Press Ctrl-C to stop.');
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

test('the built bundle loads as Mattermost loads it and /token help answers client-side', async ({
    app,
    page,
    sandbox,
}) => {
    await app.signIn('alice');
    await expect(page.locator('script#plugin_token-manager')).toHaveAttribute(
        'src',
        /^\/static\/plugins\/token-manager\/token-manager_[0-9a-f]{8}_bundle\.js$/,
    );

    sandbox.sandbox.requests = [];
    const reply = await app.command('/token help');
    await expect(
        reply.getByText('Token Manager: manage your personal access tokens without leaving the channel.'),
    ).toBeVisible();
    await expect(reply).toContainText('/token create <description>');
    await expect(reply).toContainText('not in the mobile apps');
    await expect(app.messageBox).toHaveValue('');
    expect(sandbox.sandbox.requests.filter((r) => r.path === '/commands/execute')).toEqual([]);
});

test('other slash commands still reach the server', async ({app, sandbox, browserProblems}) => {
    browserProblems.allowFailedRequest(/\/api\/v4\/commands\/execute$/, 'the server answers 404 for /echo');
    await app.signIn('alice');
    await app.command('/echo hello', {expectReply: false});
    await expect(app.page.getByRole('alert')).toContainText("Command with a trigger of 'echo' not found");
    await expect(app.messageBox).toHaveValue('/echo hello');
    expect(sandbox.sandbox.requests.filter((r) => r.path === '/commands/execute')).toHaveLength(1);
});

test("the Settings modal shows the plugin's section, and disabling the plugin removes everything", async ({
    app,
    page,
}) => {
    await app.signIn('alice');
    const dialog = await app.openSettingsTab('Token Manager');
    await expect(dialog.getByRole('heading', {name: 'Token Manager Settings'})).toBeVisible();
    await expect(dialog.getByRole('heading', {name: 'Personal access tokens'})).toBeVisible();
    await expect(dialog.getByRole('list', {name: 'Your personal access tokens'})).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await expect(page.locator('#token-manager-styles')).toHaveCount(1);
    const menu = await app.openTeamMenu();
    await expect(menu.getByRole('menuitem', {name: 'Token Manager'})).toBeVisible();
    await page.keyboard.press('Escape');

    await app.unloadPlugin();
    await expect(page.locator('#token-manager-styles')).toHaveCount(0);
    await expect(page.locator('script#plugin_token-manager')).toHaveCount(0);
    const after = await app.openTeamMenu();
    await expect(after.getByRole('menuitem')).not.toHaveCount(0);
    await expect(after.getByRole('menuitem', {name: 'Token Manager'})).toHaveCount(0);
    await page.keyboard.press('Escape');
    const settings = await app.openSettings();
    await expect(settings.tab('Token Manager')).toHaveCount(0);
    await expect(settings.root.getByText('PLUGIN PREFERENCES')).toHaveCount(0);
});

test('under a subpath (https://host/mattermost) the plugin talks to the right URL with the session cookie', async ({
    page,
}) => {
    const sub = await startDemoSandbox({basePath: '/mattermost'});
    try {
        const app = new SandboxApp(page, sub.siteUrl);
        await app.signIn('alice');
        const reply = await app.command('/token list');
        await expect(reply.getByText('4 tokens of @alice.')).toBeVisible();
        expect(sub.sandbox.requests.find((r) => r.path.endsWith('/tokens'))).toMatchObject({
            status: 200,
            auth: 'cookie',
        });
    } finally {
        await sub.close();
    }
});
