// The soak's invariants, each a named check that holds or says why not.
import {huntSecret} from '../secret_hunt';
import type {World} from './world';

export interface Check {
    name: string;
    ok: boolean;
    detail?: string;
}

export const check = (name: string, ok: boolean, detail?: string): Check => ({
    name,
    ok,
    detail: ok ? undefined : detail,
});

const WRITE = /\/users\/([a-z0-9]{26}|me)\/tokens$|\/users\/tokens\/(revoke|disable|enable|rotate)$/;

// One fetch() the page made, as the soak's init script records it (fetches.ts).
export interface FetchRecord {
    method: string;
    url: string;
    body: string;
    status: number;
}

// No write was sent twice by the plugin: counted where the plugin sends (the page's fetch calls), not at the
// server, which also sees the browser's own re-sends after a dropped connection. A write the rate limiter
// answered 429 did nothing and may be sent again.
export function noWriteSentTwice(fetches: FetchRecord[]): Check {
    const seen = new Map<string, number>();
    for (const f of fetches) {
        if (f.method !== 'POST' || !WRITE.test(new URL(f.url).pathname) || f.status === 429) {
            continue;
        }
        const key = `${new URL(f.url).pathname} ${f.body}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const twice = [...seen].filter(([, n]) => n > 1).map(([key, n]) => `${key} ×${n}`);
    return check('no write sent twice', twice.length === 0, twice.join('; '));
}

export function noPageError(world: World, fromError: number): Check {
    const errors = world.log.pageErrors.slice(fromError);
    return check('no page error', errors.length === 0, errors.join(' | '));
}

// The secret is nowhere but `allowedIn` (the reveal showing it), or nowhere at all.
export async function secretNowhere(world: World, secret: string, allowedIn?: string): Promise<Check> {
    const log = world.log.console.map((text) => ({kind: 'console' as const, type: 'log', text, url: ''}));
    const found = await huntSecret(world.page, secret, {allowedIn, log});
    return check(
        allowedIn ? 'secret only in its reveal' : 'secret nowhere',
        found.length === 0,
        found.map((f) => `${f.where}: ${f.detail}`).join('; '),
    );
}

// The plugin's store holds exactly what the server holds for these tokens.
export async function storeEqualsServer(world: World, ids: string[]): Promise<Check> {
    const state = await world.pluginState();
    const wrong = ids.filter((id) => {
        const server = world.serverToken(id);
        const stored = state.tokens[id];
        return server ? !stored || stored.is_active !== server.is_active : Boolean(stored);
    });
    return check('store equals server', wrong.length === 0, `differs for ${wrong.join(', ')}`);
}
