// `make screenshots`: every view in both themes, into e2e/artifacts/screenshots/, to look at: a /token reply
// and the inventory reply, a thread with a reply, the Settings modal with the plugin's tab, the Token
// Manager window (My tokens, All tokens); the window opened from Settings; the tokens-disabled notice; then
// the Settings section and All tokens in German. A plain playwright-core script using the page objects.
import fs from 'fs';
import path from 'path';

import {launch, startDemoSandbox, VIEWPORT} from './browser';
import {PostItem, SandboxApp} from './pages';

async function main() {
    const out = path.join(__dirname, 'artifacts/screenshots');
    fs.mkdirSync(out, {recursive: true});
    const running = await startDemoSandbox();
    const browser = await launch();
    try {
        for (const theme of ['light', 'dark'] as const) {
            running.sandbox.reset();
            const page = await browser.newPage({viewport: VIEWPORT});
            const app = new SandboxApp(page, running.siteUrl);
            await app.signIn('admin');
            await app.setTheme(theme);
            await app.command('/token help');
            await page.screenshot({path: path.join(out, `${theme}-reply.png`)});
            await app.command('/token list');
            await app.command('/token create "Screenshot demo" --expires 30d');
            await page.screenshot({path: path.join(out, `${theme}-slash.png`)});

            await app.simulateIncomingPost({
                id: `screenshotroot${theme}`.padEnd(26, '0'),
                user_id: running.sandbox.user('alice').id,
                channel_id: 'townsquare0000000000000000',
                root_id: '',
                message: 'Which of my tokens expire this month?',
                type: '',
                create_at: Date.now(),
                update_at: Date.now(),
                props: {},
            });
            const thread = await new PostItem(app.lastPost()).reply();
            await thread.command('/token list @alice');
            await page.screenshot({path: path.join(out, `${theme}-thread.png`)});
            await thread.close();

            const settings = await app.openSettingsTab('Token Manager');
            await settings.getByRole('list', {name: 'Your personal access tokens'}).waitFor();
            await page.screenshot({path: path.join(out, `${theme}-settings.png`)});
            await app.settings.close();

            const modal = await app.openTokenManager();
            await modal.getByRole('list', {name: 'Your personal access tokens'}).waitFor();
            await page.screenshot({path: path.join(out, `${theme}-modal-mine.png`)});
            await modal.getByRole('tab', {name: 'All tokens'}).click();
            await modal.getByText(/tokens on the server/).waitFor();
            await modal.getByRole('checkbox', {name: /Select Deploy webhook/}).check();
            await page.screenshot({path: path.join(out, `${theme}-modal-inventory.png`)});
            await page.close();
        }

        // The window opened from the Settings section (on top, Settings closed), and the notice every listing
        // shows when personal access tokens are disabled on the server.
        {
            running.sandbox.reset();
            const page = await browser.newPage({viewport: VIEWPORT});
            const app = new SandboxApp(page, running.siteUrl);
            await app.signIn('alice');
            const settings = await app.openSettingsTab('Token Manager');
            await settings.getByRole('button', {name: 'Open Token Manager'}).click();
            await app.tokenManager().getByRole('list', {name: 'Your personal access tokens'}).waitFor();
            await page.screenshot({path: path.join(out, 'window-from-settings.png')});
            await page.close();

            running.sandbox.reset();
            running.sandbox.config.EnableUserAccessTokens = false;
            const admin = new SandboxApp(await browser.newPage({viewport: VIEWPORT}), running.siteUrl);
            await admin.signIn('admin');
            await admin.command('/token list');
            await admin.page.screenshot({path: path.join(out, 'disabled-slash.png')});
            const win = await admin.openTokenManager();
            await win.getByRole('tab', {name: 'All tokens'}).click();
            await win.getByText(/tokens on the server/).waitFor();
            await admin.page.screenshot({path: path.join(out, 'disabled-inventory.png')});
            await admin.page.close();
        }

        // German, the longest of the shipped languages (the web app registers plugins once, so the page is
        // loaded again after the language changes).
        running.sandbox.reset();
        const page = await browser.newPage({viewport: VIEWPORT});
        const app = new SandboxApp(page, running.siteUrl);
        await app.signIn('admin');
        await app.setLocale('de');
        await app.reload();
        const settings = await app.openSettingsTab('Token Manager');
        await settings.getByRole('list', {name: 'Deine persönlichen Zugriffs-Token'}).waitFor();
        await page.screenshot({path: path.join(out, 'de-settings.png')});
        await app.settings.close();
        const modal = await app.openTokenManager();
        await modal.getByRole('tab', {name: 'Alle Token'}).click();
        await modal.getByRole('list', {name: 'Anzahl je Risiko'}).waitFor();
        await page.screenshot({path: path.join(out, 'de-modal-inventory.png')});
        await page.close();
    } finally {
        await browser.close();
        await running.close();
    }
    console.log(`Screenshots in ${path.relative(process.cwd(), out)}/`);
}

main().catch((err) => {
    console.error(err);
    process.exit(1);
});
