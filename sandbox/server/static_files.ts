// Everything that is not the API: the host page (for /, /login and /channels/... as the web app's routes),
// its assets under /static/, the built plugin bundle under its versioned name, and the plugin icon.
import fs from 'fs';
import http from 'http';
import path from 'path';

import type {PluginManifest} from './plugin_routes';

export interface StaticOptions {
    basePath: string;
    hostDir?: string;
    pluginDir?: string;
    pluginManifest?: PluginManifest;
}

const CONTENT_TYPES: Record<string, string> = {
    '.js': 'text/javascript',
    '.html': 'text/html; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.css': 'text/css',
    '.json': 'application/json',
};

function fileFor(options: StaticOptions, pathname: string): string | undefined {
    const {hostDir, pluginDir, pluginManifest: manifest} = options;
    if (
        pathname === '/' ||
        pathname === '/index.html' ||
        pathname.startsWith('/login') ||
        pathname.startsWith('/channels')
    ) {
        return hostDir && path.join(hostDir, 'index.html');
    }
    if (pathname.startsWith('/static/plugins/') && manifest && pluginDir) {
        const rest = pathname.slice(`/static/plugins/${manifest.id}/`.length);
        return /_bundle\.js$/.test(rest) ? path.join(pluginDir, 'main.js') : undefined;
    }
    if (pathname.startsWith('/static/') && hostDir) {
        const candidate = path.normalize(path.join(hostDir, pathname.slice('/static/'.length)));
        return candidate.startsWith(hostDir) ? candidate : undefined;
    }
    if (pathname === '/plugin-icon.svg' && pluginDir) {
        return path.resolve(pluginDir, '../../assets/icon.svg');
    }
    return undefined;
}

export function serveStatic(
    options: StaticOptions,
    res: http.ServerResponse,
    pathname: string,
    headers: Record<string, string> = {},
) {
    const file = fileFor(options, pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404, {...headers, 'Content-Type': 'text/plain'}).end('not found');
        return;
    }
    let content: string | Buffer = fs.readFileSync(file);
    if (file.endsWith('index.html')) {
        content = content.toString('utf8').replace(/__BASE_PATH__/g, options.basePath);
    }
    res.writeHead(200, {
        ...headers,
        'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
    }).end(content);
}
