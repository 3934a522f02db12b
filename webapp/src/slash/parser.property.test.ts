/** @jest-environment node */
// Properties of the /token parser over arbitrary input: it never throws, every answer has the grammar's
// shape, a flag that takes no value never takes one, `--yes` means exactly one `--yes`, quoted
// descriptions come back exactly as typed, and the same text always parses the same way.
import fc from 'fast-check';

import {checkDescription} from '../../../server-bridge/validation';
import {FRAGMENTS, hostileText, runs} from '../test/property';
import {FLAGS, GRAMMAR, SUBCOMMANDS, isSubcommand, type FlagName} from './grammar';
import {parseCommand, tokenize, type Command, type ParseResult} from './parser';

// Thousands of cases each: allow for a loaded machine (CI runs suites side by side on two cores).
jest.setTimeout(90_000);

const NOW = new Date(2026, 10, 23, 12, 0, 0).getTime();

const PROBLEM_IDS = new Set([
    'unknown_subcommand',
    'missing_description',
    'missing_target',
    'unknown_flag',
    'flag_needs_value',
    'flag_takes_no_value',
    'repeated_flag',
    'repeated_user',
    'bad_expiry',
    'conflicting_flags',
    'unexpected_argument',
    'unclosed_quote',
]);
const NO_VALUE_FLAGS = (Object.keys(FLAGS) as FlagName[]).filter((f) => !FLAGS[f].takesValue);

// What `/\s/` matches: the parser's word separators.
const SPACES = [' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u2028', '\u3000', '\uFEFF'];
const QUOTES: Array<[string, string]> = [
    ['"', '"'],
    ["'", "'"],
    ['“', '”'],
];

interface Word {
    value: string;
    quoted: boolean;
}

// Words built to be what they say: a bare word has no white space and does not open a quote; a quoted
// word does not contain its closing quote.
const bareWord = fc
    .oneof(
        {arbitrary: fc.constantFrom(...SUBCOMMANDS, ...Object.keys(FLAGS), ...FRAGMENTS), weight: 3},
        {arbitrary: hostileText({maxUnits: 6}), weight: 2},
        {
            arbitrary: fc
                .tuple(
                    fc.constantFrom(...Object.keys(FLAGS), '--yes', '--all'),
                    fc.constantFrom('=', '=no', '=1', '=yes'),
                )
                .map(([flag, value]) => flag + value),
            weight: 1,
        },
        {arbitrary: fc.constantFrom('--YES', '--Yes', '--ALL', '--Inactive', '--EXPIRES'), weight: 1},
    )
    .map((text) => text.replace(/\s/g, ''))
    .filter((text) => text !== '' && !['"', "'", '“'].includes(text[0]));

const quotedWord = fc
    .tuple(
        fc.constantFrom(...QUOTES),
        fc.oneof(hostileText({maxUnits: 8}), fc.constantFrom(...SUBCOMMANDS, ...Object.keys(FLAGS), '--yes', '@bob')),
    )
    .map(([[open, close], text]) => ({open, close, value: text.split(close).join('')}));

const bare = (value: string) => ({text: value, word: {value, quoted: false}});

const word: fc.Arbitrary<{text: string; word: Word}> = fc.oneof(
    {arbitrary: bareWord.map(bare), weight: 4},
    {
        arbitrary: quotedWord.map(({open, close, value}) => ({
            text: `${open}${value}${close}`,
            word: {value, quoted: true},
        })),
        weight: 1,
    },
);

// A /token message made of known words: the subcommand (usually a real one, sometimes quoted), then 0–8
// words, joined by any white space.
const firstWord: fc.Arbitrary<{text: string; word: Word}> = fc.oneof(
    {arbitrary: fc.constantFrom(...SUBCOMMANDS).map(bare), weight: 6},
    {arbitrary: fc.constantFrom(...SUBCOMMANDS.map((s) => s.toUpperCase())).map(bare), weight: 1},
    {arbitrary: bareWord.map(bare), weight: 1},
    {
        arbitrary: fc
            .tuple(fc.constantFrom(...QUOTES), fc.constantFrom(...SUBCOMMANDS))
            .map(([[open, close], value]) => ({text: `${open}${value}${close}`, word: {value, quoted: true}})),
        weight: 1,
    },
);

const wordsMessage = fc
    .tuple(
        firstWord,
        fc.array(word, {maxLength: 8, size: 'max'}),
        fc.array(fc.constantFrom(...SPACES), {minLength: 10, maxLength: 10}),
    )
    .map(([first, rest, gaps]) => {
        const all = [first, ...rest];
        return {
            message: `/token${gaps[0]}${all.map((w, i) => w.text + gaps[i + 1]).join('')}`,
            words: all.map((w) => w.word),
        };
    });

// Any text at all after the trigger, sometimes very long.
const anyMessage = fc
    .tuple(fc.constantFrom('', ' ', '\t', '  '), fc.constantFrom('/token', '/TOKEN'), hostileText({long: true}))
    .map(([lead, trigger, rest]) => `${lead}${trigger} ${rest}`);

function isLowerUser(user: unknown): boolean {
    return user === undefined || (typeof user === 'string' && /^[^\s@]+$/.test(user) && user === user.toLowerCase());
}

function isExpiry(expires: unknown): boolean {
    if (expires === undefined) {
        return true;
    }
    const e = expires as {kind: string; expiresAt?: number; label?: string};
    return e.kind === 'never' || (e.kind === 'at' && Number.isFinite(e.expiresAt) && typeof e.label === 'string');
}

// A command is exactly one of the grammar's, with the fields (and types) that subcommand has.
function commandHasGrammarShape(command: Command): boolean {
    const keys = Object.keys(command).sort().join(',');
    const c: Record<string, unknown> = {...command};
    const nonBlank = (v: unknown) => typeof v === 'string' && v.trim() !== '';
    switch (command.name) {
        case 'help':
        case 'settings':
            return keys === 'name';
        case 'create':
            return keys === 'description,expires,name' && nonBlank(c.description) && isExpiry(c.expires);
        case 'list':
            return (
                keys === 'filter,name,user' &&
                ['all', 'active', 'inactive'].includes(command.filter) &&
                isLowerUser(c.user)
            );
        case 'disable':
        case 'enable':
        case 'revoke':
            return (
                keys === 'name,target,user,yes' &&
                nonBlank(c.target) &&
                typeof c.yes === 'boolean' &&
                isLowerUser(c.user)
            );
        case 'rotate':
            return (
                keys === 'expires,name,target,user,yes' &&
                nonBlank(c.target) &&
                typeof c.yes === 'boolean' &&
                isLowerUser(c.user) &&
                isExpiry(c.expires)
            );
        case 'disable-all':
            return keys === 'name,yes' && typeof c.yes === 'boolean';
        case 'admin':
            return keys === 'name,terms' && typeof c.terms === 'string';
    }
}

function expectGrammarShape(result: ParseResult) {
    if (result.ok) {
        expect(SUBCOMMANDS).toContain(result.command.name);
        expect(commandHasGrammarShape(result.command)).toBe(true);
        return;
    }
    const {problem, subcommand} = result;
    expect(PROBLEM_IDS).toContain(problem.id);
    if (problem.id === 'unknown_subcommand' || problem.id === 'unclosed_quote') {
        expect(subcommand).toBeUndefined();
        return;
    }
    // Every other problem is about one of the grammar's subcommands, whose usage the reply shows.
    expect(SUBCOMMANDS).toContain(subcommand);
    if ('subcommand' in problem) {
        expect(problem.subcommand).toBe(subcommand);
    }
    if (problem.id === 'flag_needs_value' || problem.id === 'flag_takes_no_value' || problem.id === 'repeated_flag') {
        expect(GRAMMAR[subcommand!].flags as string[]).toContain(problem.flag);
    }
}

describe('parseCommand over arbitrary text after /token', () => {
    test('never throws, and answers a command of the grammar or a problem about a subcommand of the grammar', () => {
        fc.assert(
            fc.property(
                fc.oneof(
                    anyMessage,
                    wordsMessage.map((m) => m.message),
                ),
                (message) => {
                    expectGrammarShape(parseCommand(message, NOW));
                },
            ),
            runs(4000),
        );
    });

    test('is deterministic: the same text gives the same answer, whatever was parsed in between', () => {
        fc.assert(
            fc.property(anyMessage, anyMessage, (message, other) => {
                const first = parseCommand(message, NOW);
                parseCommand(other, NOW);
                expect(parseCommand(message, NOW)).toEqual(first);
            }),
            runs(2000),
        );
    });
});

describe('parseCommand over messages of known words', () => {
    test('tokenize gives back exactly the words, quoted or not, whatever white space separates them', () => {
        fc.assert(
            fc.property(wordsMessage, ({message, words}) => {
                expect(tokenize(message.slice('/token'.length))).toEqual(words);
            }),
            runs(3000),
        );
    });

    test('a command comes only from a subcommand typed as a bare word, and is that subcommand', () => {
        fc.assert(
            fc.property(wordsMessage, ({message, words}) => {
                const result = parseCommand(message, NOW);
                if (result.ok) {
                    expect(words[0].quoted).toBe(false);
                    expect(result.command.name).toBe(words[0].value.toLowerCase());
                } else if (words[0].quoted || !isSubcommand(words[0].value.toLowerCase())) {
                    expect(result.problem).toEqual({id: 'unknown_subcommand', subcommand: words[0].value});
                } else if (result.problem.id !== 'unclosed_quote') {
                    expect(result.subcommand).toBe(words[0].value.toLowerCase());
                }
            }),
            runs(3000),
        );
    });

    test('a flag that takes no value is never accepted with "=value", in any letter case', () => {
        fc.assert(
            fc.property(wordsMessage, ({message, words}) => {
                const result = parseCommand(message, NOW);
                const withValue = words
                    .slice(1)
                    .some((w) => !w.quoted && NO_VALUE_FLAGS.some((f) => w.value.toLowerCase().startsWith(`${f}=`)));
                if (withValue) {
                    expect(result.ok).toBe(false);
                }
            }),
            runs(3000),
        );
    });

    test('--yes is true only when --yes appears exactly once as a bare word (and then it is true)', () => {
        fc.assert(
            fc.property(wordsMessage, ({message, words}) => {
                const result = parseCommand(message, NOW);
                const yesWords = words.slice(1).filter((w) => !w.quoted && w.value.toLowerCase() === '--yes').length;
                if (!result.ok) {
                    return;
                }
                const yes = 'yes' in result.command && result.command.yes;
                expect(yes).toBe(yesWords === 1);
                expect(yesWords).toBeLessThanOrEqual(1);
            }),
            runs(3000),
        );
    });
});

describe('quoted descriptions', () => {
    // Any description the server accepts (not blank, at most 255 UTF-8 bytes), with any quote kind whose
    // closing quote it does not contain.
    const quotedDescription = fc
        .tuple(fc.constantFrom(...QUOTES), hostileText({maxUnits: 60}))
        .filter(([[, close], d]) => checkDescription(d) === undefined && !d.includes(close));

    test('/token create "<d>" gives exactly <d>', () => {
        fc.assert(
            fc.property(quotedDescription, ([[open, close], d]) => {
                expect(parseCommand(`/token create ${open}${d}${close}`, NOW)).toEqual({
                    ok: true,
                    command: {name: 'create', description: d, expires: undefined},
                });
            }),
            runs(3000),
        );
    });

    test('/token create "<d>" --expires never gives exactly <d>, with any white space around the words', () => {
        fc.assert(
            fc.property(
                quotedDescription,
                fc.array(fc.constantFrom(...SPACES), {minLength: 4, maxLength: 4}),
                ([[open, close], d], [a, b, c, e]) => {
                    expect(parseCommand(`${a}/token${b}create${c}${open}${d}${close}${e}--expires never`, NOW)).toEqual(
                        {
                            ok: true,
                            command: {name: 'create', description: d, expires: {kind: 'never'}},
                        },
                    );
                },
            ),
            runs(2000),
        );
    });
});
