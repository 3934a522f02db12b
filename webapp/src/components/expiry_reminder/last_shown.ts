// Where the expiry reminder remembers the day it was last shown or dismissed: this browser's localStorage,
// one key per plugin and user, holding a date (YYYY-MM-DD) and nothing else. The plugin has no server side,
// so the browser is the only place. Storage can be missing or throw (private windows, blocked cookies): then
// there is no memory, and the caller shows nothing rather than the same notice on every page load.
import manifest from '../../manifest';

export interface LastShown {
    read(): string | null;
    remember(date: string): void;
}

export function lastShownKey(userId: string): string {
    return `${manifest.id}:expiry_reminder:${userId}`;
}

function usableStorage(): Storage | undefined {
    try {
        const storage = window.localStorage;
        const probe = `${manifest.id}:probe`;
        storage.setItem(probe, '1');
        storage.removeItem(probe);
        return storage;
    } catch {
        return undefined;
    }
}

export function openLastShown(userId: string): LastShown | undefined {
    const storage = usableStorage();
    if (!storage) {
        return undefined;
    }
    const key = lastShownKey(userId);
    return {
        read() {
            try {
                return storage.getItem(key);
            } catch {
                return null;
            }
        },
        remember(date: string) {
            try {
                storage.setItem(key, date);
            } catch {
                // Full or revoked meanwhile: the notice may come back on the next page load, nothing worse.
            }
        },
    };
}
