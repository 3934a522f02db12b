// The inventory's search as it is used: an IndexSearch made when first needed (while nothing is searched
// for, as while the inventory loads, the rows are shown as they are and no index is built for them), and
// the first big one warmed up.
import type {StoredToken} from '../reducer';
import {IndexSearch} from './index_search';
import {queryTerms, type SearchEntry} from './search';

export class LazyIndexSearch<T extends StoredToken> {
    private made?: IndexSearch<T>;

    constructor(
        private readonly tokens: T[],
        private readonly build: () => Array<SearchEntry<T>>,
    ) {}

    private get index(): IndexSearch<T> {
        if (!this.made) {
            const entries = this.build();
            if (entries.length >= WARM_UP_ABOVE) {
                warmUp(entries);
            }
            this.made = new IndexSearch(entries);
        }
        return this.made;
    }

    prepare() {
        this.index.prepare();
    }

    search(query: string): T[] {
        return queryTerms(query).length === 0 ? this.tokens : this.index.search(query);
    }
}

// The search's loops run over every row; until the engine has compiled them, the first keystrokes on a big
// index run several times slower than the rest. So the first time a big index is made, the search is
// run on a sample of it (4,000 rows: about 40 ms, once per page, while idle), typing and erasing the kinds
// of term people type: letters, pairs, longer words, words found only fuzzily, and digits.
const WARM_UP_ABOVE = 20_000;
const WARM_UP_ROWS = 4_000;
let warmedUp = false;

function warmUp<T extends StoredToken>(index: Array<SearchEntry<T>>) {
    if (warmedUp) {
        return;
    }
    warmedUp = true;
    const sample = new IndexSearch(index.slice(0, WARM_UP_ROWS));
    const word = (index[0].haystack.match(/[a-z]{4,}/)?.[0] ?? 'abcd').slice(0, 6);
    // The word, then its letters in order with one left out (found fuzzily, or not at all).
    const queries = [word, `${word[0]}${word.slice(2)}`, `${word.slice(0, 2)} 1`, 'q9'];
    for (const query of queries) {
        for (let i = 1; i <= query.length; i++) {
            sample.search(query.slice(0, i));
        }
        for (let i = query.length - 1; i >= 0; i--) {
            sample.search(query.slice(0, i));
        }
    }
}
