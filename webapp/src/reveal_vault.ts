// Hands a new secret from the slash-command handler to the reveal component that the reply renders,
// without the store: the post in Redux carries only an opaque reveal id. The component takes the secret
// into its own state; whatever is not taken is dropped after a short while.
const pending = new Map<string, {secret: string; timer: ReturnType<typeof setTimeout>}>();
let counter = 0;

const UNCLAIMED_MS = 60 * 1000;
// A second read shortly after the first (React may run a state initializer twice) still succeeds.
const CLAIMED_MS = 2 * 1000;

export function depositSecret(secret: string): string {
    counter += 1;
    const revealId = `reveal_${Date.now().toString(36)}_${counter}`;
    const timer = setTimeout(() => pending.delete(revealId), UNCLAIMED_MS);
    pending.set(revealId, {secret, timer});
    return revealId;
}

export function takeSecret(revealId: string): string | undefined {
    const entry = pending.get(revealId);
    if (!entry) {
        return undefined;
    }
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => pending.delete(revealId), CLAIMED_MS);
    return entry.secret;
}

export function clearVault() {
    for (const entry of pending.values()) {
        clearTimeout(entry.timer);
    }
    pending.clear();
}
