// The /token slash command. The hook consumes every `/token …` message (nothing reaches the server's
// command endpoint) and answers with client-side ephemeral posts rendered by components/slash_reply.
import type {UserAccessToken, UserProfile} from '@mattermost/types/users';
import type {IntlShape} from 'react-intl';
import type {AnyAction} from 'redux';
import * as bridge from 'server-bridge';

import * as actions from './actions';
import {addConfirmation} from './confirmations';
import {currentUser, receivedEphemeralPost, userLocale} from './host';
import {getIntl} from './i18n';
import errors from './messages/errors';
import slash from './messages/slash';
import {REPLY_POST_TYPE, REPLY_PROP} from './post_type';
import type {StoredToken} from './reducer';
import {depositSecret} from './reveal_vault';
import {compareTokens, getCapabilities, getPluginState, type State} from './selectors';
import {parseCommand, isTokenCommand, type Command, type ParseProblem, type ListFilter} from './utils/command_parser';
import {describeError, errorDetails, type ErrorContext} from './utils/error_text';
import {expiresAtOf} from './utils/expiry';
import {code, formatParts, strong, text, type Inline} from './utils/parts';
import {replyToMarkdown, type Block, type Reply} from './utils/reply';
import {looksLikeTokenId, resolveToken} from './utils/resolve';
import {searchInventory} from './utils/search';
import {tokenStatus} from './utils/token_status';

export interface SlashArgs {
    channel_id: string;
    team_id?: string;
    root_id?: string;
}

export interface CommandStore {
    dispatch: (action: AnyAction | actions.Thunk<unknown>) => any;
    getState: () => State;
}

const ADMIN_ROWS = 25;
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

export function createSlashCommandHook(store: CommandStore) {
    return async (message: string, args: SlashArgs) => {
        if (typeof message !== 'string' || !isTokenCommand(message)) {
            return {message, args};
        }
        // Run in the background: the draft clears at once, so Enter cannot send a create twice.
        runTokenCommand(message, args, store).catch(() => undefined);
        return {};
    };
}

class Context {
    readonly intl: IntlShape;
    constructor(
        readonly store: CommandStore,
        readonly args: SlashArgs,
    ) {
        this.intl = getIntl(userLocale(store.getState()));
    }

    get state() {
        return this.store.getState();
    }

    get me(): UserProfile {
        return currentUser(this.state);
    }

    get caps() {
        return getCapabilities(this.state);
    }

    parts(descriptor: Parameters<typeof formatParts>[1], values?: Parameters<typeof formatParts>[2]): Inline[] {
        return formatParts(this.intl, descriptor, values);
    }

    post(blocks: Block[]) {
        const reply: Reply = {blocks};
        const message = replyToMarkdown(reply, {
            reveal: this.intl.formatMessage(slash.revealFallback),
            confirm: this.intl.formatMessage(slash.confirmFallback),
        });
        this.store.dispatch(
            receivedEphemeralPost({
                channelId: this.args.channel_id,
                rootId: this.args.root_id,
                type: REPLY_POST_TYPE,
                message,
                props: {[REPLY_PROP]: reply},
            }),
        );
    }

    say(
        descriptor: Parameters<typeof formatParts>[1],
        values?: Parameters<typeof formatParts>[2],
        tone?: 'error' | 'success' | 'info',
    ) {
        this.post([{t: 'p', c: this.parts(descriptor, values), tone}]);
    }

    fail(error: bridge.TokenApiErrorFields, context: ErrorContext = {}, values: Record<string, string | number> = {}) {
        const details = errorDetails(this.intl, error);
        const blocks: Block[] = [{t: 'p', c: [text(describeError(this.intl, error, context, values))], tone: 'error'}];
        if (details) {
            blocks.push({t: 'p', c: [text(details)], tone: 'info'});
        }
        this.post(blocks);
    }
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
        ctx.fail(actions.toErrorFields(err));
    }
}

async function run(ctx: Context, command: Command) {
    switch (command.name) {
        case 'help':
            ctx.post(helpBlocks(ctx));
            return;
        case 'settings':
            ctx.store.dispatch(actions.openTokenManager('mine'));
            return;
        case 'create':
            await create(
                ctx,
                command.description,
                command.expires === undefined ? undefined : expiresAtOf(command.expires),
            );
            return;
        case 'list':
            await list(ctx, command.filter, command.user);
            return;
        case 'disable':
        case 'enable':
        case 'revoke':
            await act(ctx, command.name, command.target, command.user, command.yes);
            return;
        case 'rotate':
            await rotate(
                ctx,
                command.target,
                command.user,
                command.expires === undefined ? undefined : expiresAtOf(command.expires),
                command.yes,
            );
            return;
        case 'disable-all':
            await disableAll(ctx, command.yes);
            return;
        case 'admin':
            await admin(ctx, command.terms);
    }
}

// ---- help and problems ----

const USAGE: Record<string, string> = {
    help: '/token help',
    create: '/token create <description> [--expires 7d|30d|90d|1y|YYYY-MM-DD|never]',
    list: '/token list [--all|--active|--inactive] [@user]',
    disable: '/token disable <id or description> [@user]',
    enable: '/token enable <id or description> [@user]',
    revoke: '/token revoke <id or description> [@user] [--yes]',
    rotate: '/token rotate <id or description> [@user] [--expires …] [--yes]',
    'disable-all': '/token disable-all [--yes]',
    admin: '/token admin [search terms]',
    settings: '/token settings',
};

function helpBlocks(ctx: Context): Block[] {
    const m = slash;
    const row = (usage: string, descriptor: Parameters<typeof formatParts>[1]) => [
        [code(usage)],
        ctx.parts(descriptor),
    ];
    const rows = [
        row(USAGE.help, m.helpHelp),
        row(USAGE.create, m.helpCreate),
        row(USAGE.list, m.helpList),
        row('/token disable|enable|revoke <id or description> [@user] [--yes]', m.helpAction),
        row(USAGE.rotate, m.helpRotate),
        row(USAGE['disable-all'], m.helpDisableAll),
        row(USAGE.admin, m.helpAdmin),
        row(USAGE.settings, m.helpSettings),
    ];
    return [
        {t: 'p', c: [strong(ctx.intl.formatMessage(m.helpTitle))]},
        {t: 'table', head: [ctx.intl.formatMessage(m.helpCommand), ctx.intl.formatMessage(m.helpDoes)], rows},
        {t: 'p', c: ctx.parts(m.helpIdNotSecret), tone: 'info'},
        {t: 'p', c: ctx.parts(m.helpPlatforms), tone: 'info'},
    ];
}

function replyToProblem(ctx: Context, problem: ParseProblem, subcommand?: string) {
    const m = slash;
    switch (problem.id) {
        case 'unknown_subcommand':
            ctx.post([
                {t: 'p', c: ctx.parts(m.unknownSubcommand, {subcommand: code(problem.subcommand)}), tone: 'error'},
                ...helpBlocks(ctx).slice(1, 2),
            ]);
            return;
        case 'unclosed_quote':
            ctx.say(m.unclosedQuote, {}, 'error');
            return;
    }
    const sentence: Record<Exclude<ParseProblem['id'], 'unknown_subcommand' | 'unclosed_quote'>, () => Inline[]> = {
        missing_description: () => ctx.parts(m.missingDescription),
        missing_target: () => ctx.parts(m.missingTarget, {subcommand: (problem as {subcommand: string}).subcommand}),
        unknown_flag: () =>
            ctx.parts(m.unknownFlag, {
                flag: code((problem as {flag: string}).flag),
                subcommand: (problem as {subcommand: string}).subcommand,
            }),
        flag_needs_value: () => ctx.parts(m.flagNeedsValue, {flag: (problem as {flag: string}).flag}),
        bad_expiry: () => ctx.parts(m.badExpiry, {value: code((problem as {value: string}).value)}),
        conflicting_flags: () => ctx.parts(m.conflictingFlags, {flags: (problem as {flags: string}).flags}),
        unexpected_argument: () =>
            ctx.parts(m.unexpectedArgument, {
                subcommand: (problem as {subcommand: string}).subcommand,
                value: code((problem as {value: string}).value),
            }),
    };
    const blocks: Block[] = [{t: 'p', c: sentence[problem.id](), tone: 'error'}];
    if (subcommand && USAGE[subcommand]) {
        blocks.push({t: 'p', c: ctx.parts(m.usage, {usage: code(USAGE[subcommand])}), tone: 'info'});
    }
    ctx.post(blocks);
}

// ---- shared steps ----

// Permission checks made before any request, so the reply can say who can fix what.
function checkTokenRole(ctx: Context, need: 'create' | 'read' | 'revoke'): boolean {
    const caps = ctx.caps;
    const allowed = need === 'create' ? caps.canCreate : need === 'read' ? caps.canRead : caps.canRevoke;
    if (!allowed) {
        ctx.say(slash.noTokenRole, {}, 'error');
    }
    return allowed;
}

// The user whose tokens a command is about: the caller, or @user when the caller may manage others.
async function targetUser(
    ctx: Context,
    username?: string,
): Promise<{id: string; username: string; others: boolean} | undefined> {
    const me = ctx.me;
    if (!username || username === me.username) {
        return {id: me.id, username: me.username, others: false};
    }
    if (!ctx.caps.canManageOthers) {
        ctx.say(slash.cannotManageOthers, {username: text(username)}, 'error');
        return undefined;
    }
    try {
        const user = await bridge.getUserByUsername(username);
        return {id: user.id, username: user.username, others: true};
    } catch (err) {
        const error = actions.toErrorFields(err);
        if (error.kind === 'not_found') {
            ctx.say(errors.notFoundUser, {username: text(username)}, 'error');
        } else {
            ctx.fail(error, {others: true});
        }
        return undefined;
    }
}

interface Owner {
    id: string;
    username: string;
    others: boolean;
}

function knownToken(ctx: Context, id: string): StoredToken | undefined {
    return getPluginState(ctx.state).tokens[id];
}

// A token id acts directly (one request); anything else lists the owner's tokens and resolves (two).
async function findToken(
    ctx: Context,
    target: string,
    username?: string,
): Promise<
    {token: Pick<StoredToken, 'id' | 'description' | 'user_id'> & Partial<StoredToken>; owner: Owner} | undefined
> {
    const trimmed = target.trim();
    if (looksLikeTokenId(trimmed)) {
        const known = knownToken(ctx, trimmed);
        const me = ctx.me;
        const ownerIsMe = !known || known.user_id === me.id;
        return {
            token: known ?? {id: trimmed, description: '', user_id: ''},
            owner: {id: known?.user_id ?? '', username: ownerIsMe ? me.username : '', others: !ownerIsMe},
        };
    }
    const owner = await targetUser(ctx, username);
    if (!owner) {
        return undefined;
    }
    const result = (await ctx.store.dispatch(actions.fetchUserTokens(owner.id))) as actions.Result<UserAccessToken[]>;
    if (result.error) {
        ctx.fail(result.error, {others: owner.others});
        return undefined;
    }
    const resolution = resolveToken(result.data, trimmed);
    if (resolution.kind === 'none') {
        ctx.say(slash.noMatch, {username: text(owner.username), target: code(trimmed)}, 'error');
        return undefined;
    }
    if (resolution.kind === 'ambiguous') {
        ctx.post([
            {
                t: 'p',
                c: ctx.parts(slash.ambiguous, {target: code(trimmed), count: resolution.candidates.length}),
                tone: 'error',
            },
            tokenTable(ctx, resolution.candidates),
        ]);
        return undefined;
    }
    return {token: resolution.token, owner};
}

type FoundToken = NonNullable<Awaited<ReturnType<typeof findToken>>>;

// Before asking "Revoke …?" about a token named only by its id: read what it is and whose it is, so the
// question names the right token and owner (one read, plus one for an owner the store does not know).
async function identify(ctx: Context, found: FoundToken): Promise<FoundToken | undefined> {
    let token = found.token;
    if (!token.description || !token.user_id) {
        try {
            token = await bridge.getToken(token.id);
        } catch (err) {
            ctx.fail(actions.toErrorFields(err), {others: true});
            return undefined;
        }
    }
    const me = ctx.me;
    if (token.user_id === me.id) {
        return {token, owner: {id: me.id, username: me.username, others: false}};
    }
    let username: string | undefined = getPluginState(ctx.state).owners[token.user_id]?.username;
    if (!username) {
        const users = await bridge.getUsersByIds([token.user_id]).catch(() => undefined);
        username = users?.get(token.user_id)?.username;
    }
    return {token, owner: {id: token.user_id, username: username ?? token.user_id, others: true}};
}

function label(token: {id: string; description: string}): {description: Inline; id: Inline} {
    return {description: strong(token.description || '—'), id: code(token.id)};
}

function formatDate(ctx: Context, ms: number): string {
    return ctx.intl.formatDate(ms, {year: 'numeric', month: 'short', day: 'numeric'});
}

function expiryCell(ctx: Context, token: Partial<StoredToken>): string {
    if (token.expires_at === undefined) {
        return '—';
    }
    return token.expires_at === 0 ? ctx.intl.formatMessage(slash.never) : formatDate(ctx, token.expires_at);
}

function statusText(ctx: Context, token: StoredToken): string {
    const status = tokenStatus(token);
    return ctx.intl.formatMessage(
        status === 'active' ? slash.statusActive : status === 'disabled' ? slash.statusDisabled : slash.statusExpired,
    );
}

function tokenTable(ctx: Context, tokens: StoredToken[], owners?: Record<string, {username: string}>): Block {
    const m = slash;
    const head = [
        ...(owners ? [ctx.intl.formatMessage(m.columnOwner)] : []),
        ctx.intl.formatMessage(m.columnDescription),
        ctx.intl.formatMessage(m.columnId),
        ctx.intl.formatMessage(m.columnStatus),
        ctx.intl.formatMessage(m.columnExpires),
    ];
    const rows = tokens.map((t) => [
        ...(owners ? [[text(owners[t.user_id] ? `@${owners[t.user_id].username}` : t.user_id)]] : []),
        [text(t.description)],
        [code(t.id)],
        [text(statusText(ctx, t))],
        [text(expiryCell(ctx, t))],
    ]);
    return {t: 'table', head, rows};
}

// ---- subcommands ----

async function create(ctx: Context, rawDescription: string, requestedExpiry?: number) {
    const caps = ctx.caps;
    if (!caps.tokensEnabled) {
        ctx.say(slash.tokensDisabled, {}, 'error');
        return;
    }
    if (!checkTokenRole(ctx, 'create')) {
        return;
    }
    const description = rawDescription.trim();
    let expiresAt = requestedExpiry;
    const notes: Block[] = [];
    if (expiresAt === undefined && caps.supportsExpiry && caps.maxLifetimeDays) {
        expiresAt = Date.now() + caps.maxLifetimeDays * bridge.DAY_MS - EXPIRY_MARGIN_MS;
        notes.push({t: 'p', c: ctx.parts(slash.defaultExpiry, {maxDays: caps.maxLifetimeDays}), tone: 'info'});
    }
    if (expiresAt === 0 && !caps.supportsExpiry) {
        expiresAt = undefined;
    }
    const result = (await ctx.store.dispatch(
        actions.createToken(ctx.me.id, description, expiresAt),
    )) as actions.Result<UserAccessToken>;
    if (result.error) {
        ctx.fail(result.error, {}, {maxDays: caps.maxLifetimeDays ?? 0});
        return;
    }
    revealReply(ctx, slash.created, result.data, notes);
}

// The new secret goes to the vault and from there into the reveal component's state; the post keeps only an id.
function revealReply(
    ctx: Context,
    descriptor: Parameters<typeof formatParts>[1],
    token: UserAccessToken,
    notes: Block[] = [],
) {
    const {token: secret, ...rest} = token;
    const expiry =
        rest.expires_at === undefined
            ? ''
            : rest.expires_at === 0
              ? ctx.intl.formatMessage(slash.neverExpires)
              : ctx.intl.formatMessage(slash.expiresOn, {date: formatDate(ctx, rest.expires_at)});
    const revealId = secret ? depositSecret(secret) : '';
    ctx.post([
        {t: 'p', c: ctx.parts(descriptor, {...label(rest), expiry}), tone: 'success'},
        ...notes,
        {t: 'reveal', revealId, tokenId: rest.id, description: rest.description},
    ]);
}

function filterTokens(tokens: StoredToken[], filter: ListFilter): StoredToken[] {
    if (filter === 'all') {
        return tokens;
    }
    return tokens.filter((t) => (tokenStatus(t) === 'active') === (filter === 'active'));
}

async function list(ctx: Context, filter: ListFilter, username?: string) {
    if (!checkTokenRole(ctx, 'read')) {
        return;
    }
    const owner = await targetUser(ctx, username);
    if (!owner) {
        return;
    }
    const result = (await ctx.store.dispatch(actions.fetchUserTokens(owner.id))) as actions.Result<UserAccessToken[]>;
    if (result.error) {
        ctx.fail(result.error, {others: owner.others});
        return;
    }
    const tokens = filterTokens([...result.data].sort(compareTokens), filter);
    const filterText =
        filter === 'all'
            ? ''
            : ctx.intl.formatMessage(filter === 'active' ? slash.listFilterActive : slash.listFilterInactive);
    const blocks: Block[] = [
        {
            t: 'p',
            c: ctx.parts(slash.listTitle, {count: tokens.length, username: text(owner.username), filter: filterText}),
        },
    ];
    if (tokens.length > 0) {
        blocks.push(tokenTable(ctx, tokens));
        blocks.push({t: 'p', c: ctx.parts(slash.helpIdNotSecret), tone: 'info'});
    } else if (!owner.others && filter === 'all') {
        blocks.push({t: 'p', c: ctx.parts(slash.emptyHint), tone: 'info'});
    }
    ctx.post(blocks);
}

async function act(
    ctx: Context,
    action: 'disable' | 'enable' | 'revoke',
    target: string,
    username: string | undefined,
    yes: boolean,
) {
    if (!checkTokenRole(ctx, action === 'enable' ? 'create' : 'revoke')) {
        return;
    }
    let found = await findToken(ctx, target, username);
    if (found && action === 'revoke' && !yes) {
        found = await identify(ctx, found);
    }
    if (!found) {
        return;
    }
    const {token, owner} = found;
    const names = label(token);
    if (action === 'disable' && token.is_active === false) {
        ctx.say(slash.alreadyDisabled, names, 'info');
        return;
    }
    if (action === 'enable' && token.is_active === true) {
        ctx.say(slash.alreadyEnabled, names, 'info');
        return;
    }
    const perform = async () => {
        const thunk =
            action === 'disable'
                ? actions.disableToken(token.id)
                : action === 'enable'
                  ? actions.enableToken(token.id)
                  : actions.revokeToken(token.id);
        const result = (await ctx.store.dispatch(thunk)) as actions.Result<true>;
        if (result.error) {
            ctx.fail(result.error, {others: owner.others});
            return;
        }
        if (action === 'enable') {
            const blocks: Block[] = [{t: 'p', c: ctx.parts(slash.enabled, names), tone: 'success'}];
            if (token.expires_at && tokenStatus({is_active: true, expires_at: token.expires_at}) === 'expired') {
                blocks.push({t: 'p', c: ctx.parts(slash.enabledExpired), tone: 'info'});
            }
            ctx.post(blocks);
            return;
        }
        ctx.say(action === 'disable' ? slash.disabled : slash.revoked, names, 'success');
    };
    if (action === 'revoke' && !yes) {
        askToConfirm(
            ctx,
            ctx.parts(slash.confirmRevoke, {...names, username: text(owner.username)}),
            slash.confirmRevokeButton,
            perform,
        );
        return;
    }
    await perform();
}

function askToConfirm(
    ctx: Context,
    question: Inline[],
    button: Parameters<IntlShape['formatMessage']>[0],
    perform: () => Promise<void>,
) {
    const confirmId = addConfirmation(perform);
    ctx.post([
        {
            t: 'confirm',
            confirmId,
            question,
            confirmLabel: ctx.intl.formatMessage(button),
            cancelLabel: ctx.intl.formatMessage(slash.cancel),
            danger: true,
        },
    ]);
}

async function rotate(
    ctx: Context,
    target: string,
    username: string | undefined,
    expiresAt: number | undefined,
    yes: boolean,
) {
    if (!ctx.caps.tokensEnabled) {
        ctx.say(slash.tokensDisabled, {}, 'error');
        return;
    }
    if (!checkTokenRole(ctx, 'create')) {
        return;
    }
    // Rotation needs a server with expiry; whether it has rotation is learnt from the first attempt.
    if (!ctx.caps.supportsExpiry || ctx.caps.supportsRotate === false) {
        ctx.say(slash.rotateUnsupported, {}, 'error');
        return;
    }
    let found = await findToken(ctx, target, username);
    if (found && !yes) {
        found = await identify(ctx, found);
    }
    if (!found) {
        return;
    }
    const {token, owner} = found;
    if (token.is_active === false) {
        ctx.say(slash.rotateDisabledToken, label(token), 'error');
        return;
    }
    const caps = ctx.caps;
    let expiry = expiresAt;
    if (expiry === undefined && caps.maxLifetimeDays) {
        expiry = Date.now() + caps.maxLifetimeDays * bridge.DAY_MS - EXPIRY_MARGIN_MS;
    }
    const perform = async () => {
        const result = (await ctx.store.dispatch(
            actions.rotateToken(token.id, expiry),
        )) as actions.Result<UserAccessToken>;
        if (result.error && bridge.isRouteMissing(result.error)) {
            ctx.say(slash.rotateUnsupported, {}, 'error');
            return;
        }
        if (result.error) {
            ctx.fail(result.error, {others: owner.others}, {maxDays: caps.maxLifetimeDays ?? 0});
            return;
        }
        revealReply(ctx, slash.rotated, result.data);
    };
    if (!yes) {
        askToConfirm(
            ctx,
            ctx.parts(slash.confirmRotate, {...label(token), username: text(owner.username)}),
            slash.confirmRotateButton,
            perform,
        );
        return;
    }
    await perform();
}

async function disableAll(ctx: Context, yes: boolean) {
    if (!checkTokenRole(ctx, 'revoke')) {
        return;
    }
    const me = ctx.me;
    const result = (await ctx.store.dispatch(actions.fetchUserTokens(me.id))) as actions.Result<UserAccessToken[]>;
    if (result.error) {
        ctx.fail(result.error);
        return;
    }
    const active = result.data.filter((t) => t.is_active);
    if (active.length === 0) {
        ctx.say(slash.disableAllNone, {}, 'info');
        return;
    }
    const perform = async () => {
        const failures: Block[] = [];
        let done = 0;
        for (const token of active) {
            const outcome = (await ctx.store.dispatch(actions.disableToken(token.id))) as actions.Result<true>;
            if (outcome.error) {
                failures.push({
                    t: 'p',
                    c: ctx.parts(slash.disableAllFailed, {
                        ...label(token),
                        reason: describeError(ctx.intl, outcome.error),
                    }),
                    tone: 'error',
                });
            } else {
                done += 1;
            }
        }
        ctx.post([
            {t: 'p', c: ctx.parts(slash.disabledAll, {count: done}), tone: done > 0 ? 'success' : 'error'},
            ...failures,
        ]);
    };
    if (!yes) {
        askToConfirm(
            ctx,
            ctx.parts(slash.confirmDisableAll, {count: active.length}),
            slash.confirmDisableAllButton,
            perform,
        );
        return;
    }
    await perform();
}

async function admin(ctx: Context, terms: string) {
    if (!ctx.caps.isSystemAdmin) {
        ctx.say(slash.adminOnly, {}, 'error');
        return;
    }
    const result = (await ctx.store.dispatch(actions.loadInventory())) as actions.Result<number>;
    if (result.error) {
        ctx.fail(result.error, {admin: true});
        return;
    }
    const plugin = getPluginState(ctx.state);
    const all = Object.values(plugin.tokens);
    const matches = searchInventory(all, plugin.owners, terms);
    const shown = matches.slice(0, ADMIN_ROWS);
    const blocks: Block[] = [
        {
            t: 'p',
            c: terms.trim()
                ? ctx.parts(slash.adminTitle, {count: matches.length, terms: code(terms.trim()), total: all.length})
                : ctx.parts(slash.adminTitleAll, {total: all.length}),
        },
    ];
    if (shown.length > 0) {
        blocks.push(tokenTable(ctx, shown, plugin.owners));
    }
    if (matches.length > shown.length) {
        blocks.push({t: 'p', c: ctx.parts(slash.adminTruncated, {shown: shown.length}), tone: 'info'});
    }
    ctx.post(blocks);
}
