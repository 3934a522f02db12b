// /token help, and what to say about input the parser could not use (always with the usage line, and
// nothing sent to the server).
import slash from '../messages/slash';
import {code, strong, type Inline} from '../utils/parts';
import type {Block} from '../utils/reply';
import type {Context} from './context';
import {GRAMMAR, SUBCOMMANDS, type SubcommandName} from './grammar';
import type {ParseProblem} from './parser';

function commandTable(ctx: Context): Block {
    return {
        t: 'table',
        head: [ctx.words(slash.helpCommand), ctx.words(slash.helpDoes)],
        rows: SUBCOMMANDS.map((name) => [[code(GRAMMAR[name].usage)], ctx.parts(GRAMMAR[name].help)]),
    };
}

export function helpBlocks(ctx: Context): Block[] {
    return [
        {t: 'p', c: [strong(ctx.words(slash.helpTitle))]},
        commandTable(ctx),
        ctx.paragraph(slash.helpIdNotSecret, {}, 'info'),
        ctx.paragraph(slash.helpPlatforms, {}, 'info'),
    ];
}

function sentence(ctx: Context, problem: Exclude<ParseProblem, {id: 'unknown_subcommand'}>): Inline[] {
    switch (problem.id) {
        case 'unclosed_quote':
            return ctx.parts(slash.unclosedQuote);
        case 'missing_description':
            return ctx.parts(slash.missingDescription);
        case 'missing_target':
            return ctx.parts(slash.missingTarget, {subcommand: problem.subcommand});
        case 'unknown_flag':
            return ctx.parts(slash.unknownFlag, {flag: code(problem.flag), subcommand: problem.subcommand});
        case 'flag_needs_value':
            return ctx.parts(slash.flagNeedsValue, {flag: code(problem.flag)});
        case 'flag_takes_no_value':
            return ctx.parts(slash.flagTakesNoValue, {flag: code(problem.flag)});
        case 'repeated_flag':
            return ctx.parts(slash.repeatedFlag, {flag: code(problem.flag)});
        case 'repeated_user':
            return ctx.parts(slash.repeatedUser, {user: code(problem.user)});
        case 'bad_expiry':
            return ctx.parts(slash.badExpiry, {value: code(problem.value)});
        case 'conflicting_flags':
            return ctx.parts(slash.conflictingFlags, {flags: code(problem.flags)});
        case 'unexpected_argument':
            return ctx.parts(slash.unexpectedArgument, {subcommand: problem.subcommand, value: code(problem.value)});
    }
}

export function replyToProblem(ctx: Context, problem: ParseProblem, subcommand?: SubcommandName) {
    if (problem.id === 'unknown_subcommand') {
        ctx.post([
            ctx.paragraph(slash.unknownSubcommand, {subcommand: code(problem.subcommand)}, 'error'),
            commandTable(ctx),
        ]);
        return;
    }
    const blocks: Block[] = [{t: 'p', c: sentence(ctx, problem), tone: 'error'}];
    if (subcommand) {
        blocks.push(ctx.paragraph(slash.usage, {usage: code(GRAMMAR[subcommand].usage)}, 'info'));
    }
    ctx.post(blocks);
}
