// Fixtures for the browser tests:
// - workerSandbox: one sandbox per worker serving the built host page and plugin bundle;
// - sandbox: that sandbox, reset to its seed before each test;
// - app: the sandbox host page object on a fresh page;
// - pageLog: every console message and page error the page produced so far (the secret hunt reads it);
// - browserProblems (automatic): the test fails on any console error or uncaught page error, including a
//   resource that failed to load; a test that makes a request fail on purpose says so with
//   allowFailedRequest(url, reason);
// - expectAccessible(selector or locator): axe-core finds no violation there.
import {test as base, expect, type ConsoleMessage, type Locator} from '@playwright/test';

import type {RunningSandbox} from '../sandbox/server/server';
import {runAxe, runAxeOn, startDemoSandbox} from './browser';
import {SandboxApp} from './pages';

export interface LogEntry {
    kind: 'console' | 'pageerror';
    type: string;
    text: string;
    url: string;
}

export interface BrowserProblems {
    allowFailedRequest(url: RegExp, reason: string): void;
    unexpected(): LogEntry[];
}

export const FAILED_LOAD = /^Failed to load resource/;

type TestFixtures = {
    sandbox: RunningSandbox;
    app: SandboxApp;
    pageLog: LogEntry[];
    browserProblems: BrowserProblems;
    expectAccessible: (target: string | Locator) => Promise<void>;
};

type WorkerFixtures = {workerSandbox: RunningSandbox};

export const test = base.extend<TestFixtures, WorkerFixtures>({
    workerSandbox: [
        // eslint-disable-next-line no-empty-pattern
        async ({}, provide) => {
            const running = await startDemoSandbox();
            await provide(running);
            await running.close();
        },
        {scope: 'worker'},
    ],

    sandbox: async ({workerSandbox}, provide) => {
        workerSandbox.sandbox.reset();
        await provide(workerSandbox);
    },

    pageLog: async ({page}, provide) => {
        const log: LogEntry[] = [];
        page.on('console', (m: ConsoleMessage) =>
            log.push({kind: 'console', type: m.type(), text: m.text(), url: m.location().url}),
        );
        page.on('pageerror', (e) =>
            log.push({kind: 'pageerror', type: 'error', text: `${e.name}: ${e.message}\n${e.stack ?? ''}`, url: ''}),
        );
        await provide(log);
    },

    browserProblems: [
        async ({pageLog}, provide, testInfo) => {
            const allowed: Array<{url: RegExp; reason: string}> = [];
            const isAllowed = (entry: LogEntry) =>
                entry.kind === 'console' && FAILED_LOAD.test(entry.text) && allowed.find((a) => a.url.test(entry.url));
            const problems: BrowserProblems = {
                allowFailedRequest: (url, reason) => allowed.push({url, reason}),
                unexpected: () => pageLog.filter((e) => e.type === 'error' && !isAllowed(e)),
            };
            await provide(problems);
            const tolerated = new Set<string>();
            for (const entry of pageLog.filter((e) => e.type === 'error')) {
                const rule = isAllowed(entry);
                if (rule) {
                    tolerated.add(`${entry.url} (${rule.reason})`);
                }
            }
            for (const description of tolerated) {
                testInfo.annotations.push({type: 'tolerated console error', description});
            }
            const unexpected = problems.unexpected().map((e) => `${e.kind}: ${e.text}${e.url ? ` [${e.url}]` : ''}`);
            expect(unexpected, 'console errors and page errors').toEqual([]);
        },
        {auto: true},
    ],

    app: async ({page, sandbox}, provide) => {
        await provide(new SandboxApp(page, sandbox.siteUrl));
    },

    expectAccessible: async ({page}, provide) => {
        await provide(async (target: string | Locator) => {
            const violations = typeof target === 'string' ? await runAxe(page, target) : await runAxeOn(target);
            expect(violations, `axe-core violations in ${target}`).toEqual([]);
        });
    },
});

export {expect};

// The sandbox's HTTP controls (POST /sandbox/config, /sandbox/users/{username}, ...), as a demo user would use them.
export async function sandboxControl(running: RunningSandbox, path: string, body?: unknown): Promise<any> {
    const response = await fetch(`${running.siteUrl}/sandbox${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {'Content-Type': 'application/json'},
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
        throw new Error(`${path}: ${response.status} ${await response.text()}`);
    }
    return response.json();
}

// Tags for tests that cannot pass before other work lands (run.ts leaves them out by default).
