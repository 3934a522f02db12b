// Expiry input for /token and the create form: 7d, 2w, 3m, 1y, YYYY-MM-DD (end of that day, local time), never.
import {DAY_MS} from 'server-bridge/validation';

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
        return now + (maxLifetimeDays ?? 0) * DAY_MS - 5 * 60 * 1000;
    }
    if (choice === 'custom') {
        const spec = parseExpiry(customDate, now);
        return spec?.kind === 'at' ? spec.expiresAt : undefined;
    }
    return now + PRESET_DAYS[choice] * DAY_MS;
}
