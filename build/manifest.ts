// Validates plugin.json and (re)generates webapp/src/manifest.ts.
// `tsx build/manifest.ts` writes it; `--check` fails when the checked-in module is stale.
import fs from 'fs';

import {assertValidManifest, renderManifestModule} from './manifest_rules';
import {MANIFEST_MODULE_PATH, MANIFEST_PATH} from './paths';

export function readManifest() {
    return assertValidManifest(JSON.parse(fs.readFileSync(MANIFEST_PATH, 'utf8')));
}

function main() {
    const manifest = readManifest();
    const wanted = renderManifestModule(manifest);
    const current = fs.existsSync(MANIFEST_MODULE_PATH) ? fs.readFileSync(MANIFEST_MODULE_PATH, 'utf8') : '';
    if (process.argv.includes('--check')) {
        if (current !== wanted) {
            console.error('webapp/src/manifest.ts is stale: run `npm run manifest`.');
            process.exit(1);
        }
        return;
    }
    if (current !== wanted) {
        fs.writeFileSync(MANIFEST_MODULE_PATH, wanted);
    }
    console.log(`plugin.json is valid (${manifest.id} ${manifest.version}).`);
}

if (require.main === module) {
    main();
}
