// Expiry input for /token and the create form: 7d, 2w, 3m, 1y, YYYY-MM-DD (end of that day, local time), never;
// the longest expiry a lifetime policy allows; and the expiry a rotation keeps.
import {DAY_MS} from 'server-bridge';

import type {StoredToken} from '../reducer';

export {DAY_MS};

// The server checks `expires_at <= now + maxDays` when the request arrives: stay a little inside it.
const POLICY_MARGIN_MS = 5 * 60 * 1000;

export function longestAllowedExpiry(maxLifetimeDays: number, now = Date.now()): number {
    return now + maxLifetimeDays * DAY_MS - POLICY_MARGIN_MS;
}

// The expires_at a rotation sends (a rotate without one makes the token never expire, and a lifetime
// policy refuses that): what the user chose, else the token's current expiry while it is still ahead (or
// "never", without a policy), capped by the policy; else the longest the policy allows; else, for a token
// already expired on a server without a policy, `fallback` (what the user picks, 90 days unless told).
export function rotationExpiry(
    token: Pick<StoredToken, 'expires_at'>,
    maxLifetimeDays: number | null,
    chosen?: number,
    now = Date.now(),
    fallback = now + 90 * DAY_MS,
): number {
    if (chosen !== undefined) {
        return chosen;
    }
    const current = token.expires_at ?? 0;
    const longest = maxLifetimeDays ? longestAllowedExpiry(maxLifetimeDays, now) : undefined;
    if (current > now) {
        return longest === undefined ? current : Math.min(current, longest);
    }
    if (current === 0 && longest === undefined) {
        return 0;
    }
    return longest ?? fallback;
}

export type ExpirySpec = {kind: 'never'} | {kind: 'at'; expiresAt: number; label: string};

export function parseExpiry(input: string, now = Date.now()): ExpirySpec | undefined {
    const value = input.trim().toLowerCase();
    if (value === 'never' || value === '0') {
        return {kind: 'never'};
    }
    const relative = /^(\d{1,4})\s*(d|day|days|w|week|weeks|m|month|months|y|year|years)$/.exec(value);
    if (relative) {
        const n = parseInt(relative[1], 10);
        if (n === 0) {
            return undefined;
        }
        const unit = relative[2][0];
        const date = new Date(now);
        if (unit === 'd') {
            return {kind: 'at', expiresAt: now + n * DAY_MS, label: value};
        }
        if (unit === 'w') {
            return {kind: 'at', expiresAt: now + n * 7 * DAY_MS, label: value};
        }
        if (unit === 'm') {
            date.setMonth(date.getMonth() + n);
        } else {
            date.setFullYear(date.getFullYear() + n);
        }
        return {kind: 'at', expiresAt: date.getTime(), label: value};
    }
    const absolute = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (absolute) {
        const [year, month, day] = [Number(absolute[1]), Number(absolute[2]), Number(absolute[3])];
        const date = new Date(year, month - 1, day, 23, 59, 59, 999);
        if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
            return undefined;
        }
        return {kind: 'at', expiresAt: date.getTime(), label: value};
    }
    return undefined;
}

export function expiresAtOf(spec: ExpirySpec | undefined): number | undefined {
    if (!spec) {
        return undefined;
    }
    return spec.kind === 'never' ? 0 : spec.expiresAt;
}

export type ExpiryChoice = '7d' | '30d' | '90d' | '1y' | 'never' | 'max' | 'custom';

const PRESET_DAYS: Record<'7d' | '30d' | '90d' | '1y', number> = {'7d': 7, '30d': 30, '90d': 90, '1y': 365};

// The choices a create form offers: presets within the server's maximum lifetime, "never" only without a
// policy, the maximum itself when it is not a preset, and a custom date.
export function expiryChoices(maxLifetimeDays: number | null): ExpiryChoice[] {
    const presets = (Object.keys(PRESET_DAYS) as Array<keyof typeof PRESET_DAYS>).filter(
        (p) => !maxLifetimeDays || PRESET_DAYS[p] <= maxLifetimeDays,
    );
    const out: ExpiryChoice[] = [...presets];
    if (maxLifetimeDays && !presets.some((p) => PRESET_DAYS[p] === maxLifetimeDays)) {
        out.push('max');
    }
    if (!maxLifetimeDays) {
        out.push('never');
    }
    out.push('custom');
    return out;
}

export function defaultExpiryChoice(maxLifetimeDays: number | null): ExpiryChoice {
    if (!maxLifetimeDays) {
        return '90d';
    }
    return maxLifetimeDays >= 90 ? '90d' : expiryChoices(maxLifetimeDays)[0];
}

// Unix ms for a choice (0 = never); undefined when a custom date is missing or invalid.
export function expiryFromChoice(
    choice: ExpiryChoice,
    customDate: string,
    maxLifetimeDays: number | null,
    now = Date.now(),
): number | undefined {
    if (choice === 'never') {
        return 0;
    }
    if (choice === 'max') {
        return longestAllowedExpiry(maxLifetimeDays ?? 0, now);
    }
    if (choice === 'custom') {
        const spec = parseExpiry(customDate, now);
        return spec?.kind === 'at' ? spec.expiresAt : undefined;
    }
    return now + PRESET_DAYS[choice] * DAY_MS;
}
