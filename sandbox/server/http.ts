// HTTP plumbing shared by the API, the control API and the static files: what a handler answers (Reply),
// reading bodies and cookies.
import type http from 'http';

export type HeaderValue = string | string[];

// What a handler answers. Handlers return the JSON body; anything else (status, headers, cookies, a body
// that is not JSON) goes through the Reply on their context, so every route is an ordinary handler.
export class Reply {
    status = 200;
    readonly headers: Record<string, HeaderValue> = {};
    raw?: {data: Buffer | string; contentType: string};
    json?: {value: unknown};
    private readonly cookies: string[] = [];

    constructor(private readonly cookiePath: string) {}

    setStatus(status: number): this {
        this.status = status;
        return this;
    }

    header(name: string, value: string): this {
        this.headers[name] = value;
        return this;
    }

    // http.SetCookie as the server writes it: Path is the site's subpath, Max-Age in seconds (0 deletes).
    cookie(name: string, value: string, opts: {httpOnly?: boolean; maxAgeSeconds: number}): this {
        this.cookies.push(
            `${name}=${value}; Path=${this.cookiePath || '/'}; Max-Age=${Math.max(0, Math.floor(opts.maxAgeSeconds))}; SameSite=Lax${opts.httpOnly ? '; HttpOnly' : ''}`,
        );
        return this;
    }

    // A body that is not JSON (images, text).
    send(data: Buffer | string, contentType: string): this {
        this.raw = {data, contentType};
        this.json = undefined;
        return this;
    }

    setJson(value: unknown): this {
        this.json = {value};
        this.raw = undefined;
        return this;
    }

    // Writes the answer, JSON with exactly `Content-Type: application/json` as the server sends it.
    write(res: http.ServerResponse, extraHeaders: Record<string, string> = {}) {
        const headers: Record<string, HeaderValue> = {...extraHeaders, ...this.allHeaders()};
        if (this.raw) {
            res.writeHead(this.status, {...headers, 'Content-Type': this.raw.contentType}).end(this.raw.data);
        } else if (this.json) {
            res.writeHead(this.status, {...headers, 'Content-Type': 'application/json'}).end(
                JSON.stringify(this.json.value),
            );
        } else {
            res.writeHead(this.status, headers).end();
        }
    }

    allHeaders(): Record<string, HeaderValue> {
        return this.cookies.length > 0 ? {...this.headers, 'Set-Cookie': [...this.cookies]} : {...this.headers};
    }
}

export function readBody(req: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}

export function parseCookies(header: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const part of header.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0) {
            out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
        }
    }
    return out;
}

// Go's http.Error: what the rate limiter (and anything else below the API handlers) answers.
export function writePlainError(
    res: http.ServerResponse,
    status: number,
    text: string,
    headers: Record<string, string> = {},
) {
    res.writeHead(status, {
        ...headers,
        'Content-Type': 'text/plain; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
    });
    res.end(`${text}\n`);
}
