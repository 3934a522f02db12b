// `make test-e2e`: the browser tests need Debian's Chromium (installed by .ci/run when missing).
import {spawnSync} from 'child_process';
import fs from 'fs';
import path from 'path';

import {CHROMIUM} from './browser';

if (!fs.existsSync(CHROMIUM)) {
    console.error(
        `Chromium is not installed at ${CHROMIUM}. Install it with:\n  apt-get update && apt-get install -y --no-install-recommends chromium`,
    );
    process.exit(1);
}
const jest = require.resolve('jest/bin/jest');
const result = spawnSync(
    process.execPath,
    [jest, '--ci', '--config', path.join(__dirname, 'jest.config.js'), ...process.argv.slice(2)],
    {stdio: 'inherit'},
);
process.exit(result.status ?? 1);
