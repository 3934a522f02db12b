// The inventory's search as someone types, over 100,000 rows within a frame. Same results as searchEntries
// (search.ts), found without touching the rows' objects: at 100,000 rows, following each row's pointers
// costs more than the matching itself. So once per index (ahead of the first keystroke) the haystacks, and
// each field fuzzy matching reads, are joined into long strings, with the rows' character masks in a typed
// array. Then:
// - each term's rows are found by running the engine's indexOf through the joined haystacks (kept for the
//   next keystrokes, which mostly repeat all terms but the last);
// - a row that lacks a term as a substring is tried fuzzily only if its masks allow it, on the joined text;
// - the results of the last few queries are kept, so erasing a character is a look-up, and a query that
//   extends an earlier one only looks at that one's rows.
import type {StoredToken} from '../reducer';
import {charMask, FUZZY_FIELDS, fuzzyFields, fuzzyTerm, narrows, queryTerms, type SearchEntry} from './search';

const REMEMBERED = 16;
const ROW_SEPARATOR = '\u0002';

interface Joined {
    text: string;
    // Where each row starts in `text`; one more at the end.
    starts: Int32Array;
}

interface Prepared {
    haystacks: Joined;
    fields: Joined[];
    // Each row's fuzzy-field masks, FUZZY_FIELDS per row.
    fuzzyMasks: Int32Array;
}

interface Found {
    terms: string[];
    // Row numbers, ascending: rows where every term is a substring, and the rest. Typed arrays, whose
    // contents live outside the JavaScript heap: the garbage collector does not walk them.
    exact: Int32Array;
    fuzzy: Int32Array;
}

function join(values: string[]): Joined {
    const starts = new Int32Array(values.length + 1);
    let at = 0;
    values.forEach((value, row) => {
        starts[row] = at;
        at += value.length + 1;
    });
    starts[values.length] = at;
    return {text: values.join(ROW_SEPARATOR), starts};
}

// Whether `term` is a subsequence of row `row` of `joined`.
function subsequenceIn(term: string, joined: Joined, row: number): boolean {
    const {text, starts} = joined;
    const end = starts[row + 1] - 1;
    let i = 0;
    for (let j = starts[row]; j < end && i < term.length; j++) {
        if (text.charCodeAt(j) === term.charCodeAt(i)) {
            i++;
        }
    }
    return i === term.length;
}

export class IndexSearch<T extends StoredToken> {
    private readonly tokens: T[];
    private readonly remembered = new Map<string, Found>();
    private readonly termRows = new Map<string, Uint8Array>();
    private prepared?: Prepared;
    // The tokens of the last query answered (typing the same query again gives the same array).
    private last?: {found: Found; tokens: T[]};

    constructor(private readonly index: Array<SearchEntry<T>>) {
        this.tokens = index.map((e) => e.token);
    }

    // Joins the rows' text and packs their fuzzy fields' masks (about 60 ms for 100,000 rows); call it when
    // idle, or the first search will.
    prepare(): Prepared {
        if (!this.prepared) {
            const fuzzyMasks = new Int32Array(this.index.length * FUZZY_FIELDS);
            const fields: string[][] = Array.from({length: FUZZY_FIELDS}, () => []);
            this.index.forEach((entry, row) => {
                fuzzyFields(entry.haystack).forEach((field, i) => {
                    fields[i].push(field);
                    fuzzyMasks[row * FUZZY_FIELDS + i] = charMask(field);
                });
            });
            this.prepared = {
                haystacks: join(this.index.map((e) => e.haystack)),
                fields: fields.map(join),
                fuzzyMasks,
            };
        }
        return this.prepared;
    }

    search(query: string): T[] {
        const terms = queryTerms(query);
        if (terms.length === 0) {
            return this.tokens;
        }
        const key = terms.join(' ');
        let found = this.remembered.get(key);
        if (found) {
            this.remembered.delete(key);
        } else {
            found = this.find(terms);
        }
        remember(this.remembered, key, found);
        if (this.last?.found !== found) {
            const tokens: T[] = [];
            found.exact.forEach((row) => tokens.push(this.tokens[row]));
            found.fuzzy.forEach((row) => tokens.push(this.tokens[row]));
            this.last = {found, tokens};
        }
        return this.last.tokens;
    }

    // The rows that have `term` as a substring: one pass of indexOf through the joined haystacks.
    private rowsWith(term: string): Uint8Array {
        let rows = this.termRows.get(term);
        if (rows) {
            this.termRows.delete(term);
        } else {
            const {text, starts} = this.prepare().haystacks;
            rows = new Uint8Array(this.index.length);
            for (let from = 0, row = 0; ;) {
                const at = text.indexOf(term, from);
                if (at < 0) {
                    break;
                }
                while (starts[row + 1] <= at) {
                    row += 1;
                }
                rows[row] = 1;
                from = starts[row + 1];
            }
        }
        remember(this.termRows, term, rows);
        return rows;
    }

    private find(terms: string[]): Found {
        const {fields, fuzzyMasks} = this.prepare();
        // A term with a separator in it cannot be found in the joined text; it matches no row anyway.
        if (terms.some((t) => t.includes('\u0001') || t.includes(ROW_SEPARATOR))) {
            return {terms, exact: new Int32Array(0), fuzzy: new Int32Array(0)};
        }
        const hits = terms.map((t) => this.rowsWith(t));
        const masks = terms.map(charMask);
        const tryFuzzy = terms.map(fuzzyTerm);
        const base = this.narrowest(terms);
        const most = base ? base.exact.length + base.fuzzy.length : this.index.length;
        const exact = new Int32Array(most);
        const fuzzy = new Int32Array(most);
        let exactCount = 0;
        let fuzzyCount = 0;
        const score = (row: number) => {
            let result = 2;
            for (let i = 0; i < terms.length; i++) {
                if (hits[i][row]) {
                    continue;
                }
                const term = terms[i];
                const m = masks[i];
                let matched = false;
                if (tryFuzzy[i]) {
                    for (let field = 0; field < FUZZY_FIELDS && !matched; field++) {
                        matched =
                            (fuzzyMasks[row * FUZZY_FIELDS + field] & m) === m &&
                            subsequenceIn(term, fields[field], row);
                    }
                }
                if (!matched) {
                    return 0;
                }
                result = 1;
            }
            return result;
        };
        const add = (row: number) => {
            const s = score(row);
            if (s === 2) {
                exact[exactCount++] = row;
            } else if (s === 1) {
                fuzzy[fuzzyCount++] = row;
            }
        };
        if (base) {
            // Everything this query matches, the earlier one matched: only its rows, merged back in order.
            mergeAscending(base.exact, base.fuzzy, add);
        } else {
            for (let row = 0; row < this.index.length; row++) {
                add(row);
            }
        }
        return {terms, exact: exact.slice(0, exactCount), fuzzy: fuzzy.slice(0, fuzzyCount)};
    }

    private narrowest(terms: string[]): Found | undefined {
        let base: Found | undefined;
        for (const found of this.remembered.values()) {
            const size = found.exact.length + found.fuzzy.length;
            if ((!base || size < base.exact.length + base.fuzzy.length) && narrows(found.terms, terms)) {
                base = found;
            }
        }
        return base;
    }
}

// Keeps the last REMEMBERED entries, the most recently used last.
function remember<V>(map: Map<string, V>, key: string, value: V) {
    map.set(key, value);
    if (map.size > REMEMBERED) {
        map.delete(map.keys().next().value ?? '');
    }
}

function mergeAscending(a: Int32Array, b: Int32Array, visit: (row: number) => void) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        visit(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
    }
}
