// /token create <description> [--expires …]
import {createToken} from '../secret_actions';
import errors from '../messages/errors';
import slash from '../messages/slash';
import {expiresAtOf, longestAllowedExpiry, type ExpirySpec} from '../utils/expiry';
import type {Block} from '../utils/reply';
import type {Context} from './context';
import {checkTokenRole} from './find';
import {lostCreateReply, resentReply, revealReply} from './reveal';

export async function create(ctx: Context, rawDescription: string, expires?: ExpirySpec) {
    const caps = ctx.caps;
    if (!caps.tokensEnabled) {
        ctx.say(errors.disabled, {}, 'error');
        return;
    }
    if (!checkTokenRole(ctx, 'create')) {
        return;
    }
    const description = rawDescription.trim();
    let expiresAt = expiresAtOf(expires);
    const notes: Block[] = [];
    if (expiresAt === undefined && caps.supportsExpiry && caps.maxLifetimeDays) {
        expiresAt = longestAllowedExpiry(caps.maxLifetimeDays);
        notes.push(ctx.paragraph(slash.defaultExpiry, {maxDays: caps.maxLifetimeDays}, 'info'));
    }
    if (expiresAt === 0 && !caps.supportsExpiry) {
        expiresAt = undefined;
    }
    const result = await ctx.dispatch(createToken(ctx.me.id, description, expiresAt));
    if (result.error) {
        if (result.reconciliation) {
            lostCreateReply(ctx, result.error, result.reconciliation, description);
        } else {
            ctx.fail(result.error, {}, {maxDays: caps.maxLifetimeDays ?? 0});
        }
        return;
    }
    revealReply(ctx, slash.created, result.data, notes);
    if (result.reconciliation) {
        resentReply(ctx, result.reconciliation.orphans, description);
    }
}
