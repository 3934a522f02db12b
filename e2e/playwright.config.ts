// Browser tests: @playwright/test driving Debian's Chromium (CHROMIUM_PATH overrides /usr/bin/chromium)
// against the sandbox, one sandbox per worker (fixtures.ts). `npx tsx e2e/run.ts` runs them; see README.
import path from 'path';

import {defineConfig} from '@playwright/test';

import {CHROMIUM, CHROMIUM_ARGS, VIEWPORT} from './browser';

export default defineConfig({
    testDir: __dirname,
    testMatch: '*.spec.ts',
    outputDir: path.join(__dirname, 'artifacts/test-results'),
    // Two cores shared with other work: one worker unless E2E_WORKERS says otherwise (at most 2 is sensible).
    workers: Number(process.env.E2E_WORKERS ?? 1),
    fullyParallel: false,
    forbidOnly: Boolean(process.env.CI),
    retries: 0,
    timeout: 60_000,
    expect: {timeout: 10_000},
    reporter: [['list'], ['html', {open: 'never', outputFolder: path.join(__dirname, 'artifacts/report')}]],
    use: {
        browserName: 'chromium',
        launchOptions: {executablePath: CHROMIUM, args: CHROMIUM_ARGS},
        viewport: VIEWPORT,
        acceptDownloads: true,
        actionTimeout: 10_000,
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
    },
});
