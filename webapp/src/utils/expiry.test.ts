import {rotationExpiry, defaultExpiryChoice, expiryChoices, expiryFromChoice, parseExpiry} from './expiry';

const NOW = new Date(2026, 10, 23, 12, 0, 0).getTime();
const DAY = 86400000;

describe('parseExpiry', () => {
    test.each([
        ['7d', NOW + 7 * DAY],
        ['30d', NOW + 30 * DAY],
        ['90 days', NOW + 90 * DAY],
        ['2w', NOW + 14 * DAY],
        ['1y', new Date(2027, 10, 23, 12).getTime()],
        ['3m', new Date(2027, 1, 23, 12).getTime()],
        ['2027-01-31', new Date(2027, 0, 31, 23, 59, 59, 999).getTime()],
    ])('%p', (input, expiresAt) => {
        expect(parseExpiry(input, NOW)).toMatchObject({kind: 'at', expiresAt});
    });

    test.each(['never', 'NEVER', '0'])('%p never expires', (input) => {
        expect(parseExpiry(input, NOW)).toEqual({kind: 'never'});
    });

    test.each(['', 'soon', '0d', '-1d', '7x', '2027-13-01', '2027-02-29', '27-01-01', '1.5d'])(
        '%p is not an expiry',
        (input) => {
            expect(parseExpiry(input, NOW)).toBeUndefined();
        },
    );
});

describe('expiry choices', () => {
    test('without a policy: presets, never and a date', () => {
        expect(expiryChoices(null)).toEqual(['7d', '30d', '90d', '1y', 'never', 'custom']);
        expect(defaultExpiryChoice(null)).toBe('90d');
    });

    test('a policy removes never and longer presets and offers the maximum itself', () => {
        expect(expiryChoices(60)).toEqual(['7d', '30d', 'max', 'custom']);
        expect(expiryChoices(90)).toEqual(['7d', '30d', '90d', 'custom']);
        expect(defaultExpiryChoice(60)).toBe('7d');
        expect(defaultExpiryChoice(365)).toBe('90d');
    });

    test('a choice becomes a time', () => {
        expect(expiryFromChoice('never', '', null, NOW)).toBe(0);
        expect(expiryFromChoice('30d', '', null, NOW)).toBe(NOW + 30 * DAY);
        expect(expiryFromChoice('max', '', 60, NOW)).toBe(NOW + 60 * DAY - 5 * 60 * 1000);
        expect(expiryFromChoice('custom', '2027-01-31', null, NOW)).toBe(
            new Date(2027, 0, 31, 23, 59, 59, 999).getTime(),
        );
        expect(expiryFromChoice('custom', '', null, NOW)).toBeUndefined();
    });
});

describe('rotationExpiry: a rotation keeps the expiry rules the token had', () => {
    const MAX = 30;
    const longest = NOW + MAX * DAY - 5 * 60 * 1000;
    test.each([
        ['no policy, no expiry: stays never', {expires_at: 0}, null, undefined, 0],
        ['no policy, an expiry ahead: kept', {expires_at: NOW + 10 * DAY}, null, undefined, NOW + 10 * DAY],
        ['policy, an expiry ahead within it: kept', {expires_at: NOW + 10 * DAY}, MAX, undefined, NOW + 10 * DAY],
        ['policy, an expiry ahead beyond it: capped', {expires_at: NOW + 90 * DAY}, MAX, undefined, longest],
        ['policy, no expiry: the policy maximum', {expires_at: 0}, MAX, undefined, longest],
        ['policy, expired: the policy maximum', {expires_at: NOW - DAY}, MAX, undefined, longest],
        [
            'no policy, expired: what the user picks (90 days unless told)',
            {expires_at: NOW - DAY},
            null,
            undefined,
            NOW + 90 * DAY,
        ],
        ['an explicit choice wins', {expires_at: NOW + 10 * DAY}, null, NOW + DAY, NOW + DAY],
    ])('%s', (_what, token, maxDays, chosen, expected) => {
        expect(rotationExpiry(token, maxDays, chosen, NOW)).toBe(expected);
    });
});
