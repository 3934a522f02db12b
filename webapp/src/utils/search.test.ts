import type {OwnerSummary, StoredToken} from '../reducer';
import {buildSearchIndex, isSubsequence, queryTerms, searchEntries, searchInventory} from './search';

const owners: Record<string, OwnerSummary> = {
    u1: {
        id: 'u1',
        username: 'alice',
        first_name: 'Alice',
        last_name: 'Anders',
        nickname: '',
        email: 'alice@example.com',
        is_bot: false,
        delete_at: 0,
        roles: 'system_user',
    },
    u2: {
        id: 'u2',
        username: 'build-bot',
        first_name: '',
        last_name: '',
        nickname: 'Builder',
        email: '',
        is_bot: true,
        delete_at: 0,
        roles: 'system_user',
    },
};
const tokens: StoredToken[] = [
    {id: 't1aaaaaaaaaaaaaaaaaaaaaaaa', user_id: 'u1', description: 'CI pipeline', is_active: true},
    {id: 't2bbbbbbbbbbbbbbbbbbbbbbbb', user_id: 'u2', description: 'Deploy webhook', is_active: true},
    {id: 't3cccccccccccccccccccccccc', user_id: 'u1', description: 'Backup', is_active: false},
];

test.each([
    ['', ['CI pipeline', 'Deploy webhook', 'Backup']],
    ['alice', ['CI pipeline', 'Backup']],
    ['@alice', ['CI pipeline', 'Backup']],
    ['ALICE backup', ['Backup']],
    ['anders', ['CI pipeline', 'Backup']],
    ['example.com', ['CI pipeline', 'Backup']],
    ['builder', ['Deploy webhook']],
    ['t2bbbb', ['Deploy webhook']],
    ['u2', ['Deploy webhook']],
    ['dply', ['Deploy webhook']],
    ['cpl', ['CI pipeline']],
    ['zz', []],
    ['xyz', []],
])('%p', (query, expected) => {
    expect(searchEntries(buildSearchIndex(tokens, owners), query).map((t) => t.description)).toEqual(expected);
});

test('substring matches come before fuzzy ones', () => {
    const more = [...tokens, {id: 't4dddddddddddddddddddddddd', user_id: 'u1', description: 'pipe', is_active: true}];
    expect(searchEntries(buildSearchIndex(more, owners), 'pipe').map((t) => t.description)).toEqual([
        'CI pipeline',
        'pipe',
    ]);
    expect(searchEntries(buildSearchIndex(more, owners), 'pie').map((t) => t.description)).toEqual([
        'CI pipeline',
        'pipe',
    ]);
});

test('a term with a digit matches only as typed, never fuzzily', () => {
    const dated = [{id: 't5eeeeeeeeeeeeeeeeeeeeeeee', user_id: 'u1', description: 'Backup 2024', is_active: true}];
    const found = (query: string) => searchEntries(buildSearchIndex(dated, owners), query).length;
    expect(found('bkp')).toBe(1);
    expect(found('up 2024')).toBe(1);
    expect(found('bkp2')).toBe(0);
    expect(found('b2024')).toBe(0);
});

test('helpers', () => {
    expect(isSubsequence('dpl', 'deploy')).toBe(true);
    expect(isSubsequence('ldp', 'deploy')).toBe(false);
    expect(queryTerms('  @a  B ')).toEqual(['a', 'b']);
    expect(searchInventory(tokens, owners, '').map((t) => t.description)).toEqual([
        'Backup',
        'CI pipeline',
        'Deploy webhook',
    ]);
});
