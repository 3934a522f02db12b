// An approximate "last used" signal per token, from the owner's sessions. A session is made the first time
// a token authenticates and carries the token's id in props.user_access_token_id; it is deleted when the
// token is disabled, revoked or rotated, and when it expires. So "no session" means "not used since the last
// disable/rotate", not "never used", and last activity is only as fresh as the server's session updates.
import type {Session} from '@mattermost/types/sessions';

import {routes} from './client';
import {get} from './request';

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
