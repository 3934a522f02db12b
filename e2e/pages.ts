// Page objects for the sandbox host and the plugin's surfaces.
import type {Locator, Page} from 'playwright-core';

export class SandboxApp {
    constructor(
        readonly page: Page,
        readonly baseUrl: string,
    ) {}

    async signIn(username: string) {
        await this.page.goto(`${this.baseUrl}/`);
        await this.page.getByRole('button', {name: new RegExp(`^Sign in as ${username}\\b`)}).click();
        await this.messageBox.waitFor();
        // The plugin has loaded when its main-menu entry exists.
        await this.page.waitForFunction(() => (window as any).sandboxHost?.loadedPlugins().includes('token-manager'));
    }

    get messageBox(): Locator {
        return this.page.getByRole('textbox', {name: 'Write to Town Square'});
    }

    get posts(): Locator {
        return this.page.getByRole('log', {name: 'Messages'}).locator('article');
    }

    lastPost(): Locator {
        return this.posts.last();
    }

    // Types a command and waits for the plugin's reply (a new post).
    async command(text: string, options: {expectReply?: boolean} = {}): Promise<Locator> {
        const before = await this.posts.count();
        await this.messageBox.fill(text);
        await this.messageBox.press('Enter');
        if (options.expectReply === false) {
            return this.lastPost();
        }
        await this.page.waitForFunction(
            (n) => document.querySelectorAll('[aria-label="Messages"] article').length > n,
            before,
        );
        return this.lastPost();
    }

    async openMainMenu() {
        await this.page.getByRole('button', {name: 'Main menu'}).click();
        return this.page.getByRole('menu', {name: 'Main menu'});
    }

    async openSettingsTab(tab: string) {
        const menu = await this.openMainMenu();
        await menu.getByRole('menuitem', {name: 'Settings'}).click();
        const dialog = this.page.getByRole('dialog', {name: 'Settings'});
        await dialog.getByRole('tab', {name: tab}).click();
        return dialog;
    }

    async openTokenManager() {
        const menu = await this.openMainMenu();
        await menu.getByRole('menuitem', {name: 'Token Manager'}).click();
        return this.page.getByRole('dialog', {name: 'Token Manager'});
    }

    // The host's theme switch (through its API, since an open modal covers the header button).
    async setTheme(theme: 'light' | 'dark') {
        await this.page.evaluate((t) => (window as any).sandboxHost.setTheme(t), theme);
        await this.page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
    }
}
