import {PairIndex} from './pair_index';

const rows = ['ab1-z9', 'a5 ba', '', 'xyz', 'é9a'];
const index = new PairIndex(rows.length, (row) => rows[row]);
const found = (term: string) => {
    const pairs = PairIndex.pairsOf(term);
    return pairs && Array.from(index.rowsWithAll(pairs)).flatMap((has, row) => (has ? [row] : []));
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
