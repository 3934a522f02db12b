// What in a message could be a token's secret: a whole word of exactly 26 characters of Mattermost's id
// alphabet (lower case; NewId never produces 0, 2, l or v), anywhere, code blocks and URLs included. A
// word is a run of ASCII letters and digits: anything else ends it (punctuation, spaces, `_`, `=`, and
// letters of other scripts, because Chinese or Japanese text runs straight into a pasted token). One pass
// over the characters with a table lookup each: no regular expression, no allocation unless a run fits.
// Ids the store already knows (posts, users, channels, teams, the plugin's token ids) are not secrets.
import {getPluginState} from '../selectors';
import type {State} from '../types';

export const SECRET_LENGTH = 26;
const ID_ALPHABET = 'abcdefghijkmnopqrstuwxyz13456789';

// 0: ends a word; 1: a letter or digit that no id has; 2: a character of the id alphabet.
const CLASS = new Uint8Array(128);
for (const range of ['AZ', 'az', '09']) {
    for (let c = range.charCodeAt(0); c <= range.charCodeAt(1); c++) {
        CLASS[c] = 1;
    }
}
for (const c of ID_ALPHABET) {
    CLASS[c.charCodeAt(0)] = 2;
}

// Calls `onWord(start, end)` for every whole word of 26 id characters, in order.
function forEachIdWord(message: string, onWord: (start: number, end: number) => void) {
    const n = message.length;
    let start = 0;
    let idOnly = true;
    for (let i = 0; i < n; i++) {
        const code = message.charCodeAt(i);
        const kind = code < 128 ? CLASS[code] : 0;
        if (kind === 0) {
            if (idOnly && i - start === SECRET_LENGTH) {
                onWord(start, i);
            }
            start = i + 1;
            idOnly = true;
        } else if (kind === 1) {
            idOnly = false;
        }
    }
    if (idOnly && n - start === SECRET_LENGTH) {
        onWord(start, n);
    }
}

// Distinct 26-character id words, in the order they first appear.
export function scanCandidates(message: string): string[] {
    const found: string[] = [];
    forEachIdWord(message, (start, end) => {
        const word = message.slice(start, end);
        if (!found.includes(word)) {
            found.push(word);
        }
    });
    return found;
}

function has(record: Record<string, unknown> | undefined, key: string): boolean {
    return record !== undefined && Object.prototype.hasOwnProperty.call(record, key);
}

// One lookup per table; no table is copied or walked.
export function isKnownId(state: State, id: string): boolean {
    const {posts, users, channels, teams} = state.entities;
    const plugin = getPluginState(state);
    return (
        has(posts?.posts, id) ||
        has(users?.profiles, id) ||
        has(channels?.channels, id) ||
        has(teams?.teams, id) ||
        has(plugin?.tokens, id) ||
        has(plugin?.owners, id)
    );
}

export function findCandidates(message: string, state: State): string[] {
    const words = scanCandidates(message);
    return words.length === 0 ? words : words.filter((word) => !isKnownId(state, word));
}

// The message with every whole-word occurrence of the given secrets replaced.
export function replaceSecrets(message: string, secrets: ReadonlySet<string>, placeholder: string): string {
    let out = '';
    let copied = 0;
    forEachIdWord(message, (start, end) => {
        if (secrets.has(message.slice(start, end))) {
            out += message.slice(copied, start) + placeholder;
            copied = end;
        }
    });
    return out + message.slice(copied);
}

// What the dialog may show of a secret: its first four characters.
export function secretPrefix(secret: string): string {
    return `${secret.slice(0, 4)}…`;
}
