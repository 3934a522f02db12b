// `npx tsx e2e/screenshots.ts`: screenshots of every view in both themes, into e2e/artifacts/, to look at.
import fs from 'fs';
import path from 'path';

import {launch, startDemoSandbox} from './browser';
import {SandboxApp} from './pages';

async function main() {
    const out = path.join(__dirname, 'artifacts');
    fs.mkdirSync(out, {recursive: true});
    const running = await startDemoSandbox();
    const browser = await launch();
    try {
        for (const theme of ['light', 'dark'] as const) {
            const page = await browser.newPage({viewport: {width: 1400, height: 900}});
            const app = new SandboxApp(page, running.siteUrl);
            await app.signIn('admin');
            await app.setTheme(theme);
            await app.command('/token list');
            await app.command('/token create "Screenshot demo" --expires 30d');
            await page.screenshot({path: path.join(out, `${theme}-slash.png`)});
            const settings = await app.openSettingsTab('Token Manager');
            await settings.getByRole('list', {name: 'Your personal access tokens'}).waitFor();
            await page.screenshot({path: path.join(out, `${theme}-settings.png`)});
            await page.keyboard.press('Escape');
            const modal = await app.openTokenManager();
            await modal.getByRole('list', {name: 'Your personal access tokens'}).waitFor();
            await page.screenshot({path: path.join(out, `${theme}-modal-mine.png`)});
            await modal.getByRole('tab', {name: 'All tokens'}).click();
            await modal.getByText(/tokens on the server/).waitFor();
            await modal.getByRole('checkbox', {name: /Select Deploy webhook/}).check();
            await page.screenshot({path: path.join(out, `${theme}-modal-inventory.png`)});
            await page.close();
        }
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
