// /token list [--all|--active|--inactive] [@user]
import {fetchUserTokens} from '../actions';
import slash from '../messages/slash';
import type {StoredToken} from '../reducer';
import {user} from '../utils/parts';
import type {Block} from '../utils/reply';
import {compareTokens} from '../utils/token_order';
import {tokenStatus} from '../utils/token_status';
import type {Context} from './context';
import {checkTokenRole, disabledNotice, targetUser, tokenTable} from './find';
import type {ListFilter} from './parser';

function filterTokens(tokens: StoredToken[], filter: ListFilter): StoredToken[] {
    if (filter === 'all') {
        return tokens;
    }
    return tokens.filter((t) => (tokenStatus(t) === 'active') === (filter === 'active'));
}

export async function list(ctx: Context, filter: ListFilter, username?: string) {
    if (!checkTokenRole(ctx, 'read')) {
        return;
    }
    const owner = await targetUser(ctx, username);
    if (!owner) {
        return;
    }
    const result = await ctx.dispatch(fetchUserTokens(owner.id));
    if (result.error) {
        ctx.fail(result.error, {others: owner.others});
        return;
    }
    const tokens = filterTokens([...result.data].sort(compareTokens), filter);
    const blocks: Block[] = [
        ctx.paragraph(slash.listTitle, {count: tokens.length, filter, username: user(`@${owner.username}`)}),
        ...disabledNotice(ctx),
    ];
    if (tokens.length > 0) {
        blocks.push(tokenTable(ctx, tokens));
        blocks.push(ctx.paragraph(slash.helpIdNotSecret, {}, 'info'));
    } else if (!owner.others && filter === 'all') {
        blocks.push(ctx.paragraph(slash.emptyHint, {}, 'info'));
    }
    ctx.post(blocks);
}
