// Asks the server about each candidate: live (and whose, and which token when that is certain), not a
// token, or unknown (the server could not be asked). A few at a time, one attempt each, and an overall
// budget: what is not asked by then counts as unknown, so a slow server delays a message by seconds at most.
import * as bridge from 'server-bridge';

import {summarizeOwner} from '../actions';
import type {OwnerSummary} from '../reducer';

export const CHECK_CONCURRENCY = 4;
export const CHECK_BUDGET_MS = 8000;

export interface LiveFinding {
    secret: string;
    owner: OwnerSummary;
    // The token's id, when the owner's sessions tell it for certain.
    tokenId?: string;
}

export interface CheckOutcome {
    live: LiveFinding[];
    // Candidates whose answer is not known (network failure, timeout, an unexpected answer, no budget left).
    unknown: number;
}

async function checkOne(secret: string): Promise<LiveFinding | undefined> {
    const live = await bridge.whoseToken(secret);
    if (!live) {
        return undefined;
    }
    let tokenId: string | undefined;
    try {
        tokenId = await bridge.identifyToken(secret, live.sessionsSince);
    } catch {
        // Live all the same; without its id the dialog offers the owner's token list instead of Revoke.
    }
    return {secret, owner: summarizeOwner(live.owner), tokenId};
}

export async function checkCandidates(
    candidates: string[],
    options: {concurrency?: number; budgetMs?: number; now?: () => number} = {},
): Promise<CheckOutcome> {
    const now = options.now ?? Date.now;
    const deadline = now() + (options.budgetMs ?? CHECK_BUDGET_MS);
    const limit = bridge.createLimiter(options.concurrency ?? CHECK_CONCURRENCY);
    const answers = await Promise.all(
        candidates.map((secret) =>
            limit(async (): Promise<LiveFinding | undefined | 'unknown'> => {
                if (now() >= deadline) {
                    return 'unknown';
                }
                try {
                    return await checkOne(secret);
                } catch {
                    // Nothing from the error is kept or logged: it is about a request that carried the secret.
                    return 'unknown';
                }
            }),
        ),
    );
    const live = answers.filter((a): a is LiveFinding => a !== undefined && a !== 'unknown');
    return {live, unknown: answers.filter((a) => a === 'unknown').length};
}
