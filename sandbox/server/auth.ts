// Authentication as web/handlers.go does it before a handler runs: ParseAuthTokenFromRequest, App.GetSession
// (with the lazy session for a personal access token), the query-string rule, checkCSRFToken and
// Context.SessionRequired. Also UpdateLastActivityAtIfNeeded, which only some handlers call.
import type {ApiRequest} from './context';
import {ApiError, sessionExpired} from './errors';
import {parseCookies, type Reply} from './http';
import type {SandboxConfig, SandboxSession} from './model';
import type {AuthMode} from './router';
import type {SandboxStore} from './store';

export interface AuthEnv {
    store: SandboxStore;
    config: SandboxConfig;
}

export type TokenLocation = 'cookie' | 'header' | 'query';

export const WEB_SESSION_MS = 30 * 24 * 60 * 60 * 1000;
// model.SessionUserAccessTokenExpiry: 100 years.
const PAT_SESSION_MS = 100 * 365 * 24 * 60 * 60 * 1000;
// model.SessionActivityTimeout: last_activity_at is written at most this often.
export const SESSION_ACTIVITY_TIMEOUT_MS = 5 * 60 * 1000;

// app.ParseAuthTokenFromRequest: the MMAUTHTOKEN cookie wins over the Authorization header, so a browser
// request that carries the session cookie is that session whatever bearer token it also sends.
export function parseAuthToken(request: ApiRequest): {token: string; location: TokenLocation} | undefined {
    const cookie = parseCookies(String(request.headers.cookie ?? '')).MMAUTHTOKEN;
    if (cookie !== undefined) {
        return {token: cookie, location: 'cookie'};
    }
    const header = String(request.headers.authorization ?? '');
    if (header.length > 6 && header.slice(0, 6).toUpperCase() === 'BEARER') {
        return {token: header.slice(7), location: 'header'};
    }
    if (header.length > 5 && header.slice(0, 5).toLowerCase() === 'token') {
        return {token: header.slice(6), location: 'header'};
    }
    const query = request.query.get('access_token');
    return query ? {token: query, location: 'query'} : undefined;
}

// App.GetSession: a known session, or one made lazily from a personal access token.
export function sessionForSecret(env: AuthEnv, secret: string, now = Date.now()): SandboxSession | undefined {
    const existing = env.store.sessions.get(secret);
    if (existing) {
        if (existing.expires_at < now) {
            env.store.sessions.delete(secret);
            return undefined;
        }
        return existing;
    }
    const token = env.store.tokenBySecret(secret);
    if (!token || !token.is_active) {
        return undefined;
    }
    const user = env.store.users.get(token.user_id);
    if (!user || (!env.config.EnableUserAccessTokens && !user.is_bot)) {
        return undefined;
    }
    if (token.expires_at > 0 && now >= token.expires_at) {
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
    let expiresAt = now + PAT_SESSION_MS;
    if (token.expires_at > 0 && token.expires_at < expiresAt) {
        expiresAt = token.expires_at;
    }
    return env.store.addSession(user.id, user.roles, props, expiresAt, secret);
}

// The session a request runs with, or the error the server answers before any handler runs. `location`
// reports where the token came from, for the request log.
export function authenticate(
    env: AuthEnv,
    request: ApiRequest,
    mode: AuthMode,
    reply: Reply,
): {session?: SandboxSession; location?: TokenLocation} {
    const parsed = parseAuthToken(request);
    let session: SandboxSession | undefined;
    if (parsed) {
        session = sessionForSecret(env, parsed.token);
        if (!session) {
            if (mode === 'session') {
                removeSessionCookies(reply);
                throw sessionExpired('token');
            }
        } else if (parsed.location === 'query' && !session.is_oauth) {
            throw new ApiError(401, 'api.context.token_provided.app_error');
        }
        if (session && mode === 'session' && !csrfPasses(request, parsed.location, session)) {
            removeSessionCookies(reply);
            throw sessionExpired('Appears to be a CSRF attempt');
        }
    }
    if (mode === 'session') {
        sessionRequired(env, session);
    }
    return {session, location: parsed?.location};
}

// checkCSRFToken: only cookie-authenticated writes; X-Requested-With: XMLHttpRequest passes when strict
// enforcement is off (the default).
function csrfPasses(request: ApiRequest, location: TokenLocation, session: SandboxSession): boolean {
    if (location !== 'cookie' || request.method === 'GET') {
        return true;
    }
    return (
        request.headers['x-csrf-token'] === session.props.csrf ||
        request.headers['x-requested-with'] === 'XMLHttpRequest'
    );
}

// Context.SessionRequired
function sessionRequired(env: AuthEnv, session: SandboxSession | undefined) {
    const user = session && env.store.users.get(session.user_id);
    if (!session || !user) {
        throw sessionExpired('UserRequired');
    }
    if (
        !env.config.EnableUserAccessTokens &&
        session.props.type === 'UserAccessToken' &&
        session.props.is_bot !== 'true'
    ) {
        throw sessionExpired('UserAccessToken');
    }
}

// Context.RemoveSessionCookie
export function removeSessionCookies(reply: Reply) {
    reply
        .cookie('MMAUTHTOKEN', '', {httpOnly: true, maxAgeSeconds: 0})
        .cookie('MMUSERID', '', {maxAgeSeconds: 0})
        .cookie('MMCSRF', '', {maxAgeSeconds: 0});
}

// UpdateLastActivityAtIfNeeded: getUser, getUsers and createPost call it (api4/user.go, api4/post.go);
// other routes leave last_activity_at alone.
export function updateLastActivityIfNeeded(session: SandboxSession, now = Date.now()) {
    if (now - session.last_activity_at < SESSION_ACTIVITY_TIMEOUT_MS) {
        return;
    }
    session.last_activity_at = now;
}
