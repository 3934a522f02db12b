import type {TokenUsage} from 'server-bridge';

import type {OwnerSummary, StoredToken} from '../reducer';
import {
    activityFlags,
    activityOwners,
    computeRisks,
    riskCsvCells,
    riskCsvHeader,
    RISK_FIX,
    RISKS,
    staticFlags,
    withActivity,
    type ActivityScan,
} from './risk';

const NOW = 1_700_000_000_000;
const DAY = 86_400_000;

function owner(id: string, extra: Partial<OwnerSummary> = {}): OwnerSummary {
    return {
        id,
        username: id,
        first_name: '',
        last_name: '',
        nickname: '',
        email: '',
        is_bot: false,
        delete_at: 0,
        roles: 'system_user',
        ...extra,
    };
}

const USER = owner('user');
const ADMIN = owner('admin', {roles: 'system_user system_admin'});
const MANAGER = owner('manager', {roles: 'system_user system_user_manager'});
const GONE = owner('gone', {delete_at: NOW - 5 * DAY});
const BOT = owner('bot', {is_bot: true});

let n = 0;
function token(fields: Partial<StoredToken>, user = 'user'): StoredToken {
    n += 1;
    return {id: `t${n}`.padEnd(26, '0'), user_id: user, description: `token ${n}`, is_active: true, ...fields};
}

const F = false;
const T = true;
const U = undefined;

// [what, token, owner, max lifetime days, [never_expires, owner_system_admin, owner_deactivated, owner_bot, expired, over_policy]]
const STATIC_CASES: Array<
    [string, Partial<StoredToken>, OwnerSummary | undefined, number | null, Array<boolean | undefined>]
> = [
    ['enabled, never expires, no policy', {expires_at: 0}, USER, null, [T, F, F, F, F, U]],
    ['enabled, never expires, 90-day policy', {expires_at: 0}, USER, 90, [T, F, F, F, F, T]],
    ['expires in 30 days, 90-day policy', {expires_at: NOW + 30 * DAY}, USER, 90, [F, F, F, F, F, F]],
    ['expires in 100 days, 90-day policy', {expires_at: NOW + 100 * DAY}, USER, 90, [F, F, F, F, F, T]],
    ['expires exactly at the policy limit', {expires_at: NOW + 90 * DAY}, USER, 90, [F, F, F, F, F, F]],
    ['disabled, never expires, policy', {expires_at: 0, is_active: false}, USER, 90, [F, F, F, F, F, F]],
    ['expired yesterday, still enabled', {expires_at: NOW - DAY}, USER, 90, [F, F, F, F, T, F]],
    ['expired and disabled', {expires_at: NOW - DAY, is_active: false}, USER, null, [F, F, F, F, T, U]],
    ['expiring exactly now', {expires_at: NOW}, USER, null, [F, F, F, F, T, U]],
    ['System Admin owner', {expires_at: NOW + DAY}, ADMIN, null, [F, T, F, F, F, U]],
    ['System Admin owner, expired token', {expires_at: NOW - DAY}, ADMIN, null, [F, F, F, F, T, U]],
    ['System Admin owner, disabled token', {expires_at: 0, is_active: false}, ADMIN, null, [F, F, F, F, F, U]],
    ['a role that only contains "admin"', {expires_at: 0}, MANAGER, null, [T, F, F, F, F, U]],
    ['deactivated owner: the server still counts it over policy', {expires_at: 0}, GONE, 90, [T, F, T, F, F, T]],
    ['deactivated owner, disabled token', {expires_at: 0, is_active: false}, GONE, 90, [F, F, F, F, F, F]],
    ['bot: never over the policy', {expires_at: 0}, BOT, 90, [T, F, F, T, F, F]],
    ['unknown owner', {expires_at: 0}, undefined, 90, [T, U, U, U, F, U]],
    ['unknown owner, disabled token', {expires_at: 0, is_active: false}, undefined, 90, [F, U, U, U, F, F]],
    ['unknown owner, within the policy', {expires_at: NOW + DAY}, undefined, 90, [F, U, U, U, F, F]],
    ['classic server (no expires_at)', {}, ADMIN, null, [U, T, F, F, U, U]],
    ['classic server, disabled', {is_active: false}, BOT, null, [U, F, F, F, U, U]],
    ['no expires_at even with a policy', {}, USER, 90, [U, F, F, F, U, U]],
];

test.each(STATIC_CASES)('static flags: %s', (_what, fields, who, maxLifetimeDays, expected) => {
    const flags = staticFlags(token(fields, who?.id ?? 'nobody'), who, {now: NOW, maxLifetimeDays});
    expect([
        flags.never_expires,
        flags.owner_system_admin,
        flags.owner_deactivated,
        flags.owner_bot,
        flags.expired,
        flags.over_policy,
    ]).toEqual(expected);
});

function usage(tokenId: string, lastActivityAt: number): TokenUsage {
    return {tokenId, lastActivityAt, firstSeenAt: lastActivityAt, sessions: 1, approximate: true};
}

// [what, token, owner, checked, last activity (days before the scan), [30 days, 90 days]]
const ACTIVITY_CASES: Array<[string, Partial<StoredToken>, OwnerSummary | undefined, boolean, number | null, Flag2]> = [
    ['no PAT session on record', {expires_at: 0}, USER, true, null, [T, T]],
    ['active 10 days ago', {expires_at: 0}, USER, true, 10, [F, F]],
    ['active 45 days ago', {expires_at: 0}, USER, true, 45, [T, F]],
    ['active 100 days ago', {expires_at: 0}, USER, true, 100, [T, T]],
    ['active exactly 30 days ago', {expires_at: 0}, USER, true, 30, [F, F]],
    ['a bot with no session', {}, BOT, true, null, [T, T]],
    ['not covered by the scan', {expires_at: 0}, USER, false, null, [U, U]],
    ['disabled: disabling deleted its sessions', {expires_at: 0, is_active: false}, USER, true, null, [U, U]],
    ['expired', {expires_at: NOW - DAY}, USER, true, null, [U, U]],
    ['deactivated owner: deactivation deleted the sessions', {expires_at: 0}, GONE, true, null, [U, U]],
    ['unknown owner', {expires_at: 0}, undefined, true, null, [U, U]],
];
type Flag2 = [boolean | undefined, boolean | undefined];

test.each(ACTIVITY_CASES)('activity flags: %s', (_what, fields, who, checked, daysAgo, expected) => {
    const t = token(fields, who?.id ?? 'nobody');
    const scan: ActivityScan = {
        checked: new Set(checked ? [t.id] : []),
        at: NOW,
        usage: daysAgo === null ? {} : {[t.id]: usage(t.id, NOW - daysAgo * DAY)},
    };
    const flags = activityFlags(t, who, scan, NOW);
    expect([flags.no_activity_30d, flags.no_activity_90d]).toEqual(expected);
});

describe('reports', () => {
    const owners = Object.fromEntries([USER, ADMIN, GONE, BOT].map((o) => [o.id, o]));
    const never = token({expires_at: 0});
    const expired = token({expires_at: NOW - DAY});
    const adminToken = token({expires_at: NOW + DAY}, 'admin');
    const goneToken = token({expires_at: NOW + DAY}, 'gone');
    const botToken = token({expires_at: 0}, 'bot');
    const orphan = token({expires_at: NOW + DAY}, 'nobody');
    const disabled = token({expires_at: 0, is_active: false});
    const all = [never, expired, adminToken, goneToken, botToken, orphan, disabled];
    const ctx = {now: NOW, maxLifetimeDays: 90};

    test('each risk lists exactly its tokens, in order; unknown owners are counted apart', () => {
        const report = computeRisks(all, owners, ctx);
        const ids = Object.fromEntries(RISKS.map((k) => [k, report.tokens[k].map((t) => t.description)]));
        expect(ids).toEqual({
            never_expires: [never.description, botToken.description],
            owner_system_admin: [adminToken.description],
            owner_deactivated: [goneToken.description],
            owner_bot: [botToken.description],
            expired: [expired.description],
            over_policy: [never.description],
            no_activity_30d: [],
            no_activity_90d: [],
        });
        expect(report).toMatchObject({withExpiry: 7, withoutOwner: 1, activity: false});
        // The very token objects, so that the table can filter by identity.
        expect(report.tokens.never_expires[0]).toBe(never);
    });

    test('a classic server counts no expiry risk and says which tokens carry expiry', () => {
        const classic = all.map(({expires_at: _e, ...rest}) => rest);
        const report = computeRisks(classic, owners, {now: NOW, maxLifetimeDays: null});
        expect(report.withExpiry).toBe(0);
        expect(report.tokens.never_expires).toEqual([]);
        expect(report.tokens.expired).toEqual([]);
        expect(report.tokens.over_policy).toEqual([]);
        expect(report.tokens.owner_bot.map((t) => t.id)).toEqual([botToken.id]);
    });

    test('a scan adds the activity risks and keeps the others', () => {
        const base = computeRisks(all, owners, ctx);
        const scan: ActivityScan = {
            checked: new Set(all.map((t) => t.id).filter((id) => id !== adminToken.id)),
            at: NOW,
            usage: {[never.id]: usage(never.id, NOW - 40 * DAY), [botToken.id]: usage(botToken.id, NOW - DAY)},
        };
        const report = withActivity(base, all, owners, scan, NOW);
        expect(report.activity).toBe(true);
        expect(report.tokens.no_activity_30d.map((t) => t.id)).toEqual([never.id]);
        expect(report.tokens.no_activity_90d).toEqual([]);
        expect(report.tokens.never_expires).toBe(base.tokens.never_expires);
        expect(report.tokens.over_policy).toEqual([never]);
        expect(base.activity).toBe(false);
        expect(base.tokens.no_activity_30d).toEqual([]);
    });

    test('the scan reads the owners of tokens it can judge, once each', () => {
        const second = token({expires_at: 0});
        expect(activityOwners([...all, second], owners, NOW)).toEqual(['user', 'admin', 'bot']);
    });

    test('CSV cells: true, false, or empty when unknown; activity columns only after a scan', () => {
        const noPolicy = {now: NOW, maxLifetimeDays: null};
        expect(riskCsvHeader(false)).toEqual([
            'never_expires',
            'owner_system_admin',
            'owner_deactivated',
            'owner_bot',
            'expired',
            'over_policy',
        ]);
        expect(riskCsvCells(orphan, undefined, noPolicy)).toEqual([false, '', '', '', false, '']);
        expect(riskCsvCells(never, USER, ctx)).toEqual([true, false, false, false, false, true]);
        expect(riskCsvHeader(true).slice(6)).toEqual(['last_activity', 'no_activity_30d', 'no_activity_90d']);
        const scan: ActivityScan = {
            checked: new Set([never.id, botToken.id]),
            at: NOW,
            usage: {[botToken.id]: usage(botToken.id, NOW - 100 * DAY)},
        };
        expect(riskCsvCells(never, USER, noPolicy, scan).slice(6)).toEqual(['none', true, true]);
        expect(riskCsvCells(botToken, BOT, noPolicy, scan).slice(6)).toEqual([
            new Date(NOW - 100 * DAY).toISOString(),
            true,
            true,
        ]);
        expect(riskCsvCells(adminToken, ADMIN, noPolicy, scan).slice(6)).toEqual(['', '', '']);
        expect(riskCsvCells(disabled, USER, noPolicy, {...scan, checked: new Set([disabled.id])}).slice(6)).toEqual([
            'none',
            '',
            '',
        ]);
    });
});

test('fixes: revoke for deactivated owners and expired tokens, disable (reversible) for the rest', () => {
    expect(Object.entries(RISK_FIX).filter(([, fix]) => fix === 'revoke')).toEqual([
        ['owner_deactivated', 'revoke'],
        ['expired', 'revoke'],
    ]);
    expect(new Set(Object.values(RISK_FIX))).toEqual(new Set(['disable', 'revoke']));
});
