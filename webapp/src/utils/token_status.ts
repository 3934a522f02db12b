// A token's status as a user sees it: the server keeps is_active true for expired tokens.
import type {UserAccessToken} from '@mattermost/types/users';
import {DAY_MS} from 'server-bridge';

export type TokenStatus = 'active' | 'disabled' | 'expired';

export function tokenStatus(token: Pick<UserAccessToken, 'is_active' | 'expires_at'>, now = Date.now()): TokenStatus {
    if (!token.is_active) {
        return 'disabled';
    }
    if (token.expires_at && token.expires_at > 0 && now >= token.expires_at) {
        return 'expired';
    }
    return 'active';
}

export type ExpiryBucket = 'never' | 'expired' | 'within_7_days' | 'later' | 'unknown';

export function expiryBucket(token: Pick<UserAccessToken, 'expires_at'>, now = Date.now()): ExpiryBucket {
    if (token.expires_at === undefined) {
        return 'unknown';
    }
    if (token.expires_at === 0) {
        return 'never';
    }
    if (token.expires_at <= now) {
        return 'expired';
    }
    return token.expires_at - now <= 7 * DAY_MS ? 'within_7_days' : 'later';
}
