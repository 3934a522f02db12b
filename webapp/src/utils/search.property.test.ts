/** @jest-environment node */
// Properties of the inventory's search as someone types: IndexSearch (remembered queries, narrowing from an
// earlier query's matches, the character-mask prefilter) finds exactly what a full scan (searchEntries)
// finds, in the same order, whatever is typed, erased or pasted, and however often the data changes.
import fc from 'fast-check';

import type {OwnerSummary, StoredToken} from '../reducer';
import {runs} from '../test/property';
import {IndexSearch} from './index_search';
import {buildSearchIndex, narrows, searchEntries, type SearchEntryCache} from './search';

// A small alphabet so that terms often match, fuzzily and as substrings; with digits, '@', '#', a space and
// a non-ASCII letter.
const CHARS = ['a', 'b', 'c', 'd', 'e', 'l', 'p', 'i', '1', '2', '0', '@', '#', ' ', 'é', 'A'];
const text = (max: number) => fc.array(fc.constantFrom(...CHARS), {maxLength: max}).map((chars) => chars.join(''));

const dataset = fc
    .record({
        descriptions: fc.array(text(12), {minLength: 1, maxLength: 40}),
        usernames: fc.array(text(6), {minLength: 1, maxLength: 5}),
    })
    .map(({descriptions, usernames}) => {
        const owners: Record<string, OwnerSummary> = {};
        usernames.forEach((username, i) => {
            owners[`u${i}`] = {
                id: `u${i}`,
                username,
                first_name: username.slice(0, 2),
                last_name: '',
                nickname: '',
                email: `${username}@x.io`,
                is_bot: false,
                delete_at: 0,
                roles: 'system_user',
            };
        });
        const tokens: StoredToken[] = descriptions.map((description, i) => ({
            id: `tok${String(i).padStart(23, '0')}`,
            user_id: `u${i % (usernames.length + 1)}`, // one owner in every few is unknown
            description,
            is_active: true,
        }));
        return {tokens, owners};
    });

// What someone does in the search box: type a character, erase one, or replace everything.
const edits = fc.array(
    fc.oneof(
        fc.constantFrom(...CHARS).map((c) => (q: string) => q + c),
        fc.constant((q: string) => q.slice(0, -1)),
        text(8).map((t) => () => t),
    ),
    {minLength: 1, maxLength: 30},
);

test('IndexSearch finds what a full scan finds, keystroke by keystroke', () => {
    fc.assert(
        fc.property(dataset, edits, ({tokens, owners}, steps) => {
            const index = buildSearchIndex(tokens, owners);
            const search = new IndexSearch(index);
            let query = '';
            for (const step of steps) {
                query = step(query);
                expect(search.search(query).map((t) => t.id)).toEqual(searchEntries(index, query).map((t) => t.id));
            }
        }),
        runs(1500),
    );
});

test('a cached index entry is reused only while its token and owner objects are the same', () => {
    fc.assert(
        fc.property(dataset, text(6), ({tokens, owners}, renamed) => {
            const cache: SearchEntryCache<StoredToken> = new WeakMap();
            const first = buildSearchIndex(tokens, owners, cache);
            const moreOwners = {...owners, u0: {...owners.u0, username: renamed}};
            const second = buildSearchIndex(tokens, moreOwners, cache);
            second.forEach((entry, i) => {
                expect(entry === first[i]).toBe(tokens[i].user_id !== 'u0');
                expect(entry).toEqual(buildSearchIndex([tokens[i]], moreOwners)[0]);
            });
        }),
        runs(300),
    );
});

test.each<[string[], string[], boolean]>([
    [['dep'], ['depl'], true],
    [['de'], ['dep'], false], // "dep" may match fuzzily where "de" matched only as a substring
    [['de'], ['de1'], true], // a term with a digit matches only as a substring
    [['de1'], ['de12'], true],
    [['dep'], ['dep1'], true],
    [['de'], ['de'], true],
    [['d'], ['de'], true], // both too short to match fuzzily
    [['dep'], ['dep', 'x'], true],
    [['dep', 'x'], ['dep'], false],
    [['dep'], ['xdep'], false],
])('narrows(%p, %p) is %p', (base, terms, expected) => {
    expect(narrows(base, terms)).toBe(expected);
});
