// Seed data. `default`: one user of each kind with a few tokens each (the demo and the e2e tests).
// `large`: 10,000 tokens of 2,000 users (the benchmarks). `huge`: 100,000 tokens of 20,000 users, the
// same shape (the soak and the full-inventory benchmark).
import {seededRandom} from './ids';
import {SandboxStore} from './store';

export const SEED_NAMES = ['default', 'large', 'huge', 'empty'] as const;
export type SeedName = (typeof SEED_NAMES)[number];

const DAY = 24 * 60 * 60 * 1000;

export const DEMO_LOGINS = [
    {username: 'admin', password: 'password', what: 'System Admin: sees the system-wide token inventory'},
    {username: 'alice', password: 'password', what: 'regular user with the personal access token role'},
    {username: 'manager', password: 'password', what: 'user manager: token role plus edit_other_users'},
    {username: 'bob', password: 'password', what: 'regular user without the token role'},
] as const;

export function seedStore(name: SeedName, seed = 1): SandboxStore {
    const store = new SandboxStore(seededRandom(seed));
    const admin = store.addUser({
        username: 'admin',
        first_name: 'Ada',
        last_name: 'Admin',
        roles: 'system_user system_admin',
    });
    if (name === 'empty') {
        store.finishSeeding();
        return store;
    }
    if (name === 'large' || name === 'huge') {
        seedMany(store, admin.id, name === 'large' ? {users: 2000, tokens: 10000} : {users: 20000, tokens: 100000});
        store.finishSeeding();
        return store;
    }
    const now = Date.now();
    const alice = store.addUser({
        username: 'alice',
        first_name: 'Alice',
        last_name: 'Anders',
        roles: 'system_user system_user_access_token',
    });
    const manager = store.addUser({
        username: 'manager',
        first_name: 'Mona',
        last_name: 'Manager',
        roles: 'system_user system_user_access_token system_user_manager',
    });
    const bob = store.addUser({username: 'bob', first_name: 'Bob', last_name: 'Brown', roles: 'system_user'});
    const bot = store.addUser({
        username: 'build-bot',
        first_name: 'Build',
        last_name: 'Bot',
        roles: 'system_user',
        is_bot: true,
        bot_owner_id: admin.id,
        email: 'build-bot@localhost',
    });
    const dave = store.addUser({
        username: 'dave',
        first_name: 'Dave',
        last_name: 'Departed',
        roles: 'system_user system_user_access_token',
        delete_at: now - 30 * DAY,
    });

    store.addToken(admin.id, 'Terraform provider');
    store.addToken(admin.id, 'Backup script', {isActive: false});
    store.addToken(alice.id, 'CI pipeline');
    store.addToken(alice.id, 'CLI on laptop', {expiresAt: now + 5 * DAY});
    store.addToken(alice.id, 'Old integration', {isActive: false});
    store.addToken(alice.id, 'Expired experiment', {expiresAt: now - 2 * DAY});
    store.addToken(manager.id, 'Reporting');
    store.addToken(bob.id, 'Granted before the role was removed');
    store.addToken(bot.id, 'Deploy webhook');
    store.addToken(bot.id, 'Release notes', {expiresAt: now + 90 * DAY});
    store.addToken(dave.id, 'Left behind');
    store.finishSeeding();
    return store;
}

// Every 50th user is a bot (owned by admin), every 37th other one deactivated, every 97th a System Admin;
// every 7th token is disabled and every 5th expires (from 30 days ago to a year ahead).
function seedMany(store: SandboxStore, adminId: string, counts: {users: number; tokens: number}) {
    const userCount = counts.users;
    const tokenCount = counts.tokens;
    const digits = String(userCount - 1).length;
    const users: string[] = [adminId];
    for (let i = 1; i < userCount; i++) {
        const kind = i % 50 === 0 ? 'bot' : i % 37 === 0 ? 'deactivated' : 'user';
        const user = store.addUser({
            username: `${kind === 'bot' ? 'bot' : 'user'}${String(i).padStart(digits, '0')}`,
            first_name: `First${i}`,
            last_name: `Last${i}`,
            roles: i % 97 === 0 ? 'system_user system_admin' : 'system_user system_user_access_token',
            is_bot: kind === 'bot',
            bot_owner_id: kind === 'bot' ? adminId : undefined,
            delete_at: kind === 'deactivated' ? 1 : 0,
        });
        users.push(user.id);
    }
    const now = Date.now();
    const purposes = [
        'CI pipeline',
        'Deploy bot',
        'Grafana exporter',
        'Jira sync',
        'Backup job',
        'CLI',
        'Terraform',
        'Monitoring',
    ];
    for (let i = 0; i < tokenCount; i++) {
        const expiresAt = i % 5 === 0 ? now + ((i % 400) - 30) * DAY : 0;
        store.addToken(users[i % userCount], `${purposes[i % purposes.length]} #${i}`, {
            isActive: i % 7 !== 0,
            expiresAt,
        });
    }
}
