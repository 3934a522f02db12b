// The personal access token endpoints, in the server's check order (api4/user.go, app/session.go).
import {isSystemAdmin, type RequestContext} from './context';
import {ApiError, invalidBodyParam, permissionError} from './errors';
import type {FeatureLevel, SandboxConfig, SandboxToken} from './model';

export interface TokenEnv {
    config: SandboxConfig;
    featureLevel: FeatureLevel;
    now: () => number;
    onTokenCreated?: (token: SandboxToken) => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_DESCRIPTION_BYTES = 255;

// What the server sends: `token` only when asked for (create/rotate); `expires_at` on expiry-generation servers.
export function serializeToken(token: SandboxToken, env: TokenEnv, withSecret = false): Record<string, unknown> {
    const out: Record<string, unknown> = {id: token.id};
    if (withSecret) {
        out.token = token.token;
    }
    out.user_id = token.user_id;
    out.description = token.description;
    out.is_active = token.is_active;
    if (env.featureLevel !== 'classic') {
        out.expires_at = token.expires_at;
    }
    return out;
}

function checkExpiryPolicy(env: TokenEnv, expiresAt: number) {
    if (env.featureLevel === 'classic') {
        return;
    }
    const maxDays = env.config.MaximumPersonalAccessTokenLifetimeDays;
    const now = env.now();
    if (expiresAt === 0 && maxDays > 0) {
        throw new ApiError(400, 'app.user_access_token.expires_at_required.app_error');
    }
    if (expiresAt > 0 && expiresAt <= now) {
        throw new ApiError(400, 'app.user_access_token.expires_at_in_past.app_error');
    }
    if (maxDays > 0 && expiresAt > now + maxDays * DAY_MS) {
        throw new ApiError(400, 'app.user_access_token.expires_at_too_far.app_error', {Days: maxDays});
    }
}

function requireOwnerAccess(c: RequestContext, ownerId: string) {
    c.requirePermissionToUserOrBot(ownerId);
}

export function createToken(c: RequestContext, env: TokenEnv) {
    const userId = c.requireUserId();
    const user = c.store.users.get(userId);
    if (!user) {
        throw new ApiError(404, 'app.user.missing_account.const');
    }
    if (c.session.is_oauth) {
        throw permissionError('create_user_access_token', c.userId);
    }
    const body = c.decodeObject('user_access_token');
    if (body.description !== undefined && typeof body.description !== 'string') {
        throw invalidBodyParam('user_access_token');
    }
    if (body.expires_at !== undefined && (typeof body.expires_at !== 'number' || !Number.isInteger(body.expires_at))) {
        throw invalidBodyParam('user_access_token');
    }
    const description = (body.description as string | undefined) ?? '';
    if (description === '') {
        throw invalidBodyParam('description');
    }
    c.requirePermission('create_user_access_token');
    requireOwnerAccess(c, userId);
    if (isSystemAdmin(user) && !c.hasPermission('manage_system')) {
        throw permissionError('manage_system', c.userId);
    }
    if (!env.config.EnableUserAccessTokens && !user.is_bot) {
        throw new ApiError(501, 'app.user_access_token.disabled');
    }
    // Classic servers ignore expires_at: the struct has no such field.
    const expiresAt = env.featureLevel === 'classic' ? 0 : ((body.expires_at as number | undefined) ?? 0);
    if (!user.is_bot) {
        checkExpiryPolicy(env, expiresAt);
    }
    if (Buffer.byteLength(description) > MAX_DESCRIPTION_BYTES) {
        throw new ApiError(400, 'model.user_access_token.is_valid.description.app_error');
    }
    if (expiresAt < 0) {
        throw new ApiError(400, 'model.user_access_token.is_valid.expires_at.app_error');
    }
    const token = c.store.addToken(userId, description, {expiresAt});
    env.onTokenCreated?.(token);
    return serializeToken(token, env, true);
}

export function listTokensForUser(c: RequestContext, env: TokenEnv) {
    const userId = c.requireUserId();
    c.requirePermission('read_user_access_token');
    requireOwnerAccess(c, userId);
    const {page, perPage} = c.pagination();
    const mine = c.store.tokens.forUser(userId);
    return mine.slice(page * perPage, page * perPage + perPage).map((t) => serializeToken(t, env));
}

export function listAllTokens(c: RequestContext, env: TokenEnv) {
    c.requirePermission('manage_system');
    const {page, perPage} = c.pagination();
    const all = c.store.tokens.list();
    return all.slice(page * perPage, page * perPage + perPage).map((t) => serializeToken(t, env));
}

export function getToken(c: RequestContext, env: TokenEnv) {
    const tokenId = c.requireTokenId();
    c.requirePermission('read_user_access_token');
    const token = c.store.tokens.get(tokenId);
    if (!token) {
        throw new ApiError(404, 'app.user_access_token.get_by_user.app_error');
    }
    requireOwnerAccess(c, token.user_id);
    return serializeToken(token, env);
}

export function searchTokens(c: RequestContext, env: TokenEnv) {
    c.requirePermission('manage_system');
    const body = c.decodeObject('user_access_token_search');
    const term = typeof body.term === 'string' ? body.term : '';
    if (term === '') {
        throw invalidBodyParam('term');
    }
    // LIKE without wildcards: an exact, case-sensitive match on token id, user id or username.
    const userIds = new Set([...c.store.users.values()].filter((u) => u.username === term).map((u) => u.id));
    return c.store.tokens
        .list()
        .filter((t) => t.id === term || t.user_id === term || userIds.has(t.user_id))
        .map((t) => serializeToken(t, env));
}

// revoke / disable / enable share one shape: the missing-token_id 400 is overwritten by what follows.
function tokenFromBody(c: RequestContext, permission: string): SandboxToken {
    const body = c.mapFromJson();
    const tokenId = body.token_id ?? '';
    c.requirePermission(permission);
    const token = c.store.tokens.get(tokenId);
    if (!token) {
        throw new ApiError(404, 'app.user_access_token.get_by_user.app_error');
    }
    requireOwnerAccess(c, token.user_id);
    return token;
}

export function revokeToken(c: RequestContext) {
    const token = tokenFromBody(c, 'revoke_user_access_token');
    c.store.deleteSessionsForToken(token);
    c.store.tokens.delete(token.id);
    return {status: 'OK'};
}

export function disableToken(c: RequestContext) {
    const token = tokenFromBody(c, 'revoke_user_access_token');
    token.is_active = false;
    c.store.deleteSessionsForToken(token);
    return {status: 'OK'};
}

export function enableToken(c: RequestContext) {
    const token = tokenFromBody(c, 'create_user_access_token');
    token.is_active = true;
    return {status: 'OK'};
}

export function rotateToken(c: RequestContext, env: TokenEnv) {
    const body = c.decodeObject('user_access_token');
    const tokenId = typeof body.token_id === 'string' ? body.token_id : '';
    if (tokenId === '') {
        throw invalidBodyParam('token_id');
    }
    if (body.expires_at !== undefined && (typeof body.expires_at !== 'number' || !Number.isInteger(body.expires_at))) {
        throw invalidBodyParam('expires_at');
    }
    if (c.session.is_oauth) {
        throw permissionError('create_user_access_token', c.userId);
    }
    c.requirePermission('create_user_access_token');
    const token = c.store.tokens.get(tokenId);
    if (!token) {
        throw new ApiError(404, 'app.user_access_token.get_by_user.app_error');
    }
    const owner = c.store.users.get(token.user_id);
    if (!owner) {
        throw new ApiError(404, 'app.user.missing_account.const');
    }
    requireOwnerAccess(c, owner.id);
    if (isSystemAdmin(owner) && !c.hasPermission('manage_system')) {
        throw permissionError('manage_system', c.userId);
    }
    if (!token.is_active) {
        throw new ApiError(400, 'api.user.rotate_user_access_token.disabled_token.app_error');
    }
    if (!env.config.EnableUserAccessTokens && !owner.is_bot) {
        throw new ApiError(501, 'app.user_access_token.disabled');
    }
    const expiresAt = (body.expires_at as number | undefined) ?? 0;
    if (!owner.is_bot) {
        checkExpiryPolicy(env, expiresAt);
    }
    c.store.deleteSessionsForToken(token);
    c.store.tokens.replaceSecret(token, c.store.id());
    token.expires_at = expiresAt;
    return serializeToken(token, env, true);
}

function nonCompliant(c: RequestContext, env: TokenEnv): SandboxToken[] {
    const maxDays = env.config.MaximumPersonalAccessTokenLifetimeDays;
    if (maxDays <= 0) {
        return [];
    }
    const limit = env.now() + maxDays * DAY_MS;
    return c.store.tokens.list().filter((t) => {
        const owner = c.store.users.get(t.user_id);
        return t.is_active && owner && !owner.is_bot && (t.expires_at === 0 || t.expires_at > limit);
    });
}

export function countNonCompliant(c: RequestContext, env: TokenEnv) {
    c.requirePermission('manage_system');
    return {count: nonCompliant(c, env).length};
}

export function revokeNonCompliant(c: RequestContext, env: TokenEnv) {
    c.requirePermission('manage_system');
    if (env.config.MaximumPersonalAccessTokenLifetimeDays <= 0) {
        throw new ApiError(400, 'app.user_access_token.revoke_non_compliant.no_policy.app_error');
    }
    const victims = nonCompliant(c, env);
    for (const token of victims) {
        c.store.deleteSessionsForToken(token);
        c.store.tokens.delete(token.id);
    }
    return {count: victims.length};
}
