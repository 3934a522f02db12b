// Checks the production bundle: size budget (gzip), no source maps; then packs dist/<id>-<version>.tar.gz
// and validates it. Prints the figures the README records.
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';

import {createBundle} from './bundle';
import {readManifest} from './manifest';
import {ROOT} from './paths';
import {validateBundle} from './validate_bundle';

// The code and English take about 60 KB gzip; each of the four other languages about 9 KB more. One bundle
// (the web app serves a plugin's one script; see webapp-host.md), so they all ship in it.
export const GZIP_BUDGET_BYTES = 110 * 1024;

async function main() {
    const manifest = readManifest();
    const file = path.join(ROOT, manifest.webapp!.bundle_path);
    const source = fs.readFileSync(file);
    const gzip = zlib.gzipSync(source, {level: 9}).length;
    console.log(
        `Bundle ${manifest.webapp!.bundle_path}: ${(source.length / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip (budget ${GZIP_BUDGET_BYTES / 1024} KB gzip).`,
    );
    const problems: string[] = [];
    if (gzip > GZIP_BUDGET_BYTES) {
        problems.push(
            `the bundle is ${(gzip / 1024).toFixed(1)} KB gzip, over the ${GZIP_BUDGET_BYTES / 1024} KB budget`,
        );
    }
    if (
        /sourceMappingURL=/.test(source.toString('utf8')) ||
        fs.readdirSync(path.dirname(file)).some((f) => f.endsWith('.map'))
    ) {
        problems.push('a source map is shipped');
    }
    const tarball = await createBundle();
    const report = await validateBundle(tarball);
    console.log(`${path.relative(ROOT, tarball)}: valid; ${report.files.join(', ')}`);
    if (problems.length > 0) {
        console.error(`Bundle check failed: ${problems.join('; ')}`);
        process.exit(1);
    }
}

main().catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
});
