// Users and sessions (api4/user.go): login, logout, users by id, ids and username, profile pictures and a
// user's sessions.
import {removeSessionCookies, updateLastActivityIfNeeded, WEB_SESSION_MS} from './auth';
import type {RequestContext} from './context';
import {ApiError, permissionError} from './errors';
import {profilePng} from './images';
import type {SandboxSession, SandboxUser} from './model';
import type {SandboxStore} from './store';

const DAY_SECONDS = 24 * 60 * 60;

export function sanitizeUser(c: RequestContext | undefined, user: SandboxUser) {
    const seesEmail = !c?.maybeSession || c.userId === user.id || c.hasPermission('manage_system');
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

// A web session, as DoLogin makes it.
export function createWebSession(store: SandboxStore, user: SandboxUser): SandboxSession {
    return store.addSession(
        user.id,
        user.roles,
        {csrf: store.id(), platform: 'Linux', browser: 'Chrome'},
        Date.now() + WEB_SESSION_MS,
    );
}

// login: errors other than these few are masked as invalid credentials. The session cookies are attached
// only for requests with X-Requested-With: XMLHttpRequest (what Client4 and the web app send); every login
// answers the session token in the Token header.
export function login(c: RequestContext) {
    const body = c.mapFromJson();
    const user = body.login_id ? c.store.userByUsername(body.login_id) : undefined;
    if (!user) {
        throw new ApiError(401, 'api.user.login.invalid_credentials_email_username');
    }
    if (user.is_bot) {
        throw new ApiError(401, 'api.user.login.bot_login_forbidden.app_error');
    }
    if (user.delete_at !== 0) {
        throw new ApiError(401, 'api.user.login.inactive.app_error');
    }
    if (user.password !== body.password) {
        throw new ApiError(401, 'api.user.login.invalid_credentials_email_username');
    }
    const session = createWebSession(c.store, user);
    c.reply.header('Token', session.token);
    if (c.request.headers['x-requested-with'] === 'XMLHttpRequest') {
        const maxAgeSeconds = WEB_SESSION_MS / 1000;
        c.reply
            .cookie('MMAUTHTOKEN', session.token, {httpOnly: true, maxAgeSeconds})
            .cookie('MMUSERID', user.id, {maxAgeSeconds})
            .cookie('MMCSRF', session.props.csrf, {maxAgeSeconds});
    }
    return sanitizeUser(undefined, user);
}

// logout needs no session: it clears the cookies and revokes the session if there is one.
export function logout(c: RequestContext) {
    removeSessionCookies(c.reply);
    if (c.maybeSession) {
        c.store.sessions.delete(c.maybeSession.token);
    }
    return {status: 'OK'};
}

function userOr404(c: RequestContext, id: string): SandboxUser {
    const user = c.store.users.get(id);
    if (!user) {
        throw new ApiError(404, 'app.user.missing_account.const');
    }
    return user;
}

export function getUser(c: RequestContext) {
    const user = userOr404(c, c.requireUserId());
    updateLastActivityIfNeeded(c.session);
    return sanitizeUser(c, user);
}

export function getUserByUsername(c: RequestContext) {
    const user = c.store.userByUsername(c.params.username);
    if (!user || user.username !== c.params.username.toLowerCase()) {
        throw new ApiError(404, 'app.user.missing_account.const');
    }
    return sanitizeUser(c, user);
}

export function usersByIds(c: RequestContext) {
    const ids = new Set(c.decodeNonEmptyArray('user_ids').filter((id): id is string => typeof id === 'string'));
    return [...ids]
        .map((id) => c.store.users.get(id))
        .filter((u): u is SandboxUser => Boolean(u))
        .map((u) => sanitizeUser(c, u));
}

// getProfileImage / getDefaultProfileImage: RequireUserId first, so the web app's requests for user '0'
// (the author of client-side ephemeral posts) are 400 invalid_url_param.
export function profileImage(c: RequestContext) {
    const user = userOr404(c, c.requireUserId());
    c.reply.header('Cache-Control', `max-age=${DAY_SECONDS}, private`).send(profilePng(user.id), 'image/png');
    return undefined;
}

export function sessionsForUser(c: RequestContext) {
    const id = c.requireUserId();
    if (!c.hasPermissionToUser(id)) {
        throw permissionError('edit_other_users', c.userId);
    }
    return [...c.store.sessions.values()]
        .filter((s) => s.user_id === id)
        .map((s) => ({
            ...s,
            token: '',
            expired_notify: false,
            team_members: null,
            local: false,
        }));
}
