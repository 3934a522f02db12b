import type {OwnerSummary, StoredToken} from '../reducer';
import {csvRow, matchesFacets, NO_FACETS, ownerKinds, sortTokens, type SortKey} from './inventory_rows';
import {compareIds, compareText} from './token_order';
import {expiryBucket, tokenStatus} from './token_status';

const NOW = Date.UTC(2026, 10, 23);
const DAY = 86400000;
const base = {
    id: '',
    username: 'x',
    first_name: '',
    last_name: '',
    nickname: '',
    email: '',
    is_bot: false,
    delete_at: 0,
    roles: 'system_user',
};

test.each<[{is_active: boolean; expires_at?: number}, string, string]>([
    [{is_active: true, expires_at: 0}, 'active', 'never'],
    [{is_active: true}, 'active', 'unknown'],
    [{is_active: false, expires_at: 0}, 'disabled', 'never'],
    [{is_active: true, expires_at: NOW - 1}, 'expired', 'expired'],
    [{is_active: false, expires_at: NOW - 1}, 'disabled', 'expired'],
    [{is_active: true, expires_at: NOW + 6 * DAY}, 'active', 'within_7_days'],
    [{is_active: true, expires_at: NOW + 8 * DAY}, 'active', 'later'],
])('%p is %s, expiry %s', (token, status, bucket) => {
    expect(tokenStatus(token, NOW)).toBe(status);
    expect(expiryBucket(token, NOW)).toBe(bucket);
});

test('owner kinds', () => {
    expect(ownerKinds(undefined)).toEqual([]);
    expect(ownerKinds(base)).toEqual(['user']);
    expect(ownerKinds({...base, is_bot: true, delete_at: 1})).toEqual(['bot', 'deactivated']);
    expect(ownerKinds({...base, roles: 'system_user system_admin'})).toEqual(['system_admin']);
});

test('facets combine', () => {
    const token: StoredToken = {id: 'a', user_id: 'u', description: '', is_active: true, expires_at: NOW + DAY};
    expect(matchesFacets(token, base, NO_FACETS, NOW)).toBe(true);
    expect(matchesFacets(token, base, {...NO_FACETS, status: 'active', expiry: 'within_7_days'}, NOW)).toBe(true);
    expect(matchesFacets(token, base, {...NO_FACETS, expiry: 'never'}, NOW)).toBe(false);
    expect(matchesFacets(token, base, {...NO_FACETS, ownerKind: 'bot'}, NOW)).toBe(false);
    expect(matchesFacets(token, base, {...NO_FACETS, ownerId: 'other'}, NOW)).toBe(false);
});

test('sorting is stable on id and can reverse', () => {
    const tokens: StoredToken[] = [
        {id: 'b', user_id: 'u', description: 'same', is_active: true, expires_at: 0},
        {id: 'a', user_id: 'u', description: 'same', is_active: true, expires_at: NOW},
        {id: 'c', user_id: 'u', description: 'other', is_active: false, expires_at: NOW + DAY},
    ];
    expect(sortTokens(tokens, {key: 'description', direction: 'asc'}, {}, NOW).map((t) => t.id)).toEqual([
        'c',
        'a',
        'b',
    ]);
    expect(sortTokens(tokens, {key: 'description', direction: 'desc'}, {}, NOW).map((t) => t.id)).toEqual([
        'b',
        'a',
        'c',
    ]);
    expect(sortTokens(tokens, {key: 'expires', direction: 'asc'}, {}, NOW).map((t) => t.id)).toEqual(['a', 'c', 'b']);
});
// The sort ranks each distinct text once and then compares numbers; it must order rows exactly as comparing
// the texts pair by pair with the collator would, for every column and both directions, including texts
// the collator holds equal ("a" and "A" differ only in case, which the default collator still orders;
// "e\u0301" and "é" are canonically equivalent, which it does not).
test('sorting by ranked keys orders rows as the collator would, pair by pair', () => {
    const names = ['alice', 'Alice', 'bob', 'e\u0301mile', 'émile', 'zoë', 'user10', 'user9', '#1', ''];
    const owners: Record<string, OwnerSummary> = {};
    names.forEach((username, i) => {
        owners[`u${i}`] = {
            ...base,
            id: `u${i}`,
            username,
            is_bot: i % 3 === 0,
            delete_at: i % 4 === 0 ? 1 : 0,
            roles: i % 5 === 0 ? 'system_user system_admin' : 'system_user',
        };
    });
    const tokens: StoredToken[] = Array.from({length: 300}, (_x, i) => ({
        id: `t${String((i * 7919) % 1000).padStart(4, '0')}${i}`,
        user_id: `u${i % 12}`, // u10 and u11 are unknown owners
        description: names[(i * 3) % names.length] + (i % 2 ? ' #10' : ' #9'),
        is_active: i % 7 !== 0,
        expires_at: i % 5 === 0 ? 0 : NOW + ((i % 11) - 5) * DAY,
    }));
    // Unknown owners after known ones (ascending), by user id.
    const unknown = (t: StoredToken) => (owners[t.user_id] ? 0 : 1);
    const name = (t: StoredToken) => owners[t.user_id]?.username ?? t.user_id;
    const statusOrder = {active: 0, expired: 1, disabled: 2};
    const pairwise: Record<SortKey, (a: StoredToken, b: StoredToken) => number> = {
        owner: (a, b) => unknown(a) - unknown(b) || compareText(name(a), name(b)),
        description: (a, b) => compareText(a.description, b.description),
        id: () => 0,
        status: (a, b) => statusOrder[tokenStatus(a, NOW)] - statusOrder[tokenStatus(b, NOW)],
        expires: (a, b) => (a.expires_at || Number.MAX_SAFE_INTEGER) - (b.expires_at || Number.MAX_SAFE_INTEGER),
        kind: (a, b) => compareText(ownerKinds(owners[a.user_id]).join(), ownerKinds(owners[b.user_id]).join()),
    };
    const keys: SortKey[] = ['owner', 'description', 'id', 'status', 'expires', 'kind'];
    for (const key of keys) {
        const compare = pairwise[key];
        for (const direction of ['asc', 'desc'] as const) {
            const sign = direction === 'asc' ? 1 : -1;
            const expected = [...tokens].sort((a, b) => sign * (compare(a, b) || compareIds(a.id, b.id)));
            const got = sortTokens(tokens, {key, direction}, owners, NOW);
            expect(got.map((t) => t.id)).toEqual(expected.map((t) => t.id));
        }
    }
});

test('CSV rows', () => {
    const owner: OwnerSummary = {
        ...base,
        id: 'u',
        username: 'alice',
        first_name: 'Alice',
        last_name: 'A',
        email: 'a@x',
        is_bot: true,
    };
    expect(
        csvRow(
            {id: 't', user_id: 'u', description: 'd', is_active: true, expires_at: Date.UTC(2027, 0, 1)},
            owner,
            NOW,
        ),
    ).toEqual(['t', 'd', 'active', '2027-01-01T00:00:00.000Z', 'u', 'alice', 'Alice A', 'a@x', true, false, false]);
    expect(csvRow({id: 't', user_id: 'u', description: 'd', is_active: false}, undefined, NOW)).toEqual([
        't',
        'd',
        'disabled',
        '',
        'u',
        '',
        '',
        '',
        false,
        false,
        false,
    ]);
});

// Found by the property "every description the server accepts reads back exactly": counterexample a token
// with expires_at 8640000000000001, which the server accepts (no upper bound without a lifetime policy) and
// which made the export throw RangeError: Invalid time value.
test('csvRow writes an expiry past the last JavaScript date as its number', () => {
    const token = {id: 't', user_id: 'u', description: 'd', is_active: true};
    expect(csvRow({...token, expires_at: 8640000000000001}, undefined, NOW)[3]).toBe('8640000000000001');
    expect(csvRow({...token, expires_at: 2 ** 63}, undefined, NOW)[3]).toBe('9223372036854776000');
    expect(csvRow({...token, expires_at: 8640000000000000}, undefined, NOW)[3]).toBe('+275760-09-13T00:00:00.000Z');
});
