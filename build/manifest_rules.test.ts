/** @jest-environment node */
import fs from 'fs';
import path from 'path';

import {renderManifestModule, validateManifest} from './manifest_rules';

const valid = {
    id: 'token-manager',
    name: 'Token Manager',
    version: '1.2.3',
    min_server_version: '10.5.0',
    icon_path: 'assets/icon.svg',
    webapp: {bundle_path: 'webapp/dist/main.js'},
};

describe('validateManifest', () => {
    test('accepts a valid webapp-only manifest', () => {
        expect(validateManifest(valid)).toEqual([]);
    });

    test('accepts the repository plugin.json', () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'plugin.json'), 'utf8'));
        expect(validateManifest(manifest)).toEqual([]);
    });

    test.each([
        ['a missing id', {id: undefined}, 'id is required'],
        ['a short id', {id: 'ab'}, 'id must be 3 to 190 characters long'],
        ['a long id', {id: 'a'.repeat(191)}, 'id must be 3 to 190 characters long'],
        ['an id with a space', {id: 'token manager'}, 'id may only contain letters, digits, "-", "_" and "."'],
        ['an id with a slash', {id: 'token/manager'}, 'id may only contain letters, digits, "-", "_" and "."'],
        ['a blank name', {name: '  '}, 'name is required'],
        [
            'a version with a leading v',
            {version: 'v1.2.3'},
            'version must be a semantic version such as 1.2.3 (no leading "v")',
        ],
        [
            'a version that is not semver',
            {version: '1.2'},
            'version must be a semantic version such as 1.2.3 (no leading "v")',
        ],
        [
            'a bad min_server_version',
            {min_server_version: 'ten'},
            'min_server_version must be a semantic version such as 10.5.0',
        ],
        [
            'a bundle path starting with a dot',
            {webapp: {bundle_path: './webapp/dist/main.js'}},
            'webapp.bundle_path must be a relative path that does not start with "." (e.g. webapp/dist/main.js)',
        ],
        [
            'a bundle path leaving the plugin',
            {webapp: {bundle_path: 'webapp/../../main.js'}},
            'webapp.bundle_path must be a relative path that does not start with "." (e.g. webapp/dist/main.js)',
        ],
        [
            'an absolute bundle path',
            {webapp: {bundle_path: '/main.js'}},
            'webapp.bundle_path must be a relative path that does not start with "." (e.g. webapp/dist/main.js)',
        ],
        [
            'a bundle that is not JavaScript',
            {webapp: {bundle_path: 'webapp/dist/main.css'}},
            'webapp.bundle_path must point to a .js file',
        ],
        ['a webapp without bundle_path', {webapp: {}}, 'webapp.bundle_path is required when webapp is present'],
        ['no webapp and no server', {webapp: undefined}, 'a plugin needs a webapp or a server section'],
        ['a PNG icon', {icon_path: 'assets/icon.png'}, 'icon_path must point to an SVG file'],
        [
            'an icon outside the plugin',
            {icon_path: '../icon.svg'},
            'icon_path must be a relative path inside the plugin',
        ],
        ['a homepage that is not a URL', {homepage_url: 'example.com'}, 'homepage_url must be an http(s) URL'],
    ])('rejects %s', (_what, change, problem) => {
        expect(validateManifest({...valid, ...change})).toContain(problem);
    });

    test('rejects what is not an object', () => {
        expect(validateManifest([])).toEqual(['the manifest must be a JSON object']);
        expect(validateManifest(null)).toEqual(['the manifest must be a JSON object']);
    });
});

describe('renderManifestModule', () => {
    test('the checked-in webapp/src/manifest.ts matches plugin.json', () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'plugin.json'), 'utf8'));
        const current = fs.readFileSync(path.join(__dirname, '..', 'webapp/src/manifest.ts'), 'utf8');
        expect(current).toBe(renderManifestModule(manifest));
    });

    test('emits the id and version as constants', () => {
        const module = renderManifestModule(valid);
        expect(module).toContain('"id": "token-manager"');
        expect(module).toContain('"version": "1.2.3"');
        expect(module).toContain('export const id = manifest.id;');
    });
});
