// The one handoff of a new secret, with fake timers for every expiry.
import {
    claimSecret,
    depositSecret,
    discardAllSecrets,
    discardSecret,
    pendingSecretCount,
    UNCLAIMED_MS,
} from './secret_handoff';

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
    discardAllSecrets();
    jest.useRealTimers();
});

test('a handle is 26 random characters of the id alphabet, different every time', () => {
    const handles = new Set(Array.from({length: 200}, () => depositSecret('s')));
    expect(handles.size).toBe(200);
    for (const handle of handles) {
        expect(handle).toMatch(/^[a-km-uw-z13-9]{26}$/);
    }
});

test('claimed once: the entry is gone at once, with no grace period', () => {
    const handle = depositSecret('secret-1');
    expect(claimSecret(handle)).toBe('secret-1');
    expect(claimSecret(handle)).toBeUndefined();
    expect(pendingSecretCount()).toBe(0);
});

test('an unclaimed secret is dropped after a minute, not before', () => {
    const handle = depositSecret('secret-2');
    jest.advanceTimersByTime(UNCLAIMED_MS - 1);
    expect(pendingSecretCount()).toBe(1);
    jest.advanceTimersByTime(1);
    expect(pendingSecretCount()).toBe(0);
    expect(claimSecret(handle)).toBeUndefined();
});

test('a claim stops the expiry timer; discarding drops one, disabling drops all', () => {
    const claimed = depositSecret('a');
    claimSecret(claimed);
    expect(jest.getTimerCount()).toBe(0);
    const one = depositSecret('b');
    depositSecret('c');
    discardSecret(one);
    expect(pendingSecretCount()).toBe(1);
    discardAllSecrets();
    expect(pendingSecretCount()).toBe(0);
    expect(jest.getTimerCount()).toBe(0);
});

test('an unknown handle gets nothing', () => {
    depositSecret('d');
    expect(claimSecret('aaaaaaaaaaaaaaaaaaaaaaaaaa')).toBeUndefined();
    expect(claimSecret('')).toBeUndefined();
});
