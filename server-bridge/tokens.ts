// Typed personal access token operations over the user's own session.
import type {StatusOK} from '@mattermost/types/client4';
import type {UserAccessToken} from '@mattermost/types/users';

import {routes} from './client';
import {validationError, type TokenApiError} from './errors';
import {createLimiter, type Limiter} from './limit';
import {get, read, write} from './request';
import {checkDescription, checkExpiry, describeProblem, type ExpiryRules} from './validation';

export const MAX_PER_PAGE = 200;
// Reads: up to twelve at a time. A browser opens six connections to one host over HTTP/1.1; the other six
// wait in its queue and start the moment a connection is free, even while the page's script is busy (the
// inventory's updates at 100,000 tokens), so the connections never stand idle. Over HTTP/2 all twelve run.
export const DEFAULT_CONCURRENCY = 12;

export interface CreateTokenOptions {
    // Unix ms; omit (or 0) for a token that never expires. Sent only when the server supports expiry.
    expiresAt?: number;
    rules?: ExpiryRules;
}

function problemError(operation: string, ...problems: Array<ReturnType<typeof checkDescription>>) {
    const problem = problems.find(Boolean);
    if (!problem) {
        return undefined;
    }
    const {id, ...params} = problem;
    return validationError(id, describeProblem(problem), operation, params as Record<string, number>);
}

function guard(operation: string, ...problems: Array<ReturnType<typeof checkDescription>>) {
    const error = problemError(operation, ...problems);
    if (error) {
        throw error;
    }
}

function createRules(options: CreateTokenOptions): ExpiryRules {
    return options.rules ?? {supportsExpiry: options.expiresAt !== undefined, maxLifetimeDays: null};
}

// What the server would refuse in a create, found without asking it; undefined when there is nothing.
export function createProblem(description: string, options: CreateTokenOptions = {}): TokenApiError | undefined {
    return problemError(
        'createToken',
        checkDescription(description),
        checkExpiry(options.expiresAt, createRules(options)),
    );
}

// The response carries the secret (`token`): hand it to the reveal UI only, never to the store.
export async function createToken(
    userId: string,
    description: string,
    options: CreateTokenOptions = {},
): Promise<UserAccessToken> {
    const rules = createRules(options);
    guard('createToken', checkDescription(description), checkExpiry(options.expiresAt, rules));
    const body: {description: string; expires_at?: number} = {description};
    if (rules.supportsExpiry && options.expiresAt !== undefined) {
        body.expires_at = options.expiresAt;
    }
    return write<UserAccessToken>(`${routes.user(userId)}/tokens`, body, 'createToken');
}

export function getToken(tokenId: string): Promise<UserAccessToken> {
    return get<UserAccessToken>(`${routes.tokens()}/${encodeURIComponent(tokenId)}`, 'getToken');
}

export function revokeToken(tokenId: string): Promise<StatusOK> {
    return write<StatusOK>(`${routes.tokens()}/revoke`, {token_id: tokenId}, 'revokeToken');
}

export function disableToken(tokenId: string): Promise<StatusOK> {
    return write<StatusOK>(`${routes.tokens()}/disable`, {token_id: tokenId}, 'disableToken');
}

export function enableToken(tokenId: string): Promise<StatusOK> {
    return write<StatusOK>(`${routes.tokens()}/enable`, {token_id: tokenId}, 'enableToken');
}

export interface RotateTokenOptions {
    // Unix ms, 0 = never. Always sent: a rotate without it makes the token never expire, which a lifetime
    // policy refuses (token-api.md §8).
    expiresAt: number;
    rules?: ExpiryRules;
}

// Newer servers only (an older one answers 405 or 404: see capabilities.isRouteMissing). Returns the token
// with its new secret.
export async function rotateToken(tokenId: string, options: RotateTokenOptions): Promise<UserAccessToken> {
    const rules = options.rules ?? {supportsExpiry: true, maxLifetimeDays: null};
    guard('rotateToken', checkExpiry(options.expiresAt, rules));
    return write<UserAccessToken>(
        `${routes.tokens()}/rotate`,
        {token_id: tokenId, expires_at: options.expiresAt},
        'rotateToken',
    );
}

// The server's search (manage_system): an exact match on token id, user id or username. Unpaged.
export function searchTokens(term: string): Promise<UserAccessToken[]> {
    if (term === '') {
        throw validationError(
            'token_manager.validation.search_term_required',
            'A search term is required.',
            'searchTokens',
        );
    }
    return read<UserAccessToken[]>(`${routes.tokens()}/search`, {term}, 'searchTokens');
}

// Reads never return the secret; strip it anyway so nothing downstream can keep one by accident.
function sanitize(token: UserAccessToken): UserAccessToken {
    if (token.token === undefined) {
        return token;
    }
    const {token: _secret, ...rest} = token;
    return rest;
}

// The one tie-break for every token ordering: ids compared as the server's ASCII strings.
export function compareIds(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

export function sortTokens(tokens: Iterable<UserAccessToken>): UserAccessToken[] {
    return [...tokens].sort((a, b) => compareIds(a.id, b.id));
}

// All tokens of one user, every page (sequential: a user has few). Deduplicated and sorted by id.
export async function listUserTokens(userId: string): Promise<UserAccessToken[]> {
    const byId = new Map<string, UserAccessToken>();
    for (let page = 0; ; page++) {
        const items = await get<UserAccessToken[]>(
            `${routes.user(userId)}/tokens?page=${page}&per_page=${MAX_PER_PAGE}`,
            'listUserTokens',
        );
        for (const token of items) {
            byId.set(token.id, sanitize(token));
        }
        if (items.length < MAX_PER_PAGE) {
            break;
        }
    }
    return sortTokens(byId.values());
}

export interface ListProgress {
    // Distinct tokens received so far.
    loaded: number;
    pages: number;
    done: boolean;
}

export interface ListAllOptions {
    concurrency?: number;
    // Called with the tokens each page adds (deduplicated), in arrival order.
    onPage?: (tokens: UserAccessToken[], progress: ListProgress) => void;
    // Shares a limiter with other requests (e.g. owner look-ups) so the bound holds for all of them.
    limiter?: Limiter;
    perPage?: number;
    // How many tokens the server had when last listed: the pages that many tokens fill are fetched in
    // parallel without guessing, so an unchanged server costs exactly ⌊N/perPage⌋ + 1 requests.
    expectedTotal?: number;
    // Sorted by id (the default), or left in the order they arrived, for a caller that sorts its own way
    // (sorting 100,000 tokens takes a tenth of a second the user waits for).
    sortById?: boolean;
}

// Every token on the server (manage_system), page by page with bounded concurrency. The server has no count
// and no ORDER BY: the end is known from the first short page. Without `expectedTotal`, workers run ahead
// of the end they cannot know: once it is known, the pages past it are called off, and those already on
// the wire (up to concurrency − 1; in a browser, at most its connections to the server) come back empty
// and are not read. With it, the pages it covers are fetched first; only if they are all full does the
// list go on past them, as without.
// Rows that drift between pages are deduplicated by id. The result is sorted by id unless asked not to be.
export async function listAllTokens(options: ListAllOptions = {}): Promise<UserAccessToken[]> {
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    const perPage = options.perPage ?? MAX_PER_PAGE;
    const limiter = options.limiter ?? createLimiter(concurrency);
    const byId = new Map<string, UserAccessToken>();
    let nextPage = 0;
    let endPage = Number.POSITIVE_INFINITY;
    let pagesDone = 0;
    // The first page that failed (the list fails with it, unless it turns out to be past the end).
    let failure: {page: number; error: unknown} | undefined;
    const fail = (page: number, error: unknown) => {
        if (!failure || page < failure.page) {
            failure = {page, error};
        }
    };
    // The pages asked for and not yet answered: those past the end, once it is known, are called off.
    const pending = new Map<number, AbortController>();

    const worker = async (lastPage: number) => {
        while (failure === undefined && nextPage < endPage && nextPage <= lastPage) {
            const page = nextPage++;
            const cancel = new AbortController();
            pending.set(page, cancel);
            let items: UserAccessToken[];
            try {
                items = await limiter(async () => {
                    if (page >= endPage) {
                        return [];
                    }
                    const found = await get<UserAccessToken[]>(
                        `${routes.tokens()}?page=${page}&per_page=${perPage}`,
                        'listAllTokens',
                        cancel.signal,
                    );
                    // Known before the limiter lets the next request go.
                    if (found.length < perPage && page < endPage) {
                        endPage = page + 1;
                        // Pages past the end still waiting (in the limiter, or in the browser's queue for a
                        // connection) are never sent; those already sent come back empty, unread.
                        pending.forEach((pageCancel, p) => p >= endPage && pageCancel.abort());
                    }
                    return found;
                });
            } catch (err) {
                // A page past the end is not needed, however it ended (called off, or failed on its own).
                if (page >= endPage) {
                    continue;
                }
                fail(page, err);
                return;
            } finally {
                pending.delete(page);
            }
            if (page >= endPage) {
                continue;
            }
            const added: UserAccessToken[] = [];
            for (const item of items) {
                const token = sanitize(item);
                if (!byId.has(token.id)) {
                    added.push(token);
                }
                byId.set(token.id, token);
            }
            pagesDone += 1;
            options.onPage?.(added, {loaded: byId.size, pages: pagesDone, done: false});
        }
    };
    const workers = (lastPage: number) => Promise.all(Array.from({length: concurrency}, () => worker(lastPage)));
    if (options.expectedTotal !== undefined && options.expectedTotal >= 0) {
        await workers(Math.floor(options.expectedTotal / perPage));
    }
    await workers(Number.POSITIVE_INFINITY);
    if (failure && failure.page < endPage) {
        throw failure.error;
    }
    const all = options.sortById === false ? [...byId.values()] : sortTokens(byId.values());
    options.onPage?.([], {loaded: all.length, pages: pagesDone, done: true});
    return all;
}
