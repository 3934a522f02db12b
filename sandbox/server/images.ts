// Profile pictures: a small solid-colour PNG per user, the colour taken from the user id (the server draws
// initials on a colour; the shape of the answer is what matters here: 200, image/png).
import crypto from 'crypto';
import zlib from 'zlib';

const SIZE = 32;
const cache = new Map<string, Buffer>();

export function profilePng(userId: string): Buffer {
    let png = cache.get(userId);
    if (!png) {
        const [r, g, b] = crypto.createHash('sha1').update(userId).digest();
        png = solidPng(SIZE, r, g, b);
        cache.set(userId, png);
    }
    return png;
}

function solidPng(size: number, r: number, g: number, b: number): Buffer {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
        row.set([r, g, b], 1 + x * 3);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(size, 0);
    header.writeUInt32BE(size, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
    return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk('IHDR', header),
        chunk('IDAT', zlib.deflateSync(Buffer.concat(Array(size).fill(row)))),
        chunk('IEND', Buffer.alloc(0)),
    ]);
}

function chunk(type: string, data: Buffer): Buffer {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
}
