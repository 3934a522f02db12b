// The admin inventory's data: every token joined to its owner. Token pages and owner look-ups share one
// concurrency limit; owners are fetched while later pages are still loading, so rows can show them early.
import type {UserAccessToken, UserProfile} from '@mattermost/types/users';

import {createLimiter, type Limiter} from './limit';
import {DEFAULT_CONCURRENCY, listAllTokens, type ListProgress} from './tokens';
import {getUsersByIds} from './users';

export interface InventoryOptions {
    concurrency?: number;
    // Shares a limiter with other requests (e.g. an activity scan); otherwise one of `concurrency` is made.
    limiter?: Limiter;
    // The token count of the last complete load (see listAllTokens).
    expectedTotal?: number;
    onTokens?: (tokens: UserAccessToken[], progress: ListProgress) => void;
    onOwners?: (owners: UserProfile[]) => void;
}

export interface Inventory {
    // In the order they arrived (the caller sorts them its own way).
    tokens: UserAccessToken[];
    owners: Map<string, UserProfile>;
}

// Owners are asked for as pages name them: the first page's at once (so the first rows show who owns
// them), then whenever OWNER_BATCH new ones are waiting, and the rest when the last page is in.
export const OWNER_BATCH = 1000;

export async function loadInventory(options: InventoryOptions = {}): Promise<Inventory> {
    const limiter = options.limiter ?? createLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
    const owners = new Map<string, UserProfile>();
    const requested = new Set<string>();
    const lookups: Array<Promise<void>> = [];
    let waiting: string[] = [];
    let firstPage = true;
    const lookUp = (count: number) => {
        const ids = waiting.slice(0, count);
        waiting = waiting.slice(count);
        lookups.push(
            getUsersByIds(ids, {limiter, batchSize: OWNER_BATCH}).then((found) => {
                found.forEach((user, id) => owners.set(id, user));
                options.onOwners?.([...found.values()]);
            }),
        );
    };

    const tokens = await listAllTokens({
        concurrency: options.concurrency,
        limiter,
        expectedTotal: options.expectedTotal,
        sortById: false,
        onPage: (added, progress) => {
            options.onTokens?.(added, progress);
            for (const token of added) {
                if (!requested.has(token.user_id)) {
                    requested.add(token.user_id);
                    waiting.push(token.user_id);
                }
            }
            if (firstPage && waiting.length > 0) {
                lookUp(waiting.length);
            }
            while (waiting.length >= OWNER_BATCH) {
                lookUp(OWNER_BATCH);
            }
            firstPage = false;
        },
    });
    if (waiting.length > 0) {
        lookUp(waiting.length);
    }
    await Promise.all(lookups);
    return {tokens, owners};
}
