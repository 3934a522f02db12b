/** @jest-environment node */
import fs from 'fs';
import os from 'os';
import path from 'path';

import * as tar from 'tar';

import {createBundle} from './bundle';
import {validateBundle} from './validate_bundle';

function fakePlugin(manifest: Record<string, unknown> = {}) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-plugin-'));
    const full = {
        id: 'token-manager',
        name: 'Token Manager',
        version: '0.9.1',
        icon_path: 'assets/icon.svg',
        webapp: {bundle_path: 'webapp/dist/main.js'},
        ...manifest,
    };
    fs.writeFileSync(path.join(root, 'plugin.json'), JSON.stringify(full));
    fs.mkdirSync(path.join(root, 'webapp/dist'), {recursive: true});
    fs.writeFileSync(
        path.join(root, 'webapp/dist/main.js'),
        'window.registerPlugin("token-manager", {initialize() {}});',
    );
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'assets/icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-dist-'));
    return {root, out};
}

async function makeArchive(entries: Record<string, string>): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-bad-'));
    for (const [name, content] of Object.entries(entries)) {
        fs.mkdirSync(path.join(dir, path.dirname(name)), {recursive: true});
        fs.writeFileSync(path.join(dir, name), content);
    }
    const file = path.join(dir, 'bad.tar.gz');
    const tops = [...new Set(Object.keys(entries).map((e) => e.split('/')[0]))];
    await tar.create({gzip: true, file, cwd: dir}, tops);
    return file;
}

describe('createBundle', () => {
    test('writes <id>-<version>.tar.gz with one top-level folder that the validator accepts', async () => {
        const {root, out} = fakePlugin();
        const file = await createBundle(root, out);
        expect(path.basename(file)).toBe('token-manager-0.9.1.tar.gz');
        const report = await validateBundle(file);
        expect(report.topLevel).toBe('token-manager');
        expect(report.files.sort()).toEqual([
            'token-manager/assets/icon.svg',
            'token-manager/plugin.json',
            'token-manager/webapp/dist/main.js',
        ]);
        expect(fs.readdirSync(out)).toEqual(['token-manager-0.9.1.tar.gz']);
    });

    test('refuses to pack without a built bundle', async () => {
        const {root, out} = fakePlugin();
        fs.rmSync(path.join(root, 'webapp/dist/main.js'));
        await expect(createBundle(root, out)).rejects.toThrow('run `npm run build` first');
    });

    test('refuses an invalid manifest', async () => {
        const {root, out} = fakePlugin({version: 'v1'});
        await expect(createBundle(root, out)).rejects.toThrow('plugin.json is invalid');
    });
});

describe('validateBundle', () => {
    const manifest = JSON.stringify({
        id: 'token-manager',
        name: 'T',
        version: '1.0.0',
        webapp: {bundle_path: 'webapp/dist/main.js'},
    });

    test('rejects two top-level folders', async () => {
        const file = await makeArchive({
            'token-manager/plugin.json': manifest,
            'token-manager/webapp/dist/main.js': '',
            'other/x.txt': '',
        });
        await expect(validateBundle(file)).rejects.toThrow('exactly one top-level folder');
    });

    test('rejects a missing bundle', async () => {
        const file = await makeArchive({'token-manager/plugin.json': manifest});
        await expect(validateBundle(file)).rejects.toThrow('lacks token-manager/webapp/dist/main.js');
    });

    test('rejects a folder not named after the id', async () => {
        const file = await makeArchive({'plugin/plugin.json': manifest, 'plugin/webapp/dist/main.js': ''});
        await expect(validateBundle(file)).rejects.toThrow('not named after the plugin id');
    });

    test('rejects shipped source maps', async () => {
        const file = await makeArchive({
            'token-manager/plugin.json': manifest,
            'token-manager/webapp/dist/main.js': '',
            'token-manager/webapp/dist/main.js.map': '{}',
        });
        await expect(validateBundle(file)).rejects.toThrow('source map shipped');
    });
});
