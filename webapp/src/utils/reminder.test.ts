import {calendarDaysBetween, isReminderDue, localDateKey, reminderItems, REMINDER_WINDOW_MS} from './reminder';

// Local time, mid-day, so that ±hours stay on the expected calendar day whatever the machine's zone.
const NOW = new Date(2026, 10, 23, 12, 0, 0).getTime();
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

function token(expires_at: number | undefined, is_active = true, description = 't') {
    return {id: `${description}${String(expires_at)}`.padEnd(26, 'x'), description, is_active, expires_at};
}

describe('reminderItems: which tokens the reminder names', () => {
    test.each([
        ['expires in 3 days', token(NOW + 3 * DAY), {state: 'expiring', days: 3}],
        ['expires in an hour: today', token(NOW + HOUR), {state: 'expiring', days: 0}],
        ['expires tomorrow', token(NOW + DAY), {state: 'expiring', days: 1}],
        ['expires in exactly 7 days', token(NOW + REMINDER_WINDOW_MS), {state: 'expiring', days: 7}],
        ['expires right now: expired', token(NOW), {state: 'expired', days: 0}],
        ['expired a minute ago', token(NOW - 60 * 1000), {state: 'expired', days: 0}],
        ['expired yesterday', token(NOW - DAY), {state: 'expired', days: 1}],
        ['expired 2 days ago', token(NOW - 2 * DAY), {state: 'expired', days: 2}],
        ['expired exactly 7 days ago', token(NOW - REMINDER_WINDOW_MS), {state: 'expired', days: 7}],
    ])('%s: named', (_what, t, expected) => {
        expect(reminderItems([t], NOW)).toEqual([{token: t, ...expected}]);
    });

    test.each([
        ['expires 1 ms after the 7 days', token(NOW + REMINDER_WINDOW_MS + 1)],
        ['expires in 30 days', token(NOW + 30 * DAY)],
        ['expired 1 ms before the 7 days', token(NOW - REMINDER_WINDOW_MS - 1)],
        ['expired a month ago', token(NOW - 30 * DAY)],
        ['never expires (0)', token(0)],
        ['a server without expiry (no expires_at)', token(undefined)],
        ['disabled, expiring tomorrow', token(NOW + DAY, false)],
        ['disabled, expired yesterday', token(NOW - DAY, false)],
    ])('%s: not named', (_what, t) => {
        expect(reminderItems([t], NOW)).toEqual([]);
    });

    test('soonest expiry first (expired ones lead), then by description', () => {
        const tokens = [
            token(NOW + 5 * DAY, true, 'b'),
            token(NOW - 2 * DAY, true, 'c'),
            token(NOW + 5 * DAY, true, 'a'),
            token(NOW + 60 * DAY, true, 'd'),
            token(NOW + DAY, true, 'e'),
        ];
        expect(reminderItems(tokens, NOW).map((item) => item.token.description)).toEqual(['c', 'e', 'a', 'b']);
    });

    test('"tomorrow" is the next calendar day, however few hours away', () => {
        const lateEvening = new Date(2026, 10, 23, 23, 0, 0).getTime();
        const earlyNextMorning = new Date(2026, 10, 24, 1, 0, 0).getTime();
        expect(reminderItems([token(earlyNextMorning)], lateEvening)[0]).toMatchObject({days: 1});
        expect(reminderItems([token(lateEvening)], earlyNextMorning)[0]).toMatchObject({state: 'expired', days: 1});
    });
});

describe('calendar days', () => {
    test.each([
        [NOW, NOW, 0],
        [NOW, NOW + 11 * HOUR, 0],
        [NOW, NOW + 13 * HOUR, 1],
        [NOW, NOW - 13 * HOUR, -1],
        [NOW, NOW + 7 * DAY, 7],
        // Across the end of daylight saving time in many zones (a 25-hour day) and the start (23 hours).
        [new Date(2026, 9, 24, 12).getTime(), new Date(2026, 10, 2, 12).getTime(), 9],
        [new Date(2026, 2, 27, 12).getTime(), new Date(2026, 2, 30, 12).getTime(), 3],
    ])('%p → %p: %p', (from, to, days) => {
        expect(calendarDaysBetween(from, to)).toBe(days);
    });
});

describe('at most once a day', () => {
    test('the key is the local date', () => {
        expect(localDateKey(NOW)).toBe('2026-11-23');
        expect(localDateKey(new Date(2026, 0, 5, 0, 0, 0).getTime())).toBe('2026-01-05');
        expect(localDateKey(new Date(2026, 0, 5, 23, 59, 59, 999).getTime())).toBe('2026-01-05');
    });

    test.each([
        ['never shown', null, true],
        ['shown today', '2026-11-23', false],
        ['shown yesterday', '2026-11-22', true],
        ['a date ahead of today (clock moved back)', '2026-11-24', true],
        ['garbage', 'yes', true],
    ])('%s: due %p', (_what, stored, due) => {
        expect(isReminderDue(stored, NOW)).toBe(due);
    });

    test('due again just after local midnight, not just before', () => {
        expect(isReminderDue('2026-11-23', new Date(2026, 10, 23, 23, 59, 59, 999).getTime())).toBe(false);
        expect(isReminderDue('2026-11-23', new Date(2026, 10, 24, 0, 0, 0).getTime())).toBe(true);
    });
});
