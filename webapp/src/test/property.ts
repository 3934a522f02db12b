// Shared by the *.property.test.ts files: fast-check run settings and the hostile text they feed in.
//
// `make test` runs every property from one fixed seed, so CI is repeatable; FC_RANDOM=1 explores with a
// fresh random seed each run (do that when changing the code under test). A failure prints the seed and
// the path of the shrunk counterexample ("{ seed: 1234, path: "56:7:8", endOnFailure: true }"); to replay
// exactly that case:
//   FC_SEED=1234 FC_PATH=56:7:8 npx jest --ci <file> -t '<test name>'
import fc from 'fast-check';

const FIXED_SEED = 20261123;

export function runs<T>(numRuns: number): fc.Parameters<T> {
    const seed = process.env.FC_SEED;
    if (seed !== undefined) {
        return {numRuns, seed: Number(seed), path: process.env.FC_PATH, endOnFailure: true};
    }
    return process.env.FC_RANDOM ? {numRuns} : {numRuns, seed: FIXED_SEED};
}

// Pieces that mean something to a parser, Markdown, HTML, a spreadsheet or the bidi algorithm.
export const FRAGMENTS = [
    // Quotes of every kind, opening and closing.
    '"',
    "'",
    '`',
    '```',
    '“',
    '”',
    '‘',
    '’',
    '„',
    '«',
    '»',
    '「',
    '」',
    '＂',
    // Flags, values, users.
    '--',
    '--yes',
    '--YES',
    '--Yes',
    '--yes=',
    '--yes=no',
    '--expires',
    '--expires=',
    '--expires=7d',
    '7d',
    'never',
    '2026-02-30',
    '--all',
    '--active',
    '--inactive=1',
    '--force',
    '—yes',
    '=',
    '@',
    '@bob',
    '@all',
    '@here',
    '@channel',
    // Subcommands.
    'create',
    'revoke',
    'rotate',
    'list',
    'disable-all',
    'admin',
    'help',
    // White space of every kind, line breaks and control characters.
    ' ',
    '  ',
    '    ',
    '\t',
    '\n',
    '\r',
    '\r\n',
    '\v',
    '\f',
    '\u00A0',
    '\u0085',
    '\u1680',
    '\u2028',
    '\u2029',
    '\u3000',
    '\u200B',
    '\uFEFF',
    '\u0000',
    '\u0007',
    '\u001B',
    '\u007F',
    // Bidirectional controls and their neighbours.
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200E',
    '\u200F',
    '\u061C',
    '\uFFFD',
    // Lone surrogates.
    '\uD800',
    '\uDFFF',
    // Markdown, HTML, links, mentions, emoji, tables.
    '\\',
    '\\|',
    '|',
    '*',
    '**',
    '_',
    '__',
    '~',
    '~~',
    '#',
    '# ',
    '>',
    '> ',
    '<',
    '<b>',
    '</p>',
    '<img src=x onerror=alert(1)>',
    '<!--',
    '&',
    '&amp;',
    '&#64;',
    '&#x2028;',
    '[',
    ']',
    '(',
    ')',
    '[x](javascript:alert(1))',
    '![p](https://example.com/p.png)',
    '<https://example.com>',
    'https://evil.example/x',
    'www.evil.example',
    'a@b.example',
    ':smile:',
    '- ',
    '1. ',
    '1) ',
    '+ ',
    '---',
    '===',
    '$',
    '%',
    '^',
    '{',
    '}',
    '!',
    '.',
    ':',
    // Spreadsheets.
    ',',
    ';',
    '+',
    '-',
    '=1+1',
    '=HYPERLINK("http://x","y")',
    '＝',
    '＋',
    '－',
    '＠',
    // Plain words and wide characters.
    'x',
    'CI',
    'deploy key',
    '🔑',
    '👩‍💻',
    'é',
    'e\u0301',
    'שלום',
    'عربي',
    '漢字',
];

const unit = fc.oneof(
    {arbitrary: fc.constantFrom(...FRAGMENTS), weight: 5},
    {arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 1}), weight: 2},
    {arbitrary: fc.string({unit: 'binary-ascii', minLength: 1, maxLength: 1}), weight: 2},
    {arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 3}), weight: 1},
);

// Any text, weighted towards what breaks parsers and renderers; `long` adds some very long strings.
export function hostileText({maxUnits = 40, long = false}: {maxUnits?: number; long?: boolean} = {}) {
    const short = fc.array(unit, {maxLength: maxUnits, size: 'max'}).map((units) => units.join(''));
    if (!long) {
        return short;
    }
    const veryLong = fc.array(unit, {minLength: 1000, maxLength: 4000}).map((units) => units.join(''));
    return fc.oneof({arbitrary: short, weight: 19}, {arbitrary: veryLong, weight: 1});
}
