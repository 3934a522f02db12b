// `make test-e2e`: the browser tests with Playwright's runner (e2e/playwright.config.ts). They need Debian's
// Chromium (installed by .ci/run when missing). Arguments go to `playwright test` (a file, `-g "title"`,
// --headed, --debug...).
import {spawnSync} from 'child_process';
import path from 'path';

import {chromiumMissingMessage} from './browser';

const missing = chromiumMissingMessage();
if (missing) {
    console.error(missing);
    process.exit(1);
}
const args = process.argv.slice(2);
const cli = require.resolve('@playwright/test/cli');
const result = spawnSync(
    process.execPath,
    [cli, 'test', '--config', path.join(__dirname, 'playwright.config.ts'), ...args],
    {stdio: 'inherit'},
);
process.exit(result.status ?? 1);
