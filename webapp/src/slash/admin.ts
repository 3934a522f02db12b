// /token admin [search terms]: System Admins search every token on the server.
import {loadInventory} from '../inventory_actions';
import slash from '../messages/slash';
import {getPluginState} from '../selectors';
import {code} from '../utils/parts';
import type {Block} from '../utils/reply';
import {searchInventory} from '../utils/search';
import type {Context} from './context';
import {disabledNotice, tokenTable} from './find';

const ADMIN_ROWS = 25;

export async function admin(ctx: Context, terms: string) {
    if (!ctx.caps.isSystemAdmin) {
        ctx.say(slash.adminOnly, {}, 'error');
        return;
    }
    const result = await ctx.dispatch(loadInventory());
    if (result.error) {
        ctx.fail(result.error, {admin: true});
        return;
    }
    const plugin = getPluginState(ctx.state);
    const all = Object.values(plugin.tokens);
    const matches = searchInventory(all, plugin.owners, terms);
    const shown = matches.slice(0, ADMIN_ROWS);
    const query = terms.trim();
    const blocks: Block[] = [
        query
            ? ctx.paragraph(slash.adminTitle, {count: matches.length, terms: code(query), total: all.length})
            : ctx.paragraph(slash.adminTitleAll, {total: all.length}),
        ...disabledNotice(ctx),
    ];
    if (shown.length > 0) {
        blocks.push(tokenTable(ctx, shown, plugin.owners));
    }
    if (matches.length > shown.length) {
        blocks.push(ctx.paragraph(slash.adminTruncated, {shown: shown.length}, 'info'));
    }
    ctx.post(blocks);
}
