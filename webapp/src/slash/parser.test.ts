import {isTokenCommand, parseCommand, tokenize} from './parser';

const NOW = new Date(2026, 10, 23, 12, 0, 0).getTime();
const DAY = 86400000;

describe('isTokenCommand', () => {
    test.each([
        ['/token', true],
        ['/token help', true],
        ['  /token list', true],
        ['/TOKEN list', true],
        ['/token\tlist', true],
        ['/tokens', false],
        ['/tokenize x', false],
        ['token', false],
        ['/echo /token', false],
        ['', false],
    ])('%p -> %p', (message, expected) => {
        expect(isTokenCommand(message)).toBe(expected);
    });
});

describe('tokenize', () => {
    test('splits on white space and keeps quoted text together', () => {
        expect(tokenize(' create "CI pipeline"  --expires 30d ')).toEqual([
            {value: 'create', quoted: false},
            {value: 'CI pipeline', quoted: true},
            {value: '--expires', quoted: false},
            {value: '30d', quoted: false},
        ]);
        expect(tokenize("revoke 'it's'")?.map((w) => w.value)).toEqual(['revoke', 'it', "s'"]);
        expect(tokenize('create “smart quotes”')?.map((w) => w.value)).toEqual(['create', 'smart quotes']);
        expect(tokenize('create "open')).toBeUndefined();
    });
});

describe('parseCommand', () => {
    test.each([
        ['/token', {name: 'help'}],
        ['/token help', {name: 'help'}],
        ['/token HELP', {name: 'help'}],
        ['/token settings', {name: 'settings'}],
        ['/token create CI pipeline', {name: 'create', description: 'CI pipeline', expires: undefined}],
        ['/token create "  spaced  "', {name: 'create', description: '  spaced  ', expires: undefined}],
        [
            '/token create "--expires" is a word',
            {name: 'create', description: '--expires is a word', expires: undefined},
        ],
        ['/token create deploy @all', {name: 'create', description: 'deploy @all', expires: undefined}],
        ['/token create x --expires never', {name: 'create', description: 'x', expires: {kind: 'never'}}],
        [
            '/token create x --expires=7d',
            {name: 'create', description: 'x', expires: {kind: 'at', expiresAt: NOW + 7 * DAY, label: '7d'}},
        ],
        ['/token list', {name: 'list', filter: 'all', user: undefined}],
        ['/token list --active', {name: 'list', filter: 'active', user: undefined}],
        ['/token list --inactive @Bob', {name: 'list', filter: 'inactive', user: 'bob'}],
        ['/token list @alice --all', {name: 'list', filter: 'all', user: 'alice'}],
        ['/token disable CI pipeline', {name: 'disable', target: 'CI pipeline', user: undefined, yes: false}],
        ['/token enable abc @bob', {name: 'enable', target: 'abc', user: 'bob', yes: false}],
        ['/token revoke CI --yes', {name: 'revoke', target: 'CI', user: undefined, yes: true}],
        [
            '/token rotate CI --expires 90d --yes',
            {
                name: 'rotate',
                target: 'CI',
                user: undefined,
                expires: {kind: 'at', expiresAt: NOW + 90 * DAY, label: '90d'},
                yes: true,
            },
        ],
        ['/token disable-all', {name: 'disable-all', yes: false}],
        ['/token disable-all --yes', {name: 'disable-all', yes: true}],
        ['/token admin', {name: 'admin', terms: ''}],
        ['/token admin deploy bot', {name: 'admin', terms: 'deploy bot'}],
    ])('%p', (message, command) => {
        expect(parseCommand(message, NOW)).toEqual({ok: true, command});
    });

    test.each([
        ['/token frobnicate', {id: 'unknown_subcommand', subcommand: 'frobnicate'}],
        ['/token "create" x', {id: 'unknown_subcommand', subcommand: 'create'}],
        ['/token create', {id: 'missing_description'}],
        ['/token create "   "', {id: 'missing_description'}],
        ['/token create x --expires', {id: 'flag_needs_value', flag: '--expires'}],
        ['/token create x --expires soon', {id: 'bad_expiry', value: 'soon'}],
        ['/token create x --expires 2026-02-30', {id: 'bad_expiry', value: '2026-02-30'}],
        ['/token create x --force', {id: 'unknown_flag', flag: '--force', subcommand: 'create'}],
        ['/token create x --yes', {id: 'unknown_flag', flag: '--yes', subcommand: 'create'}],
        ['/token list --active --inactive', {id: 'conflicting_flags', flags: '--active, --inactive'}],
        ['/token list everything', {id: 'unexpected_argument', value: 'everything', subcommand: 'list'}],
        ['/token revoke', {id: 'missing_target', subcommand: 'revoke'}],
        ['/token disable --yes', {id: 'missing_target', subcommand: 'disable'}],
        ['/token list --expires 7d', {id: 'unknown_flag', flag: '--expires', subcommand: 'list'}],
        ['/token disable-all now', {id: 'unexpected_argument', value: 'now', subcommand: 'disable-all'}],
        ['/token create "unclosed', {id: 'unclosed_quote'}],
        // A flag that takes no value refuses one, whatever it says: "--yes=no" must not skip a question.
        ['/token revoke CI --yes=no', {id: 'flag_takes_no_value', flag: '--yes'}],
        ['/token revoke CI --YES=false', {id: 'flag_takes_no_value', flag: '--yes'}],
        ['/token disable-all --yes=', {id: 'flag_takes_no_value', flag: '--yes'}],
        ['/token list --active=1', {id: 'flag_takes_no_value', flag: '--active'}],
        // A repeated flag or user is an error, not last-wins.
        ['/token revoke CI --yes --yes', {id: 'repeated_flag', flag: '--yes'}],
        ['/token create x --expires 7d --expires never', {id: 'repeated_flag', flag: '--expires'}],
        ['/token list --all --all', {id: 'repeated_flag', flag: '--all'}],
        ['/token revoke CI @bob @carol', {id: 'repeated_user', user: '@carol'}],
        // Stray words after subcommands that take none.
        ['/token help me', {id: 'unexpected_argument', value: 'me', subcommand: 'help'}],
        ['/token settings now', {id: 'unexpected_argument', value: 'now', subcommand: 'settings'}],
    ])('%p is a problem', (message, problem) => {
        const result = parseCommand(message, NOW);
        expect(result.ok).toBe(false);
        expect(result.ok === false && result.problem).toEqual(problem);
    });

    test('a problem names its subcommand, so the reply can show that usage', () => {
        expect(parseCommand('/token revoke CI --yes=no', NOW)).toMatchObject({ok: false, subcommand: 'revoke'});
        expect(parseCommand('/token frobnicate', NOW)).toEqual({
            ok: false,
            problem: {id: 'unknown_subcommand', subcommand: 'frobnicate'},
        });
    });
});
