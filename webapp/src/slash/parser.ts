// The /token parser. Pure: text in, a command (or a problem to explain) out. What each subcommand accepts
// comes from the grammar table (grammar.ts).
import {parseExpiry, type ExpirySpec} from '../utils/expiry';
import {FLAGS, GRAMMAR, isSubcommand, TRIGGER, type FlagName, type SubcommandName} from './grammar';

export type ListFilter = 'all' | 'active' | 'inactive';
export type TokenAction = 'disable' | 'enable' | 'revoke';

export type Command =
    | {name: 'help'}
    | {name: 'settings'}
    | {name: 'create'; description: string; expires?: ExpirySpec}
    | {name: 'list'; filter: ListFilter; user?: string}
    | {name: TokenAction; target: string; user?: string; yes: boolean}
    | {name: 'rotate'; target: string; user?: string; expires?: ExpirySpec; yes: boolean}
    | {name: 'disable-all'; yes: boolean}
    | {name: 'admin'; terms: string};

export type ParseProblem =
    | {id: 'unknown_subcommand'; subcommand: string}
    | {id: 'missing_description'}
    | {id: 'missing_target'; subcommand: string}
    | {id: 'unknown_flag'; flag: string; subcommand: string}
    | {id: 'flag_needs_value'; flag: string}
    | {id: 'flag_takes_no_value'; flag: string}
    | {id: 'repeated_flag'; flag: string}
    | {id: 'repeated_user'; user: string}
    | {id: 'bad_expiry'; value: string}
    | {id: 'conflicting_flags'; flags: string}
    | {id: 'unexpected_argument'; value: string; subcommand: string}
    | {id: 'unclosed_quote'};

export type ParseResult =
    {ok: true; command: Command} | {ok: false; problem: ParseProblem; subcommand?: SubcommandName};

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

interface Parts {
    flags: Map<FlagName, string>;
    positional: Word[];
    user?: string;
}

// Flags, @user and the remaining words of one subcommand, or the first problem with them.
function split(words: Word[], subcommand: SubcommandName): Parts | ParseProblem {
    const grammar = GRAMMAR[subcommand];
    const flags = new Map<FlagName, string>();
    const positional: Word[] = [];
    let user: string | undefined;
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (!word.quoted && word.value.startsWith('--') && word.value.length > 2) {
            const [name, inline] = word.value.toLowerCase().split(/=(.*)/s, 2) as [string, string | undefined];
            const flag = name as FlagName;
            if (!(grammar.flags as string[]).includes(name)) {
                return {id: 'unknown_flag', flag: word.value, subcommand};
            }
            if (flags.has(flag)) {
                return {id: 'repeated_flag', flag};
            }
            let value = '';
            if (FLAGS[flag].takesValue) {
                value = inline ?? words[++i]?.value ?? '';
                if (value === '') {
                    return {id: 'flag_needs_value', flag};
                }
            } else if (inline !== undefined) {
                return {id: 'flag_takes_no_value', flag};
            }
            flags.set(flag, value);
            continue;
        }
        if (grammar.user && !word.quoted && /^@[^\s@]+$/.test(word.value)) {
            if (user !== undefined) {
                return {id: 'repeated_user', user: word.value};
            }
            user = word.value.slice(1).toLowerCase();
            continue;
        }
        positional.push(word);
    }
    const filters = [...flags.keys()].filter((f) => FLAGS[f].group === 'filter');
    if (filters.length > 1) {
        return {id: 'conflicting_flags', flags: filters.join(', ')};
    }
    const operand = grammar.operand;
    if (operand === 'none' && positional.length > 0) {
        return {id: 'unexpected_argument', value: positional[0].value, subcommand};
    }
    if (typeof operand === 'object' && positional.every((w) => w.value.trim() === '')) {
        return operand.required === 'missing_description'
            ? {id: 'missing_description'}
            : {id: 'missing_target', subcommand};
    }
    return {flags, positional, user};
}

export function parseCommand(message: string, now = Date.now()): ParseResult {
    const words = tokenize(message.trimStart().slice(TRIGGER.length));
    if (!words) {
        return {ok: false, problem: {id: 'unclosed_quote'}};
    }
    if (words.length === 0) {
        return {ok: true, command: {name: 'help'}};
    }
    const name = words[0].value.toLowerCase();
    if (words[0].quoted || !isSubcommand(name)) {
        return {ok: false, problem: {id: 'unknown_subcommand', subcommand: words[0].value}};
    }
    const parts = split(words.slice(1), name);
    if ('id' in parts) {
        return {ok: false, problem: parts, subcommand: name};
    }
    const rest = parts.positional.map((w) => w.value).join(' ');
    const yes = parts.flags.has('--yes');
    let expires: ExpirySpec | undefined;
    const expiry = parts.flags.get('--expires');
    if (expiry !== undefined) {
        expires = parseExpiry(expiry, now);
        if (!expires) {
            return {ok: false, problem: {id: 'bad_expiry', value: expiry}, subcommand: name};
        }
    }
    return {ok: true, command: build(name, rest, parts, yes, expires)};
}

function build(name: SubcommandName, rest: string, parts: Parts, yes: boolean, expires?: ExpirySpec): Command {
    switch (name) {
        case 'help':
        case 'settings':
            return {name};
        case 'create':
            return {name, description: rest, expires};
        case 'list': {
            const filter = ([...parts.flags.keys()].find((f) => FLAGS[f].group === 'filter')?.slice(2) ??
                'all') as ListFilter;
            return {name, filter, user: parts.user};
        }
        case 'disable':
        case 'enable':
        case 'revoke':
            return {name, target: rest, user: parts.user, yes};
        case 'rotate':
            return {name, target: rest, user: parts.user, expires, yes};
        case 'disable-all':
            return {name, yes};
        case 'admin':
            return {name, terms: rest};
    }
}
