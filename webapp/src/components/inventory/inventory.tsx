// The system-wide token inventory (manage_system only; the caller renders it only for admins). Rows appear
// as the first page arrives; the risk view counts what needs a look and filters to it; search, facets and
// sorting run on the client over every token; the table is virtualized; selections and risks feed bulk
// actions with a preview; the rows shown export to CSV.
import React, {useCallback, useEffect, useId, useMemo, useState} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {TokenActionKind} from '../../actions';
import {useAppDispatch, useAppSelector} from '../../hooks';
import {loadInventory} from '../../inventory_actions';
import common from '../../messages/common';
import messages from '../../messages/inventory';
import type {StoredToken} from '../../reducer';
import {getPluginState} from '../../selectors';
import {NO_FACETS, type Facets, type Sort, type SortKey} from '../../utils/inventory_rows';
import {activityOwners, RISK_FIX, type RiskKey} from '../../utils/risk';
import BulkDialog from '../common/bulk_dialog';
import ErrorNotice from '../common/error_notice';
import {TokensDisabledNotice} from '../common/notices';
import ActivityScan from './activity_scan';
import BulkBar from './bulk_bar';
import {download, inventoryCsv} from './csv_export';
import InventoryRow from './inventory_row';
import LoadProgress from './load_progress';
import OwnerFilter from './owner_filter';
import RiskPanel from './risk_panel';
import Toolbar from './toolbar';
import {useActivityScan} from './use_activity_scan';
import {useInventoryData, useInventoryRows} from './use_inventory_rows';
import {useRiskReport} from './use_risk_report';
import VirtualRows from './virtual_rows';

const ROW_HEIGHT = 40;

const COLUMNS: Array<{key: SortKey; label: typeof common.columnOwner}> = [
    {key: 'owner', label: common.columnOwner},
    {key: 'description', label: common.columnDescription},
    {key: 'id', label: common.columnId},
    {key: 'status', label: common.columnStatus},
    {key: 'expires', label: common.columnExpires},
    {key: 'kind', label: messages.kindFacet},
];

function useSelection() {
    const [selected, setSelected] = useState<Set<string>>(new Set());
    const toggle = useCallback((id: string) => {
        setSelected((current) => {
            const next = new Set(current);
            if (!next.delete(id)) {
                next.add(id);
            }
            return next;
        });
    }, []);
    return {selected, setSelected, toggle};
}

export default function Inventory() {
    const intl = useIntl();
    const dispatch = useAppDispatch();
    const inventory = useAppSelector((state) => getPluginState(state).inventory);
    const [query, setQuery] = useState('');
    // Opened on one owner's tokens (from the paste guard): start filtered to them.
    const openedOwnerId = useAppSelector((state) => getPluginState(state).modal.ownerId);
    const [facets, setFacets] = useState<Facets>(() => ({...NO_FACETS, ownerId: openedOwnerId ?? ''}));
    useEffect(() => {
        if (openedOwnerId) {
            setFacets((f) => ({...f, ownerId: openedOwnerId}));
        }
    }, [openedOwnerId]);
    const [sort, setSort] = useState<Sort>({key: 'owner', direction: 'asc'});
    const [bulk, setBulk] = useState<TokenActionKind>();
    const [risk, setRisk] = useState<RiskKey>();
    // A risk's fix acts on the risk's tokens as they were when it was offered.
    const [fix, setFix] = useState<{action: TokenActionKind; tokens: StoredToken[]}>();
    const {selected, setSelected, toggle} = useSelection();
    const data = useInventoryData();
    const {all, owners, now} = data;
    const scan = useActivityScan();
    const loaded = inventory.status === 'loaded';
    const risks = useRiskReport(data, loaded, scan.state.findings);
    // Rows hold the same token objects as the report: the filter is a lookup in the selected risk's set.
    const only = useMemo(() => {
        const members = risk ? new Set(risks.report.tokens[risk]) : undefined;
        return members && ((t: StoredToken) => members.has(t));
    }, [risk, risks.report]);
    const rows = useInventoryRows(data, query, facets, sort, only, inventory.status !== 'loading');
    const scanOwners = useMemo(() => activityOwners(all, owners, now), [all, owners, now]);
    const titleId = useId();

    const load = useCallback(() => dispatch(loadInventory()), [dispatch]);
    useEffect(() => {
        if (inventory.status === 'idle') {
            load();
        }
    }, []); // eslint-disable-line react-hooks/exhaustive-deps -- load once when first shown

    const allShownSelected = rows.length > 0 && rows.every((t) => selected.has(t.id));
    const selectedTokens = useMemo(() => all.filter((t) => selected.has(t.id)), [all, selected]);
    const setFacet = useCallback(
        <K extends keyof Facets>(key: K, value: Facets[K]) => setFacets((f) => ({...f, [key]: value})),
        [],
    );
    const drill = useCallback((ownerId: string) => setFacets((f) => ({...f, ownerId})), []);
    // A risk shows exactly its tokens: the other filters are cleared (the search stays, as with facets).
    const selectRisk = useCallback((key?: RiskKey) => {
        setRisk(key);
        if (key) {
            setFacets(NO_FACETS);
        }
    }, []);
    const offerFix = (key: RiskKey) => setFix({action: RISK_FIX[key], tokens: risks.report.tokens[key]});
    const sortBy = (key: SortKey) =>
        setSort((s) => ({key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc'}));
    // Export only what a complete, permitted load shows.
    const exportCount = inventory.status === 'loaded' ? rows.length : 0;
    const exportCsv = () =>
        download(
            `personal-access-tokens-${new Date().toISOString().slice(0, 10)}.csv`,
            inventoryCsv(rows, data, risks.maxLifetimeDays, scan.state.findings?.scan),
        );

    return (
        <section className='token-manager-inventory' aria-labelledby={titleId}>
            <h3 id={titleId}>
                <FormattedMessage {...messages.title} />
            </h3>
            <TokensDisabledNotice />
            <LoadProgress shown={all.length} onReload={load} />
            {inventory.status === 'error' && inventory.error && (
                <ErrorNotice error={inventory.error} context={{admin: true}} onRetry={load} />
            )}
            <RiskPanel view={risks} complete={loaded} selected={risk} onSelect={selectRisk} onFix={offerFix}>
                <ActivityScan
                    state={scan.state}
                    owners={scanOwners.length}
                    canStart={loaded}
                    onStart={() => scan.start(scanOwners)}
                    onStop={scan.stop}
                />
            </RiskPanel>
            <Toolbar
                query={query}
                onQuery={setQuery}
                facets={facets}
                onFacet={setFacet}
                exportCount={exportCount}
                onExport={exportCsv}
            />
            {facets.ownerId && (
                <OwnerFilter
                    ownerId={facets.ownerId}
                    owner={owners[facets.ownerId]}
                    tokens={all.filter((t) => t.user_id === facets.ownerId)}
                    now={now}
                    onClear={() => setFacet('ownerId', '')}
                />
            )}
            <BulkBar
                shown={rows.length}
                total={all.length}
                selected={selected.size}
                onAction={setBulk}
                onClear={() => setSelected(new Set())}
            />
            <div
                className='token-manager-grid'
                role='table'
                aria-label={intl.formatMessage(messages.tableLabel)}
                aria-rowcount={rows.length + 1}
            >
                <div role='rowgroup'>
                    <div className='token-manager-grid__head' role='row' aria-rowindex={1}>
                        <div role='columnheader'>
                            <input
                                type='checkbox'
                                checked={allShownSelected}
                                onChange={() =>
                                    setSelected(allShownSelected ? new Set() : new Set(rows.map((t) => t.id)))
                                }
                                disabled={rows.length === 0}
                                aria-label={intl.formatMessage(messages.selectAll, {count: rows.length})}
                            />
                        </div>
                        {COLUMNS.map((column) => (
                            <div
                                key={column.key}
                                role='columnheader'
                                aria-sort={
                                    sort.key === column.key
                                        ? sort.direction === 'asc'
                                            ? 'ascending'
                                            : 'descending'
                                        : 'none'
                                }
                            >
                                <button
                                    type='button'
                                    onClick={() => sortBy(column.key)}
                                    title={intl.formatMessage(messages.sortBy, {
                                        column: intl.formatMessage(column.label),
                                    })}
                                >
                                    <FormattedMessage {...column.label} />
                                    {sort.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                                </button>
                            </div>
                        ))}
                    </div>
                </div>
                {rows.length === 0 && inventory.status !== 'loading' ? (
                    <p className='token-manager-muted token-manager-grid__empty'>
                        <FormattedMessage {...(all.length === 0 ? messages.noTokens : messages.noMatches)} />
                    </p>
                ) : (
                    <VirtualRows
                        count={rows.length}
                        rowHeight={ROW_HEIGHT}
                        label={intl.formatMessage(messages.tableLabel)}
                        renderRow={(i, style) => (
                            // Keyed by place, as virtual lists are: a keystroke fills the same row elements
                            // with other tokens instead of removing them and making new ones.
                            <InventoryRow
                                key={i}
                                token={rows[i]}
                                owner={owners[rows[i].user_id]}
                                index={i}
                                now={now}
                                selected={selected.has(rows[i].id)}
                                style={style}
                                onToggle={toggle}
                                onDrill={drill}
                            />
                        )}
                    />
                )}
            </div>
            {bulk && (
                <BulkDialog
                    action={bulk}
                    tokens={selectedTokens}
                    onClose={(changed) => {
                        setBulk(undefined);
                        if (changed) {
                            setSelected(new Set());
                        }
                    }}
                />
            )}
            {fix && <BulkDialog action={fix.action} tokens={fix.tokens} onClose={() => setFix(undefined)} />}
        </section>
    );
}
