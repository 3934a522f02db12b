/** @jest-environment node */
// The inventory's search (LazyIndexSearch over IndexSearch) on an index big enough to be warmed up and to
// take both ways of finding a term's rows (each candidate looked at, or one pass through the joined text):
// the same rows, in the same order, as a full scan, as a query is typed and erased. The properties on small
// data are in search.property.test.ts.
import type {OwnerSummary, StoredToken} from '../reducer';
import {LazyIndexSearch} from './lazy_index_search';
import {buildSearchIndex, searchEntries} from './search';

const WORDS = ['deploy', 'terraform', 'monitoring', 'backup', 'grafana', 'ci', 'jira', 'laptop'];

function bigIndex(rows: number) {
    const owners: Record<string, OwnerSummary> = {};
    for (let i = 0; i < 500; i++) {
        owners[`user${i}`] = {
            id: `user${i}`,
            username: `user${String(i).padStart(4, '0')}`,
            first_name: i % 2 ? 'Ada' : 'Grace',
            last_name: i % 3 ? 'Lovelace' : 'Hopper',
            nickname: '',
            email: `user${i}@example.com`,
            is_bot: false,
            delete_at: 0,
            roles: 'system_user',
        };
    }
    const tokens: StoredToken[] = Array.from({length: rows}, (_, i) => ({
        id: `t${String(i).padStart(25, '0')}`,
        user_id: `user${i % 500}`,
        // Words, a number, and now and then a word's letters apart (found only fuzzily).
        description: `${WORDS[i % WORDS.length]} ${i % 97}${i % 11 === 0 ? ' d-e-p-l-o-y' : ''}`,
        is_active: i % 7 !== 0,
    }));
    return buildSearchIndex(tokens, owners);
}

test('on 25,000 rows, typing and erasing finds what a full scan finds', () => {
    const index = bigIndex(25_000);
    const search = new LazyIndexSearch(
        index.map((e) => e.token),
        () => index,
    );
    search.prepare();
    for (const query of ['deploy 4', 'dpl', 'user0042', '@user01 ci', 'mon #9', 'ter ada', 'e', 'zzz']) {
        const steps = [...query].map((_, i) => query.slice(0, i + 1));
        for (const value of [...steps, ...steps.reverse().slice(1), '']) {
            expect(search.search(value).map((t) => t.id)).toEqual(searchEntries(index, value).map((t) => t.id));
        }
    }
});
