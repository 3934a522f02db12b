// Page objects for the sandbox host (a stand-in for the Mattermost web app) and the plugin's surfaces. They
// wait with Playwright's auto-retrying assertions; the scripts (screenshots, bench) use them too.
import {expect, type Locator, type Page} from '@playwright/test';

export const PLUGIN_ID = 'token-manager';

// One post in the channel or the thread view.
export class PostItem {
    constructor(readonly root: Locator) {}

    get author(): Locator {
        return this.root.locator('.post__header .user-popover');
    }

    // "(Only visible to you)", shown for system_ephemeral posts.
    get visibility(): Locator {
        return this.root.locator('.post__visibility');
    }

    get logo(): Locator {
        return this.root.getByRole('img', {name: 'Mattermost Logo'});
    }

    get avatar(): Locator {
        return this.root.locator('img.Avatar');
    }

    get body(): Locator {
        return this.root.locator('.post__body');
    }

    get dismissButton(): Locator {
        return this.root.getByRole('button', {name: '×', exact: true});
    }

    get moreButton(): Locator {
        return this.root.getByRole('button', {name: 'More', exact: true});
    }

    get reactionButton(): Locator {
        return this.root.getByRole('button', {name: 'Add Reaction'});
    }

    get saveButton(): Locator {
        return this.root.getByRole('button', {name: /^(Save|Saved)$/});
    }

    async id(): Promise<string> {
        return (await this.root.getAttribute('data-post-id')) ?? '';
    }

    async openMenu(): Promise<Locator> {
        await this.root.hover();
        await this.moreButton.click();
        const menu = this.root.page().getByRole('menu', {name: 'More'});
        await expect(menu).toBeVisible();
        return menu;
    }

    // Opens the post's thread in the right-hand side.
    async reply(): Promise<ThreadView> {
        const menu = await this.openMenu();
        await menu.getByRole('menuitem', {name: 'Reply'}).click();
        const thread = new ThreadView(this.root.page());
        await expect(thread.root).toBeVisible();
        return thread;
    }

    async edit(text: string) {
        const menu = await this.openMenu();
        await menu.getByRole('menuitem', {name: 'Edit'}).click();
        const editor = this.root.getByRole('textbox', {name: 'Edit message'});
        await editor.fill(text);
        await editor.press('Enter');
    }
}

// Shared by the channel and the thread view: a message box and the posts above it.
abstract class MessageArea {
    abstract readonly messageBox: Locator;
    abstract readonly posts: Locator;

    lastPost(): Locator {
        return this.posts.last();
    }

    lastPostItem(): PostItem {
        return new PostItem(this.lastPost());
    }

    // Types a command (or message) and, unless told not to, waits for a new post.
    async command(text: string, options: {expectReply?: boolean} = {}): Promise<Locator> {
        const before = await this.posts.count();
        await this.messageBox.fill(text);
        await this.messageBox.press('Enter');
        if (options.expectReply !== false) {
            await expect.poll(() => this.posts.count()).toBeGreaterThan(before);
        }
        return this.lastPost();
    }
}

export class ThreadView extends MessageArea {
    readonly root: Locator;
    readonly messageBox: Locator;
    readonly posts: Locator;

    constructor(readonly page: Page) {
        super();
        this.root = page.getByRole('complementary', {name: 'Thread', exact: true});
        this.messageBox = this.root.getByRole('textbox', {name: 'Reply to this thread...'});
        this.posts = this.root.getByRole('log', {name: 'Thread messages', exact: true}).locator('article');
    }

    async close() {
        await this.root.getByRole('button', {name: 'Close'}).click();
        await expect(this.root).toBeHidden();
    }
}

export class SettingsModal {
    readonly root: Locator;

    constructor(readonly page: Page) {
        this.root = page.getByRole('dialog', {name: 'Settings', exact: true});
    }

    tab(name: string): Locator {
        return this.root.getByRole('tab', {name});
    }

    async selectTab(name: string): Promise<Locator> {
        await this.tab(name).click();
        await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
        return this.root;
    }

    async close() {
        await this.root.getByRole('button', {name: 'Close', exact: true}).first().click();
        await expect(this.root).toBeHidden();
    }
}

export class SandboxApp extends MessageArea {
    readonly messageBox: Locator;
    readonly channel: Locator;
    readonly posts: Locator;
    readonly settings: SettingsModal;

    constructor(
        readonly page: Page,
        readonly baseUrl: string,
    ) {
        super();
        this.messageBox = page.getByRole('textbox', {name: 'Write to Town Square'});
        this.channel = page.getByRole('log', {name: 'Messages', exact: true});
        this.posts = this.channel.locator('article');
        this.settings = new SettingsModal(page);
    }

    async signIn(username: string) {
        await this.page.goto(`${this.baseUrl}/`);
        await this.page.getByRole('button', {name: new RegExp(`^Sign in as ${username}\\b`)}).click();
        await this.pluginReady();
    }

    // Loads the page again (the session resumes, the plugin is initialized anew, e.g. in a new locale).
    async reload() {
        await this.page.reload();
        await this.pluginReady();
    }

    private async pluginReady() {
        await expect(this.messageBox).toBeVisible();
        await expect
            .poll(() => this.page.evaluate(() => (window as any).sandboxHost?.loadedPlugins() ?? []))
            .toContain(PLUGIN_ID);
    }

    // A round trip to the server issued once the plugins' components have mounted and run their effects:
    // whatever they ask the server at start-up has reached it by the time this returns.
    async settle() {
        await this.page.evaluate(async (base) => {
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            await fetch(`${base}/api/v4/system/ping`);
        }, this.baseUrl);
    }

    get thread(): ThreadView {
        return new ThreadView(this.page);
    }

    // The team menu: the button with the team's name at the top of the left sidebar.
    get teamMenuButton(): Locator {
        return this.page.getByRole('navigation', {name: 'Channels'}).getByRole('button', {name: 'Sandbox'});
    }

    async openTeamMenu(): Promise<Locator> {
        await this.teamMenuButton.click();
        const menu = this.page.getByRole('menu', {name: 'Sandbox'});
        await expect(menu).toBeVisible();
        return menu;
    }

    // The gear in the global header.
    get settingsButton(): Locator {
        return this.page.getByRole('banner').getByRole('button', {name: 'Settings', exact: true});
    }

    async openSettings(): Promise<SettingsModal> {
        await this.settingsButton.click();
        await expect(this.settings.root).toBeVisible();
        return this.settings;
    }

    async openSettingsTab(tab: string): Promise<Locator> {
        const settings = await this.openSettings();
        return settings.selectTab(tab);
    }

    tokenManager(): Locator {
        return this.page.getByRole('dialog', {name: 'Token Manager', exact: true});
    }

    async openTokenManager(): Promise<Locator> {
        const menu = await this.openTeamMenu();
        await menu.getByRole('menuitem', {name: 'Token Manager'}).click();
        await expect(this.tokenManager()).toBeVisible();
        return this.tokenManager();
    }

    // The host's theme switch (through its API, since an open modal covers the header button).
    async setTheme(theme: 'light' | 'dark') {
        await this.page.evaluate((t) => (window as any).sandboxHost.setTheme(t), theme);
        await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme);
    }

    // What dragging the channel sidebar's edge does in the web app (which allows 200 px at the narrowest).
    async resizeSidebar(width: number) {
        await this.page.evaluate(
            (w) => document.querySelector<HTMLElement>('.host-app')?.style.setProperty('--host-lhs-width', `${w}px`),
            width,
        );
    }

    async setLocale(locale: string) {
        await this.page.evaluate((l) => (window as any).sandboxHost.setLocale(l), locale);
    }

    // The error the host shows under the channel's message box (a message hook's {error}; the draft is kept).
    get messageBoxError(): Locator {
        return this.page.locator('.host-post-create', {has: this.messageBox}).getByRole('alert');
    }

    // The paste guard's dialog: a message holding a live access token waits for the user's answer.
    pasteGuard(): Locator {
        return this.page.getByRole('alertdialog', {name: /^This message contains (a|\d+) live access tokens?$/});
    }

    // The expiry reminder's card (a region named by its title).
    expiryReminder(): Locator {
        return this.page.getByRole('region', {name: /personal access tokens? (expires? soon|ha(s|ve) expired)/});
    }

    // Before the next page load: the expiry reminder was already shown today for these users, so it neither
    // lists their tokens nor shows its card (for tests about something else).
    async skipExpiryReminder(...userIds: string[]) {
        await this.page.addInitScript(
            ({ids, plugin}) => {
                const d = new Date();
                const pad = (n: number) => String(n).padStart(2, '0');
                const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
                try {
                    ids.forEach((id) => localStorage.setItem(`${plugin}:expiry_reminder:${id}`, today));
                } catch {
                    // No storage on this document (about:blank).
                }
            },
            {ids: userIds, plugin: PLUGIN_ID},
        );
    }

    async unloadPlugin(id = PLUGIN_ID) {
        await this.page.evaluate((p) => (window as any).sandboxHost.unloadPlugin(p), id);
    }

    async simulateIncomingPost(post: Record<string, unknown>) {
        await this.page.evaluate((p) => (window as any).sandboxHost.simulateIncomingPost(p), post);
    }

    async recordedActions(): Promise<unknown[]> {
        return this.page.evaluate(() => (window as any).sandboxHost.recordedActions());
    }

    async state(): Promise<any> {
        return this.page.evaluate(() => JSON.parse(JSON.stringify((window as any).sandboxHost.store.getState())));
    }
}
