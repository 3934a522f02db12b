// Client-side search over tokens joined to owners: every whitespace-separated term must match the token's
// description, owner (username, name, email) or ids. A term matches as a substring (ranked first) or
// fuzzily, as an in-order subsequence of the description, username or name (terms of three or more
// characters). Case-insensitive.
import type {OwnerSummary, StoredToken} from '../reducer';
import {compareText, compareTokens} from './token_order';

export interface SearchEntry<T extends StoredToken = StoredToken> {
    token: T;
    fields: string[];
    haystack: string;
}

const SEPARATOR = '\u0001';
// Fuzzy (subsequence) matching looks at the description, username and name only: over emails and ids it
// matches almost anything.
const FUZZY_FIELDS = 3;

export function ownerName(owner: Pick<OwnerSummary, 'first_name' | 'last_name' | 'nickname'> | undefined): string {
    if (!owner) {
        return '';
    }
    return [owner.first_name, owner.last_name].filter(Boolean).join(' ') || owner.nickname || '';
}

export function buildSearchIndex<T extends StoredToken>(
    tokens: T[],
    owners: Record<string, OwnerSummary>,
): Array<SearchEntry<T>> {
    return tokens.map((token) => {
        const owner = owners[token.user_id];
        const fields = [
            token.description,
            owner?.username ?? '',
            ownerName(owner),
            owner?.email ?? '',
            token.id,
            token.user_id,
        ].map((f) => f.toLowerCase());
        return {token, fields, haystack: fields.join(SEPARATOR)};
    });
}

export function isSubsequence(needle: string, hay: string): boolean {
    let i = 0;
    for (let j = 0; j < hay.length && i < needle.length; j++) {
        if (hay.charCodeAt(j) === needle.charCodeAt(i)) {
            i++;
        }
    }
    return i === needle.length;
}

function fuzzyMatch(term: string, fields: string[]): boolean {
    for (let i = 0; i < FUZZY_FIELDS; i++) {
        if (isSubsequence(term, fields[i])) {
            return true;
        }
    }
    return false;
}

// "@alice" finds alice's tokens: the @ is how people write usernames.
export function queryTerms(query: string): string[] {
    return query
        .toLowerCase()
        .split(/\s+/)
        .map((term) => term.replace(/^@/, ''))
        .filter(Boolean);
}

// 2 = every term is a substring; 1 = some term only matched fuzzily; 0 = no match.
export function scoreEntry(entry: SearchEntry, terms: string[]): number {
    let score = 2;
    for (const term of terms) {
        if (entry.haystack.includes(term)) {
            continue;
        }
        if (term.length >= 3 && fuzzyMatch(term, entry.fields)) {
            score = 1;
            continue;
        }
        return 0;
    }
    return score;
}

// Matches in their given order, substring matches before fuzzy ones.
export function searchEntries<T extends StoredToken>(index: Array<SearchEntry<T>>, query: string): T[] {
    const terms = queryTerms(query);
    if (terms.length === 0) {
        return index.map((e) => e.token);
    }
    const exact: T[] = [];
    const fuzzy: T[] = [];
    for (const entry of index) {
        const score = scoreEntry(entry, terms);
        if (score === 2) {
            exact.push(entry.token);
        } else if (score === 1) {
            fuzzy.push(entry.token);
        }
    }
    return exact.concat(fuzzy);
}

export function searchInventory<T extends StoredToken>(
    tokens: T[],
    owners: Record<string, OwnerSummary>,
    query: string,
): T[] {
    // Grouped by owner, then each owner's tokens in the usual order (/token admin's table).
    const username = (t: T) => owners[t.user_id]?.username ?? t.user_id;
    const sorted = [...tokens].sort((a, b) => compareText(username(a), username(b)) || compareTokens(a, b));
    return searchEntries(buildSearchIndex(sorted, owners), query);
}
