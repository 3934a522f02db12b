// Checks a plugin .tar.gz the way the server's installer reads it: a single top-level folder holding a valid
// plugin.json, the webapp bundle at webapp.bundle_path and the icon at icon_path; no unsafe paths, no source maps.
import fs from 'fs';
import os from 'os';
import path from 'path';

import * as tar from 'tar';

import {assertValidManifest, type PluginManifest} from './manifest_rules';

export interface BundleReport {
    manifest: PluginManifest;
    topLevel: string;
    files: string[];
}

export async function validateBundle(file: string): Promise<BundleReport> {
    const entries: string[] = [];
    await tar.list({
        file,
        onReadEntry: (entry) => {
            entries.push(entry.path);
        },
    });
    const problems: string[] = [];
    for (const entry of entries) {
        if (entry.startsWith('/') || entry.split('/').includes('..')) {
            problems.push(`unsafe path in archive: ${entry}`);
        }
        if (entry.endsWith('.map')) {
            problems.push(`source map shipped: ${entry}`);
        }
    }
    const tops = new Set(entries.map((e) => e.split('/')[0]).filter(Boolean));
    if (tops.size !== 1) {
        problems.push(`the archive must hold exactly one top-level folder, found: ${[...tops].join(', ') || 'none'}`);
    }
    if (problems.length > 0) {
        throw new Error(`${path.basename(file)} is not a valid plugin bundle:\n  - ${problems.join('\n  - ')}`);
    }
    const topLevel = [...tops][0];

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'token-manager-bundle-'));
    try {
        await tar.extract({file, cwd: dir});
        const manifestFile = path.join(dir, topLevel, 'plugin.json');
        if (!fs.existsSync(manifestFile)) {
            throw new Error(`${path.basename(file)} has no ${topLevel}/plugin.json`);
        }
        const manifest = assertValidManifest(JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
        if (manifest.id !== topLevel) {
            throw new Error(`the top-level folder (${topLevel}) is not named after the plugin id (${manifest.id})`);
        }
        for (const needed of [manifest.webapp?.bundle_path, manifest.icon_path]) {
            if (needed && !fs.existsSync(path.join(dir, topLevel, needed))) {
                throw new Error(`${path.basename(file)} lacks ${topLevel}/${needed}, which plugin.json names`);
            }
        }
        return {manifest, topLevel, files: entries.filter((e) => !e.endsWith('/'))};
    } finally {
        fs.rmSync(dir, {recursive: true, force: true});
    }
}

async function main() {
    const file = process.argv[2];
    if (!file) {
        console.error('usage: tsx build/validate_bundle.ts dist/<id>-<version>.tar.gz');
        process.exit(2);
    }
    const report = await validateBundle(file);
    console.log(`${path.basename(file)} is valid:`);
    for (const entry of report.files) {
        console.log(`  ${entry}`);
    }
}

if (require.main === module) {
    main().catch((err: Error) => {
        console.error(err.message);
        process.exit(1);
    });
}
