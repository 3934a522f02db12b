// Per-request context: the session, permission checks (app/authorization.go), body helpers and the Reply
// through which a handler sets its status, headers and cookies.
import {ApiError, invalidBodyParam, invalidUrlParam, permissionError, sessionExpired} from './errors';
import type {Reply} from './http';
import {isValidId} from './ids';
import {ROLE_PERMISSIONS, type SandboxSession, type SandboxUser} from './model';
import type {SandboxStore} from './store';

// What the pipeline knows of the request before a handler runs.
export interface ApiRequest {
    method: string;
    // Below /api/v4.
    path: string;
    query: URLSearchParams;
    headers: Record<string, string | string[] | undefined>;
    // The body as text (latin1 for multipart uploads, so that the bytes survive).
    rawBody: string;
    remoteAddress: string;
}

export class RequestContext {
    readonly store: SandboxStore;
    readonly params: Record<string, string>;
    readonly query: URLSearchParams;
    readonly rawBody: string;
    readonly reply: Reply;
    readonly request: ApiRequest;
    // Absent on routes that do not require a session (login, client config) when the caller has none.
    readonly maybeSession?: SandboxSession;

    constructor(fields: {
        store: SandboxStore;
        session?: SandboxSession;
        params: Record<string, string>;
        request: ApiRequest;
        reply: Reply;
    }) {
        this.store = fields.store;
        this.maybeSession = fields.session;
        this.params = fields.params;
        this.request = fields.request;
        this.query = fields.request.query;
        this.rawBody = fields.request.rawBody;
        this.reply = fields.reply;
    }

    get session(): SandboxSession {
        if (!this.maybeSession) {
            throw sessionExpired('UserRequired');
        }
        return this.maybeSession;
    }

    get userId(): string {
        return this.session.user_id;
    }

    get user(): SandboxUser {
        return this.store.users.get(this.session.user_id)!;
    }

    hasPermission(permission: string): boolean {
        // Roles come from the user record, so a role change applies at once (as the server's cached session roles do after a refresh).
        const roles = (this.user?.roles ?? this.session.roles).split(' ').filter(Boolean);
        return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission));
    }

    requirePermission(permission: string) {
        if (!this.hasPermission(permission)) {
            throw permissionError(permission, this.userId);
        }
    }

    // SessionHasPermissionToUser
    hasPermissionToUser(targetId: string): boolean {
        if (targetId === '') {
            return false;
        }
        if (this.hasPermission('manage_system') || targetId === this.userId) {
            return true;
        }
        if (this.hasPermission('edit_other_users')) {
            const target = this.store.users.get(targetId);
            return !target || !isSystemAdmin(target);
        }
        return false;
    }

    // SessionHasPermissionToUserOrBot
    hasPermissionToUserOrBot(targetId: string): boolean {
        const target = this.store.users.get(targetId);
        if (target?.is_bot) {
            if (this.hasPermission('manage_system')) {
                return true;
            }
            return target.bot_owner_id === this.userId
                ? this.hasPermission('manage_bots')
                : this.hasPermission('manage_others_bots');
        }
        return this.hasPermissionToUser(targetId);
    }

    requirePermissionToUserOrBot(targetId: string) {
        if (!this.hasPermissionToUserOrBot(targetId)) {
            throw permissionError('edit_other_users', this.userId);
        }
    }

    // RequireUserId: `me` becomes the session user.
    requireUserId(): string {
        let id = this.params.user_id;
        if (id === 'me') {
            id = this.userId;
        }
        if (!isValidId(id)) {
            throw invalidUrlParam('user_id');
        }
        return id;
    }

    requirePostId(): string {
        const id = this.params.post_id;
        if (!isValidId(id)) {
            throw invalidUrlParam('post_id');
        }
        return id;
    }

    requireTokenId(): string {
        const id = this.params.token_id;
        if (!isValidId(id)) {
            throw invalidUrlParam('token_id');
        }
        return id;
    }

    // json.NewDecoder(...).Decode into a struct: anything but a JSON object is an error.
    decodeObject(name: string): Record<string, unknown> {
        try {
            const value = JSON.parse(this.rawBody);
            if (typeof value !== 'object' || value === null || Array.isArray(value)) {
                throw new Error('not an object');
            }
            return value as Record<string, unknown>;
        } catch {
            throw invalidBodyParam(name);
        }
    }

    // model.MapFromJSON: a body that is not a JSON object of strings is an empty map.
    mapFromJson(): Record<string, string> {
        try {
            const value = JSON.parse(this.rawBody);
            if (typeof value !== 'object' || value === null || Array.isArray(value)) {
                return {};
            }
            const out: Record<string, string> = {};
            for (const [key, entry] of Object.entries(value)) {
                if (typeof entry === 'string') {
                    out[key] = entry;
                }
            }
            return out;
        } catch {
            return {};
        }
    }

    // model.ArrayFromJSON-style bodies (POST /users/ids, /roles/names): a non-empty JSON array, or 400.
    decodeNonEmptyArray(name: string): unknown[] {
        let value: unknown;
        try {
            value = JSON.parse(this.rawBody);
        } catch {
            value = null;
        }
        if (!Array.isArray(value) || value.length === 0) {
            throw invalidBodyParam(name);
        }
        return value;
    }

    pagination(): {page: number; perPage: number} {
        const parse = (raw: string | null, fallback: number) => {
            if (raw === null || !/^-?\d+$/.test(raw)) {
                return fallback;
            }
            const n = parseInt(raw, 10);
            return n < 0 ? fallback : n;
        };
        const page = parse(this.query.get('page'), 0);
        const perPage = Math.min(parse(this.query.get('per_page') ?? this.query.get('pageSize'), 60), 200);
        return {page, perPage};
    }
}

export function isSystemAdmin(user: SandboxUser): boolean {
    return user.roles.split(' ').includes('system_admin');
}

export function notFound(): ApiError {
    return new ApiError(404, 'api.context.404.app_error');
}
