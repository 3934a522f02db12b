// What this user may do and what this server supports, read from the Redux state (roles, client config)
// and from the server's own answers; never from a version number.
import type {GlobalState} from '@mattermost/types/store';
import type {UserAccessToken} from '@mattermost/types/users';

export interface DetectedFeatures {
    // Seen `expires_at` in a token response.
    expiry?: boolean;
    // From detectRotate().
    rotate?: boolean;
    // Whether GET /users/tokens/non_compliant/count exists (policy.ts); false after a 404 or 405.
    nonCompliantCount?: boolean;
}

export interface Capabilities {
    // ServiceSettings.EnableUserAccessTokens.
    tokensEnabled: boolean;
    canCreate: boolean;
    canRead: boolean;
    canRevoke: boolean;
    canManageOthers: boolean;
    isSystemAdmin: boolean;
    supportsExpiry: boolean;
    // ServiceSettings.MaximumPersonalAccessTokenLifetimeDays when it is a policy (> 0), else null.
    maxLifetimeDays: number | null;
    // undefined until a rotate response (or detectRotate) tells.
    supportsRotate: boolean | undefined;
}

type StateLike = Pick<GlobalState, 'entities'>;

// haveISystemPermission: the union of the permissions of the roles named in the current user's roles.
function myPermissions(state: StateLike): Set<string> {
    const {currentUserId, profiles} = state.entities.users;
    const roleNames = (profiles[currentUserId]?.roles ?? '').split(' ').filter(Boolean);
    const roles = state.entities.roles?.roles ?? {};
    const out = new Set<string>();
    for (const name of roleNames) {
        for (const permission of roles[name]?.permissions ?? []) {
            out.add(permission);
        }
    }
    return out;
}

export function capabilitiesFromState(state: StateLike, detected: DetectedFeatures = {}): Capabilities {
    const config = (state.entities.general?.config ?? {}) as Record<string, string | undefined>;
    const permissions = myPermissions(state);
    const maxDaysRaw = config.MaximumPersonalAccessTokenLifetimeDays;
    const maxDays = maxDaysRaw === undefined ? 0 : parseInt(maxDaysRaw, 10);
    return {
        tokensEnabled: config.EnableUserAccessTokens === 'true',
        canCreate: permissions.has('create_user_access_token'),
        canRead: permissions.has('read_user_access_token'),
        canRevoke: permissions.has('revoke_user_access_token'),
        canManageOthers: permissions.has('edit_other_users') || permissions.has('manage_system'),
        isSystemAdmin: permissions.has('manage_system'),
        supportsExpiry: maxDaysRaw !== undefined || detected.expiry === true,
        maxLifetimeDays: Number.isFinite(maxDays) && maxDays > 0 ? maxDays : null,
        supportsRotate: detected.rotate,
    };
}

// Expiry-generation servers always serialize expires_at (0 = never); older ones never do.
export function expiryFromTokens(tokens: UserAccessToken[]): boolean | undefined {
    if (tokens.length === 0) {
        return undefined;
    }
    return tokens.some((t) => Object.prototype.hasOwnProperty.call(t, 'expires_at'));
}

// A server without the route answers 405 (the path matches GET /users/tokens/{token_id}) or a plain 404;
// a missing *token* is a 404 with app.user_access_token.get_by_user.app_error instead.
export function isRouteMissing(error: {status: number; serverErrorId: string}): boolean {
    return (
        error.status === 405 ||
        (error.status === 404 && (error.serverErrorId === '' || error.serverErrorId === 'api.context.404.app_error'))
    );
}
