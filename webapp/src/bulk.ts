// The one bulk runner: disable, enable or revoke many tokens, for /token disable-all, My tokens and the
// inventory alike. One concurrency policy: start at four requests at a time, halve once for each burst of
// 429s (the bridge retries a write answered 429 after Retry-After, since it did nothing), and grow
// back by one after a run of clean answers. A failure never stops the others. Cancelling stops new requests;
// those in flight finish, and the result says exactly which tokens changed.
import {requestStats, type TokenApiErrorFields} from 'server-bridge';

import {applyTokenAction, type TokenActionKind} from './actions';
import type {StoredToken} from './reducer';
import type {Thunk} from './types';

export const BULK_CONCURRENCY = {initial: 4, min: 1, max: 8, growAfter: 10};

export type BulkOutcome =
    | {token: StoredToken; result: 'changed'}
    | {token: StoredToken; result: 'failed'; error: TokenApiErrorFields}
    | {token: StoredToken; result: 'not_run'};

export interface BulkProgress {
    done: number;
    total: number;
    failed: number;
    concurrency: number;
    // Estimated time left, once a few tokens are done.
    remainingMs?: number;
}

export interface BulkResult {
    outcomes: BulkOutcome[];
    cancelled: boolean;
}

export interface BulkOptions {
    onProgress?: (progress: BulkProgress) => void;
    signal?: AbortSignal;
    now?: () => number;
}

// What a bulk action would change: tokens it acts on, and tokens it leaves alone (already in that state).
export function bulkPlan(
    tokens: StoredToken[],
    kind: TokenActionKind,
): {change: StoredToken[]; unchanged: StoredToken[]} {
    if (kind === 'revoke') {
        return {change: tokens, unchanged: []};
    }
    const wantActive = kind === 'enable';
    return {
        change: tokens.filter((t) => t.is_active !== wantActive),
        unchanged: tokens.filter((t) => t.is_active === wantActive),
    };
}

export function runBulk(kind: TokenActionKind, tokens: StoredToken[], options: BulkOptions = {}): Thunk<BulkResult> {
    return async (dispatch) => {
        const now = options.now ?? Date.now;
        const started = now();
        const outcomes: BulkOutcome[] = tokens.map((token) => ({token, result: 'not_run'}));
        let next = 0;
        let active = 0;
        let done = 0;
        let failed = 0;
        let concurrency = BULK_CONCURRENCY.initial;
        let clean = 0;
        // The bridge's count of 429s when concurrency was last halved: the requests in flight with a burst of
        // 429s all finish after it, and the burst must halve concurrency once, not once per request.
        let limitedSeen = requestStats.rateLimited;
        const report = () => {
            const elapsed = now() - started;
            const remainingMs = done >= 3 ? Math.round((elapsed / done) * (tokens.length - done)) : undefined;
            options.onProgress?.({done, total: tokens.length, failed, concurrency, remainingMs});
        };

        await new Promise<void>((resolve) => {
            const launch = () => {
                if (active === 0 && (next >= tokens.length || options.signal?.aborted)) {
                    resolve();
                    return;
                }
                while (active < concurrency && next < tokens.length && !options.signal?.aborted) {
                    const index = next++;
                    active += 1;
                    dispatch(applyTokenAction(kind, tokens[index].id)).then((result) => {
                        active -= 1;
                        done += 1;
                        if (result.error) {
                            failed += 1;
                            outcomes[index] = {token: tokens[index], result: 'failed', error: result.error};
                        } else {
                            outcomes[index] = {token: tokens[index], result: 'changed'};
                        }
                        if (requestStats.rateLimited > limitedSeen) {
                            limitedSeen = requestStats.rateLimited;
                            concurrency = Math.max(BULK_CONCURRENCY.min, Math.floor(concurrency / 2));
                            clean = 0;
                        } else if (++clean >= BULK_CONCURRENCY.growAfter && concurrency < BULK_CONCURRENCY.max) {
                            concurrency += 1;
                            clean = 0;
                        }
                        report();
                        launch();
                    });
                }
            };
            launch();
        });
        return {outcomes, cancelled: outcomes.some((o) => o.result === 'not_run')};
    };
}
