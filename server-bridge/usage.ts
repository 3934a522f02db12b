// An approximate "last used" signal per token, from the owner's sessions. A session is made the first time
// a token authenticates and carries the token's id in props.user_access_token_id; it is deleted when the
// token is disabled, revoked or rotated, and when it expires. So "no session" means "not used since the last
// disable/rotate", not "never used", and last activity is only as fresh as the server's session updates.
import type {Session} from '@mattermost/types/sessions';

import {routes} from './client';
import {isTokenApiError, type TokenApiError} from './errors';
import {createLimiter, type Limiter} from './limit';
import {get} from './request';
import {DEFAULT_CONCURRENCY} from './tokens';

export interface TokenUsage {
    tokenId: string;
    // Most recent activity of any session made from the token (Unix ms).
    lastActivityAt: number;
    // When the first such session still on record was made (Unix ms).
    firstSeenAt: number;
    sessions: number;
    approximate: true;
}

export function usageFromSessions(sessions: Session[]): Map<string, TokenUsage> {
    const usage = new Map<string, TokenUsage>();
    for (const session of sessions) {
        const tokenId = session.props?.type === 'UserAccessToken' ? session.props.user_access_token_id : undefined;
        if (typeof tokenId !== 'string' || tokenId === '') {
            continue;
        }
        const seen = usage.get(tokenId);
        usage.set(tokenId, {
            tokenId,
            lastActivityAt: Math.max(seen?.lastActivityAt ?? 0, session.last_activity_at),
            firstSeenAt: Math.min(seen?.firstSeenAt ?? Number.POSITIVE_INFINITY, session.create_at),
            sessions: (seen?.sessions ?? 0) + 1,
            approximate: true,
        });
    }
    return usage;
}

// Needs permission to the user (self, or edit_other_users for non-admins' accounts).
export async function getTokenUsage(userId: string): Promise<Map<string, TokenUsage>> {
    const sessions = await get<Session[]>(`${routes.user(userId)}/sessions`, 'getTokenUsage');
    return usageFromSessions(sessions);
}

export type UserUsageResult = {userId: string; usage: Map<string, TokenUsage>} | {userId: string; error: TokenApiError};

export interface UsageScanOptions {
    // Shares a limiter with other requests; otherwise one of DEFAULT_CONCURRENCY is made for this scan.
    limiter?: Limiter;
    // Stops launching requests; those in flight finish and are reported.
    signal?: AbortSignal;
    // Called once per user whose request ran, in completion order.
    onResult?: (result: UserUsageResult) => void;
}

// One GET /users/{id}/sessions per user, at most the limiter's concurrency at a time. A user that fails
// (reads are retried first) is reported and the others go on; cancelled when the signal aborts. Resolves
// with whether it was cancelled before every user ran.
export async function scanTokenUsage(userIds: string[], options: UsageScanOptions = {}): Promise<{cancelled: boolean}> {
    const limiter = options.limiter ?? createLimiter(DEFAULT_CONCURRENCY);
    let skipped = false;
    await Promise.all(
        userIds.map((userId) =>
            limiter(async () => {
                if (options.signal?.aborted) {
                    skipped = true;
                    return;
                }
                let result: UserUsageResult;
                try {
                    result = {userId, usage: await getTokenUsage(userId)};
                } catch (err) {
                    if (!isTokenApiError(err)) {
                        throw err;
                    }
                    result = {userId, error: err};
                }
                options.onResult?.(result);
            }),
        ),
    );
    return {cancelled: skipped};
}
