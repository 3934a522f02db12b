// Finds the token a user means: by id, exact description, or a unique start of either (case-insensitive).
import type {UserAccessToken} from '@mattermost/types/users';

type TokenLike = Pick<UserAccessToken, 'id' | 'description'>;

export type Resolution<T extends TokenLike> =
    {kind: 'found'; token: T} | {kind: 'ambiguous'; candidates: T[]} | {kind: 'none'};

// Server ids: 26 characters of [a-z0-9].
export function looksLikeTokenId(text: string): boolean {
    return /^[a-z0-9]{26}$/.test(text);
}

export function resolveToken<T extends TokenLike>(tokens: T[], target: string): Resolution<T> {
    const wanted = target.trim();
    const lower = wanted.toLowerCase();
    const byId = tokens.find((t) => t.id === wanted);
    if (byId) {
        return {kind: 'found', token: byId};
    }
    for (const matches of [
        tokens.filter((t) => t.description === wanted),
        tokens.filter((t) => t.description.toLowerCase() === lower),
        tokens.filter((t) => t.id.startsWith(lower) || t.description.toLowerCase().startsWith(lower)),
    ]) {
        if (matches.length === 1) {
            return {kind: 'found', token: matches[0]};
        }
        if (matches.length > 1) {
            return {kind: 'ambiguous', candidates: matches};
        }
    }
    return {kind: 'none'};
}
