// In-memory store. Maps keep insertion order, which plays the part of Postgres heap order: the API never
// sorts, exactly like the real store (no ORDER BY), and ids are random so that order means nothing.
import {newId, type RandomBytes} from './ids';
import type {SandboxSession, SandboxToken, SandboxUser} from './model';

export class SandboxStore {
    users = new Map<string, SandboxUser>();
    tokens = new Map<string, SandboxToken>();
    sessions = new Map<string, SandboxSession>();
    // Seeds use a deterministic generator; everything made afterwards (sessions, secrets) uses crypto.
    private random?: RandomBytes;

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
        return user;
    }

    userByUsername(username: string): SandboxUser | undefined {
        const lower = username.toLowerCase();
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
        for (const token of this.tokens.values()) {
            if (token.token === secret) {
                return token;
            }
        }
        return undefined;
    }

    // Sessions whose Token is this token's secret (DELETE FROM Sessions s USING UserAccessTokens o ...).
    deleteSessionsForToken(token: SandboxToken) {
        this.sessions.delete(token.token);
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
