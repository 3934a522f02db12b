import {OrderIndex, PairIndex} from './pair_index';

const rows = ['ab1-z9', 'a5 ba', '', 'xyz', 'é9a'];
const index = new PairIndex(rows.length, (row) => rows[row]);
const found = (term: string) => {
    const pairs = PairIndex.pairsOf(term);
    return pairs && Array.from(index.rowsWithAll(pairs).rows).flatMap((has, row) => (has ? [row] : []));
};

test.each<[string, number[] | undefined]>([
    ['ab', [0]],
    ['b1', [0]],
    ['z9', [0]],
    ['1z', []], // "-" stands between them
    ['a5', [1]], // the pair whose bit is the word's sign bit (0 * 36 + 31)
    ['ba', [1]],
    ['9a', [4]],
    ['yz', [3]],
    ['xyz', [3]],
    ['abz', []], // has "ab" but not "bz"
    ['a', undefined], // one character: not a pair
    ['a-', undefined], // outside a–z and 0–9
    ['é9', undefined],
])('rows with all the pairs of %p: %p', (term, rowsFound) => {
    expect(found(term)).toEqual(rowsFound);
});

test('pair sets span many words of rows, and `within` narrows them', () => {
    // 100 rows: every third has "ab", every fifth "bc".
    const many = Array.from({length: 100}, (_, row) => `${row % 3 === 0 ? 'ab' : ''}-${row % 5 === 0 ? 'bc' : ''}`);
    const big = new PairIndex(many.length, (row) => many[row]);
    const rowsOf = (found: {rows: Uint8Array; count: number}) => {
        const list = Array.from(found.rows).flatMap((has, row) => (has ? [row] : []));
        expect(found.count).toBe(list.length);
        return list;
    };
    expect(rowsOf(big.rowsWithAll(PairIndex.pairsOf('ab')!))).toEqual(many.flatMap((_, r) => (r % 3 === 0 ? [r] : [])));
    expect(rowsOf(big.rowsWithAll([...PairIndex.pairsOf('ab')!, ...PairIndex.pairsOf('bc')!]))).toEqual([
        0, 15, 30, 45, 60, 75, 90,
    ]);
    const within = new Uint8Array(100);
    within[33] = 1;
    within[34] = 1;
    within[99] = 1;
    expect(rowsOf(big.rowsWithAll(PairIndex.pairsOf('ab')!, within))).toEqual([33, 99]);
});

describe('OrderIndex: rows where a term’s letters come in its order within one field', () => {
    // Two fields a row (say description and username).
    const descriptions = ['deploy', 'pld', 'd-p-l', 'xyz', 'alpha', 'dp', ''];
    const usernames = ['', '', '', 'dpl', 'beta', 'l', 'lpd'];
    const order = new OrderIndex([descriptions, usernames]);
    const inOrder = (term: string) => {
        const found = order.rowsInOrder(term);
        return found && Array.from(found.rows).flatMap((has, row) => (has ? [row] : []));
    };

    test.each<[string, number[] | undefined]>([
        ['dpl', [0, 2, 3]], // in order in "deploy", "d-p-l" and the username "dpl"; not in "pld" or "lpd"
        ['dl', [0, 2, 3]],
        ['pd', [1, 6]],
        ['d.p', [0, 2, 3, 5]], // other characters are skipped: "d" then "p"
        ['dpl9', [0, 2, 3]],
        ['aa', [4]], // a letter after itself: "alpha" has two a's
        ['dpla', []], // "dp" in one field and "pl"… "la" in none
        ['d', undefined], // one letter rules nothing out
        ['1é', undefined],
    ])('%p → rows %p', (term, rows) => {
        expect(inOrder(term)).toEqual(rows);
    });

    test('an order across two fields does not count', () => {
        // Row 5: "dp" in the description, "l" in the username.
        expect(inOrder('pl')).not.toContain(5);
        expect(inOrder('dp')).toContain(5);
    });
});
