// /token rotate <id or description> [@user] [--expires …] [--yes]
import {rotateToken} from '../secret_actions';
import errors from '../messages/errors';
import slash from '../messages/slash';
import {canRotate} from '../selectors';
import {rotateFailureNote} from '../utils/error_text';
import {expiresAtOf, rotationExpiry, type ExpirySpec} from '../utils/expiry';
import {user} from '../utils/parts';
import {isRouteMissing} from 'server-bridge';
import {askToConfirm} from './confirm';
import type {Context} from './context';
import {checkTokenRole, findToken, label} from './find';
import {expiryValues, revealReply} from './reveal';

export async function rotate(
    ctx: Context,
    target: string,
    username: string | undefined,
    expires: ExpirySpec | undefined,
    yes: boolean,
) {
    if (!ctx.caps.tokensEnabled) {
        ctx.say(errors.disabled, {}, 'error');
        return;
    }
    if (!checkTokenRole(ctx, 'create')) {
        return;
    }
    // The token is read first: it names the token in the question, gives the expiry to keep, and teaches
    // the store whether this server has expiry (rotation came after it).
    const found = await findToken(ctx, target, username, true);
    if (!found) {
        return;
    }
    if (!canRotate(ctx.caps)) {
        ctx.say(slash.rotateUnsupported, {}, 'error');
        return;
    }
    const {token, owner} = found;
    if (token.is_active === false) {
        ctx.say(slash.rotateDisabledToken, label(token), 'error');
        return;
    }
    const maxDays = ctx.caps.maxLifetimeDays;
    const expiresAt = rotationExpiry(token, maxDays, expiresAtOf(expires));
    const perform = async () => {
        const result = await ctx.dispatch(rotateToken(token.id, expiresAt));
        if (result.error && isRouteMissing(result.error)) {
            ctx.say(slash.rotateUnsupported, {}, 'error');
            return;
        }
        if (result.error) {
            if (result.error.kind === 'network') {
                ctx.say(slash.rotateLost, label(token), 'error');
                return;
            }
            const note = rotateFailureNote(result.error);
            if (note) {
                // A 5xx may come after the rotation was saved.
                ctx.post([
                    ...ctx.failureBlocks(result.error, {others: owner.others}),
                    ctx.paragraph(note, {}, 'error'),
                ]);
                return;
            }
            ctx.fail(result.error, {others: owner.others}, {maxDays: maxDays ?? 0});
            return;
        }
        revealReply(ctx, slash.rotated, result.data);
    };
    if (!yes) {
        askToConfirm(
            ctx,
            ctx.parts(slash.confirmRotate, {
                ...label(token),
                username: user(`@${owner.username}`),
                ...expiryValues(ctx, expiresAt),
            }),
            slash.confirmRotateButton,
            perform,
        );
        return;
    }
    await perform();
}
