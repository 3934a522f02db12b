// Replies that hand a new secret to the reveal component, and the reply after a create whose answer was
// lost.
import type {MessageDescriptor} from 'react-intl';
import type {TokenApiErrorFields} from 'server-bridge';

import type {Revealed} from '../secret_actions';
import {runBulk} from '../bulk';
import slash from '../messages/slash';
import type {StoredToken} from '../reducer';
import {user} from '../utils/parts';
import type {Reconciliation} from '../utils/reconcile';
import type {Block} from '../utils/reply';
import {askToConfirm} from './confirm';
import type {Context} from './context';
import {formatDate, label, tokenTable} from './find';

// {expiry} and {date} for messages that say when a token expires: `never`, `none` (a server without
// expiry) or a date.
export function expiryValues(ctx: Context, expiresAt: number | undefined) {
    if (expiresAt === undefined) {
        return {expiry: 'none', date: ''};
    }
    return expiresAt === 0 ? {expiry: 'never', date: ''} : {expiry: 'date', date: formatDate(ctx, expiresAt)};
}

// The post keeps only the handle under which the secret waits; the reply component claims it.
export function revealReply(ctx: Context, descriptor: MessageDescriptor, revealed: Revealed, notes: Block[] = []) {
    const {token, handle} = revealed;
    ctx.post([
        ctx.paragraph(descriptor, {...label(token), ...expiryValues(ctx, token.expires_at)}, 'success'),
        ...notes,
        {t: 'reveal', handle, tokenId: token.id, description: token.description},
    ]);
}

// After a create whose answer never arrived: what the server now has, and a one-click revoke of tokens
// whose secrets nobody saw. Never "try again" blindly.
export function lostCreateReply(
    ctx: Context,
    error: TokenApiErrorFields,
    reconciliation: Reconciliation,
    description: string,
) {
    const orphans = reconciliation.orphans;
    if (error.kind !== 'network') {
        // A server error: a real failure, unless a re-send of the request had already made tokens.
        if (orphans.length > 0) {
            resentReply(ctx, orphans, description);
        } else {
            ctx.fail(error);
        }
        return;
    }
    if (reconciliation.status === 'unknown') {
        ctx.post([ctx.paragraph(slash.createLostUnknown, {description: user(description)}, 'error')]);
        return;
    }
    if (orphans.length === 0) {
        ctx.post([
            ctx.paragraph(slash.createLostNone, {description: user(description)}, 'error'),
            ...ctx.failureBlocks(error).slice(1),
        ]);
        return;
    }
    offerToRevoke(
        ctx,
        reconciliation.exact ? slash.createLostOrphans : slash.createLostMaybeOrphans,
        orphans,
        description,
    );
}

// After a create that succeeded, yet made more tokens: the browser sent the request again by itself.
export function resentReply(ctx: Context, orphans: StoredToken[], description: string) {
    offerToRevoke(ctx, slash.createResent, orphans, description);
}

function offerToRevoke(ctx: Context, sentence: MessageDescriptor, orphans: StoredToken[], description: string) {
    ctx.post([
        ctx.paragraph(sentence, {count: orphans.length, description: user(description)}, 'error'),
        tokenTable(ctx, orphans),
    ]);
    askToConfirm(
        ctx,
        ctx.parts(slash.confirmRevokeOrphans, {count: orphans.length}),
        slash.confirmRevokeOrphansButton,
        () => revokeAll(ctx, orphans),
        {count: orphans.length},
    );
}

async function revokeAll(ctx: Context, tokens: StoredToken[]) {
    const {outcomes} = await ctx.dispatch(runBulk('revoke', tokens));
    const revoked = outcomes.filter((o) => o.result === 'changed').length;
    const failures = outcomes.flatMap((o) =>
        o.result === 'failed'
            ? [ctx.paragraph(slash.revokeFailed, {...label(o.token), reason: ctx.failureReason(o.error)}, 'error')]
            : [],
    );
    ctx.post([ctx.paragraph(slash.revokedOrphans, {count: revoked}, revoked > 0 ? 'success' : 'error'), ...failures]);
}
