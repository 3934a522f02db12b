// After a create whose answer never arrived (the connection dropped), the server may have made the token —
// even several, when the browser re-sent the request by itself (token-api.md §8). What the server now has
// is compared with what the store knew before the create: the new tokens of that description are orphans,
// whose secrets nobody saw.
import type {StoredToken} from '../reducer';

export interface Reconciliation {
    // checked: `orphans` is what the server now has that was not there before (exact: the user's complete
    // list was known before the create; otherwise every token of that description and expiry counts).
    // unknown: the tokens could not be listed afterwards either.
    status: 'checked' | 'unknown';
    orphans: StoredToken[];
    exact: boolean;
}

export function findOrphans(
    after: StoredToken[],
    before: Set<string> | undefined,
    description: string,
    expiresAt: number | undefined,
): StoredToken[] {
    return after.filter(
        (t) =>
            t.description === description &&
            (before ? !before.has(t.id) : expiresAt === undefined || (t.expires_at ?? 0) === expiresAt),
    );
}
