// The /token grammar. Pure: text in, a command (or a problem to explain) out.
//   /token [help]
//   /token create <description> [--expires 7d|30d|90d|1y|YYYY-MM-DD|never]
//   /token list [--all|--active|--inactive] [@user]
//   /token disable|enable|revoke <id or description> [@user] [--yes]
//   /token rotate <id or description> [@user] [--expires …] [--yes]
//   /token disable-all [--yes]
//   /token admin [search terms]
//   /token settings
import {parseExpiry, type ExpirySpec} from './expiry';

export const TRIGGER = '/token';

export type ListFilter = 'all' | 'active' | 'inactive';
export type TokenAction = 'disable' | 'enable' | 'revoke';

export type Command =
    | {name: 'help'}
    | {name: 'create'; description: string; expires?: ExpirySpec}
    | {name: 'list'; filter: ListFilter; user?: string}
    | {name: TokenAction; target: string; user?: string; yes: boolean}
    | {name: 'rotate'; target: string; user?: string; expires?: ExpirySpec; yes: boolean}
    | {name: 'disable-all'; yes: boolean}
    | {name: 'admin'; terms: string}
    | {name: 'settings'};

export type ParseProblem =
    | {id: 'unknown_subcommand'; subcommand: string}
    | {id: 'missing_description'}
    | {id: 'missing_target'; subcommand: string}
    | {id: 'unknown_flag'; flag: string; subcommand: string}
    | {id: 'flag_needs_value'; flag: string}
    | {id: 'bad_expiry'; value: string}
    | {id: 'conflicting_flags'; flags: string}
    | {id: 'unexpected_argument'; value: string; subcommand: string}
    | {id: 'unclosed_quote'};

export type ParseResult = {ok: true; command: Command} | {ok: false; problem: ParseProblem; subcommand?: string};

export const SUBCOMMANDS = [
    'help',
    'create',
    'list',
    'disable',
    'enable',
    'revoke',
    'rotate',
    'disable-all',
    'admin',
    'settings',
] as const;

// Whether a slash command is ours: `/token` followed by the end or white space (not `/tokens`).
export function isTokenCommand(message: string): boolean {
    const trimmed = message.trimStart();
    return (
        trimmed.toLowerCase().startsWith(TRIGGER) &&
        (trimmed.length === TRIGGER.length || /\s/.test(trimmed[TRIGGER.length]))
    );
}

interface Word {
    value: string;
    quoted: boolean;
}

export function tokenize(input: string): Word[] | undefined {
    const words: Word[] = [];
    let i = 0;
    while (i < input.length) {
        if (/\s/.test(input[i])) {
            i++;
            continue;
        }
        const quote = input[i] === '"' || input[i] === "'" || input[i] === '“' ? input[i] : '';
        if (quote) {
            const close = quote === '“' ? '”' : quote;
            const end = input.indexOf(close, i + 1);
            if (end === -1) {
                return undefined;
            }
            words.push({value: input.slice(i + 1, end), quoted: true});
            i = end + 1;
            continue;
        }
        let j = i;
        while (j < input.length && !/\s/.test(input[j])) {
            j++;
        }
        words.push({value: input.slice(i, j), quoted: false});
        i = j;
    }
    return words;
}

const FLAGS: Record<string, {takesValue: boolean; subcommands: string[]}> = {
    '--expires': {takesValue: true, subcommands: ['create', 'rotate']},
    '--all': {takesValue: false, subcommands: ['list']},
    '--active': {takesValue: false, subcommands: ['list']},
    '--inactive': {takesValue: false, subcommands: ['list']},
    '--yes': {takesValue: false, subcommands: ['revoke', 'disable', 'enable', 'rotate', 'disable-all']},
};

export function parseCommand(message: string, now = Date.now()): ParseResult {
    const body = message.trimStart().slice(TRIGGER.length);
    const words = tokenize(body);
    if (!words) {
        return {ok: false, problem: {id: 'unclosed_quote'}};
    }
    if (words.length === 0) {
        return {ok: true, command: {name: 'help'}};
    }
    const subcommand = words[0].value.toLowerCase();
    if (!(SUBCOMMANDS as readonly string[]).includes(subcommand) || words[0].quoted) {
        return {ok: false, problem: {id: 'unknown_subcommand', subcommand: words[0].value}};
    }
    const fail = (problem: ParseProblem): ParseResult => ({ok: false, problem, subcommand});

    const flags = new Map<string, string>();
    const positional: Word[] = [];
    let user: string | undefined;
    for (let i = 1; i < words.length; i++) {
        const word = words[i];
        if (!word.quoted && word.value.startsWith('--') && word.value.length > 2) {
            const [name, inline] = word.value.toLowerCase().split(/=(.*)/s, 2);
            const spec = FLAGS[name];
            if (!spec || !spec.subcommands.includes(subcommand)) {
                return fail({id: 'unknown_flag', flag: word.value, subcommand});
            }
            let value = '';
            if (spec.takesValue) {
                value = inline ?? words[++i]?.value ?? '';
                if (value === '') {
                    return fail({id: 'flag_needs_value', flag: name});
                }
            }
            flags.set(name, value);
            continue;
        }
        if (
            !word.quoted &&
            /^@[^\s@]+$/.test(word.value) &&
            ['list', 'disable', 'enable', 'revoke', 'rotate'].includes(subcommand) &&
            user === undefined
        ) {
            user = word.value.slice(1).toLowerCase();
            continue;
        }
        positional.push(word);
    }
    const rest = positional.map((w) => w.value).join(' ');
    let expires: ExpirySpec | undefined;
    if (flags.has('--expires')) {
        expires = parseExpiry(flags.get('--expires')!, now);
        if (!expires) {
            return fail({id: 'bad_expiry', value: flags.get('--expires')!});
        }
    }
    const yes = flags.has('--yes');

    switch (subcommand) {
        case 'help':
        case 'settings':
            return {ok: true, command: {name: subcommand}};
        case 'create':
            if (rest.trim() === '') {
                return fail({id: 'missing_description'});
            }
            return {ok: true, command: {name: 'create', description: rest, expires}};
        case 'list': {
            const chosen = ['--all', '--active', '--inactive'].filter((f) => flags.has(f));
            if (chosen.length > 1) {
                return fail({id: 'conflicting_flags', flags: chosen.join(', ')});
            }
            if (positional.length > 0) {
                return fail({id: 'unexpected_argument', value: positional[0].value, subcommand});
            }
            const filter = (chosen[0]?.slice(2) ?? 'all') as ListFilter;
            return {ok: true, command: {name: 'list', filter, user}};
        }
        case 'disable':
        case 'enable':
        case 'revoke':
        case 'rotate':
            if (rest.trim() === '') {
                return fail({id: 'missing_target', subcommand});
            }
            if (subcommand === 'rotate') {
                return {ok: true, command: {name: 'rotate', target: rest, user, expires, yes}};
            }
            return {ok: true, command: {name: subcommand, target: rest, user, yes}};
        case 'disable-all':
            if (positional.length > 0) {
                return fail({id: 'unexpected_argument', value: positional[0].value, subcommand});
            }
            return {ok: true, command: {name: 'disable-all', yes}};
        case 'admin':
            return {ok: true, command: {name: 'admin', terms: rest}};
    }
    return fail({id: 'unknown_subcommand', subcommand});
}
