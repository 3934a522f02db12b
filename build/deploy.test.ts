/** @jest-environment node */
import fs from 'fs';
import os from 'os';
import path from 'path';

import {startSandbox, type RunningSandbox} from '../sandbox/server/server';
import {createBundle} from './bundle';
import {configFromEnv, deploy, DeployError, type DeployConfig} from './deploy';

let running: RunningSandbox;
let bundle: string;

beforeAll(async () => {
    running = await startSandbox();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-deploy-'));
    fs.writeFileSync(
        path.join(root, 'plugin.json'),
        JSON.stringify({
            id: 'token-manager',
            name: 'Token Manager',
            version: '0.1.0',
            webapp: {bundle_path: 'webapp/dist/main.js'},
        }),
    );
    fs.mkdirSync(path.join(root, 'webapp/dist'), {recursive: true});
    fs.writeFileSync(path.join(root, 'webapp/dist/main.js'), '/* bundle */');
    fs.mkdirSync(path.join(root, 'assets'));
    bundle = await createBundle(root, root);
});

afterAll(() => running.close());

beforeEach(() => {
    running.sandbox.uploadedPlugins.clear();
    running.sandbox.pluginUploads = true;
});

function config(overrides: Partial<DeployConfig>): DeployConfig {
    return {siteUrl: running.siteUrl, bundle, pluginId: 'token-manager', ...overrides};
}

const quiet = () => undefined;

describe('configFromEnv', () => {
    test.each([
        [{}, 'MM_SERVICESETTINGS_SITEURL is not set'],
        [{MM_SERVICESETTINGS_SITEURL: 'chat.example.com', MM_ADMIN_TOKEN: 'x'}, 'must start with http:// or https://'],
        [{MM_SERVICESETTINGS_SITEURL: 'https://chat.example.com'}, 'No credentials'],
        [{MM_SERVICESETTINGS_SITEURL: 'https://chat.example.com', MM_ADMIN_USERNAME: 'admin'}, 'No credentials'],
    ])('explains missing or bad variables %#', (env, message) => {
        expect(() => configFromEnv(env, 'x.tar.gz', 'token-manager')).toThrow(message);
    });

    test('takes a token, or a username and password, and trims the site URL', () => {
        expect(
            configFromEnv({MM_SERVICESETTINGS_SITEURL: 'https://chat.example.com/', MM_ADMIN_TOKEN: 'tok'}, 'b', 'p'),
        ).toMatchObject({siteUrl: 'https://chat.example.com', token: 'tok'});
        expect(
            configFromEnv(
                {MM_SERVICESETTINGS_SITEURL: 'https://c.example.com', MM_ADMIN_USERNAME: 'a', MM_ADMIN_PASSWORD: 'p'},
                'b',
                'p',
            ),
        ).toMatchObject({username: 'a', password: 'p'});
    });
});

describe('deploy', () => {
    test('uploads with force and enables, with a token', async () => {
        const token = running.sandbox.loginSession('admin').token;
        await deploy(config({token}), quiet);
        expect(running.sandbox.uploadedPlugins.get('token-manager')).toMatchObject({
            enabled: true,
            manifest: {id: 'token-manager'},
        });
        // A second deploy replaces the first (force=true).
        await deploy(config({token}), quiet);
        const uploads = running.sandbox.requests.filter((r) => r.path === '/plugins' && r.method === 'POST');
        expect(uploads.slice(-2).map((r) => r.status)).toEqual([201, 201]);
    });

    test('logs in with a username and password', async () => {
        await deploy(config({username: 'admin', password: 'password'}), quiet);
        expect(running.sandbox.uploadedPlugins.get('token-manager')?.enabled).toBe(true);
    });

    test('explains bad credentials (401)', async () => {
        await expect(deploy(config({token: 'not-a-real-token'}), quiet)).rejects.toThrow(
            /rejected the credentials \(401\)/,
        );
        await expect(deploy(config({username: 'admin', password: 'wrong'}), quiet)).rejects.toThrow(
            /Login as admin failed \(401\)/,
        );
    });

    test('explains a missing permission (403)', async () => {
        const token = running.sandbox.loginSession('alice').token;
        await expect(deploy(config({token}), quiet)).rejects.toThrow(/Permission denied \(403\).*System Admin/);
        expect(running.sandbox.uploadedPlugins.size).toBe(0);
    });

    test('explains that uploads are disabled (501)', async () => {
        running.sandbox.pluginUploads = false;
        const token = running.sandbox.loginSession('admin').token;
        await expect(deploy(config({token}), quiet)).rejects.toThrow(
            /Plugin uploads are disabled on the server \(501\).*EnableUploads/,
        );
    });

    test('explains an unreachable server', async () => {
        const closed = await startSandbox();
        await closed.close();
        const err = await deploy(config({siteUrl: closed.siteUrl, token: 'x'}), quiet).catch((e) => e);
        expect(err).toBeInstanceOf(DeployError);
        expect(err.message).toBe(
            `Could not reach ${closed.siteUrl} (ECONNREFUSED). Check MM_SERVICESETTINGS_SITEURL and that the server is running.`,
        );
    });

    test('explains a missing bundle', async () => {
        await expect(deploy(config({bundle: '/nonexistent.tar.gz', token: 'x'}), quiet)).rejects.toThrow(
            'run `make dist` first',
        );
    });
});
