// Pending confirmations of /token replies (revoke, rotate, disable-all): the reply's buttons run or drop
// them by id. In memory only; they die with the page, as the ephemeral replies do.
type Run = () => Promise<void>;

const pending = new Map<string, Run>();
let counter = 0;

export function addConfirmation(run: Run): string {
    counter += 1;
    const id = `confirm_${Date.now().toString(36)}_${counter}`;
    pending.set(id, run);
    return id;
}

// Returns false when the confirmation is unknown (already answered, or the page was reloaded).
export async function confirm(id: string): Promise<boolean> {
    const run = pending.get(id);
    if (!run) {
        return false;
    }
    pending.delete(id);
    await run();
    return true;
}

export function cancel(id: string): boolean {
    return pending.delete(id);
}

export function clearConfirmations() {
    pending.clear();
}
