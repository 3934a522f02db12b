// Users by id, in batches (POST /users/ids), to join tokens to their owners.
import type {UserProfile} from '@mattermost/types/users';

import {routes} from './client';
import {createLimiter, type Limiter} from './limit';
import {get, read} from './request';

export const USER_BATCH_SIZE = 200;

export async function getUsersByIds(
    ids: Iterable<string>,
    options: {limiter?: Limiter; batchSize?: number} = {},
): Promise<Map<string, UserProfile>> {
    const unique = [...new Set(ids)].filter(Boolean);
    const batchSize = options.batchSize ?? USER_BATCH_SIZE;
    const limiter = options.limiter ?? createLimiter(4);
    const batches: string[][] = [];
    for (let i = 0; i < unique.length; i += batchSize) {
        batches.push(unique.slice(i, i + batchSize));
    }
    const results = await Promise.all(
        batches.map((batch) => limiter(() => read<UserProfile[]>(`${routes.users()}/ids`, batch, 'getUsersByIds'))),
    );
    const out = new Map<string, UserProfile>();
    for (const user of results.flat()) {
        out.set(user.id, user);
    }
    return out;
}

// For `@user` arguments. 404 (not_found) when nobody has that username.
export function getUserByUsername(username: string): Promise<UserProfile> {
    return get<UserProfile>(`${routes.users()}/username/${encodeURIComponent(username)}`, 'getUserByUsername');
}
