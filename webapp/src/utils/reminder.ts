// The expiry reminder's rule: which of a user's tokens it names, how far each is from its expiry in calendar
// days, and whether it is due today. Times are Unix ms; "days" are the user's local calendar days.
import type {UserAccessToken} from '@mattermost/types/users';
import {DAY_MS} from 'server-bridge';

import {compareTokens} from './token_order';

export const REMINDER_WINDOW_MS = 7 * DAY_MS;

type ReminderToken = Pick<UserAccessToken, 'id' | 'description' | 'is_active' | 'expires_at'>;

export interface ReminderItem<T extends ReminderToken = ReminderToken> {
    token: T;
    // 'expired' from the moment expires_at is reached, as tokenStatus() says.
    state: 'expiring' | 'expired';
    // Calendar days from today to the expiry date: 0 today, 1 tomorrow (expiring) or yesterday (expired).
    days: number;
}

function startOfDay(at: number): number {
    const date = new Date(at);
    return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

// Rounded, so that a daylight-saving change (a 23- or 25-hour day) still counts as one day.
export function calendarDaysBetween(from: number, to: number): number {
    return Math.round((startOfDay(to) - startOfDay(from)) / DAY_MS);
}

// The active tokens that expire within the next 7 days (inclusive) or expired within the last 7 days
// (inclusive): soonest expiry first, so expired ones lead. Disabled tokens, tokens that never expire
// (expires_at 0) and tokens of servers without expiry (no expires_at) are never named.
export function reminderItems<T extends ReminderToken>(tokens: readonly T[], now: number): Array<ReminderItem<T>> {
    const items: Array<ReminderItem<T>> = [];
    for (const token of tokens) {
        const expiresAt = token.expires_at;
        if (!token.is_active || !expiresAt || expiresAt <= 0 || Math.abs(expiresAt - now) > REMINDER_WINDOW_MS) {
            continue;
        }
        const state = expiresAt <= now ? 'expired' : 'expiring';
        items.push({token, state, days: Math.abs(calendarDaysBetween(now, expiresAt))});
    }
    return items.sort(
        (a, b) => (a.token.expires_at ?? 0) - (b.token.expires_at ?? 0) || compareTokens(a.token, b.token),
    );
}

// The local date as YYYY-MM-DD: what the reminder remembers (never anything about the tokens).
export function localDateKey(now: number): string {
    const date = new Date(now);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// At most once a day: due unless the remembered date is today. Anything else stored (a date in the past or,
// after a clock change, in the future; garbage) makes it due.
export function isReminderDue(lastShown: string | null | undefined, now: number): boolean {
    return lastShown !== localDateKey(now);
}
