// Which rows have which two-character pairs of letters and digits (a–z, 0–9: 1,296 pairs, 41 words a row,
// about 16 MB for 100,000 rows, outside the JavaScript heap). For a term of two such characters the pairs
// are the answer; for a longer one, the rows with all of its pairs are the only ones worth searching.
// Built once per index, when the search is prepared.

const CODES = 36;
const WORDS = Math.ceil((CODES * CODES) / 32);

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

export class PairIndex {
    private readonly bits: Uint32Array;

    constructor(
        readonly rows: number,
        haystackOf: (row: number) => string,
    ) {
        this.bits = new Uint32Array(rows * WORDS);
        for (let row = 0; row < rows; row++) {
            const text = haystackOf(row);
            const base = row * WORDS;
            let previous = -1;
            for (let i = 0; i < text.length; i++) {
                const current = code(text.charCodeAt(i));
                if (previous >= 0 && current >= 0) {
                    const pair = previous * CODES + current;
                    this.bits[base + (pair >>> 5)] |= 1 << (pair & 31);
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

    // 1 for each row that has every one of `pairs`.
    rowsWithAll(pairs: number[]): Uint8Array {
        const out = new Uint8Array(this.rows);
        const words = pairs.map((pair) => pair >>> 5);
        const masks = pairs.map((pair) => 1 << (pair & 31));
        for (let row = 0; row < this.rows; row++) {
            const base = row * WORDS;
            let all = 1;
            for (let p = 0; p < pairs.length; p++) {
                if ((this.bits[base + words[p]] & masks[p]) === 0) {
                    all = 0;
                    break;
                }
            }
            out[row] = all;
        }
        return out;
    }
}
