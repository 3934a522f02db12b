// Plugins (api4/plugin.go): the enabled webapp plugins the web app loads, upload and enable.
import crypto from 'crypto';

import type {RequestContext} from './context';
import {ApiError, invalidBodyParam} from './errors';

export interface PluginManifest {
    id: string;
    version: string;
    webapp?: {bundle_path: string};
}

export interface PluginState {
    manifest?: PluginManifest;
    hasBundle: boolean;
    uploads: boolean;
    uploaded: Map<string, {manifest: Record<string, unknown>; enabled: boolean}>;
}

// The built plugin, served under a versioned bundle name as the server does.
export function webappPlugins(state: PluginState) {
    const manifest = state.manifest;
    if (!manifest?.webapp || !state.hasBundle) {
        return [];
    }
    const hash = crypto.createHash('sha1').update(manifest.version).digest('hex').slice(0, 8);
    return [
        {
            id: manifest.id,
            version: manifest.version,
            webapp: {bundle_path: `/static/plugins/${manifest.id}/${manifest.id}_${hash}_bundle.js`},
        },
    ];
}

// POST /plugins: multipart field `plugin` (a .tar.gz whose top folder holds plugin.json), `force=true` to
// replace. 201 with the manifest.
export async function uploadPlugin(c: RequestContext, state: PluginState) {
    if (!state.uploads) {
        throw new ApiError(501, 'app.plugin.upload_disabled.app_error');
    }
    c.requirePermission('sysconsole_write_plugins');
    const form = await new Request('http://sandbox/upload', {
        method: 'POST',
        headers: {'content-type': String(c.request.headers['content-type'] ?? '')},
        body: Buffer.from(c.rawBody, 'latin1'),
    })
        .formData()
        .catch(() => undefined);
    const file = form?.get('plugin');
    if (!form || !file || typeof file === 'string') {
        throw invalidBodyParam('plugin');
    }
    const manifest = await readManifestFromTarball(Buffer.from(await file.arrayBuffer()));
    if (!manifest) {
        throw new ApiError(400, 'app.plugin.manifest.missing.app_error');
    }
    const id = String(manifest.id);
    if (state.uploaded.has(id) && form.get('force') !== 'true') {
        throw new ApiError(400, 'app.plugin.install_id.app_error');
    }
    state.uploaded.set(id, {manifest, enabled: state.uploaded.get(id)?.enabled ?? false});
    c.reply.setStatus(201);
    return manifest;
}

export function enablePlugin(c: RequestContext, state: PluginState) {
    c.requirePermission('sysconsole_write_plugins');
    const plugin = state.uploaded.get(c.params.plugin_id);
    if (!plugin) {
        throw new ApiError(404, 'app.plugin.not_installed.app_error');
    }
    plugin.enabled = true;
    return {status: 'OK'};
}

async function readManifestFromTarball(data: Buffer): Promise<Record<string, unknown> | undefined> {
    const tar = await import('tar');
    const {Readable} = await import('stream');
    return new Promise((resolve) => {
        let manifest: Record<string, unknown> | undefined;
        const parser = new tar.Parser({
            onReadEntry: (entry) => {
                if (/^[^/]+\/plugin\.json$/.test(entry.path)) {
                    const chunks: Buffer[] = [];
                    entry.on('data', (c: Buffer) => chunks.push(c));
                    entry.on('end', () => {
                        try {
                            manifest = JSON.parse(Buffer.concat(chunks).toString('utf8'));
                        } catch {
                            manifest = undefined;
                        }
                    });
                } else {
                    entry.resume();
                }
            },
        });
        parser.on('end', () => resolve(manifest));
        parser.on('error', () => resolve(undefined));
        Readable.from(data).pipe(parser);
    });
}
