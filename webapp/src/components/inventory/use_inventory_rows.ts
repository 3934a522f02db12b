// The inventory's rows: every token joined to its owner, sorted, indexed for search, then searched and
// filtered. Sorting and indexing happen when the data or the sort change; a keystroke only scans the index.
import {useMemo} from 'react';

import {useAppSelector} from '../../hooks';
import type {OwnerSummary, StoredToken} from '../../reducer';
import {getPluginState} from '../../selectors';
import {matchesFacets, NO_FACETS, sortTokens, type Facets, type Sort} from '../../utils/inventory_rows';
import {buildSearchIndex, searchEntries} from '../../utils/search';

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

// `only` narrows the rows further (the risk view's filter); it must be memoized by the caller.
export function useInventoryRows(
    data: InventoryData,
    query: string,
    facets: Facets,
    sort: Sort,
    only?: (token: StoredToken) => boolean,
): StoredToken[] {
    const {all, owners, now} = data;
    const sorted = useMemo(() => sortTokens(all, sort, owners, now), [all, sort, owners, now]);
    const index = useMemo(() => buildSearchIndex(sorted, owners), [sorted, owners]);
    return useMemo(() => {
        const found = searchEntries(index, query);
        if (facets === NO_FACETS && !only) {
            return found;
        }
        return found.filter(
            (t) => (facets === NO_FACETS || matchesFacets(t, owners[t.user_id], facets, now)) && (!only || only(t)),
        );
    }, [index, query, facets, owners, now, only]);
}
