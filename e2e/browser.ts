// Chromium, the sandbox and axe-core, shared by the Playwright tests (fixtures.ts) and the plain
// playwright-core scripts (screenshots.ts, bench_inventory.ts).
import fs from 'fs';

import {chromium, type Browser, type Locator, type Page} from 'playwright-core';

import {sandboxOptionsFromRepo} from '../sandbox/run';
import type {SandboxOptions} from '../sandbox/server/app';
import {startSandbox, type RunningSandbox} from '../sandbox/server/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

export const VIEWPORT = {width: 1400, height: 900};

export function chromiumMissingMessage(): string | undefined {
    if (fs.existsSync(CHROMIUM)) {
        return undefined;
    }
    return `Chromium is not installed at ${CHROMIUM}. Install it with:\n  apt-get update && apt-get install -y --no-install-recommends chromium\n(or set CHROMIUM_PATH).`;
}

export async function launch(): Promise<Browser> {
    const missing = chromiumMissingMessage();
    if (missing) {
        throw new Error(missing);
    }
    return chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
}

// The sandbox serving the built host page and the built plugin bundle, as `make demo` does.
export async function startDemoSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
    return startSandbox({...sandboxOptionsFromRepo(), ...options});
}

export interface AxeViolation {
    id: string;
    help: string;
    nodes: string[];
}

async function injectAxe(page: Page) {
    const loaded = await page.evaluate(() => typeof (window as any).axe !== 'undefined');
    if (!loaded) {
        await page.addScriptTag({path: require.resolve('axe-core/axe.min.js')});
    }
}

// axe-core on the elements a CSS selector matches.
export async function runAxe(page: Page, selector: string): Promise<AxeViolation[]> {
    await injectAxe(page);
    return page.evaluate(async (sel) => {
        const result = await (window as any).axe.run(sel, {resultTypes: ['violations']});
        return result.violations.map((v: any) => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.map((n: any) => n.target.join(' ')),
        }));
    }, selector);
}

// axe-core on the element a locator finds (by role and name, so it survives a plugin renaming its classes).
export async function runAxeOn(locator: Locator): Promise<AxeViolation[]> {
    await injectAxe(locator.page());
    return locator.evaluate(async (element) => {
        const result = await (window as any).axe.run(element, {resultTypes: ['violations']});
        return result.violations.map((v: any) => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.map((n: any) => n.target.join(' ')),
        }));
    });
}
