// The server's own view of the lifetime policy (ServiceSettings.MaximumPersonalAccessTokenLifetimeDays).
// Newer servers count the tokens that break it: GET /users/tokens/non_compliant/count (manage_system) →
// {"count": n}, active tokens of non-bot owners that never expire or expire beyond now + the maximum; 0
// when there is no policy. Older servers have no such route: the path matches nothing (404) or, through
// GET /users/tokens/{token_id}, the wrong method (405). Feature-detected, never assumed from a version.
import {routes} from './client';
import {isTokenApiError} from './errors';
import {get} from './request';

// The server's count, or undefined when the server has no such route. Other failures (403 for a caller
// without manage_system, 5xx after the read's retries, network) are thrown as TokenApiErrors.
export async function countNonCompliantTokens(): Promise<number | undefined> {
    try {
        const answer = await get<{count?: unknown}>(
            `${routes.tokens()}/non_compliant/count`,
            'countNonCompliantTokens',
        );
        if (typeof answer?.count !== 'number') {
            return undefined;
        }
        return answer.count;
    } catch (err) {
        if (isTokenApiError(err) && (err.status === 404 || err.status === 405)) {
            return undefined;
        }
        throw err;
    }
}
