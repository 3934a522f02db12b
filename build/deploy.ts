// `make deploy`: installs the bundle into a running Mattermost server over the REST API — upload with
// force (POST /api/v4/plugins), then enable (POST /api/v4/plugins/{id}/enable) — as the System Console does.
// Credentials: MM_SERVICESETTINGS_SITEURL plus MM_ADMIN_TOKEN, or MM_ADMIN_USERNAME and MM_ADMIN_PASSWORD.
import fs from 'fs';
import path from 'path';

import Client4 from '@mattermost/client/lib/client4';

import {readManifest} from './manifest';
import {DIST_DIR} from './paths';

export interface DeployConfig {
    siteUrl: string;
    token?: string;
    username?: string;
    password?: string;
    bundle: string;
    pluginId: string;
}

export class DeployError extends Error {}

export function configFromEnv(env: NodeJS.ProcessEnv, bundle: string, pluginId: string): DeployConfig {
    const siteUrl = (env.MM_SERVICESETTINGS_SITEURL ?? '').trim();
    if (!siteUrl) {
        throw new DeployError(
            "MM_SERVICESETTINGS_SITEURL is not set: set it to your server's URL, e.g. MM_SERVICESETTINGS_SITEURL=https://chat.example.com make deploy",
        );
    }
    if (!/^https?:\/\//.test(siteUrl)) {
        throw new DeployError(`MM_SERVICESETTINGS_SITEURL must start with http:// or https:// (got "${siteUrl}").`);
    }
    const token = env.MM_ADMIN_TOKEN?.trim();
    const username = env.MM_ADMIN_USERNAME?.trim();
    const password = env.MM_ADMIN_PASSWORD;
    if (!token && !(username && password)) {
        throw new DeployError(
            "No credentials: set MM_ADMIN_TOKEN (a System Admin's personal access token), or MM_ADMIN_USERNAME and MM_ADMIN_PASSWORD.",
        );
    }
    return {siteUrl: siteUrl.replace(/\/+$/, ''), token, username, password, bundle, pluginId};
}

interface ClientFailure {
    status_code?: number;
    server_error_id?: string;
    message?: string;
}

function explain(err: unknown, step: 'login' | 'upload' | 'enable', config: DeployConfig): DeployError {
    const failure = err as ClientFailure;
    const status = failure?.status_code;
    const id = failure?.server_error_id ?? '';
    const said = failure?.message ? ` The server said: "${failure.message}"` : '';
    if (err instanceof TypeError || status === undefined) {
        const cause = (err as Error & {cause?: {code?: string; message?: string}})?.cause;
        return new DeployError(
            `Could not reach ${config.siteUrl} (${cause?.code ?? cause?.message ?? (err as Error)?.message ?? 'no response'}). Check MM_SERVICESETTINGS_SITEURL and that the server is running.`,
        );
    }
    if (status === 401) {
        return new DeployError(
            step === 'login'
                ? `Login as ${config.username} failed (401): check MM_ADMIN_USERNAME and MM_ADMIN_PASSWORD.${said}`
                : `The server rejected the credentials (401): check that MM_ADMIN_TOKEN is a valid, active personal access token.${said}`,
        );
    }
    if (status === 403) {
        return new DeployError(
            `Permission denied (403): the account needs the System Admin role (permission sysconsole_write_plugins) to ${step} plugins.${said}`,
        );
    }
    if (status === 501 || id === 'app.plugin.upload_disabled.app_error') {
        return new DeployError(
            `Plugin uploads are disabled on the server (${status}): a System Admin must set PluginSettings.Enable and PluginSettings.EnableUploads to true (config.json or System Console › Plugins › Plugin Management) and RequirePluginSignature to false.${said}`,
        );
    }
    if (status === 413) {
        return new DeployError(`The bundle is larger than the server accepts (413).${said}`);
    }
    return new DeployError(`${step} failed with status ${status}${id ? ` (${id})` : ''}.${said}`);
}

export async function deploy(config: DeployConfig, log: (line: string) => void = console.log): Promise<void> {
    if (!fs.existsSync(config.bundle)) {
        throw new DeployError(`${config.bundle} does not exist: run \`make dist\` first.`);
    }
    const client = new Client4();
    client.setUrl(config.siteUrl);
    client.setIncludeCookies(false);
    if (config.token) {
        client.setToken(config.token);
    } else {
        try {
            await client.login(config.username!, config.password!);
        } catch (err) {
            throw explain(err, 'login', config);
        }
    }
    const file = new File([fs.readFileSync(config.bundle)], path.basename(config.bundle), {type: 'application/gzip'});
    log(`Uploading ${path.basename(config.bundle)} to ${config.siteUrl} …`);
    try {
        await client.uploadPlugin(file, true);
    } catch (err) {
        throw explain(err, 'upload', config);
    }
    log(`Enabling ${config.pluginId} …`);
    try {
        await client.enablePlugin(config.pluginId);
    } catch (err) {
        throw explain(err, 'enable', config);
    }
    log(`Done: ${config.pluginId} is installed and enabled on ${config.siteUrl}.`);
}

async function main() {
    const manifest = readManifest();
    const bundle = process.argv[2] ?? path.join(DIST_DIR, `${manifest.id}-${manifest.version}.tar.gz`);
    await deploy(configFromEnv(process.env, bundle, manifest.id));
}

if (require.main === module) {
    main().catch((err: Error) => {
        console.error(err instanceof DeployError ? err.message : err);
        process.exit(1);
    });
}
