// The cast of the inventory's component tests: ids of the right shape, owners of every kind the risk view
// tells apart (a user, a bot, a deactivated user, a System Admin), their tokens, and a fake inventory load
// that serves them (for a test file's own mock of server-bridge's loadInventory).
import type {UserAccessToken, UserProfile} from '@mattermost/types/users';
import type * as bridge from 'server-bridge';

export const DAY = 86400000;
export const NOW = Date.now();

// A 26-character id: the prefix, then n.
export const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(25, '0')}`.slice(0, 26);

export function owner(n: number, username: string, extra: Partial<UserProfile> = {}): UserProfile {
    return {
        id: id('u', n),
        username,
        first_name: '',
        last_name: '',
        nickname: '',
        email: `${username}@example.com`,
        is_bot: false,
        delete_at: 0,
        roles: 'system_user',
        ...extra,
    } as UserProfile;
}

export const [ALICE, BOT, GONE, ROOT, CAROL] = [
    owner(1, 'alice'),
    owner(2, 'deploy-bot', {is_bot: true}),
    owner(3, 'gone', {delete_at: 5}),
    owner(4, 'root', {roles: 'system_user system_admin'}),
    owner(5, 'carol'),
];
export const OWNERS = [ALICE, BOT, GONE, ROOT, CAROL];

// A token of `who`; without `expiresAt` it has no expires_at at all (a server without expiry).
export function tok(
    n: number,
    who: UserProfile,
    description: string,
    isActive: boolean,
    expiresAt?: number,
): UserAccessToken {
    const t: UserAccessToken = {id: id('a', n), user_id: who.id, description, is_active: isActive};
    return expiresAt === undefined ? t : {...t, expires_at: expiresAt};
}

// One of each risk: never expires, disabled, a bot's, a deactivated owner's, a System Admin's, expired,
// and far in the future.
export const CAST_TOKENS: UserAccessToken[] = [
    tok(1, ALICE, 'CI pipeline', true, 0),
    tok(2, ALICE, 'Old laptop', false, 0),
    tok(3, BOT, 'Deploy webhook', true, NOW + 3 * DAY),
    tok(4, GONE, 'Left behind', true, 0),
    tok(5, ROOT, 'Terraform', true, NOW + 30 * DAY),
    tok(6, CAROL, 'Expired experiment', true, NOW - DAY),
    tok(7, CAROL, 'Far future', true, NOW + 200 * DAY),
];

// loadInventory answering with `tokens` in one page and OWNERS as their owners.
export function serveInventory(load: jest.MockedFunction<typeof bridge.loadInventory>, tokens: UserAccessToken[]) {
    load.mockImplementation(async (options = {}) => {
        options.onTokens?.(tokens, {loaded: tokens.length, pages: 1, done: false});
        options.onOwners?.(OWNERS);
        return {tokens, owners: new Map(OWNERS.map((o) => [o.id, o]))};
    });
}
