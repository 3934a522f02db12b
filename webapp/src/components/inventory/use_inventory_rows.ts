// The inventory's rows: every token joined to its owner, sorted, indexed for search, then searched and
// filtered. Sorting and indexing happen when the data or the sort change; a keystroke only scans the index.
import {useMemo} from 'react';

import {useAppSelector} from '../../hooks';
import type {OwnerSummary, StoredToken} from '../../reducer';
import {getPluginState} from '../../selectors';
import {matchesFacets, NO_FACETS, sortTokens, type Facets, type Sort} from '../../utils/inventory_rows';
import {buildSearchIndex, searchEntries} from '../../utils/search';

export interface InventoryRows {
    all: StoredToken[];
    rows: StoredToken[];
    owners: Record<string, OwnerSummary>;
    // "Now" for status and expiry buckets, refreshed whenever the data changes.
    now: number;
}

export function useInventoryRows(query: string, facets: Facets, sort: Sort): InventoryRows {
    const tokens = useAppSelector((state) => getPluginState(state).tokens);
    const owners = useAppSelector((state) => getPluginState(state).owners);
    const now = useMemo(() => Date.now(), [tokens]); // eslint-disable-line react-hooks/exhaustive-deps
    const all = useMemo(() => Object.values(tokens), [tokens]);
    const sorted = useMemo(() => sortTokens(all, sort, owners, now), [all, sort, owners, now]);
    const index = useMemo(() => buildSearchIndex(sorted, owners), [sorted, owners]);
    const rows = useMemo(() => {
        const found = searchEntries(index, query);
        return facets === NO_FACETS ? found : found.filter((t) => matchesFacets(t, owners[t.user_id], facets, now));
    }, [index, query, facets, owners, now]);
    return {all, rows, owners, now};
}
