// The admin inventory's data: every token joined to its owner. Token pages and owner look-ups share one
// concurrency limit; owners are fetched as soon as a page names someone new, so rows can show owners
// while later pages are still loading.
import type {UserAccessToken, UserProfile} from '@mattermost/types/users';

import {createLimiter, type Limiter} from './limit';
import {DEFAULT_CONCURRENCY, listAllTokens, type ListProgress} from './tokens';
import {getUsersByIds} from './users';

export interface InventoryOptions {
    concurrency?: number;
    // Shares a limiter with other requests (e.g. an activity scan); otherwise one of `concurrency` is made.
    limiter?: Limiter;
    onTokens?: (tokens: UserAccessToken[], progress: ListProgress) => void;
    onOwners?: (owners: UserProfile[]) => void;
}

export interface Inventory {
    tokens: UserAccessToken[];
    owners: Map<string, UserProfile>;
}

export async function loadInventory(options: InventoryOptions = {}): Promise<Inventory> {
    const limiter = options.limiter ?? createLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
    const owners = new Map<string, UserProfile>();
    const requested = new Set<string>();
    const lookups: Array<Promise<void>> = [];

    const tokens = await listAllTokens({
        concurrency: options.concurrency,
        limiter,
        onPage: (added, progress) => {
            options.onTokens?.(added, progress);
            const unknown = [...new Set(added.map((t) => t.user_id))].filter((id) => !requested.has(id));
            if (unknown.length === 0) {
                return;
            }
            unknown.forEach((id) => requested.add(id));
            lookups.push(
                getUsersByIds(unknown, {limiter}).then((found) => {
                    found.forEach((user, id) => owners.set(id, user));
                    options.onOwners?.([...found.values()]);
                }),
            );
        },
    });
    await Promise.all(lookups);
    return {tokens, owners};
}
