// Starts the sandbox on a loopback port (0 = any free port) and returns its URL and a handle to stop it.
import http from 'http';
import type {AddressInfo} from 'net';

import {Sandbox, type SandboxOptions} from './app';

export interface RunningSandbox {
    sandbox: Sandbox;
    // Origin plus base path, the value a Mattermost SiteURL would have.
    siteUrl: string;
    port: number;
    close: () => Promise<void>;
}

export async function startSandbox(
    options: SandboxOptions & {port?: number; host?: string} = {},
): Promise<RunningSandbox> {
    const sandbox = new Sandbox(options);
    const server = http.createServer(sandbox.handler);
    server.keepAliveTimeout = 5000;
    const sockets = new Set<import('net').Socket>();
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
    });
    const {port} = server.address() as AddressInfo;
    const siteUrl = `http://${options.host ?? '127.0.0.1'}:${port}${sandbox.basePath}`;
    sandbox.config.SiteURL = siteUrl;
    return {
        sandbox,
        siteUrl,
        port,
        close: () =>
            new Promise<void>((resolve) => {
                for (const socket of sockets) {
                    socket.destroy();
                }
                server.close(() => resolve());
            }),
    };
}

export {Sandbox};
