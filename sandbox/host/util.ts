// Small helpers shared by the host: ids like the server's, and a JSON snapshot that survives anything a plugin
// may put in an action (functions, React elements, cycles).

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

// A 26-character lower-case id, the shape of Mattermost's model.NewId().
export function generateId(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(26));
    return Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('');
}

// What JSON.stringify would keep of a value, with cycles, React internals and errors made harmless.
export function snapshot(value: unknown): unknown {
    const seen = new WeakSet<object>();
    const text = JSON.stringify(value, function (key, v: unknown) {
        if (key === '_owner' || key === '_store') {
            return undefined;
        }
        if (typeof v === 'bigint') {
            return String(v);
        }
        if (v instanceof Error) {
            return {name: v.name, message: v.message};
        }
        if (typeof Node !== 'undefined' && v instanceof Node) {
            return `[${v.nodeName}]`;
        }
        if (v && typeof v === 'object') {
            if (seen.has(v)) {
                return '[circular]';
            }
            seen.add(v);
        }
        return v;
    });
    return text === undefined ? null : JSON.parse(text);
}
