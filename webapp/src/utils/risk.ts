// The inventory's risk view: which tokens carry which risk, computed once per data change. Each flag is
// true, false or unknown (undefined): unknown where the server cannot tell (no expiry on a classic server,
// no lifetime policy), the owner was not found, or the activity scan did not cover the token. A risk
// counts the tokens its fix would act on, so that a count drops to zero once it is fixed:
// - never_expires, owner_system_admin, owner_deactivated, owner_bot: enabled, unexpired tokens (a
//   deactivated owner's tokens stop working only while the account stays deactivated);
// - expired: every expired token still stored, enabled or not (the server keeps them until revoked);
// - over_policy: the server's own rule, enabled tokens of non-bot owners that never expire or expire
//   beyond now + the maximum lifetime;
// - no_activity_30d/90d: enabled, unexpired tokens of active owners whose owner's sessions were read, with
//   no PAT session on record or none active in that many days. Sessions vanish when a token is disabled or
//   rotated and when its owner is deactivated, so "no recorded activity" is not "unused".
import {DAY_MS, type TokenUsage} from 'server-bridge';

import type {TokenActionKind} from '../actions';
import type {OwnerSummary, StoredToken} from '../reducer';
import {tokenStatus} from './token_status';

export const STATIC_RISKS = [
    'never_expires',
    'owner_system_admin',
    'owner_deactivated',
    'owner_bot',
    'expired',
    'over_policy',
] as const;
export const ACTIVITY_RISKS = ['no_activity_30d', 'no_activity_90d'] as const;
export const RISKS = [...STATIC_RISKS, ...ACTIVITY_RISKS];

export type StaticRisk = (typeof STATIC_RISKS)[number];
export type ActivityRisk = (typeof ACTIVITY_RISKS)[number];
export type RiskKey = StaticRisk | ActivityRisk;
export type Flag = boolean | undefined;

export const ACTIVITY_DAYS: Record<ActivityRisk, number> = {no_activity_30d: 30, no_activity_90d: 90};

// The fix each risk offers: revoke what can never be wanted again (tokens of deactivated owners, expired
// tokens); disable, which is reversible, where a token may still serve an integration.
export const RISK_FIX: Record<RiskKey, TokenActionKind> = {
    never_expires: 'disable',
    owner_system_admin: 'disable',
    owner_deactivated: 'revoke',
    owner_bot: 'disable',
    expired: 'revoke',
    over_policy: 'disable',
    no_activity_30d: 'disable',
    no_activity_90d: 'disable',
};

export interface RiskContext {
    now: number;
    // ServiceSettings.MaximumPersonalAccessTokenLifetimeDays when it is a policy (> 0).
    maxLifetimeDays: number | null;
}

// What an activity scan found: the tokens whose owner's sessions were read, when the scan ended (the
// "now" of its thresholds), and the usage the store holds.
export interface ActivityScan {
    checked: ReadonlySet<string>;
    at: number;
    usage: Record<string, TokenUsage>;
}

const SYSTEM_ADMIN_ROLE = /(^|\s)system_admin(\s|$)/;

export function isSystemAdmin(owner: OwnerSummary): boolean {
    return SYSTEM_ADMIN_ROLE.test(owner.roles);
}

// Runs once per token per data change: no closures, no splitting of strings.
export function staticFlags(
    token: StoredToken,
    owner: OwnerSummary | undefined,
    ctx: RiskContext,
): Record<StaticRisk, Flag> {
    const expiresAt = token.expires_at;
    const hasExpiry = expiresAt !== undefined;
    const expired = hasExpiry && expiresAt > 0 && ctx.now >= expiresAt;
    const live = token.is_active && !expired;
    let overPolicy: Flag;
    if (ctx.maxLifetimeDays !== null && hasExpiry) {
        const beyond = expiresAt === 0 || expiresAt > ctx.now + ctx.maxLifetimeDays * DAY_MS;
        overPolicy = !token.is_active || !beyond ? false : owner ? !owner.is_bot : undefined;
    }
    return {
        never_expires: hasExpiry ? token.is_active && expiresAt === 0 : undefined,
        owner_system_admin: owner ? live && isSystemAdmin(owner) : undefined,
        owner_deactivated: owner ? live && owner.delete_at > 0 : undefined,
        owner_bot: owner ? live && owner.is_bot : undefined,
        expired: hasExpiry ? expired : undefined,
        over_policy: overPolicy,
    };
}

// Whether recorded activity says anything about the token: it must be able to work now, and its owner
// must be active (deactivation deletes every session of the user).
export function activityApplies(token: StoredToken, owner: OwnerSummary | undefined, now: number): boolean {
    return owner !== undefined && owner.delete_at === 0 && tokenStatus(token, now) === 'active';
}

export function activityFlags(
    token: StoredToken,
    owner: OwnerSummary | undefined,
    scan: ActivityScan,
    now: number,
): Record<ActivityRisk, Flag> {
    if (!activityApplies(token, owner, now) || !scan.checked.has(token.id)) {
        return {no_activity_30d: undefined, no_activity_90d: undefined};
    }
    const last = scan.usage[token.id]?.lastActivityAt;
    return {
        no_activity_30d: last === undefined || last < scan.at - ACTIVITY_DAYS.no_activity_30d * DAY_MS,
        no_activity_90d: last === undefined || last < scan.at - ACTIVITY_DAYS.no_activity_90d * DAY_MS,
    };
}

// The owners whose sessions an activity scan reads: those with at least one token the scan can judge.
export function activityOwners(tokens: StoredToken[], owners: Record<string, OwnerSummary>, now: number): string[] {
    const ids = new Set<string>();
    for (const token of tokens) {
        if (!ids.has(token.user_id) && activityApplies(token, owners[token.user_id], now)) {
            ids.add(token.user_id);
        }
    }
    return [...ids];
}

export interface RiskReport {
    // The tokens in each risk, in the order given.
    tokens: Record<RiskKey, StoredToken[]>;
    // Tokens that carry expires_at (0 on a classic server, which has no expiry).
    withExpiry: number;
    // Tokens whose owner is unknown (left out of the owner risks).
    withoutOwner: number;
    activity: boolean;
}

function emptyLists(): Record<RiskKey, StoredToken[]> {
    return {
        never_expires: [],
        owner_system_admin: [],
        owner_deactivated: [],
        owner_bot: [],
        expired: [],
        over_policy: [],
        no_activity_30d: [],
        no_activity_90d: [],
    };
}

export function computeRisks(
    tokens: StoredToken[],
    owners: Record<string, OwnerSummary>,
    ctx: RiskContext,
): RiskReport {
    const lists = emptyLists();
    let withExpiry = 0;
    let withoutOwner = 0;
    for (const token of tokens) {
        const owner = owners[token.user_id];
        const flags = staticFlags(token, owner, ctx);
        for (const key of STATIC_RISKS) {
            if (flags[key]) {
                lists[key].push(token);
            }
        }
        withExpiry += token.expires_at === undefined ? 0 : 1;
        withoutOwner += owner ? 0 : 1;
    }
    return {tokens: lists, withExpiry, withoutOwner, activity: false};
}

// The static report with the activity risks of a scan added.
export function withActivity(
    base: RiskReport,
    tokens: StoredToken[],
    owners: Record<string, OwnerSummary>,
    scan: ActivityScan,
    now: number,
): RiskReport {
    const lists: Record<RiskKey, StoredToken[]> = {...base.tokens, no_activity_30d: [], no_activity_90d: []};
    for (const token of tokens) {
        const flags = activityFlags(token, owners[token.user_id], scan, now);
        for (const key of ACTIVITY_RISKS) {
            if (flags[key]) {
                lists[key].push(token);
            }
        }
    }
    return {...base, tokens: lists, activity: true};
}

// CSV columns: the six static flags always; the activity columns only when a scan ran.
export function riskCsvHeader(activity: boolean): string[] {
    return activity ? [...STATIC_RISKS, 'last_activity', ...ACTIVITY_RISKS] : [...STATIC_RISKS];
}

// A token's cells, by the same rules as the counts (with the same context, so the same "now").
export function riskCsvCells(
    token: StoredToken,
    owner: OwnerSummary | undefined,
    ctx: RiskContext,
    scan?: ActivityScan,
): Array<boolean | string> {
    const flags = staticFlags(token, owner, ctx);
    const cells: Array<boolean | string> = STATIC_RISKS.map((key) => flags[key] ?? '');
    if (scan) {
        const last = scan.usage[token.id]?.lastActivityAt;
        const lastActivity = !scan.checked.has(token.id)
            ? ''
            : last !== undefined
              ? new Date(last).toISOString()
              : 'none';
        const activity = activityFlags(token, owner, scan, ctx.now);
        cells.push(lastActivity, ...ACTIVITY_RISKS.map((key) => activity[key] ?? ''));
    }
    return cells;
}
