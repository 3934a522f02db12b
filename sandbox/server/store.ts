// In-memory store. Maps keep insertion order, which plays the part of Postgres heap order: the API never
// sorts, exactly like the real store (no ORDER BY), and ids are random so that order means nothing.
import {newId, type RandomBytes} from './ids';
import type {SandboxPost, SandboxSession, SandboxToken, SandboxUser} from './model';

// The tokens, by id. Tests (and the store) change it like any Map (set, delete, delete-then-set to move a
// row to the end, as an UPDATE can move it in heap order); every change drops the cached views below, so a
// page of GET /users/tokens is a slice of one array instead of a walk over 100,000 rows per request.
export class TokenTable extends Map<string, SandboxToken> {
    private ordered?: SandboxToken[];
    private byUser?: Map<string, SandboxToken[]>;
    private bySecret?: Map<string, SandboxToken>;

    override set(id: string, token: SandboxToken): this {
        super.set(id, token);
        this.changed();
        return this;
    }

    override delete(id: string): boolean {
        const deleted = super.delete(id);
        this.changed();
        return deleted;
    }

    override clear() {
        super.clear();
        this.changed();
    }

    // Every token in store order. Callers must not change the array.
    list(): readonly SandboxToken[] {
        this.ordered ??= [...this.values()];
        return this.ordered;
    }

    // One user's tokens in store order.
    forUser(userId: string): readonly SandboxToken[] {
        if (!this.byUser) {
            this.byUser = new Map();
            for (const token of this.list()) {
                const mine = this.byUser.get(token.user_id);
                if (mine) {
                    mine.push(token);
                } else {
                    this.byUser.set(token.user_id, [token]);
                }
            }
        }
        return this.byUser.get(userId) ?? [];
    }

    bySecretValue(secret: string): SandboxToken | undefined {
        if (!this.bySecret) {
            this.bySecret = new Map(this.list().map((t) => [t.token, t]));
        }
        const token = this.bySecret.get(secret);
        // A secret changed in place (not through replaceSecret) makes the index stale: look again the slow way.
        if (token && token.token === secret && super.get(token.id) === token) {
            return token;
        }
        return this.list().find((t) => t.token === secret);
    }

    replaceSecret(token: SandboxToken, secret: string) {
        this.bySecret?.delete(token.token);
        token.token = secret;
        this.bySecret?.set(secret, token);
    }

    private changed() {
        this.ordered = undefined;
        this.byUser = undefined;
        this.bySecret = undefined;
    }
}

export class SandboxStore {
    users = new Map<string, SandboxUser>();
    tokens = new TokenTable();
    sessions = new Map<string, SandboxSession>();
    posts = new Map<string, SandboxPost>();
    // Seeds use a deterministic generator; everything made afterwards (sessions, secrets) uses crypto.
    private random?: RandomBytes;
    private usernames = new Map<string, SandboxUser>();

    constructor(random?: RandomBytes) {
        this.random = random;
    }

    finishSeeding() {
        this.random = undefined;
    }

    id(): string {
        return newId(this.random);
    }

    addUser(partial: Partial<SandboxUser> & {username: string}): SandboxUser {
        const now = Date.now();
        const user: SandboxUser = {
            id: this.id(),
            password: 'password',
            email: `${partial.username}@example.com`,
            first_name: '',
            last_name: '',
            nickname: '',
            roles: 'system_user',
            is_bot: false,
            delete_at: 0,
            create_at: now,
            update_at: now,
            locale: 'en',
            ...partial,
        };
        this.users.set(user.id, user);
        this.usernames.set(user.username, user);
        return user;
    }

    // GetUserForLogin: by username or email, case-insensitively.
    userByUsername(username: string): SandboxUser | undefined {
        const lower = username.toLowerCase();
        const indexed = this.usernames.get(lower);
        if (indexed && this.users.get(indexed.id) === indexed) {
            return indexed;
        }
        for (const user of this.users.values()) {
            if (user.username === lower || user.email === lower) {
                return user;
            }
        }
        return undefined;
    }

    addToken(
        userId: string,
        description: string,
        options: {isActive?: boolean; expiresAt?: number} = {},
    ): SandboxToken {
        const token: SandboxToken = {
            id: this.id(),
            token: this.id(),
            user_id: userId,
            description,
            is_active: options.isActive ?? true,
            expires_at: options.expiresAt ?? 0,
        };
        this.tokens.set(token.id, token);
        return token;
    }

    tokenBySecret(secret: string): SandboxToken | undefined {
        return this.tokens.bySecretValue(secret);
    }

    // Sessions whose Token is this token's secret (DELETE FROM Sessions s USING UserAccessTokens o ...).
    deleteSessionsForToken(token: SandboxToken) {
        this.sessions.delete(token.token);
    }

    // RevokeAllSessions: what deactivating a user does.
    deleteSessionsForUser(userId: string) {
        for (const [secret, session] of this.sessions) {
            if (session.user_id === userId) {
                this.sessions.delete(secret);
            }
        }
    }

    addSession(
        userId: string,
        roles: string,
        props: Record<string, string>,
        expiresAt: number,
        secret = this.id(),
    ): SandboxSession {
        const now = Date.now();
        const session: SandboxSession = {
            id: this.id(),
            token: secret,
            create_at: now,
            expires_at: expiresAt,
            // Session.PreSave: a new session's last activity is its creation.
            last_activity_at: now,
            user_id: userId,
            device_id: '',
            roles,
            is_oauth: false,
            props,
        };
        this.sessions.set(secret, session);
        return session;
    }
}
