// Bit sets of rows, one per pair of characters, for the inventory's search (index_search.ts). A set has a
// bit a row (⌈rows/32⌉ words), so the rows that have several pairs are a few thousand word ANDs however
// many rows there are, rather than a look at every row.
// - PairIndex: which rows have which two adjacent letters or digits (a–z, 0–9: 1,296 pairs, about 16 MB
//   for 100,000 rows, outside the JavaScript heap). For a term of two such characters the pairs are the
//   answer; for a longer one, the rows with all of its pairs are the only ones worth searching.
// - OrderIndex: which rows have which letter somewhere after which other letter within a field (676
//   orders, about 8 MB for 100,000 rows), for fuzzy (subsequence) matching: a term is a subsequence of a
//   field only if each of its letters follows the one before it there, so the rows that lack any of those
//   orders need not be tried. Fields are read apart: an order across two fields proves nothing.
// Both are built once per index, when the search is prepared.

const CODES = 36;
const LETTERS = 26;

// 0–25 for a–z, 26–35 for 0–9, -1 for anything else.
function code(c: number): number {
    if (c >= 97 && c <= 122) {
        return c - 97;
    }
    if (c >= 48 && c <= 57) {
        return c - 22;
    }
    return -1;
}

function letter(c: number): number {
    return c >= 97 && c <= 122 ? c - 97 : -1;
}

// Rows found: 1 for each row found, 0 for the others; and how many were found.
export interface RowsFound {
    rows: Uint8Array;
    count: number;
}

// `sets` bit sets of `rows` bits each, in one array.
class RowSets {
    readonly words: number;
    readonly bits: Uint32Array;

    constructor(
        readonly rows: number,
        sets: number,
    ) {
        this.words = Math.ceil(rows / 32);
        this.bits = new Uint32Array(sets * this.words);
    }

    add(set: number, row: number) {
        this.bits[set * this.words + (row >>> 5)] |= 1 << (row & 31);
    }

    // 1 for each row in every one of `sets` (and in `within`, when given), and how many.
    all(sets: number[], within?: Uint8Array): RowsFound {
        const {words, bits} = this;
        const out = new Uint8Array(this.rows);
        let count = 0;
        for (let w = 0; w < words; w++) {
            let word = -1;
            for (let s = 0; s < sets.length && word !== 0; s++) {
                word &= bits[sets[s] * words + w];
            }
            if (word === 0) {
                continue;
            }
            const first = w * 32;
            const end = Math.min(32, this.rows - first);
            for (let b = 0; b < end; b++) {
                if ((word >>> b) & 1 && (!within || within[first + b] === 1)) {
                    out[first + b] = 1;
                    count++;
                }
            }
        }
        return {rows: out, count};
    }
}

export class PairIndex {
    private readonly sets: RowSets;

    constructor(rows: number, haystackOf: (row: number) => string) {
        this.sets = new RowSets(rows, CODES * CODES);
        for (let row = 0; row < rows; row++) {
            const text = haystackOf(row);
            let previous = -1;
            for (let i = 0; i < text.length; i++) {
                const current = code(text.charCodeAt(i));
                if (previous >= 0 && current >= 0) {
                    this.sets.add(previous * CODES + current, row);
                }
                previous = current;
            }
        }
    }

    // The pairs of `term`, or undefined when it has a character outside a–z and 0–9 (or is one character).
    static pairsOf(term: string): number[] | undefined {
        if (term.length < 2) {
            return undefined;
        }
        const pairs: number[] = [];
        for (let i = 1; i < term.length; i++) {
            const a = code(term.charCodeAt(i - 1));
            const b = code(term.charCodeAt(i));
            if (a < 0 || b < 0) {
                return undefined;
            }
            pairs.push(a * CODES + b);
        }
        return pairs;
    }

    // 1 for each row that has every one of `pairs` (and is in `within`, when given).
    rowsWithAll(pairs: number[], within?: Uint8Array): RowsFound {
        return this.sets.all(pairs, within);
    }
}

export class OrderIndex {
    private readonly sets: RowSets;

    // `columns`: the fields, each as an array of every row's value.
    constructor(columns: string[][]) {
        const rows = columns[0]?.length ?? 0;
        this.sets = new RowSets(rows, LETTERS * LETTERS);
        // Which orders a row has, as a word a letter of the letters before it (then added to the sets).
        const before = new Int32Array(LETTERS);
        for (let row = 0; row < rows; row++) {
            before.fill(0);
            for (const column of columns) {
                const field = column[row];
                let seen = 0;
                for (let i = 0; i < field.length; i++) {
                    const l = letter(field.charCodeAt(i));
                    if (l >= 0) {
                        before[l] |= seen;
                        seen |= 1 << l;
                    }
                }
            }
            for (let l = 0; l < LETTERS; l++) {
                for (let earlier = before[l]; earlier !== 0; earlier &= earlier - 1) {
                    this.sets.add((31 - Math.clz32(earlier & -earlier)) * LETTERS + l, row);
                }
            }
        }
    }

    // 1 for each row where every letter of `term` follows the term's letter before it in some field (other
    // characters are skipped); undefined when the term has fewer than two letters, which rules nothing out.
    rowsInOrder(term: string): RowsFound | undefined {
        const letters: number[] = [];
        for (let i = 0; i < term.length; i++) {
            const l = letter(term.charCodeAt(i));
            if (l >= 0) {
                letters.push(l);
            }
        }
        if (letters.length < 2) {
            return undefined;
        }
        const orders = letters.slice(1).map((l, i) => letters[i] * LETTERS + l);
        return this.sets.all(orders);
    }
}
