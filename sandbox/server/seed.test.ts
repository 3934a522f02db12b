/** @jest-environment node */
// The seeds (huge: 100,000 tokens of 20,000 users, fast to make and to page through) and the store's
// cached views of the token table, which must follow every change to the Map.
import {Sandbox} from './app';
import {dispatchApi} from './pipeline';
import {seedStore} from './seed';
import {SandboxStore} from './store';

const DAY = 24 * 60 * 60 * 1000;

// CPU time of this process, in ms: unlike the wall clock it does not grow when other test files run on
// the same cores.
function cpuMs(since?: NodeJS.CpuUsage): number {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
}

describe('SEED=huge', () => {
    const started = process.cpuUsage();
    const store = seedStore('huge');
    const seedMs = cpuMs(started);

    test('seeds in well under 3 seconds of CPU, the same data every time', () => {
        expect(seedMs).toBeLessThan(3000);
        expect([...seedStore('huge').tokens.keys()].slice(0, 5)).toEqual([...store.tokens.keys()].slice(0, 5));
    });

    test("the large seed's shape: bots, deactivated users, some admins; active, disabled, expiring, expired", () => {
        const users = [...store.users.values()];
        const tokens = store.tokens.list();
        const now = Date.now();
        expect(users).toHaveLength(20000);
        expect(tokens).toHaveLength(100000);
        expect(users.filter((u) => u.is_bot)).toHaveLength(399);
        expect(users.filter((u) => u.delete_at !== 0).length).toBeGreaterThan(400);
        expect(users.filter((u) => u.roles.includes('system_admin')).length).toBeGreaterThan(200);
        expect(store.userByUsername('user00001')).toBeDefined();
        expect(store.userByUsername('bot00050')?.is_bot).toBe(true);
        expect(tokens.filter((t) => !t.is_active)).toHaveLength(14286);
        expect(tokens.filter((t) => t.expires_at > now + 30 * DAY).length).toBeGreaterThan(1000);
        expect(tokens.filter((t) => t.expires_at > 0 && t.expires_at < now).length).toBeGreaterThan(1000);
        expect(new Set(tokens.map((t) => t.user_id)).size).toBe(20000);
    });

    test('a full page-by-page listing in-process: every token once, quickly', async () => {
        const sandbox = new Sandbox({seed: 'empty'});
        sandbox.store = store;
        const token = sandbox.loginSession('admin').token;
        const ids = new Set<string>();
        const listing = process.cpuUsage();
        for (let page = 0; ; page++) {
            const reply = await dispatchApi(sandbox, {
                method: 'GET',
                path: '/users/tokens',
                query: new URLSearchParams({page: String(page), per_page: '200'}),
                headers: {authorization: `Bearer ${token}`},
                rawBody: '',
                remoteAddress: '127.0.0.1',
            });
            const rows = reply.json!.value as Array<{id: string}>;
            if (rows.length === 0) {
                expect(page).toBe(500);
                break;
            }
            rows.forEach((r) => ids.add(r.id));
        }
        expect(ids.size).toBe(100000);
        expect(cpuMs(listing)).toBeLessThan(3000);
    });
});

describe("the token table's cached views", () => {
    test('follow set, delete and delete-then-set (a row moving to the end)', () => {
        const store = new SandboxStore();
        const a = store.addToken('user-a', 'a');
        const b = store.addToken('user-b', 'b');
        const c = store.addToken('user-a', 'c');
        expect(store.tokens.list()).toEqual([a, b, c]);
        expect(store.tokens.forUser('user-a')).toEqual([a, c]);
        store.tokens.delete(a.id);
        store.tokens.set(a.id, a);
        expect(store.tokens.list()).toEqual([b, c, a]);
        expect(store.tokens.forUser('user-a')).toEqual([c, a]);
        store.tokens.delete(c.id);
        expect(store.tokens.forUser('user-a')).toEqual([a]);
        expect(store.tokenBySecret(c.token)).toBeUndefined();
    });

    test('find a token by its secret after a rotation, or after its secret was changed in place', () => {
        const store = new SandboxStore();
        const token = store.addToken('user-a', 'a');
        const old = token.token;
        expect(store.tokenBySecret(old)).toBe(token);
        store.tokens.replaceSecret(token, 'rotatedsecretxxxxxxxxxxxxx');
        expect(store.tokenBySecret(old)).toBeUndefined();
        expect(store.tokenBySecret('rotatedsecretxxxxxxxxxxxxx')).toBe(token);
        token.token = 'changedinplacexxxxxxxxxxxx';
        expect(store.tokenBySecret('changedinplacexxxxxxxxxxxx')).toBe(token);
        expect(store.tokenBySecret('rotatedsecretxxxxxxxxxxxxx')).toBeUndefined();
    });
});
