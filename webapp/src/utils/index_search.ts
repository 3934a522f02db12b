// The inventory's search as someone types, over 100,000 rows within a frame. Same results as searchEntries
// (search.ts), found without touching the rows' objects: at 100,000 rows, following each row's pointers
// costs more than the matching itself. So once per index (ahead of the first keystroke) the haystacks, and
// each field fuzzy matching reads, are joined into long strings, with the rows' character masks in a typed
// array. Then:
// - each term's rows (kept for the next keystrokes, which mostly repeat all terms but the last): a letter's
//   from the masks, two characters' from the pair index (pair_index.ts), a longer term's by running the
//   engine's indexOf through the joined haystacks, from the rows that have all of its pairs (and the rows
//   of a shorter term it contains);
// - a row that lacks a term as a substring is tried fuzzily only if the order index (pair_index.ts) has
//   the term's letters in order in one of its fields and its masks allow it, on the joined text;
// - the results of the last few queries are kept, so erasing a character is a look-up, and a query that
//   extends an earlier one only looks at that one's rows.
import type {StoredToken} from '../reducer';
import {OrderIndex, PairIndex, type RowsFound} from './pair_index';
import {join, ROW_SEPARATOR, searchRows, subsequenceIn, type Joined} from './row_text';
import {
    charMask,
    FUZZY_FIELDS,
    fuzzyFields,
    fuzzyTerm,
    narrows,
    queryTerms,
    SEPARATOR,
    type SearchEntry,
} from './search';

const REMEMBERED = 16;
// Candidate rows fewer than one in SPARSE are each looked at; more, and one pass through the joined text is
// quicker.
const SPARSE = 8;
// Remembered for a term that rules out no row (see rowsInOrder).
const ANY_ROW = new Uint8Array(0);

interface Prepared {
    haystacks: Joined;
    pairs: PairIndex;
    // Which letters follow which in the fuzzy fields: the rows a fuzzy term may match.
    order: OrderIndex;
    // Each row's haystack mask (charMask): for a single letter, exactly the rows that have it.
    masks: Int32Array;
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

export class IndexSearch<T extends StoredToken> {
    private readonly tokens: T[];
    private readonly remembered = new Map<string, Found>();
    private readonly termRows = new Map<string, RowsFound>();
    private readonly orderRows = new Map<string, Uint8Array>();
    private prepared?: Prepared;
    private scratchExact?: Int32Array;
    private scratchFuzzy?: Int32Array;
    // The tokens of the last query answered (typing the same query again gives the same array).
    private last?: {found: Found; tokens: T[]};

    constructor(private readonly index: Array<SearchEntry<T>>) {
        this.tokens = index.map((e) => e.token);
    }

    // Joins the rows' text, packs their fuzzy fields' masks and builds the pair and order indexes (about a
    // quarter of a second for 100,000 rows in Node); call it when idle, or the first search will.
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
                pairs: new PairIndex(this.index.length, (row) => this.index[row].haystack),
                order: new OrderIndex(fields),
                masks: new Int32Array(this.index.map((e) => e.mask)),
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
            const {exact, fuzzy} = found;
            if (exact.length === this.tokens.length) {
                // Every row, as a substring: the rows as they are.
                this.last = {found, tokens: this.tokens};
                return this.tokens;
            }
            const tokens = new Array<T>(exact.length + fuzzy.length);
            for (let i = 0; i < exact.length; i++) {
                tokens[i] = this.tokens[exact[i]];
            }
            for (let i = 0; i < fuzzy.length; i++) {
                tokens[exact.length + i] = this.tokens[fuzzy[i]];
            }
            this.last = {found, tokens};
        }
        return this.last.tokens;
    }

    // The rows that have `term` as a substring, kept for the next keystrokes.
    private rowsWith(term: string): Uint8Array {
        let rows = this.termRows.get(term);
        if (rows) {
            this.termRows.delete(term);
        } else {
            rows = this.findRows(term);
        }
        remember(this.termRows, term, rows);
        return rows.rows;
    }

    // The rows whose fuzzy fields have the term's letters in its order, kept like rowsWith's.
    private rowsInOrder(term: string): Uint8Array | undefined {
        let rows = this.orderRows.get(term);
        if (rows) {
            this.orderRows.delete(term);
        } else {
            rows = this.prepare().order.rowsInOrder(term)?.rows ?? ANY_ROW;
        }
        remember(this.orderRows, term, rows);
        return rows === ANY_ROW ? undefined : rows;
    }

    // One letter: its bit in the rows' masks. Two letters or digits: the pair index. Longer: the candidates
    // are the rows that have all of its pairs and, when a term searched for lately is part of it (mostly the
    // same term one character shorter, as it was typed), that term's rows. When the candidates are few, each
    // is looked at; otherwise indexOf runs through the joined haystacks from each of them (one pass over the
    // text at most: a search that runs past a row tells where the next hit is).
    private findRows(term: string): RowsFound {
        const {masks, pairs, haystacks} = this.prepare();
        const count = this.index.length;
        if (/^[a-z]$/.test(term)) {
            const bit = charMask(term);
            const rows = new Uint8Array(count);
            let found = 0;
            for (let row = 0; row < count; row++) {
                if ((masks[row] & bit) !== 0) {
                    rows[row] = 1;
                    found++;
                }
            }
            return {rows, count: found};
        }
        const pairsOfTerm = PairIndex.pairsOf(term);
        if (pairsOfTerm && term.length === 2) {
            return pairs.rowsWithAll(pairsOfTerm);
        }
        const within = this.narrowestPart(term);
        const candidates = pairsOfTerm ? pairs.rowsWithAll(pairsOfTerm, within?.rows) : within;
        if (candidates && candidates.count * SPARSE < count) {
            const rows = new Uint8Array(count);
            let found = 0;
            for (let row = 0; row < count; row++) {
                if (candidates.rows[row] === 1 && this.index[row].haystack.includes(term)) {
                    rows[row] = 1;
                    found++;
                }
            }
            return {rows, count: found};
        }
        return searchRows(term, haystacks, count, candidates?.rows);
    }

    // Of the terms searched for lately, the one contained in `term` with the fewest rows.
    private narrowestPart(term: string): RowsFound | undefined {
        let narrowest: RowsFound | undefined;
        for (const [part, rows] of this.termRows) {
            if ((!narrowest || rows.count < narrowest.count) && term.includes(part)) {
                narrowest = rows;
            }
        }
        return narrowest;
    }

    // One pass over the rows (or an earlier query's rows, when this query extends it), without a function
    // call per row: at 100,000 rows the calls cost more than the checks.
    private find(terms: string[]): Found {
        const {fields, fuzzyMasks} = this.prepare();
        // A term with a separator in it cannot be found in the joined text; it matches no row anyway.
        if (terms.some((t) => t.includes(SEPARATOR) || t.includes(ROW_SEPARATOR))) {
            return {terms, exact: new Int32Array(0), fuzzy: new Int32Array(0)};
        }
        const hits = terms.map((t) => this.rowsWith(t));
        const masks = terms.map(charMask);
        const tryFuzzy = terms.map(fuzzyTerm);
        // The rows each fuzzy term may match fuzzily (undefined: every row may).
        const inOrder = terms.map((t, i) => (tryFuzzy[i] ? this.rowsInOrder(t) : undefined));
        const base = this.narrowest(terms);
        // Everything this query matches, the earlier one matched: only its rows, back in index order.
        const visit = base ? mergeAscending(base.exact, base.fuzzy) : undefined;
        const count = visit ? visit.length : this.index.length;
        // Scratch space, made once: allocating (and freeing) arrays of every row on each keystroke would bring
        // on the garbage collector.
        const exact = (this.scratchExact ??= new Int32Array(this.index.length));
        const fuzzy = (this.scratchFuzzy ??= new Int32Array(this.index.length));
        let exactCount = 0;
        let fuzzyCount = 0;
        for (let k = 0; k < count; k++) {
            const row = visit ? visit[k] : k;
            let score = 2;
            for (let i = 0; i < terms.length && score > 0; i++) {
                if (hits[i][row] === 1) {
                    continue;
                }
                score = 0;
                if (tryFuzzy[i] && inOrder[i]?.[row] !== 0) {
                    const m = masks[i];
                    for (let field = 0; field < FUZZY_FIELDS; field++) {
                        if (
                            (fuzzyMasks[row * FUZZY_FIELDS + field] & m) === m &&
                            subsequenceIn(terms[i], fields[field], row)
                        ) {
                            score = 1;
                            break;
                        }
                    }
                }
            }
            if (score === 2) {
                exact[exactCount++] = row;
            } else if (score === 1) {
                fuzzy[fuzzyCount++] = row;
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

function mergeAscending(a: Int32Array, b: Int32Array): Int32Array {
    if (b.length === 0 || a.length === 0) {
        return b.length === 0 ? a : b;
    }
    const out = new Int32Array(a.length + b.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < out.length; k++) {
        out[k] = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
    }
    return out;
}
