// One error type for every failure the bridge reports. It keeps what the server said (HTTP status, error
// id, request id, message) and adds a `kind` the UI maps to words. It never carries a request body, so a
// token secret cannot end up in an error, a log line or a toast.

export type TokenErrorKind =
    | 'disabled'
    | 'unauthorized'
    | 'forbidden'
    | 'not_found'
    | 'invalid'
    | 'rate_limited'
    | 'server'
    | 'network'
    // Cancelled on our side (the plugin was disabled); nothing to show.
    | 'aborted';

export interface TokenApiErrorFields {
    kind: TokenErrorKind;
    // HTTP status; 0 when no response arrived (network) or the request was refused before sending (validation).
    status: number;
    // The server's error id (e.g. `app.user_access_token.disabled`), or a `token_manager.*` id for local checks.
    serverErrorId: string;
    requestId: string;
    message: string;
    // From Retry-After on 429 responses.
    retryAfterMs?: number;
    // Which operation failed, e.g. `createToken`.
    operation?: string;
    // Numbers that go with a local check's id, e.g. {bytes: 256} or {maxDays: 30}.
    params?: Record<string, number>;
}

export class TokenApiError extends Error implements TokenApiErrorFields {
    readonly kind: TokenErrorKind;
    readonly status: number;
    readonly serverErrorId: string;
    readonly requestId: string;
    readonly retryAfterMs?: number;
    readonly operation?: string;
    readonly params?: Record<string, number>;

    constructor(fields: TokenApiErrorFields) {
        super(fields.message);
        this.name = 'TokenApiError';
        this.kind = fields.kind;
        this.status = fields.status;
        this.serverErrorId = fields.serverErrorId;
        this.requestId = fields.requestId;
        this.retryAfterMs = fields.retryAfterMs;
        this.operation = fields.operation;
        this.params = fields.params;
    }

    // A plain object for Redux state and serialization (Error objects are not serializable).
    toJSON(): TokenApiErrorFields {
        return {
            kind: this.kind,
            status: this.status,
            serverErrorId: this.serverErrorId,
            requestId: this.requestId,
            message: this.message,
            retryAfterMs: this.retryAfterMs,
            operation: this.operation,
            params: this.params,
        };
    }
}

// The contract's status table (shared/mattermost/token-api.md §2-§5).
export function kindForStatus(status: number): TokenErrorKind {
    if (status === 501) {
        return 'disabled';
    }
    if (status === 401) {
        return 'unauthorized';
    }
    if (status === 403) {
        return 'forbidden';
    }
    if (status === 404 || status === 405) {
        return 'not_found';
    }
    if (status === 429) {
        return 'rate_limited';
    }
    if (status >= 500) {
        return 'server';
    }
    return 'invalid';
}

interface ServerErrorBody {
    id?: unknown;
    message?: unknown;
    request_id?: unknown;
}

export function errorFromResponse(
    status: number,
    body: unknown,
    headers: {get(name: string): string | null},
    operation?: string,
): TokenApiError {
    const data = (typeof body === 'object' && body !== null ? body : {}) as ServerErrorBody;
    const retryAfter = parseRetryAfter(headers.get('Retry-After'));
    return new TokenApiError({
        kind: kindForStatus(status),
        status,
        serverErrorId: typeof data.id === 'string' ? data.id : '',
        requestId: typeof data.request_id === 'string' ? data.request_id : (headers.get('X-Request-Id') ?? ''),
        message:
            typeof data.message === 'string' && data.message !== '' ? data.message : `The server answered ${status}.`,
        retryAfterMs: retryAfter,
        operation,
    });
}

export function networkError(cause: unknown, operation?: string): TokenApiError {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new TokenApiError({
        kind: 'network',
        status: 0,
        serverErrorId: '',
        requestId: '',
        message: `Could not reach the server (${detail}).`,
        operation,
    });
}

// No answer within the time the caller allows (counted as a network failure).
export function timeoutError(timeoutMs: number, operation?: string): TokenApiError {
    return new TokenApiError({
        kind: 'network',
        status: 0,
        serverErrorId: '',
        requestId: '',
        message: `The server did not answer within ${timeoutMs} ms.`,
        operation,
    });
}

export function abortedError(operation?: string): TokenApiError {
    return new TokenApiError({
        kind: 'aborted',
        status: 0,
        serverErrorId: '',
        requestId: '',
        message: 'Cancelled: the plugin was disabled.',
        operation,
    });
}

export function validationError(
    serverErrorId: string,
    message: string,
    operation?: string,
    params?: Record<string, number>,
): TokenApiError {
    return new TokenApiError({kind: 'invalid', status: 0, serverErrorId, requestId: '', message, operation, params});
}

// Retry-After is either delta-seconds or an HTTP date.
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
    if (value === null || value.trim() === '') {
        return undefined;
    }
    if (/^\d+(\.\d+)?$/.test(value.trim())) {
        return Math.round(parseFloat(value) * 1000);
    }
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function isTokenApiError(value: unknown): value is TokenApiError {
    return value instanceof TokenApiError;
}
