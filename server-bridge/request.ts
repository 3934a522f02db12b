// The bridge's only way to the server, so that every failure keeps its HTTP status, error id, request id
// and Retry-After. Reads retry on 429 (honouring Retry-After), 5xx and dropped connections with capped,
// jittered backoff. A write is retried only when the server answered 429: Mattermost's rate limiter
// answers before the handler runs (token-api.md §8), so such a write did nothing. Any other failed write
// is reported, never repeated: a create can never happen twice because of the plugin.
import {client} from './client';
import {abortedError, errorFromResponse, networkError, timeoutError, TokenApiError} from './errors';

export interface RetryPolicy {
    // Attempts in all, the first one included.
    maxAttempts: number;
    // Attempts for a write answered 429 (which changed nothing).
    maxWriteAttempts: number;
    baseDelayMs: number;
    maxDelayMs: number;
    // A Retry-After longer than this is not waited for: the rate_limited error goes to the caller.
    maxRetryAfterMs: number;
    sleep: (ms: number) => Promise<void>;
    random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
    maxAttempts: 4,
    maxWriteAttempts: 6,
    baseDelayMs: 250,
    maxDelayMs: 4000,
    maxRetryAfterMs: 30000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
};

let policy: RetryPolicy = DEFAULT_RETRY_POLICY;

export function setRetryPolicy(overrides: Partial<RetryPolicy>) {
    policy = {...DEFAULT_RETRY_POLICY, ...overrides};
}

// Counters for the benchmarks, the request-count tests and the bulk runner (which slows down when
// `rateLimited` grows).
export const requestStats = {attempts: 0, retries: 0, rateLimited: 0};

export function resetRequestStats() {
    requestStats.attempts = 0;
    requestStats.retries = 0;
    requestStats.rateLimited = 0;
}

// Reads in flight are cancelled when the plugin is disabled; writes are left to finish so that the caller
// learns what the server did (a late create is reported, not lost).
let reads = new AbortController();

export function abortReads() {
    reads.abort();
    reads = new AbortController();
}

export interface RequestOptions {
    method: 'get' | 'post';
    body?: unknown;
    operation: string;
    // Whether the request may be repeated after any failure; true only for reads (GETs and read-only POSTs
    // such as /users/ids).
    idempotent: boolean;
    // Extra headers, and whether to send the session cookie (the paste guard asks with a bearer token only).
    headers?: Record<string, string>;
    withSession?: boolean;
    // Attempts in all (default: the retry policy's), and how long one attempt may take before it is given
    // up as a network failure (default: no limit).
    attempts?: number;
    timeoutMs?: number;
    // Sees the headers of every answer (the paste guard reads the server's Date).
    onHeaders?: (headers: Headers) => void;
    // Cancels the request (a read the caller no longer needs): it fails as aborted and is not retried.
    signal?: AbortSignal;
}

function isRetryable(error: TokenApiError, idempotent: boolean): boolean {
    if (error.status === 429) {
        return true;
    }
    return idempotent && (error.kind === 'network' || (error.status >= 500 && error.status !== 501));
}

export function backoffDelay(attempt: number, error: TokenApiError, p: RetryPolicy = policy): number | undefined {
    if (error.status === 429 && error.retryAfterMs !== undefined) {
        return error.retryAfterMs <= p.maxRetryAfterMs ? error.retryAfterMs : undefined;
    }
    const exponential = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(exponential * (0.5 + p.random() * 0.5));
}

function fetchOptions(options: RequestOptions, signal?: AbortSignal): RequestInit {
    const init = client.getOptions({
        method: options.method,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }) as RequestInit & {headers: Record<string, string>};
    if (options.withSession === false) {
        init.credentials = 'omit';
        delete init.headers.Authorization;
        delete init.headers['X-CSRF-Token'];
        // Browsers never let a script set Cookie; outside a browser (tests, tools) it may be a plain header.
        delete init.headers.Cookie;
    }
    return {...init, headers: {...init.headers, ...options.headers}, signal};
}

// The signal of one attempt: reads are cancelled on shutdown, and an attempt with a time limit is cancelled
// when it runs out. Each attempt gets its own signal, relayed from the shared one and unhooked when it ends:
// fetch may keep its listener on the signal it was given until that signal is collected, and a long-lived
// shared signal would collect one per read (an activity scan reads thousands). (AbortSignal.any and
// AbortSignal.timeout are too new for some supported browsers.)
function attemptSignal(options: RequestOptions) {
    const shutdown = options.idempotent ? reads.signal : undefined;
    const cancel = options.signal;
    if (!shutdown && !cancel && options.timeoutMs === undefined) {
        return {signal: undefined, timedOut: () => false, done: () => undefined};
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer =
        options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                  timedOut = true;
                  controller.abort();
              }, options.timeoutMs);
    const onShutdown = () => controller.abort();
    shutdown?.addEventListener('abort', onShutdown);
    cancel?.addEventListener('abort', onShutdown);
    if (cancel?.aborted) {
        controller.abort();
    }
    return {
        signal: controller.signal,
        timedOut: () => timedOut,
        done: () => {
            clearTimeout(timer);
            shutdown?.removeEventListener('abort', onShutdown);
            cancel?.removeEventListener('abort', onShutdown);
        },
    };
}

// Client4 builds the request (URL, X-Requested-With, the CSRF header from the MMCSRF cookie on writes,
// credentials: 'include' for the session cookie, a bearer token where one was set). The response is read
// here rather than by Client4.doFetch, which drops the status, request id and Retry-After of failures.
async function once<T>(url: string, options: RequestOptions): Promise<T> {
    requestStats.attempts += 1;
    const {signal, timedOut, done} = attemptSignal(options);
    let response: Response;
    let data: unknown;
    try {
        response = await fetch(url, fetchOptions(options, signal));
        options.onHeaders?.(response.headers);
        // Like Client4: JSON only when the server says exactly application/json.
        data =
            response.headers.get('Content-Type') === 'application/json' ? await response.json() : await response.text();
    } catch (err) {
        // fetch rejects with a TypeError when the connection fails or drops, and so does reading a body that
        // is cut off or not JSON. Neither error carries the request body or headers.
        if (timedOut()) {
            throw timeoutError(options.timeoutMs ?? 0, options.operation);
        }
        throw signal?.aborted ? abortedError(options.operation) : networkError(err, options.operation);
    } finally {
        done();
    }
    if (!response.ok) {
        throw errorFromResponse(response.status, data, response.headers, options.operation);
    }
    return data as T;
}

export async function request<T>(url: string, options: RequestOptions): Promise<T> {
    const maxAttempts = options.attempts ?? (options.idempotent ? policy.maxAttempts : policy.maxWriteAttempts);
    for (let attempt = 1; ; attempt++) {
        try {
            return await once<T>(url, options);
        } catch (err) {
            const error = err as TokenApiError;
            if (error.status === 429) {
                requestStats.rateLimited += 1;
            }
            if (!isRetryable(error, options.idempotent) || attempt >= maxAttempts) {
                throw error;
            }
            const delay = backoffDelay(attempt, error);
            if (delay === undefined) {
                throw error;
            }
            requestStats.retries += 1;
            await policy.sleep(delay);
            if (options.signal?.aborted) {
                throw abortedError(options.operation);
            }
        }
    }
}

export function get<T>(url: string, operation: string, signal?: AbortSignal): Promise<T> {
    return request<T>(url, {method: 'get', operation, idempotent: true, signal});
}

export function read<T>(url: string, body: unknown, operation: string): Promise<T> {
    return request<T>(url, {method: 'post', body, operation, idempotent: true});
}

export function write<T>(url: string, body: unknown, operation: string): Promise<T> {
    return request<T>(url, {method: 'post', body, operation, idempotent: false});
}
