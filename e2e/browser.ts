// Launching Chromium, the sandbox, page objects and failure artifacts for the browser tests.
import fs from 'fs';
import path from 'path';

import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';

import {sandboxOptionsFromRepo} from '../sandbox/run';
import type {SandboxOptions} from '../sandbox/server/app';
import {startSandbox, type RunningSandbox} from '../sandbox/server/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, 'artifacts');

export const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
];

export async function launch(): Promise<Browser> {
    if (!fs.existsSync(CHROMIUM)) {
        throw new Error(
            `Chromium is not installed at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
        );
    }
    return chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
}

export async function startDemoSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
    return startSandbox({...sandboxOptionsFromRepo(), ...options});
}

// One Chromium and one sandbox for a test file, the sandbox reset before each test.
export function browserSuite(options: SandboxOptions = {}): {browser: Browser; running: RunningSandbox} {
    const suite = {} as {browser: Browser; running: RunningSandbox};
    beforeAll(async () => {
        suite.browser = await launch();
        suite.running = await startDemoSandbox(options);
    });
    afterAll(async () => {
        await suite.browser?.close();
        await suite.running?.close();
    });
    beforeEach(() => suite.running.sandbox.reset());
    return suite;
}

// Console errors and uncaught exceptions the page produced; every test asserts there are none.
export function watchConsole(page: Page): string[] {
    const problems: string[] = [];
    page.on('console', (message) => {
        if (message.type() === 'error') {
            problems.push(`console.error: ${message.text()}`);
        }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    return problems;
}

// Runs a test body with a fresh context; on failure keeps a Playwright trace and a screenshot.
export async function withPage(
    browser: Browser,
    name: string,
    body: (page: Page, context: BrowserContext) => Promise<void>,
    options: {permissions?: string[]} = {},
) {
    const context = await browser.newContext({viewport: {width: 1400, height: 900}, acceptDownloads: true});
    if (options.permissions) {
        await context.grantPermissions(options.permissions);
    }
    await context.tracing.start({screenshots: true, snapshots: true});
    const page = await context.newPage();
    try {
        await body(page, context);
        await context.tracing.stop();
    } catch (err) {
        fs.mkdirSync(ARTIFACTS, {recursive: true});
        const safe = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
        await page.screenshot({path: path.join(ARTIFACTS, `${safe}.png`)}).catch(() => undefined);
        await context.tracing.stop({path: path.join(ARTIFACTS, `${safe}-trace.zip`)}).catch(() => undefined);
        throw err;
    } finally {
        await context.close();
    }
}

export async function runAxe(
    page: Page,
    selector: string,
): Promise<Array<{id: string; help: string; nodes: string[]}>> {
    const loaded = await page.evaluate(() => typeof (window as any).axe !== 'undefined');
    if (!loaded) {
        await page.addScriptTag({path: require.resolve('axe-core/axe.min.js')});
    }
    return page.evaluate(async (sel) => {
        const result = await (window as any).axe.run(sel, {resultTypes: ['violations']});
        return result.violations.map((v: any) => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.map((n: any) => n.target.join(' ')),
        }));
    }, selector);
}
