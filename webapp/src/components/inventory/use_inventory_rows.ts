// The inventory's rows: every token joined to its owner, sorted, indexed for search, then searched and
// filtered. Sorting happens when the data or the sort change; indexing too, once something is searched for
// or the data has settled (index entries are remade only for new tokens and changed owners); a keystroke
// scans the index, or only the matches of the query it extends.
import {useEffect, useMemo, useState} from 'react';

import {useAppSelector} from '../../hooks';
import type {OwnerSummary, StoredToken} from '../../reducer';
import {getPluginState} from '../../selectors';
import {isNoFacets, matchesFacets, sortTokens, type Facets, type Sort} from '../../utils/inventory_rows';
import {LazyIndexSearch} from '../../utils/lazy_index_search';
import {buildSearchIndex, type SearchEntryCache} from '../../utils/search';

const PREPARE_DELAY_MS = 200;

export interface InventoryData {
    all: StoredToken[];
    owners: Record<string, OwnerSummary>;
    // "Now" for status, expiry buckets and risks, refreshed whenever the data changes.
    now: number;
}

export function useInventoryData(): InventoryData {
    const tokens = useAppSelector((state) => getPluginState(state).tokens);
    const owners = useAppSelector((state) => getPluginState(state).owners);
    const now = useMemo(() => Date.now(), [tokens]); // eslint-disable-line react-hooks/exhaustive-deps
    const all = useMemo(() => Object.values(tokens), [tokens]);
    return useMemo(() => ({all, owners, now}), [all, owners, now]);
}

// `only` narrows the rows further (the risk view's filter); it must be memoized by the caller. Facets and
// `only` filter the sorted rows before they are indexed, so a keystroke searches only what they let through
// (the order is the same either way: search keeps the index order within its two groups).
export function useInventoryRows(
    data: InventoryData,
    query: string,
    facets: Facets,
    sort: Sort,
    only?: (token: StoredToken) => boolean,
    // Whether the data has settled (the inventory is not loading): then the search is readied while idle.
    settled = true,
): StoredToken[] {
    const {all, owners, now} = data;
    const sorted = useMemo(() => sortTokens(all, sort, owners, now), [all, sort, owners, now]);
    const filtered = useMemo(() => {
        const unfaceted = isNoFacets(facets);
        if (unfaceted && !only) {
            return sorted;
        }
        return sorted.filter(
            (t) => (unfaceted || matchesFacets(t, owners[t.user_id], facets, now)) && (!only || only(t)),
        );
    }, [sorted, facets, owners, now, only]);
    const [entries] = useState<SearchEntryCache<StoredToken>>(() => new WeakMap());
    const search = useMemo(
        () => new LazyIndexSearch(filtered, () => buildSearchIndex(filtered, owners, entries)),
        [filtered, owners, entries],
    );
    // Ready the search before the first keystroke, once the data has settled and the browser is idle.
    useEffect(() => {
        if (!settled) {
            return undefined;
        }
        const timer = setTimeout(() => search.prepare(), PREPARE_DELAY_MS);
        return () => clearTimeout(timer);
    }, [search, settled]);
    return useMemo(() => search.search(query), [search, query]);
}
