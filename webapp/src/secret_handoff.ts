// The one place a new secret waits between the create/rotate response and the reveal component that shows
// it, so that neither the store, a post nor a prop ever holds it. A secret is deposited under an
// unguessable handle; the reveal component claims it once (the entry is deleted on claim) and keeps it in
// its state. An unclaimed secret is dropped after a minute; dismissing a reveal, or disabling the plugin,
// drops it at once.
import {randomId} from './utils/ids';

export const UNCLAIMED_MS = 60 * 1000;

const pending = new Map<string, {secret: string; timer: ReturnType<typeof setTimeout>}>();

export function depositSecret(secret: string): string {
    const handle = randomId();
    const timer = setTimeout(() => pending.delete(handle), UNCLAIMED_MS);
    pending.set(handle, {secret, timer});
    return handle;
}

// The secret, once: a second claim (another render of the same post, a forged post naming the handle)
// gets nothing.
export function claimSecret(handle: string): string | undefined {
    const entry = pending.get(handle);
    if (!entry) {
        return undefined;
    }
    clearTimeout(entry.timer);
    pending.delete(handle);
    return entry.secret;
}

export function discardSecret(handle: string) {
    claimSecret(handle);
}

export function discardAllSecrets() {
    for (const entry of pending.values()) {
        clearTimeout(entry.timer);
    }
    pending.clear();
}

export function pendingSecretCount(): number {
    return pending.size;
}
