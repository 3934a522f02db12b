// /token disable|enable|revoke <id or description> [@user] [--yes]
import {applyTokenAction} from '../actions';
import slash from '../messages/slash';
import {user} from '../utils/parts';
import {tokenStatus} from '../utils/token_status';
import {askToConfirm} from './confirm';
import type {Context} from './context';
import {checkTokenRole, findToken, label} from './find';
import type {TokenAction} from './parser';

const DONE = {disable: slash.disabled, enable: slash.enabled, revoke: slash.revoked};

export async function act(
    ctx: Context,
    action: TokenAction,
    target: string,
    username: string | undefined,
    yes: boolean,
) {
    if (!checkTokenRole(ctx, action === 'enable' ? 'create' : 'revoke')) {
        return;
    }
    const asks = action === 'revoke' && !yes;
    const found = await findToken(ctx, target, username, asks);
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
        const result = await ctx.dispatch(applyTokenAction(action, token.id));
        if (result.error) {
            ctx.fail(result.error, {others: owner.others});
            return;
        }
        if (result.data === 'gone') {
            ctx.say(slash.alreadyGone, names, 'info');
            return;
        }
        const blocks = [ctx.paragraph(DONE[action], names, 'success')];
        if (
            action === 'enable' &&
            token.expires_at &&
            tokenStatus({is_active: true, expires_at: token.expires_at}) === 'expired'
        ) {
            blocks.push(ctx.paragraph(slash.enabledExpired, {}, 'info'));
        }
        ctx.post(blocks);
    };
    if (asks) {
        askToConfirm(
            ctx,
            ctx.parts(slash.confirmRevoke, {...names, username: user(`@${owner.username}`)}),
            slash.confirmRevokeButton,
            perform,
        );
        return;
    }
    await perform();
}
