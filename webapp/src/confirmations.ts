// Pending confirmations of /token replies (revoke, rotate, disable-all, revoking orphans): the reply's
// buttons run or drop them by an unguessable id. In memory only; they die with the page, as the replies do.
import {randomId} from './utils/ids';

type Run = () => Promise<void>;

const pending = new Map<string, Run>();

export function addConfirmation(run: Run): string {
    const id = randomId();
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
