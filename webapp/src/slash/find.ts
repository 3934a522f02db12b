// Steps several subcommands share: permission checks made before any request (so the reply can say who can
// fix what), whose tokens a command is about, which token the user means, and tables of tokens.
import {fetchToken, fetchOwners, fetchUserByUsername, fetchUserTokens} from '../actions';
import common from '../messages/common';
import errors from '../messages/errors';
import slash from '../messages/slash';
import type {StoredToken} from '../reducer';
import {getPluginState} from '../selectors';
import {code, strong, text, user, type Inline} from '../utils/parts';
import type {Block} from '../utils/reply';
import {looksLikeTokenId, resolveToken} from '../utils/resolve';
import {tokenStatus, type TokenStatus} from '../utils/token_status';
import type {Context} from './context';

export interface Owner {
    id: string;
    username: string;
    // The tokens are someone else's (messages and permissions differ).
    others: boolean;
}

// A token named by id and not read from the server has only its id.
export type FoundToken = Pick<StoredToken, 'id' | 'description' | 'user_id'> & Partial<StoredToken>;

export interface Found {
    token: FoundToken;
    owner: Owner;
}

export function checkTokenRole(ctx: Context, need: 'create' | 'read' | 'revoke'): boolean {
    const caps = ctx.caps;
    const allowed = need === 'create' ? caps.canCreate : need === 'read' ? caps.canRead : caps.canRevoke;
    if (!allowed) {
        ctx.say(common.noTokenRole, {}, 'error');
    }
    return allowed;
}

// The user whose tokens a command is about: the caller, or @user when the caller may manage others.
export async function targetUser(ctx: Context, username?: string): Promise<Owner | undefined> {
    const me = ctx.me;
    if (!username || username === me.username) {
        return {id: me.id, username: me.username, others: false};
    }
    if (!ctx.caps.canManageOthers) {
        ctx.say(slash.cannotManageOthers, {username: user(username)}, 'error');
        return undefined;
    }
    const result = await ctx.dispatch(fetchUserByUsername(username));
    if (result.error) {
        if (result.error.kind === 'not_found') {
            ctx.say(errors.notFoundUser, {username: user(username)}, 'error');
        } else {
            ctx.fail(result.error, {others: true});
        }
        return undefined;
    }
    return {id: result.data.id, username: result.data.username, others: true};
}

// A token id acts directly (one request), unless `read` asks for the token first (a question must name the
// right token and owner; rotate needs its expiry); anything else lists the owner's tokens and resolves
// (two requests).
export async function findToken(
    ctx: Context,
    target: string,
    username: string | undefined,
    read: boolean,
): Promise<Found | undefined> {
    const trimmed = target.trim();
    if (looksLikeTokenId(trimmed) && !read) {
        const known = getPluginState(ctx.state).tokens[trimmed];
        const me = ctx.me;
        const mine = !known || known.user_id === me.id;
        return {
            token: known ?? {id: trimmed, description: '', user_id: ''},
            owner: {id: known?.user_id ?? '', username: mine ? me.username : '', others: !mine},
        };
    }
    if (looksLikeTokenId(trimmed)) {
        const result = await ctx.dispatch(fetchToken(trimmed));
        if (result.error) {
            ctx.fail(result.error, {others: Boolean(username)});
            return undefined;
        }
        return {token: result.data, owner: await ownerOf(ctx, result.data.user_id)};
    }
    const owner = await targetUser(ctx, username);
    if (!owner) {
        return undefined;
    }
    const result = await ctx.dispatch(fetchUserTokens(owner.id));
    if (result.error) {
        ctx.fail(result.error, {others: owner.others});
        return undefined;
    }
    const resolution = resolveToken(result.data, trimmed);
    if (resolution.kind === 'none') {
        ctx.say(slash.noMatch, {username: user(owner.username), target: code(trimmed)}, 'error');
        return undefined;
    }
    if (resolution.kind === 'ambiguous') {
        ctx.post([
            ctx.paragraph(slash.ambiguous, {target: code(trimmed), count: resolution.candidates.length}, 'error'),
            tokenTable(ctx, resolution.candidates),
        ]);
        return undefined;
    }
    return {token: resolution.token, owner};
}

async function ownerOf(ctx: Context, userId: string): Promise<Owner> {
    const me = ctx.me;
    if (userId === me.id) {
        return {id: me.id, username: me.username, others: false};
    }
    const known = getPluginState(ctx.state).owners[userId];
    const owners = known ? {[userId]: known} : (await ctx.dispatch(fetchOwners([userId]))).data;
    return {id: userId, username: owners?.[userId]?.username ?? userId, others: true};
}

export function label(token: Pick<StoredToken, 'id' | 'description'>): {description: Inline; id: Inline} {
    return {description: strong(token.description || '—'), id: code(token.id)};
}

export function formatDate(ctx: Context, ms: number): string {
    return ctx.intl.formatDate(ms, {year: 'numeric', month: 'short', day: 'numeric'});
}

function expiryCell(ctx: Context, token: StoredToken): string {
    if (token.expires_at === undefined) {
        return '—';
    }
    return token.expires_at === 0 ? ctx.words(common.never) : formatDate(ctx, token.expires_at);
}

const STATUS_WORDS: Record<TokenStatus, typeof common.statusActive> = {
    active: common.statusActive,
    disabled: common.statusDisabled,
    expired: common.statusExpired,
};

export function statusWord(ctx: Context, token: StoredToken): string {
    return ctx.words(STATUS_WORDS[tokenStatus(token)]);
}

export function tokenTable(ctx: Context, tokens: StoredToken[], owners?: Record<string, {username: string}>): Block {
    const head = [
        ...(owners ? [ctx.words(common.columnOwner)] : []),
        ctx.words(common.columnDescription),
        ctx.words(common.columnId),
        ctx.words(common.columnStatus),
        ctx.words(common.columnExpires),
    ];
    const rows = tokens.map((t) => [
        ...(owners ? [[user(owners[t.user_id] ? `@${owners[t.user_id].username}` : t.user_id)]] : []),
        [user(t.description)],
        [code(t.id)],
        [text(statusWord(ctx, t))],
        [text(expiryCell(ctx, t))],
    ]);
    return {t: 'table', head, rows};
}

// Said on every listing while tokens are disabled on the server: the tokens listed cannot log in.
export function disabledNotice(ctx: Context): Block[] {
    return ctx.caps.tokensEnabled ? [] : [ctx.paragraph(common.tokensDisabled, {}, 'info')];
}
