// /token disable-all [--yes]: the panic button.
import {fetchUserTokens} from '../actions';
import {bulkPlan, runBulk} from '../bulk';
import slash from '../messages/slash';
import {askToConfirm} from './confirm';
import type {Context} from './context';
import {checkTokenRole, label} from './find';

export async function disableAll(ctx: Context, yes: boolean) {
    if (!checkTokenRole(ctx, 'revoke')) {
        return;
    }
    const result = await ctx.dispatch(fetchUserTokens(ctx.me.id));
    if (result.error) {
        ctx.fail(result.error);
        return;
    }
    const active = bulkPlan(result.data, 'disable').change;
    if (active.length === 0) {
        ctx.say(slash.disableAllNone, {}, 'info');
        return;
    }
    const perform = async () => {
        const {outcomes} = await ctx.dispatch(runBulk('disable', active));
        const done = outcomes.filter((o) => o.result === 'changed').length;
        const failures = outcomes.flatMap((o) =>
            o.result === 'failed'
                ? [
                      ctx.paragraph(
                          slash.disableAllFailed,
                          {...label(o.token), reason: ctx.failureReason(o.error)},
                          'error',
                      ),
                  ]
                : [],
        );
        ctx.post([ctx.paragraph(slash.disabledAll, {count: done}, done > 0 ? 'success' : 'error'), ...failures]);
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
