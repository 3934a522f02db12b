// The /token grammar, in one table: the parser, the help reply and the README check all read it.
import type {MessageDescriptor} from 'react-intl';

import slash from '../messages/slash';

export const TRIGGER = '/token';

export type FlagName = '--expires' | '--all' | '--active' | '--inactive' | '--yes';

export const FLAGS: Record<FlagName, {takesValue: boolean; group?: 'filter'}> = {
    '--expires': {takesValue: true},
    '--all': {takesValue: false, group: 'filter'},
    '--active': {takesValue: false, group: 'filter'},
    '--inactive': {takesValue: false, group: 'filter'},
    // Skips the confirmation where the subcommand asks for one.
    '--yes': {takesValue: false},
};

export interface SubcommandSpec {
    usage: string;
    help: MessageDescriptor;
    flags: FlagName[];
    // Whether `@user` names whose tokens to act on.
    user: boolean;
    // The words that are not flags: none allowed, optional, or required (with the problem to report).
    operand: 'none' | 'optional' | {required: 'missing_description' | 'missing_target'};
}

const EXPIRY_VALUES = '7d|30d|90d|1y|YYYY-MM-DD|never';
const target = {required: 'missing_target'} as const;

export const GRAMMAR = {
    help: {usage: '/token help', help: slash.helpHelp, flags: [], user: false, operand: 'none'},
    create: {
        usage: `/token create <description> [--expires ${EXPIRY_VALUES}]`,
        help: slash.helpCreate,
        flags: ['--expires'],
        user: false,
        operand: {required: 'missing_description'},
    },
    list: {
        usage: '/token list [--all|--active|--inactive] [@user]',
        help: slash.helpList,
        flags: ['--all', '--active', '--inactive'],
        user: true,
        operand: 'none',
    },
    disable: {
        usage: '/token disable <id or description> [@user] [--yes]',
        help: slash.helpDisable,
        flags: ['--yes'],
        user: true,
        operand: target,
    },
    enable: {
        usage: '/token enable <id or description> [@user] [--yes]',
        help: slash.helpEnable,
        flags: ['--yes'],
        user: true,
        operand: target,
    },
    revoke: {
        usage: '/token revoke <id or description> [@user] [--yes]',
        help: slash.helpRevoke,
        flags: ['--yes'],
        user: true,
        operand: target,
    },
    rotate: {
        usage: `/token rotate <id or description> [@user] [--expires ${EXPIRY_VALUES}] [--yes]`,
        help: slash.helpRotate,
        flags: ['--expires', '--yes'],
        user: true,
        operand: target,
    },
    'disable-all': {
        usage: '/token disable-all [--yes]',
        help: slash.helpDisableAll,
        flags: ['--yes'],
        user: false,
        operand: 'none',
    },
    admin: {usage: '/token admin [search terms]', help: slash.helpAdmin, flags: [], user: false, operand: 'optional'},
    settings: {usage: '/token settings', help: slash.helpSettings, flags: [], user: false, operand: 'none'},
} satisfies Record<string, SubcommandSpec>;

export type SubcommandName = keyof typeof GRAMMAR;

export const SUBCOMMANDS = Object.keys(GRAMMAR) as SubcommandName[];

export function isSubcommand(word: string): word is SubcommandName {
    return Object.prototype.hasOwnProperty.call(GRAMMAR, word);
}

export function spec(name: SubcommandName): SubcommandSpec {
    return GRAMMAR[name];
}
