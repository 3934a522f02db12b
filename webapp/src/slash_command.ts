// The /token slash command. The hook consumes every `/token …` message (nothing reaches the server's
// command endpoint) and answers with client-side ephemeral posts; each subcommand lives in slash/.
import {openTokenManager, toErrorFields} from './actions';
import {act} from './slash/act';
import {admin} from './slash/admin';
import {Context, type CommandStore, type SlashArgs} from './slash/context';
import {create} from './slash/create';
import {disableAll} from './slash/disable_all';
import {helpBlocks, replyToProblem} from './slash/help';
import {list} from './slash/list';
import {isTokenCommand, parseCommand, type Command} from './slash/parser';
import {rotate} from './slash/rotate';
import type {SlashCommandResult} from './plugin_registry';

export type {CommandStore, SlashArgs};

export function createSlashCommandHook(store: CommandStore) {
    return async (message: string, args: SlashArgs): Promise<SlashCommandResult> => {
        if (typeof message !== 'string' || !isTokenCommand(message)) {
            return {message, args};
        }
        // Run in the background: the draft clears at once, so Enter cannot send a create twice.
        runTokenCommand(message, args, store).catch((err: unknown) => {
            console.error('Token Manager: /token could not answer:', err instanceof Error ? err.message : err);
        });
        return {};
    };
}

// The command whose name is N (disable, enable and revoke share one shape).
type CommandNamed<N extends Command['name']> = Command extends infer C
    ? C extends {name: infer M}
        ? N extends M
            ? C
            : never
        : never
    : never;

type Handlers = {[N in Command['name']]: (ctx: Context, command: CommandNamed<N>) => Promise<void> | void};

const HANDLERS: Handlers = {
    help: (ctx) => ctx.post(helpBlocks(ctx)),
    settings: (ctx) => {
        ctx.dispatch(openTokenManager('mine'));
    },
    create: (ctx, c) => create(ctx, c.description, c.expires),
    list: (ctx, c) => list(ctx, c.filter, c.user),
    disable: (ctx, c) => act(ctx, c.name, c.target, c.user, c.yes),
    enable: (ctx, c) => act(ctx, c.name, c.target, c.user, c.yes),
    revoke: (ctx, c) => act(ctx, c.name, c.target, c.user, c.yes),
    rotate: (ctx, c) => rotate(ctx, c.target, c.user, c.expires, c.yes),
    'disable-all': (ctx, c) => disableAll(ctx, c.yes),
    admin: (ctx, c) => admin(ctx, c.terms),
};

function run(ctx: Context, command: Command) {
    const handler = HANDLERS[command.name] as (ctx: Context, command: Command) => Promise<void> | void;
    return handler(ctx, command);
}

export async function runTokenCommand(message: string, args: SlashArgs, store: CommandStore): Promise<void> {
    const ctx = new Context(store, args);
    try {
        const parsed = parseCommand(message);
        if (!parsed.ok) {
            replyToProblem(ctx, parsed.problem, parsed.subcommand);
            return;
        }
        await run(ctx, parsed.command);
    } catch (err) {
        ctx.fail(toErrorFields(err));
    }
}
