// Packs the built plugin into dist/<id>-<version>.tar.gz in the layout the server's installer accepts:
// one top-level folder named after the id, holding plugin.json, the webapp bundle and the assets.
import fs from 'fs';
import path from 'path';

import * as tar from 'tar';

import {assertValidManifest} from './manifest_rules';
import {DIST_DIR, ROOT} from './paths';
import {validateBundle} from './validate_bundle';

// root: the plugin's source tree (plugin.json, assets/, the built bundle); outDir: where the archive goes.
export async function createBundle(root = ROOT, outDir = DIST_DIR): Promise<string> {
    const manifest = assertValidManifest(JSON.parse(fs.readFileSync(path.join(root, 'plugin.json'), 'utf8')));
    const bundlePath = manifest.webapp?.bundle_path;
    if (!bundlePath || !fs.existsSync(path.join(root, bundlePath))) {
        throw new Error(`The webapp bundle ${bundlePath ?? '(none)'} is missing: run \`npm run build\` first.`);
    }
    const stage = path.join(outDir, manifest.id);
    fs.rmSync(stage, {recursive: true, force: true});
    fs.mkdirSync(path.join(stage, path.dirname(bundlePath)), {recursive: true});
    fs.writeFileSync(path.join(stage, 'plugin.json'), JSON.stringify(manifest, null, 4) + '\n');
    fs.copyFileSync(path.join(root, bundlePath), path.join(stage, bundlePath));
    fs.cpSync(path.join(root, 'assets'), path.join(stage, 'assets'), {recursive: true});

    const file = path.join(outDir, `${manifest.id}-${manifest.version}.tar.gz`);
    await tar.create({gzip: true, file, cwd: outDir, portable: true, noMtime: true}, [manifest.id]);
    fs.rmSync(stage, {recursive: true, force: true});
    return file;
}

async function main() {
    const file = await createBundle();
    const report = await validateBundle(file);
    console.log(
        `Wrote ${path.relative(ROOT, file)} (${report.files.length} files, ${fs.statSync(file).size} bytes); the validator accepts it.`,
    );
}

if (require.main === module) {
    main().catch((err: Error) => {
        console.error(err.message);
        process.exit(1);
    });
}
