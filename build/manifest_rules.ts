// Validates a plugin manifest by the rules the Mattermost server applies (server/public/model/manifest.go)
// plus the ones its plugin installer and the web app rely on. Pure: returns a list of problems.
import semver from 'semver';

export interface PluginManifest {
    id: string;
    name: string;
    description?: string;
    homepage_url?: string;
    support_url?: string;
    release_notes_url?: string;
    icon_path?: string;
    version: string;
    min_server_version?: string;
    webapp?: {bundle_path: string};
    server?: unknown;
    settings_schema?: unknown;
}

const ID_PATTERN = /^[a-zA-Z0-9-_.]+$/;
const MIN_ID_LENGTH = 3;
const MAX_ID_LENGTH = 190;

function isHttpUrl(value: string): boolean {
    try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
        return false;
    }
}

function isCleanRelativePath(value: string): boolean {
    return (
        value !== '' &&
        !value.startsWith('.') &&
        !value.startsWith('/') &&
        !value.split('/').includes('..') &&
        !value.includes('\\')
    );
}

export function validateManifest(input: unknown): string[] {
    const problems: string[] = [];
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        return ['the manifest must be a JSON object'];
    }
    const m = input as Record<string, unknown>;

    if (typeof m.id !== 'string') {
        problems.push('id is required');
    } else {
        if (m.id.length < MIN_ID_LENGTH || m.id.length > MAX_ID_LENGTH) {
            problems.push(`id must be ${MIN_ID_LENGTH} to ${MAX_ID_LENGTH} characters long`);
        }
        if (!ID_PATTERN.test(m.id)) {
            problems.push('id may only contain letters, digits, "-", "_" and "."');
        }
    }
    if (typeof m.name !== 'string' || m.name.trim() === '') {
        problems.push('name is required');
    }
    if (typeof m.version !== 'string' || semver.valid(m.version) === null || m.version.startsWith('v')) {
        problems.push('version must be a semantic version such as 1.2.3 (no leading "v")');
    }
    if (
        m.min_server_version !== undefined &&
        (typeof m.min_server_version !== 'string' || semver.valid(m.min_server_version) === null)
    ) {
        problems.push('min_server_version must be a semantic version such as 10.5.0');
    }
    for (const key of ['homepage_url', 'support_url', 'release_notes_url'] as const) {
        if (m[key] !== undefined && (typeof m[key] !== 'string' || !isHttpUrl(m[key] as string))) {
            problems.push(`${key} must be an http(s) URL`);
        }
    }
    if (m.icon_path !== undefined) {
        if (typeof m.icon_path !== 'string' || !isCleanRelativePath(m.icon_path)) {
            problems.push('icon_path must be a relative path inside the plugin');
        } else if (!m.icon_path.endsWith('.svg')) {
            problems.push('icon_path must point to an SVG file');
        }
    }
    if (m.webapp === undefined && m.server === undefined) {
        problems.push('a plugin needs a webapp or a server section');
    }
    if (m.webapp !== undefined) {
        const webapp = m.webapp as Record<string, unknown> | null;
        if (typeof webapp !== 'object' || webapp === null || typeof webapp.bundle_path !== 'string') {
            problems.push('webapp.bundle_path is required when webapp is present');
        } else if (!isCleanRelativePath(webapp.bundle_path)) {
            problems.push(
                'webapp.bundle_path must be a relative path that does not start with "." (e.g. webapp/dist/main.js)',
            );
        } else if (!webapp.bundle_path.endsWith('.js')) {
            problems.push('webapp.bundle_path must point to a .js file');
        }
    }
    return problems;
}

export function assertValidManifest(input: unknown): PluginManifest {
    const problems = validateManifest(input);
    if (problems.length > 0) {
        throw new Error(`plugin.json is invalid:\n  - ${problems.join('\n  - ')}`);
    }
    return input as PluginManifest;
}

// The typed module the webapp imports (webapp/src/manifest.ts).
export function renderManifestModule(manifest: PluginManifest): string {
    const picked = {
        id: manifest.id,
        name: manifest.name,
        version: manifest.version,
        min_server_version: manifest.min_server_version ?? '',
    };
    return [
        '// This file is generated from plugin.json by build/manifest.ts (npm run manifest). Do not edit.',
        '',
        `const manifest = ${JSON.stringify(picked, null, 4)} as const;`,
        '',
        'export default manifest;',
        'export const id = manifest.id;',
        'export const version = manifest.version;',
        '',
    ].join('\n');
}
