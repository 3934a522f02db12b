// For the paste guard: whether a 26-character string is a live token, and whose. The string itself is
// sent as a bearer token, without the session cookie (the server reads the cookie before the Authorization
// header, so a request carrying both would only ever be the user's own session). `credentials: 'omit'` also
// makes the browser ignore the answer's cookies: a 401 clears MMAUTHTOKEN, MMUSERID and MMCSRF with
// Set-Cookie, which would otherwise sign the user out. One attempt, a few
// seconds at most; the string goes into the Authorization header only, never into a URL, a body, an error
// or a log. Asking has a side effect: the first request made with a personal access token creates a
// session for it on the server (token-api.md §6) and marks it active.
import type {Session} from '@mattermost/types/sessions';
import type {UserProfile} from '@mattermost/types/users';

import {routes} from './client';
import {isTokenApiError} from './errors';
import {request, type RequestOptions} from './request';

export const OWNER_CHECK_TIMEOUT_MS = 4000;

export interface TokenCheckOptions {
    timeoutMs?: number;
}

export interface LiveToken {
    owner: UserProfile;
    // A moment (server time, Unix ms) no later than the arrival of the check at the server: a session the
    // check created for the token has create_at at or after it.
    sessionsSince: number;
}

function asBearer(secret: string, operation: string, options: TokenCheckOptions): RequestOptions {
    return {
        method: 'get',
        operation,
        idempotent: true,
        attempts: 1,
        timeoutMs: options.timeoutMs ?? OWNER_CHECK_TIMEOUT_MS,
        withSession: false,
        headers: {Authorization: `Bearer ${secret}`},
    };
}

// The server's clock, read from the Date header of an answer (whole seconds), or undefined.
function serverDate(headers: Headers): number | undefined {
    const value = headers.get('Date');
    const parsed = value ? Date.parse(value) : NaN;
    return Number.isNaN(parsed) ? undefined : parsed;
}

// GET /users/me as the token: 200 → live, and whose; 401 → not a live token (unknown, revoked, disabled,
// expired, a deactivated owner, or tokens disabled on the server for a non-bot owner). Any other failure
// (network, timeout, 429, 5xx) is thrown as a TokenApiError: the caller cannot know.
export async function whoseToken(secret: string, options: TokenCheckOptions = {}): Promise<LiveToken | undefined> {
    const started = Date.now();
    const clock = performance.now();
    let date: number | undefined;
    try {
        const owner = await request<UserProfile>(routes.user('me'), {
            ...asBearer(secret, 'whoseToken', options),
            onHeaders: (headers) => {
                date = serverDate(headers);
            },
        });
        // Without skew: the server answered at or after `date` and the check left here at most `elapsed`
        // before this answer came back, so it arrived at the server no earlier than date − elapsed (the
        // browser's clock alone could be minutes off).
        const elapsed = Math.ceil(performance.now() - clock);
        return {owner, sessionsSince: date === undefined ? started : date - elapsed};
    } catch (err) {
        if (isTokenApiError(err) && err.status === 401) {
            return undefined;
        }
        throw err;
    }
}

function patTokenId(session: Session): string | undefined {
    const id = session.props?.type === 'UserAccessToken' ? session.props.user_access_token_id : undefined;
    return typeof id === 'string' && id !== '' ? id : undefined;
}

// Which of the owner's tokens the secret is, from the owner's sessions, only when that is certain:
// - exactly one token has a session created since the check (the check made it: a token's first use
//   creates its session), or
// - every session the owner has is a token session, all of one token (the secret opened one of them).
// A secret can also be a login session (a browser cookie, an mmctl config): then the owner has other
// sessions, and one token's session among them proves nothing, so nothing is guessed.
export function tokenIdFromSessions(sessions: Session[], sessionsSince: number): string | undefined {
    const fresh = new Set<string>();
    const all = new Set<string>();
    let others = 0;
    for (const session of sessions) {
        const id = patTokenId(session);
        if (id === undefined) {
            others += 1;
            continue;
        }
        all.add(id);
        if (session.create_at >= sessionsSince) {
            fresh.add(id);
        }
    }
    if (fresh.size === 1) {
        return [...fresh][0];
    }
    if (fresh.size === 0 && others === 0 && all.size === 1) {
        return [...all][0];
    }
    return undefined;
}

// GET /users/me/sessions as the token (every user may list their own sessions), then tokenIdFromSessions.
// Throws a TokenApiError when the server cannot be asked.
export async function identifyToken(
    secret: string,
    sessionsSince: number,
    options: TokenCheckOptions = {},
): Promise<string | undefined> {
    const sessions = await request<Session[]>(
        `${routes.user('me')}/sessions`,
        asBearer(secret, 'identifyToken', options),
    );
    return Array.isArray(sessions) ? tokenIdFromSessions(sessions, sessionsSince) : undefined;
}
