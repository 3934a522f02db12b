// The sandbox: a stand-in for a Mattermost server's REST API (users, roles, sessions, client config, the
// personal access token endpoints, posts, plugins), the pages a browser loads, and the sandbox's own
// control API under /sandbox/. This file holds the state and sends each request to the part that
// handles it: pipeline.ts (API), control.ts, static_files.ts.
import type http from 'http';

import {controlRoutes, ControlError, type ControlHandler} from './control';
import {emptyFaults, emptyFaultStats, type FaultSettings, type FaultStats} from './faults';
import {readBody, writePlainError} from './http';
import {defaultConfig, type FeatureLevel, type SandboxConfig, type SandboxSession, type SandboxUser} from './model';
import {checkRateLimit, serveApi, type ApiHandler, type RequestRecord} from './pipeline';
import type {PluginManifest} from './plugin_routes';
import {DEFAULT_RATE_LIMIT, RateLimiter, rateLimitHeaders, type RateLimitSettings} from './rate_limit';
import type {Router} from './router';
import {apiRoutes} from './routes';
import {seedStore, type SeedName} from './seed';
import {serveStatic} from './static_files';
import type {SandboxStore} from './store';
import {createWebSession} from './user_routes';

export type {RequestRecord};

export interface SandboxOptions {
    seed?: SeedName;
    featureLevel?: FeatureLevel;
    config?: Partial<SandboxConfig>;
    // Off unless given; perSec and burst default to the server's 10 and 100.
    rateLimit?: Partial<RateLimitSettings>;
    // Serve the API and pages below this path, e.g. '/mattermost'.
    basePath?: string;
    // Folders with the host page bundle and the built plugin; omit to serve the API only.
    hostDir?: string;
    pluginDir?: string;
    pluginManifest?: PluginManifest;
    pluginUploads?: boolean;
}

export class Sandbox {
    store: SandboxStore;
    config: SandboxConfig;
    featureLevel: FeatureLevel;
    faults: FaultSettings = emptyFaults();
    faultStats: FaultStats = emptyFaultStats();
    requests: RequestRecord[] = [];
    rateLimitSettings: RateLimitSettings = {...DEFAULT_RATE_LIMIT};
    // Present while the rate limiter is on.
    rateLimiter?: RateLimiter;
    readonly basePath: string;
    pluginUploads: boolean;
    uploadedPlugins = new Map<string, {manifest: Record<string, unknown>; enabled: boolean}>();
    readonly options: SandboxOptions;
    readonly api: Router<ApiHandler>;
    private readonly control: Router<ControlHandler>;

    constructor(options: SandboxOptions = {}) {
        this.options = options;
        this.basePath = (options.basePath ?? '').replace(/\/$/, '');
        this.store = seedStore(options.seed ?? 'default');
        this.featureLevel = options.featureLevel ?? 'rotate';
        this.config = {...defaultConfig(), ...options.config};
        this.pluginUploads = options.pluginUploads ?? true;
        this.setRateLimit({...DEFAULT_RATE_LIMIT, ...options.rateLimit});
        this.api = apiRoutes(this);
        this.control = controlRoutes(this);
    }

    // Back to the seed and the options the sandbox started with (the SiteURL stays).
    reset(seed: SeedName = 'default') {
        this.store = seedStore(seed);
        this.faults = emptyFaults();
        this.faultStats = emptyFaultStats();
        this.requests = [];
        this.featureLevel = this.options.featureLevel ?? 'rotate';
        this.config = {...defaultConfig(), ...this.options.config, SiteURL: this.config.SiteURL};
        this.setRateLimit({...DEFAULT_RATE_LIMIT, ...this.options.rateLimit});
    }

    // A fresh limiter (empty buckets) with these settings, or none when disabled.
    setRateLimit(settings: RateLimitSettings) {
        this.rateLimitSettings = {...settings};
        this.rateLimiter = settings.enabled ? new RateLimiter(settings) : undefined;
    }

    user(username: string): SandboxUser {
        const user = this.store.userByUsername(username);
        if (!user) {
            throw new Error(`no seeded user ${username}`);
        }
        return user;
    }

    // A seeded user's tokens, in store order (for tests).
    tokensOf(username: string) {
        return [...this.store.tokens.forUser(this.user(username).id)];
    }

    // A web session for tests that call the API directly (what logging in makes).
    loginSession(username: string): SandboxSession {
        return createWebSession(this.store, this.user(username));
    }

    apiRequests(): RequestRecord[] {
        return this.requests;
    }

    handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
        this.handle(req, res).catch((err: Error) => {
            if (!res.headersSent) {
                res.writeHead(500, {'Content-Type': 'text/plain'});
            }
            res.end(String(err?.stack ?? err));
        });
    };

    private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
        const url = new URL(req.url ?? '/', 'http://sandbox');
        let pathname = url.pathname;
        if (this.basePath) {
            if (pathname === this.basePath) {
                pathname = '/';
            } else if (pathname.startsWith(this.basePath + '/')) {
                pathname = pathname.slice(this.basePath.length);
            } else {
                res.writeHead(404, {'Content-Type': 'text/plain'}).end('not found');
                return;
            }
        }
        if (pathname.startsWith('/api/v4/')) {
            await serveApi(this, req, res, pathname.slice('/api/v4'.length), url.searchParams);
        } else if (pathname.startsWith('/sandbox/')) {
            await this.handleControl(req, res, pathname.slice('/sandbox'.length));
        } else {
            this.handleStatic(req, res, pathname, url.searchParams);
        }
    }

    // The rate limiter wraps the server's whole handler, pages and assets included.
    private handleStatic(
        req: http.IncomingMessage,
        res: http.ServerResponse,
        pathname: string,
        query: URLSearchParams,
    ) {
        const request = {
            method: req.method ?? 'GET',
            path: pathname,
            query,
            headers: req.headers,
            rawBody: '',
            remoteAddress: req.socket.remoteAddress ?? '',
        };
        const limit = checkRateLimit(this, request);
        if (limit?.limited) {
            writePlainError(res, 429, 'limit exceeded', rateLimitHeaders(limit));
            return;
        }
        serveStatic({...this.options, basePath: this.basePath}, res, pathname, limit ? rateLimitHeaders(limit) : {});
    }

    private async handleControl(req: http.IncomingMessage, res: http.ServerResponse, controlPath: string) {
        const method = (req.method ?? 'GET').toUpperCase();
        const send = (status: number, value: unknown) =>
            res
                .writeHead(status, {'Content-Type': 'application/json', 'X-Request-Id': 'sandbox'})
                .end(JSON.stringify(value));
        const rawBody = (await readBody(req)).toString('utf8');
        let body: unknown = {};
        try {
            body = rawBody ? JSON.parse(rawBody) : {};
        } catch {
            send(400, {message: 'the body is not JSON'});
            return;
        }
        const match = this.control.match(method, controlPath);
        if (match.kind !== 'found') {
            send(404, {message: `unknown sandbox control ${method} ${controlPath}`});
            return;
        }
        try {
            const value = match.route.handler({body: (body ?? {}) as Record<string, unknown>, params: match.params});
            send(200, value);
        } catch (err) {
            if (!(err instanceof ControlError)) {
                throw err;
            }
            send(err.status, {message: err.message});
        }
    }
}
