// The sandbox's Mattermost-compatible HTTP API: routing, authentication (session cookie + CSRF, or a bearer
// token), users, roles, client config, the token endpoints, sessions, plugins, and the sandbox's own controls.
import crypto from 'crypto';
import fs from 'fs';
import http from 'http';
import path from 'path';

import {RequestContext, isSystemAdmin, notFound} from './context';
import {ApiError, invalidBodyParam, permissionError, sessionExpired} from './errors';
import {emptyFaults, takeFault, type FaultSettings} from './faults';
import {isValidId} from './ids';
import {
    ROLE_PERMISSIONS,
    SERVER_VERSIONS,
    type FeatureLevel,
    type SandboxConfig,
    type SandboxSession,
    type SandboxUser,
} from './model';
import {seedStore, type SeedName} from './seed';
import type {SandboxStore} from './store';
import * as tokens from './token_routes';

export interface SandboxOptions {
    seed?: SeedName;
    featureLevel?: FeatureLevel;
    config?: Partial<SandboxConfig>;
    // Serve the API and pages below this path, e.g. '/mattermost'.
    basePath?: string;
    // Folders with the host page bundle and the built plugin; omit to serve the API only.
    hostDir?: string;
    pluginDir?: string;
    pluginManifest?: {id: string; version: string; webapp?: {bundle_path: string}};
    pluginUploads?: boolean;
}

export interface RequestRecord {
    method: string;
    path: string;
    query: string;
    status: number;
    fault?: string;
    auth: 'cookie' | 'bearer' | 'none';
}

type Handler = (c: RequestContext) => unknown;

interface Route {
    method: string;
    pattern: RegExp;
    keys: string[];
    handler: Handler;
    anonymous?: boolean;
}

const WEB_SESSION_MS = 30 * 24 * 60 * 60 * 1000;
const PAT_SESSION_MS = 100 * 365 * 24 * 60 * 60 * 1000;
const CONTENT_TYPES: Record<string, string> = {
    '.js': 'text/javascript',
    '.html': 'text/html; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.css': 'text/css',
    '.json': 'application/json',
};

export class Sandbox {
    store: SandboxStore;
    config: SandboxConfig;
    featureLevel: FeatureLevel;
    faults: FaultSettings = emptyFaults();
    requests: RequestRecord[] = [];
    readonly basePath: string;
    pluginUploads: boolean;
    uploadedPlugins = new Map<string, {manifest: Record<string, unknown>; enabled: boolean}>();
    private routes: Route[] = [];
    private readonly options: SandboxOptions;

    constructor(options: SandboxOptions = {}) {
        this.options = options;
        this.basePath = (options.basePath ?? '').replace(/\/$/, '');
        this.store = seedStore(options.seed ?? 'default');
        this.featureLevel = options.featureLevel ?? 'rotate';
        this.config = {
            EnableUserAccessTokens: true,
            MaximumPersonalAccessTokenLifetimeDays: 0,
            SiteURL: '',
            EnableDeveloper: false,
            ...options.config,
        };
        this.pluginUploads = options.pluginUploads ?? true;
        this.defineRoutes();
    }

    reset(seed: SeedName = 'default') {
        this.store = seedStore(seed);
        this.faults = emptyFaults();
        this.requests = [];
        this.featureLevel = this.options.featureLevel ?? 'rotate';
        this.config = {
            EnableUserAccessTokens: true,
            MaximumPersonalAccessTokenLifetimeDays: 0,
            SiteURL: this.config.SiteURL,
            EnableDeveloper: false,
            ...this.options.config,
        };
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
        const id = this.user(username).id;
        return [...this.store.tokens.values()].filter((t) => t.user_id === id);
    }

    // A web session for tests that call the API directly (what logging in makes).
    loginSession(username: string): SandboxSession {
        const user = this.user(username);
        return this.store.addSession(
            user.id,
            user.roles,
            {csrf: this.store.id(), platform: 'Linux', browser: 'Chrome'},
            Date.now() + WEB_SESSION_MS,
        );
    }

    apiRequests(): RequestRecord[] {
        return this.requests;
    }

    private get tokenEnv(): tokens.TokenEnv {
        return {config: this.config, featureLevel: this.featureLevel, now: Date.now};
    }

    private route(method: string, template: string, handler: Handler, anonymous = false) {
        const keys: string[] = [];
        const source = template.replace(/\{(\w+)(?::([^}]+))?\}/g, (_m, key: string, re?: string) => {
            keys.push(key);
            return `(${re ?? '[^/]+'})`;
        });
        this.routes.push({method, pattern: new RegExp(`^${source}$`), keys, handler, anonymous});
    }

    private defineRoutes() {
        const env = () => this.tokenEnv;
        this.route('POST', '/users/login', () => undefined, true); // handled before routing (needs the response)
        this.route('POST', '/users/logout', () => undefined);
        this.route('GET', '/users/me', (c) => this.sanitizeUser(c, c.user));
        this.route('POST', '/users/ids', (c) => this.usersByIds(c));
        this.route('GET', '/users/tokens', (c) => tokens.listAllTokens(c, env()));
        this.route('POST', '/users/tokens/search', (c) => tokens.searchTokens(c, env()));
        this.route('POST', '/users/tokens/revoke', (c) => tokens.revokeToken(c));
        this.route('POST', '/users/tokens/disable', (c) => tokens.disableToken(c));
        this.route('POST', '/users/tokens/enable', (c) => tokens.enableToken(c));
        this.route('POST', '/users/tokens/rotate', (c) =>
            this.requireLevel('rotate', () => tokens.rotateToken(c, env())),
        );
        this.route('GET', '/users/tokens/non_compliant/count', (c) =>
            this.requireLevel('rotate', () => tokens.countNonCompliant(c, env())),
        );
        this.route('POST', '/users/tokens/non_compliant/revoke', (c) =>
            this.requireLevel('rotate', () => tokens.revokeNonCompliant(c, env())),
        );
        this.route('GET', '/users/tokens/{token_id:[A-Za-z0-9]+}', (c) => tokens.getToken(c, env()));
        this.route('POST', '/users/{user_id:[A-Za-z0-9]+}/tokens', (c) => tokens.createToken(c, env()));
        this.route('GET', '/users/{user_id:[A-Za-z0-9]+}/tokens', (c) => tokens.listTokensForUser(c, env()));
        this.route('GET', '/users/username/{username:[A-Za-z0-9.\\-_]+}', (c) => this.getUserByUsername(c));
        this.route('GET', '/users/{user_id:[A-Za-z0-9]+}/sessions', (c) => this.sessionsForUser(c));
        this.route('GET', '/users/{user_id:[A-Za-z0-9]+}', (c) => this.getUser(c));
        this.route('GET', '/roles/name/{role_name}', (c) => this.roleByName(c, c.params.role_name));
        this.route('POST', '/roles/names', (c) => this.rolesByNames(c));
        this.route('GET', '/config/client', (c) => this.clientConfig(c), true);
        this.route('GET', '/system/ping', () => ({status: 'OK', ActiveSearchBackend: 'database'}), true);
        this.route('GET', '/plugins/webapp', () => this.webappPlugins(), true);
        this.route('POST', '/plugins/{plugin_id}/enable', (c) => this.enablePlugin(c));
        this.route('POST', '/commands/execute', (c) => this.executeCommand(c));
    }

    // A route the server generation does not have: gorilla/mux answers 405 because GET /users/tokens/{token_id} matches the path.
    private requireLevel(level: FeatureLevel, run: () => unknown): unknown {
        const order: FeatureLevel[] = ['classic', 'expiry', 'rotate'];
        if (order.indexOf(this.featureLevel) < order.indexOf(level)) {
            throw new MethodNotAllowed();
        }
        return run();
    }

    sanitizeUser(c: RequestContext | undefined, user: SandboxUser) {
        const seesEmail = !c || c.userId === user.id || c.hasPermission('manage_system');
        return {
            id: user.id,
            username: user.username,
            email: seesEmail ? user.email : '',
            first_name: user.first_name,
            last_name: user.last_name,
            nickname: user.nickname,
            roles: user.roles,
            is_bot: user.is_bot,
            ...(user.is_bot ? {bot_description: '', bot_last_icon_update: 0} : {}),
            delete_at: user.delete_at,
            create_at: user.create_at,
            update_at: user.update_at,
            locale: user.locale,
            auth_service: '',
            position: '',
            timezone: {useAutomaticTimezone: 'true', automaticTimezone: '', manualTimezone: ''},
        };
    }

    private getUser(c: RequestContext) {
        const id = c.requireUserId();
        const user = this.store.users.get(id);
        if (!user) {
            throw new ApiError(404, 'app.user.missing_account.const');
        }
        return this.sanitizeUser(c, user);
    }

    private getUserByUsername(c: RequestContext) {
        const user = [...this.store.users.values()].find((u) => u.username === c.params.username.toLowerCase());
        if (!user) {
            throw new ApiError(404, 'app.user.missing_account.const');
        }
        return this.sanitizeUser(c, user);
    }

    private usersByIds(c: RequestContext) {
        return c
            .decodeNonEmptyArray('user_ids')
            .filter((id): id is string => typeof id === 'string')
            .map((id) => this.store.users.get(id))
            .filter((u): u is SandboxUser => Boolean(u))
            .map((u) => this.sanitizeUser(c, u));
    }

    private sessionsForUser(c: RequestContext) {
        const id = c.requireUserId();
        if (!c.hasPermissionToUser(id)) {
            throw permissionError('edit_other_users', c.userId);
        }
        return [...this.store.sessions.values()]
            .filter((s) => s.user_id === id)
            .map((s) => ({
                ...s,
                token: '',
                expired_notify: false,
                team_members: null,
                local: false,
            }));
    }

    private role(name: string) {
        const permissions = ROLE_PERMISSIONS[name];
        if (!permissions) {
            return undefined;
        }
        return {
            id: `role_${name}`.padEnd(26, 'x').slice(0, 26),
            name,
            display_name: `authentication.roles.${name}.name`,
            description: '',
            permissions,
            scheme_managed: false,
            built_in: true,
            create_at: 0,
            update_at: 0,
            delete_at: 0,
        };
    }

    private roleByName(_c: RequestContext, name: string) {
        const role = this.role(name);
        if (!role) {
            throw new ApiError(404, 'app.role.get_by_name.app_error');
        }
        return role;
    }

    private rolesByNames(c: RequestContext) {
        return c
            .decodeNonEmptyArray('rolenames')
            .map((n) => this.role(String(n)))
            .filter(Boolean);
    }

    private clientConfig(c: RequestContext | undefined) {
        const base: Record<string, string> = {
            Version: SERVER_VERSIONS[this.featureLevel],
            BuildNumber: SERVER_VERSIONS[this.featureLevel],
            SiteURL: this.config.SiteURL,
            SiteName: 'Token Manager Sandbox',
            DiagnosticsEnabled: 'false',
        };
        if (!c) {
            return base;
        }
        const full: Record<string, string> = {
            ...base,
            EnableUserAccessTokens: String(this.config.EnableUserAccessTokens),
            EnableDeveloper: String(this.config.EnableDeveloper),
            EnableBotAccountCreation: 'true',
        };
        if (this.featureLevel !== 'classic') {
            full.MaximumPersonalAccessTokenLifetimeDays = String(this.config.MaximumPersonalAccessTokenLifetimeDays);
        }
        return full;
    }

    private webappPlugins() {
        const manifest = this.options.pluginManifest;
        if (!manifest?.webapp || !this.options.pluginDir) {
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

    private executeCommand(c: RequestContext) {
        const body = c.decodeObject('command_args');
        const command = typeof body.command === 'string' ? body.command : '';
        const trigger = command.trim().split(/\s+/)[0] ?? '';
        throw new ApiError(404, 'api.command.execute_command.not_found.app_error', {
            Trigger: trigger.replace(/^\//, ''),
        });
    }

    private enablePlugin(c: RequestContext) {
        c.requirePermission('sysconsole_write_plugins');
        const plugin = this.uploadedPlugins.get(c.params.plugin_id);
        if (!plugin) {
            throw new ApiError(404, 'app.plugin.not_installed.app_error');
        }
        plugin.enabled = true;
        return {status: 'OK'};
    }

    // ---- HTTP plumbing ----

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
            await this.handleApi(req, res, pathname.slice('/api/v4'.length), url.searchParams);
            return;
        }
        if (pathname.startsWith('/sandbox/')) {
            await this.handleControl(req, res, pathname.slice('/sandbox'.length));
            return;
        }
        this.serveStatic(res, pathname);
    }

    private async handleApi(
        req: http.IncomingMessage,
        res: http.ServerResponse,
        apiPath: string,
        query: URLSearchParams,
    ) {
        const method = (req.method ?? 'GET').toUpperCase();
        const record: RequestRecord = {method, path: apiPath, query: query.toString(), status: 0, auth: 'none'};
        this.requests.push(record);
        const requestId = this.store.id();
        const body = await readBody(req);
        const rawBody = isMultipart(req) ? body.toString('latin1') : body.toString('utf8');

        if (this.faults.latencyMs > 0) {
            await new Promise((r) => setTimeout(r, this.faults.latencyMs));
        }
        const fault = takeFault(this.faults, method, apiPath);
        if (fault) {
            record.fault = fault.kind;
            if (fault.kind === 'drop') {
                record.status = -1;
                req.socket.destroy();
                return;
            }
            const status = Number(fault.kind);
            const headers: Record<string, string> = {};
            if (fault.retryAfterSeconds !== undefined) {
                headers['Retry-After'] = String(fault.retryAfterSeconds);
            }
            const id = status === 429 ? 'sandbox.fault.too_many_requests' : 'sandbox.fault.internal';
            record.status = status;
            this.sendJson(res, status, new ApiError(status, id).body(requestId, false), requestId, headers);
            return;
        }

        try {
            const result = await this.dispatch(req, res, method, apiPath, query, rawBody, record);
            if (result === HANDLED) {
                return;
            }
            record.status = 200;
            this.sendJson(res, 200, result, requestId);
        } catch (err) {
            if (err instanceof MethodNotAllowed) {
                record.status = 405;
                res.writeHead(405, {'X-Request-Id': requestId, 'Content-Type': 'text/plain; charset=utf-8'}).end('');
                return;
            }
            if (!(err instanceof ApiError)) {
                throw err;
            }
            record.status = err.status;
            const headers: Record<string, string> = {};
            if (err.status === 401 && err.id === 'api.context.session_expired.app_error') {
                headers['Set-Cookie'] = this.cookie('MMAUTHTOKEN', '', {httpOnly: true, maxAge: 0});
            }
            this.sendJson(res, err.status, err.body(requestId, this.config.EnableDeveloper), requestId, headers);
        }
    }

    private async dispatch(
        req: http.IncomingMessage,
        res: http.ServerResponse,
        method: string,
        apiPath: string,
        query: URLSearchParams,
        rawBody: string,
        record: RequestRecord,
    ): Promise<unknown> {
        let matched: {route: Route; params: Record<string, string>} | undefined;
        let pathMatched = false;
        for (const route of this.routes) {
            const m = route.pattern.exec(apiPath);
            if (!m) {
                continue;
            }
            pathMatched = true;
            if (route.method === method) {
                matched = {
                    route,
                    params: Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(m[i + 1])])),
                };
                break;
            }
        }
        if (apiPath === '/plugins' && method === 'POST') {
            const session = this.authenticate(req, method, record);
            const result = await this.uploadPlugin(
                req,
                res,
                new RequestContext(this.store, session, {}, query, ''),
                rawBody,
            );
            record.status = 201;
            return result;
        }
        if (!matched) {
            throw pathMatched ? new MethodNotAllowed() : notFound();
        }
        if (apiPath === '/users/login') {
            this.login(res, rawBody, record);
            return HANDLED;
        }
        if (matched.route.anonymous) {
            const session = this.tryAuthenticate(req, method, record);
            const c = session ? new RequestContext(this.store, session, matched.params, query, rawBody) : undefined;
            if (apiPath === '/config/client') {
                return this.clientConfig(c);
            }
            return matched.route.handler(c as RequestContext);
        }
        const session = this.authenticate(req, method, record);
        if (apiPath === '/users/logout') {
            this.store.sessions.delete(session.token);
            res.setHeader('Set-Cookie', [
                this.cookie('MMAUTHTOKEN', '', {httpOnly: true, maxAge: 0}),
                this.cookie('MMUSERID', '', {maxAge: 0}),
                this.cookie('MMCSRF', '', {maxAge: 0}),
            ]);
            return {status: 'OK'};
        }
        return matched.route.handler(new RequestContext(this.store, session, matched.params, query, rawBody));
    }

    private tryAuthenticate(
        req: http.IncomingMessage,
        method: string,
        record: RequestRecord,
    ): SandboxSession | undefined {
        try {
            return this.authenticate(req, method, record);
        } catch {
            return undefined;
        }
    }

    // ParseAuthTokenFromRequest + SessionRequired + checkCSRFToken.
    authenticate(req: http.IncomingMessage, method: string, record: RequestRecord): SandboxSession {
        const header = req.headers.authorization ?? '';
        const bearer = /^(bearer|token)\s+(\S+)$/i.exec(header);
        const cookieToken = parseCookies(req.headers.cookie ?? '').MMAUTHTOKEN;
        const secret = bearer?.[2] ?? cookieToken;
        if (!secret) {
            throw sessionExpired('UserRequired');
        }
        record.auth = bearer ? 'bearer' : 'cookie';
        const session = this.sessionForSecret(secret);
        if (!session) {
            throw sessionExpired('token');
        }
        const user = this.store.users.get(session.user_id);
        if (!user) {
            throw sessionExpired('UserRequired');
        }
        if (!this.config.EnableUserAccessTokens && session.props.type === 'UserAccessToken' && !user.is_bot) {
            throw sessionExpired('UserAccessToken');
        }
        if (!bearer && method !== 'GET') {
            const csrf = req.headers['x-csrf-token'];
            if (csrf !== session.props.csrf && req.headers['x-requested-with'] !== 'XMLHttpRequest') {
                throw sessionExpired('Appears to be a CSRF attempt');
            }
        }
        session.last_activity_at = Date.now();
        return session;
    }

    // App.GetSession: a known session, or one made lazily from a personal access token.
    private sessionForSecret(secret: string): SandboxSession | undefined {
        const existing = this.store.sessions.get(secret);
        if (existing) {
            if (existing.expires_at < Date.now()) {
                this.store.sessions.delete(secret);
                return undefined;
            }
            return existing;
        }
        const token = this.store.tokenBySecret(secret);
        if (!token || !token.is_active) {
            return undefined;
        }
        const user = this.store.users.get(token.user_id);
        if (!user || (!this.config.EnableUserAccessTokens && !user.is_bot)) {
            return undefined;
        }
        if (token.expires_at > 0 && Date.now() >= token.expires_at) {
            return undefined;
        }
        if (user.delete_at !== 0) {
            return undefined;
        }
        const props: Record<string, string> = {
            type: 'UserAccessToken',
            user_access_token_id: token.id,
            is_guest: 'false',
        };
        if (user.is_bot) {
            props.is_bot = 'true';
        }
        let expiresAt = Date.now() + PAT_SESSION_MS;
        if (token.expires_at > 0 && token.expires_at < expiresAt) {
            expiresAt = token.expires_at;
        }
        return this.store.addSession(user.id, user.roles, props, expiresAt, secret);
    }

    private login(res: http.ServerResponse, rawBody: string, record: RequestRecord) {
        let body: Record<string, unknown> = {};
        try {
            body = JSON.parse(rawBody);
        } catch {
            // falls through to invalid credentials
        }
        const requestId = this.store.id();
        const user = typeof body.login_id === 'string' ? this.store.userByUsername(body.login_id) : undefined;
        let error: ApiError | undefined;
        if (!user || user.password !== body.password) {
            error = new ApiError(401, 'api.user.login.invalid_credentials_email_username');
        } else if (user.is_bot) {
            error = new ApiError(401, 'api.user.login.bot_login_forbidden.app_error');
        } else if (user.delete_at !== 0) {
            error = new ApiError(401, 'api.user.login.inactive.app_error');
        }
        if (error || !user) {
            record.status = error!.status;
            this.sendJson(res, error!.status, error!.body(requestId, false), requestId);
            return;
        }
        const session = this.loginSession(user.username);
        record.status = 200;
        res.setHeader('Set-Cookie', [
            this.cookie('MMAUTHTOKEN', session.token, {httpOnly: true, maxAge: WEB_SESSION_MS / 1000}),
            this.cookie('MMUSERID', user.id, {maxAge: WEB_SESSION_MS / 1000}),
            this.cookie('MMCSRF', session.props.csrf, {maxAge: WEB_SESSION_MS / 1000}),
        ]);
        res.setHeader('Token', session.token);
        this.sendJson(res, 200, this.sanitizeUser(undefined, user), requestId);
    }

    private async uploadPlugin(
        req: http.IncomingMessage,
        res: http.ServerResponse,
        c: RequestContext,
        rawBody: string,
    ): Promise<unknown> {
        if (!this.pluginUploads) {
            throw new ApiError(501, 'app.plugin.upload_disabled.app_error');
        }
        c.requirePermission('sysconsole_write_plugins');
        const form = await new Request('http://sandbox/upload', {
            method: 'POST',
            headers: {'content-type': req.headers['content-type'] ?? ''},
            body: Buffer.from(rawBody, 'latin1'),
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
        if (this.uploadedPlugins.has(id) && form.get('force') !== 'true') {
            throw new ApiError(400, 'app.plugin.install_id.app_error');
        }
        this.uploadedPlugins.set(id, {manifest, enabled: this.uploadedPlugins.get(id)?.enabled ?? false});
        this.sendJson(res, 201, manifest, this.store.id());
        return HANDLED;
    }

    private async handleControl(req: http.IncomingMessage, res: http.ServerResponse, controlPath: string) {
        const method = (req.method ?? 'GET').toUpperCase();
        const rawBody = (await readBody(req)).toString('utf8');
        const body = rawBody ? JSON.parse(rawBody) : {};
        const reply = (value: unknown) => this.sendJson(res, 200, value, 'sandbox');
        switch (`${method} ${controlPath}`) {
            case 'POST /reset':
                this.reset(body.seed ?? 'default');
                return reply({status: 'OK', tokens: this.store.tokens.size, users: this.store.users.size});
            case 'POST /config':
                Object.assign(this.config, body);
                return reply(this.config);
            case 'POST /feature':
                this.featureLevel = body.level;
                return reply({level: this.featureLevel});
            case 'POST /faults':
                this.faults = {latencyMs: body.latencyMs ?? 0, rules: body.rules ?? []};
                return reply(this.faults);
            case 'GET /requests':
                return reply(this.requests);
            case 'DELETE /requests':
                this.requests = [];
                return reply({status: 'OK'});
            case 'POST /use-token': {
                // Simulates an integration using a token: the first authenticated request makes its session.
                const token = this.store.tokens.get(body.token_id);
                const session = token && this.sessionForSecret(token.token);
                return reply({used: Boolean(session)});
            }
            case 'POST /roles': {
                const user = this.user(body.username);
                user.roles = body.roles;
                return reply({status: 'OK'});
            }
            case 'GET /users':
                return reply(
                    [...this.store.users.values()].map((u) => ({
                        id: u.id,
                        username: u.username,
                        roles: u.roles,
                        is_bot: u.is_bot,
                        delete_at: u.delete_at,
                        system_admin: isSystemAdmin(u),
                    })),
                );
            default:
                this.sendJson(res, 404, {message: `unknown sandbox control ${method} ${controlPath}`}, 'sandbox');
        }
    }

    private serveStatic(res: http.ServerResponse, pathname: string) {
        const manifest = this.options.pluginManifest;
        let file: string | undefined;
        if (
            pathname === '/' ||
            pathname === '/index.html' ||
            pathname.startsWith('/login') ||
            pathname.startsWith('/channels')
        ) {
            file = this.options.hostDir && path.join(this.options.hostDir, 'index.html');
        } else if (pathname.startsWith('/static/plugins/') && manifest && this.options.pluginDir) {
            const rest = pathname.slice(`/static/plugins/${manifest.id}/`.length);
            file = /_bundle\.js$/.test(rest) ? path.join(this.options.pluginDir, 'main.js') : undefined;
        } else if (pathname.startsWith('/static/') && this.options.hostDir) {
            const candidate = path.normalize(path.join(this.options.hostDir, pathname.slice('/static/'.length)));
            file = candidate.startsWith(this.options.hostDir) ? candidate : undefined;
        } else if (pathname === '/plugin-icon.svg' && this.options.pluginDir) {
            file = path.resolve(this.options.pluginDir, '../../assets/icon.svg');
        }
        if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
            res.writeHead(404, {'Content-Type': 'text/plain'}).end('not found');
            return;
        }
        let content: string | Buffer = fs.readFileSync(file);
        if (file.endsWith('index.html')) {
            content = content.toString('utf8').replace(/__BASE_PATH__/g, this.basePath);
        }
        res.writeHead(200, {
            'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
            'Cache-Control': 'no-store',
        }).end(content);
    }

    private cookie(name: string, value: string, opts: {httpOnly?: boolean; maxAge: number}): string {
        return `${name}=${value}; Path=${this.basePath || '/'}; Max-Age=${Math.floor(opts.maxAge)}; SameSite=Lax${opts.httpOnly ? '; HttpOnly' : ''}`;
    }

    private sendJson(
        res: http.ServerResponse,
        status: number,
        body: unknown,
        requestId: string,
        headers: Record<string, string> = {},
    ) {
        res.writeHead(status, {
            'Content-Type': 'application/json',
            'X-Request-Id': requestId,
            'X-Version-Id': `${SERVER_VERSIONS[this.featureLevel]}.sandbox.${this.featureLevel}.false`,
            ...headers,
        });
        res.end(JSON.stringify(body));
    }
}

const HANDLED = Symbol('handled');

class MethodNotAllowed extends Error {}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}

function isMultipart(req: http.IncomingMessage): boolean {
    return (req.headers['content-type'] ?? '').startsWith('multipart/');
}

function parseCookies(header: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const part of header.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0) {
            out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
        }
    }
    return out;
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

export {isValidId};
