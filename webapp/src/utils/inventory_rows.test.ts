import type {OwnerSummary, StoredToken} from '../reducer';
import {csvRow, matchesFacets, NO_FACETS, ownerKinds, sortTokens} from './inventory_rows';
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
