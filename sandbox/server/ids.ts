// Mattermost ids: base32 of 16 random bytes with Mattermost's alphabet, no padding, 26 characters
// (server/public/model/utils.go NewId). Token secrets are made the same way.
import crypto from 'crypto';

const ALPHABET = 'ybndrfg8ejkmcpqxot1uwisza345h769';

export type RandomBytes = (n: number) => Uint8Array;

export function encodeId(bytes: Uint8Array): string {
    let out = '';
    let bits = 0;
    let value = 0;
    for (const byte of bytes) {
        value = (value << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            out += ALPHABET[(value >>> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += ALPHABET[(value << (5 - bits)) & 31];
    }
    return out;
}

export function newId(random: RandomBytes = crypto.randomBytes): string {
    return encodeId(random(16));
}

// IsValidId: 26 bytes, letters and digits only.
export function isValidId(value: string): boolean {
    return Buffer.byteLength(value) === 26 && /^[\p{L}\p{N}]+$/u.test(value);
}

// Math.imul, exactly: under Jest the builtin comes from another realm and costs ~100 times more, which
// made seeding 100,000 tokens take seconds in tests.
function imul(a: number, b: number): number {
    const aLo = a & 0xffff;
    const bLo = b & 0xffff;
    const cross = ((((a >>> 16) & 0xffff) * bLo + aLo * ((b >>> 16) & 0xffff)) << 16) >>> 0;
    return (aLo * bLo + cross) | 0;
}

// A small deterministic generator (mulberry32) so seeds are the same on every run: 32-bit outputs.
function mulberry32(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = imul(t ^ (t >>> 15), t | 1);
        t ^= t + imul(t ^ (t >>> 7), t | 61);
        return (t ^ (t >>> 14)) >>> 0;
    };
}

export function seededRandom(seed: number): RandomBytes {
    const next = mulberry32(seed);
    return (n: number) => {
        const out = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
            out[i] = next() & 0xff;
        }
        return out;
    };
}

// Numbers in [0, 1) from the same generator (the seeded fault injection).
export function seededUnit(seed: number): () => number {
    const next = mulberry32(seed);
    return () => next() / 0x100000000;
}
