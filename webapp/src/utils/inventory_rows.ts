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

export function compareBy(key: SortKey, owners: Record<string, OwnerSummary>, now: number) {
    const name = (t: StoredToken) => owners[t.user_id]?.username ?? `~${t.user_id}`;
    const expires = (t: StoredToken) => (t.expires_at ? t.expires_at : Number.MAX_SAFE_INTEGER);
    const byKey: Record<SortKey, (a: StoredToken, b: StoredToken) => number> = {
        owner: (a, b) => text(name(a), name(b)),
        description: (a, b) => text(a.description, b.description),
        id: () => 0,
        status: (a, b) => STATUS_ORDER[tokenStatus(a, now)] - STATUS_ORDER[tokenStatus(b, now)],
        expires: (a, b) => expires(a) - expires(b),
        kind: (a, b) => text(ownerKinds(owners[a.user_id]).join(), ownerKinds(owners[b.user_id]).join()),
    };
    return byKey[key];
}

export function sortTokens(
    tokens: StoredToken[],
    sort: Sort,
    owners: Record<string, OwnerSummary>,
    now: number,
): StoredToken[] {
    const compare = compareBy(sort.key, owners, now);
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...tokens].sort((a, b) => sign * (compare(a, b) || compareIds(a.id, b.id)));
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
