// Ids made in this page (client-side posts, reveal handles, pending confirmations): 26 characters of
// Mattermost's id alphabet from 16 random bytes, exactly like the server's NewId(), so they look like any
// other post id and cannot be guessed.
const ALPHABET = 'ybndrfg8ejkmcpqxot1uwisza345h769';

export function randomId(): string {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    let out = '';
    let bits = 0;
    let value = 0;
    for (const byte of bytes) {
        value = ((value << 8) | byte) & 0xffff;
        bits += 8;
        while (bits >= 5) {
            out += ALPHABET[(value >>> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    return out + ALPHABET[(value << (5 - bits)) & 31];
}
