// Client-side search over tokens joined to owners: every whitespace-separated term must match the token's
// description, owner (username, name, email) or ids. A term matches as a substring (ranked first) or
// fuzzily, as an in-order subsequence of the description, username or name (terms of three or more
// characters, none of them digits). Case-insensitive.
import type {OwnerSummary, StoredToken} from '../reducer';
import {compareText, compareTokens} from './token_order';

// One row: its fields, lower-cased and joined by SEPARATOR (description, username, name, email, token id,
// owner id), in one string. Kept small: at 100,000 rows every object per row counts.
export interface SearchEntry<T extends StoredToken = StoredToken> {
    token: T;
    // The owner object the entry was made with (an entry is remade when it changes).
    owner?: OwnerSummary;
    haystack: string;
    // Which characters the haystack has (see charMask): a term needing one it lacks cannot match.
    mask: number;
}

export const SEPARATOR = '\u0001';
const SEPARATOR_CODE = SEPARATOR.charCodeAt(0);
// Fuzzy (subsequence) matching looks at the description, username and name only: over emails and ids it
// matches almost anything.
export const FUZZY_FIELDS = 3;

// One bit per letter a–z, four for the digits (0 and 4 and 8 share one, and so on), one for anything else.
export function charMask(text: string): number {
    let mask = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 97 && c <= 122) {
            mask |= 1 << (c - 97);
        } else if (c >= 48 && c <= 57) {
            mask |= 1 << (26 + ((c - 48) % 4));
        } else if (c !== SEPARATOR_CODE) {
            mask |= 1 << 30;
        }
    }
    return mask;
}

// An entry is remade only when its token or its owner object changes, so re-indexing 100,000 rows after a
// page of new tokens arrives costs a lookup per row.
export type SearchEntryCache<T extends StoredToken> = WeakMap<T, SearchEntry<T>>;

export function ownerName(owner: Pick<OwnerSummary, 'first_name' | 'last_name' | 'nickname'> | undefined): string {
    if (!owner) {
        return '';
    }
    return [owner.first_name, owner.last_name].filter(Boolean).join(' ') || owner.nickname || '';
}

export function buildSearchIndex<T extends StoredToken>(
    tokens: T[],
    owners: Record<string, OwnerSummary>,
    cache?: SearchEntryCache<T>,
): Array<SearchEntry<T>> {
    return tokens.map((token) => {
        const owner = owners[token.user_id];
        const cached = cache?.get(token);
        if (cached && cached.owner === owner) {
            return cached;
        }
        const haystack = [
            token.description,
            owner?.username ?? '',
            ownerName(owner),
            owner?.email ?? '',
            token.id,
            token.user_id,
        ]
            .join(SEPARATOR)
            .toLowerCase();
        const entry = {token, owner, haystack, mask: charMask(haystack)};
        cache?.set(token, entry);
        return entry;
    });
}

// Fuzzy matching is for words: a term of three or more characters without digits. Numbers and ids must
// match as they are typed ("user0042" finding user10042, "#99" finding #9 … 9, would be noise).
export function fuzzyTerm(term: string): boolean {
    return term.length >= 3 && !/[0-9]/.test(term);
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

// The fields fuzzy matching reads, first in every haystack.
export function fuzzyFields(haystack: string): string[] {
    return haystack.split(SEPARATOR, FUZZY_FIELDS);
}

function fuzzyMatch(term: string, entry: SearchEntry): boolean {
    for (const field of fuzzyFields(entry.haystack)) {
        if (isSubsequence(term, field)) {
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

// 2 = every term is a substring; 1 = some term only matched fuzzily; 0 = no match. `masks` are the terms'
// charMasks.
function scoreEntry(entry: SearchEntry, terms: string[], masks = terms.map(charMask)): number {
    let score = 2;
    for (let i = 0; i < terms.length; i++) {
        const term = terms[i];
        if ((entry.mask & masks[i]) !== masks[i]) {
            return 0;
        }
        if (entry.haystack.includes(term)) {
            continue;
        }
        if (fuzzyTerm(term) && fuzzyMatch(term, entry)) {
            score = 1;
            continue;
        }
        return 0;
    }
    return score;
}

function scan<T extends StoredToken>(
    candidates: Iterable<SearchEntry<T>>,
    terms: string[],
): {exact: Array<SearchEntry<T>>; fuzzy: Array<SearchEntry<T>>} {
    const masks = terms.map(charMask);
    const exact: Array<SearchEntry<T>> = [];
    const fuzzy: Array<SearchEntry<T>> = [];
    for (const entry of candidates) {
        const score = scoreEntry(entry, terms, masks);
        if (score === 2) {
            exact.push(entry);
        } else if (score === 1) {
            fuzzy.push(entry);
        }
    }
    return {exact, fuzzy};
}

// Whether everything `terms` matches is among what `base` matched: each base term is extended by the term in
// its place (more terms only narrow), and a term that may now match fuzzily could already before (a base
// term that could not match fuzzily matched only as a substring).
export function narrows(base: string[], terms: string[]): boolean {
    return (
        terms.length >= base.length &&
        base.every((b, i) => terms[i].startsWith(b) && (b === terms[i] || fuzzyTerm(b) || !fuzzyTerm(terms[i])))
    );
}

// Matches in their given order, substring matches before fuzzy ones.
export function searchEntries<T extends StoredToken>(index: Array<SearchEntry<T>>, query: string): T[] {
    const terms = queryTerms(query);
    if (terms.length === 0) {
        return index.map((e) => e.token);
    }
    const {exact, fuzzy} = scan(index, terms);
    return exact.concat(fuzzy).map((e) => e.token);
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
