// Pure helpers of the admin inventory: rows joined to owners, facets, sorting, CSV rows.
import type {OwnerSummary, StoredToken} from '../reducer';
import {ownerName} from './search';
import {compareIds, compareText as text} from './token_order';
import {expiryBucket, tokenStatus, type TokenStatus} from './token_status';

export type OwnerKind = 'bot' | 'deactivated' | 'system_admin' | 'user';

export function ownerKinds(owner: OwnerSummary | undefined): OwnerKind[] {
    if (!owner) {
        return [];
    }
    const kinds: OwnerKind[] = [];
    if (owner.is_bot) {
        kinds.push('bot');
    }
    if (owner.delete_at > 0) {
        kinds.push('deactivated');
    }
    if (owner.roles.split(' ').includes('system_admin')) {
        kinds.push('system_admin');
    }
    return kinds.length ? kinds : ['user'];
}

export interface Facets {
    status: 'any' | TokenStatus;
    expiry: 'any' | 'never' | 'expired' | 'within_7_days';
    ownerKind: 'any' | Exclude<OwnerKind, 'user'>;
    ownerId: string;
}

export const NO_FACETS: Facets = {status: 'any', expiry: 'any', ownerKind: 'any', ownerId: ''};

export function isNoFacets(facets: Facets): boolean {
    return facets.status === 'any' && facets.expiry === 'any' && facets.ownerKind === 'any' && facets.ownerId === '';
}

export function matchesFacets(
    token: StoredToken,
    owner: OwnerSummary | undefined,
    facets: Facets,
    now: number,
): boolean {
    if (facets.ownerId && token.user_id !== facets.ownerId) {
        return false;
    }
    if (facets.status !== 'any' && tokenStatus(token, now) !== facets.status) {
        return false;
    }
    if (facets.expiry !== 'any' && expiryBucket(token, now) !== facets.expiry) {
        return false;
    }
    if (facets.ownerKind !== 'any' && !ownerKinds(owner).includes(facets.ownerKind)) {
        return false;
    }
    return true;
}

export type SortKey = 'owner' | 'description' | 'id' | 'status' | 'expires' | 'kind';
export interface Sort {
    key: SortKey;
    direction: 'asc' | 'desc';
}

const STATUS_ORDER: Record<TokenStatus, number> = {active: 0, expired: 1, disabled: 2};

// Each distinct text gets its place in collator order (equal-collating texts share one), so that rows sort
// by number: a collator compare per pair of 100,000 rows is what made sorting slow.
function textRanks(values: Iterable<string>): Map<string, number> {
    const distinct = [...new Set(values)].sort(text);
    const ranks = new Map<string, number>();
    let rank = 0;
    distinct.forEach((value, i) => {
        if (i > 0 && text(distinct[i - 1], value) !== 0) {
            rank += 1;
        }
        ranks.set(value, rank);
    });
    return ranks;
}

function ranked(tokens: StoredToken[], textOf: (t: StoredToken) => string): Float64Array {
    const texts = tokens.map(textOf);
    const ranks = textRanks(texts);
    return Float64Array.from(texts, (value) => ranks.get(value) ?? 0);
}

// The sort key of every row, by column: a number, lower first.
function sortKeys(key: SortKey, tokens: StoredToken[], owners: Record<string, OwnerSummary>, now: number) {
    switch (key) {
        case 'owner': {
            // Owners not known (not loaded yet, or gone) come after every known one, by user id.
            const keys = ranked(tokens, (t) => owners[t.user_id]?.username ?? t.user_id);
            tokens.forEach((t, i) => {
                if (!owners[t.user_id]) {
                    keys[i] += tokens.length;
                }
            });
            return keys;
        }
        case 'description':
            return ranked(tokens, (t) => t.description);
        case 'kind':
            return ranked(tokens, (t) => ownerKinds(owners[t.user_id]).join());
        case 'status':
            return Float64Array.from(tokens, (t) => STATUS_ORDER[tokenStatus(t, now)]);
        case 'expires':
            return Float64Array.from(tokens, (t) => t.expires_at || Number.MAX_SAFE_INTEGER);
        case 'id':
            return new Float64Array(tokens.length);
    }
}

// Rows by the column, then by id; descending reverses both.
export function sortTokens(
    tokens: StoredToken[],
    sort: Sort,
    owners: Record<string, OwnerSummary>,
    now: number,
): StoredToken[] {
    const keys = sortKeys(sort.key, tokens, owners, now);
    const sign = sort.direction === 'asc' ? 1 : -1;
    const order = Array.from(tokens, (_t, i) => i);
    order.sort((a, b) => sign * (keys[a] - keys[b] || compareIds(tokens[a].id, tokens[b].id)));
    return order.map((i) => tokens[i]);
}

export const CSV_HEADER = [
    'token_id',
    'description',
    'status',
    'expires_at',
    'owner_id',
    'username',
    'name',
    'email',
    'bot',
    'deactivated',
    'system_admin',
];

// The server accepts any expires_at up to int64 (without a lifetime policy); past JavaScript's last date
// (year 275760) it is written as the number it is.
function expiresCell(expiresAt: number | undefined): string {
    if (expiresAt === undefined) {
        return '';
    }
    if (expiresAt === 0) {
        return 'never';
    }
    const date = new Date(expiresAt);
    return Number.isNaN(date.getTime()) ? String(expiresAt) : date.toISOString();
}

export function csvRow(token: StoredToken, owner: OwnerSummary | undefined, now: number): Array<string | boolean> {
    const kinds = ownerKinds(owner);
    return [
        token.id,
        token.description,
        tokenStatus(token, now),
        expiresCell(token.expires_at),
        token.user_id,
        owner?.username ?? '',
        ownerName(owner),
        owner?.email ?? '',
        kinds.includes('bot'),
        kinds.includes('deactivated'),
        kinds.includes('system_admin'),
    ];
}
