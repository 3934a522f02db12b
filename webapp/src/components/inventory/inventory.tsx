// The system-wide token inventory (manage_system only; the caller renders it only for admins). Rows appear
// as the first page arrives; search, facets and sorting run on the client over every token; the table is
// virtualized; selections feed bulk actions with a preview; the visible rows export to CSV.
import React, {useCallback, useEffect, useMemo, useState} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import {useDispatch, useSelector} from 'react-redux';

import * as actions from '../../actions';
import messages from '../../messages/inventory';
import slash from '../../messages/slash';
import type {OwnerSummary} from '../../reducer';
import {getPluginState, type State} from '../../selectors';
import {toCsv} from '../../utils/csv';
import {
    CSV_HEADER,
    csvRow,
    matchesFacets,
    NO_FACETS,
    ownerKinds,
    sortTokens,
    type Facets,
    type OwnerKind,
    type Sort,
    type SortKey,
} from '../../utils/inventory_rows';
import {buildSearchIndex, ownerName, searchEntries} from '../../utils/search';
import {tokenStatus} from '../../utils/token_status';
import ErrorNotice from '../common/error_notice';
import FormattedExpiry from '../common/formatted_expiry';
import StatusBadge from '../common/status_badge';
import BulkDialog, {type BulkAction} from './bulk_dialog';
import VirtualRows from './virtual_rows';

const ROW_HEIGHT = 40;

const KIND_LABELS: Record<OwnerKind, typeof messages.kindBot> = {
    bot: messages.kindBot,
    deactivated: messages.kindDeactivated,
    system_admin: messages.kindAdmin,
    user: messages.kindUser,
};

const COLUMNS: Array<{key: SortKey; label: typeof slash.columnOwner}> = [
    {key: 'owner', label: slash.columnOwner},
    {key: 'description', label: slash.columnDescription},
    {key: 'id', label: slash.columnId},
    {key: 'status', label: slash.columnStatus},
    {key: 'expires', label: slash.columnExpires},
    {key: 'kind', label: messages.kindFacet},
];

function download(filename: string, content: string) {
    const url = URL.createObjectURL(new Blob([content], {type: 'text/csv;charset=utf-8'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Owner({owner, userId, onDrill}: {owner?: OwnerSummary; userId: string; onDrill: (id: string) => void}) {
    const intl = useIntl();
    if (!owner) {
        return <code>{userId}</code>;
    }
    return (
        <button type='button' className='token-manager-owner' onClick={() => onDrill(owner.id)} title={owner.email}>
            <span>{`@${owner.username}`}</span>
            <small>{ownerName(owner)}</small>
            <span className='token-manager-visually-hidden'>
                {intl.formatMessage(messages.drillDown, {username: owner.username})}
            </span>
        </button>
    );
}

export default function Inventory() {
    const intl = useIntl();
    const dispatch = useDispatch<any>();
    const plugin = useSelector((state: State) => getPluginState(state));
    const {tokens, owners, inventory} = plugin;
    const [query, setQuery] = useState('');
    const [facets, setFacets] = useState<Facets>(NO_FACETS);
    const [sort, setSort] = useState<Sort>({key: 'owner', direction: 'asc'});
    const [selected, setSelected] = useState<Set<string>>(new Set());
    const [bulk, setBulk] = useState<BulkAction>();
    // "Now" for status and expiry buckets, refreshed whenever the data changes.
    const now = useMemo(() => Date.now(), [tokens]); // eslint-disable-line react-hooks/exhaustive-deps

    const load = useCallback(() => dispatch(actions.loadInventory()), [dispatch]);
    useEffect(() => {
        if (inventory.status === 'idle') {
            load();
        }
    }, []); // eslint-disable-line react-hooks/exhaustive-deps

    // Sorting and indexing happen when data or sort change; a keystroke only scans the index.
    const all = useMemo(() => Object.values(tokens), [tokens]);
    const sorted = useMemo(() => sortTokens(all, sort, owners, now), [all, sort, owners, now]);
    const index = useMemo(() => buildSearchIndex(sorted, owners), [sorted, owners]);
    const rows = useMemo(() => {
        const found = searchEntries(index, query);
        return facets === NO_FACETS ? found : found.filter((t) => matchesFacets(t, owners[t.user_id], facets, now));
    }, [index, query, facets, owners, now]);

    const toggle = useCallback((id: string) => {
        setSelected((current) => {
            const next = new Set(current);
            if (next.has(id)) {
                next.delete(id);
            } else {
                next.add(id);
            }
            return next;
        });
    }, []);
    const allShownSelected = rows.length > 0 && rows.every((t) => selected.has(t.id));
    const toggleAll = () => setSelected(allShownSelected ? new Set() : new Set(rows.map((t) => t.id)));
    const selectedTokens = useMemo(() => all.filter((t) => selected.has(t.id)), [all, selected]);

    const setFacet = <K extends keyof Facets>(key: K, value: Facets[K]) => setFacets((f) => ({...f, [key]: value}));
    const drill = useCallback((ownerId: string) => setFacets((f) => ({...f, ownerId})), []);
    const drilled = facets.ownerId ? owners[facets.ownerId] : undefined;
    const drilledTokens = facets.ownerId ? all.filter((t) => t.user_id === facets.ownerId) : [];

    const exportCsv = () => {
        const csv = toCsv(
            CSV_HEADER,
            rows.map((t) => csvRow(t, owners[t.user_id], now)),
        );
        download(`personal-access-tokens-${new Date().toISOString().slice(0, 10)}.csv`, csv);
    };

    const sortBy = (key: SortKey) =>
        setSort((s) => ({key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc'}));

    // The server has no count: the first load counts up; a reload shows "of about" the last total.
    const progressText = inventory.lastTotal
        ? intl.formatMessage(messages.loadingOf, {loaded: inventory.loaded, total: inventory.lastTotal})
        : intl.formatMessage(messages.loading, {loaded: inventory.loaded, pages: inventory.pages});

    const renderRow = (i: number, style: React.CSSProperties) => {
        const token = rows[i];
        const owner = owners[token.user_id];
        const isSelected = selected.has(token.id);
        return (
            <div
                key={token.id}
                className='token-manager-grid__row'
                role='row'
                aria-rowindex={i + 2}
                aria-selected={isSelected}
                style={style}
            >
                <div role='cell'>
                    <input
                        type='checkbox'
                        checked={isSelected}
                        onChange={() => toggle(token.id)}
                        aria-label={intl.formatMessage(messages.selectRow, {
                            description: token.description,
                            owner: owner ? `@${owner.username}` : token.user_id,
                        })}
                    />
                </div>
                <div role='cell'>
                    <Owner owner={owner} userId={token.user_id} onDrill={drill} />
                </div>
                <div role='cell' title={token.description}>
                    {token.description}
                </div>
                <div role='cell' title={token.id}>
                    <code>{token.id}</code>
                </div>
                <div role='cell'>
                    <StatusBadge status={tokenStatus(token, now)} />
                </div>
                <div role='cell'>
                    <FormattedExpiry expiresAt={token.expires_at} />
                </div>
                <div role='cell'>
                    {ownerKinds(owner)
                        .filter((k) => k !== 'user')
                        .map((k) => (
                            <span key={k} className='token-manager-badge token-manager-badge--kind'>
                                <FormattedMessage {...KIND_LABELS[k]} />
                            </span>
                        ))}
                </div>
            </div>
        );
    };

    return (
        <section className='token-manager-inventory' aria-labelledby='token-manager-inventory-title'>
            <h3 id='token-manager-inventory-title'>
                <FormattedMessage {...messages.title} />
            </h3>
            <div className='token-manager-progress' role='status' aria-live='polite'>
                {inventory.status === 'loading' && (
                    <>
                        {progressText}
                        <progress
                            aria-label={progressText}
                            value={inventory.lastTotal ? Math.min(inventory.loaded, inventory.lastTotal) : undefined}
                            max={inventory.lastTotal}
                        />
                    </>
                )}
                {inventory.status === 'loaded' && (
                    <FormattedMessage {...messages.loaded} values={{loaded: inventory.loaded}} />
                )}{' '}
                {inventory.status !== 'loading' && (
                    <button type='button' className='token-manager-btn token-manager-btn--link' onClick={load}>
                        <FormattedMessage {...messages.reload} />
                    </button>
                )}
            </div>
            {inventory.status === 'error' && inventory.error && (
                <ErrorNotice error={inventory.error} context={{admin: true}} onRetry={load} />
            )}
            <div className='token-manager-toolbar'>
                <div className='token-manager-field token-manager-field--grow'>
                    <label htmlFor='token-manager-inventory-search'>
                        <FormattedMessage {...messages.searchLabel} />
                    </label>
                    <input
                        id='token-manager-inventory-search'
                        type='search'
                        value={query}
                        placeholder={intl.formatMessage(messages.searchPlaceholder)}
                        onChange={(e) => setQuery(e.target.value)}
                    />
                </div>
                <div className='token-manager-field'>
                    <label htmlFor='token-manager-facet-status'>
                        <FormattedMessage {...messages.statusFacet} />
                    </label>
                    <select
                        id='token-manager-facet-status'
                        value={facets.status}
                        onChange={(e) => setFacet('status', e.target.value as Facets['status'])}
                    >
                        <option value='any'>{intl.formatMessage(messages.any)}</option>
                        <option value='active'>{intl.formatMessage(slash.statusActive)}</option>
                        <option value='disabled'>{intl.formatMessage(slash.statusDisabled)}</option>
                        <option value='expired'>{intl.formatMessage(slash.statusExpired)}</option>
                    </select>
                </div>
                <div className='token-manager-field'>
                    <label htmlFor='token-manager-facet-expiry'>
                        <FormattedMessage {...messages.expiryFacet} />
                    </label>
                    <select
                        id='token-manager-facet-expiry'
                        value={facets.expiry}
                        onChange={(e) => setFacet('expiry', e.target.value as Facets['expiry'])}
                    >
                        <option value='any'>{intl.formatMessage(messages.any)}</option>
                        <option value='never'>{intl.formatMessage(messages.expiryNever)}</option>
                        <option value='expired'>{intl.formatMessage(messages.expiryExpired)}</option>
                        <option value='within_7_days'>{intl.formatMessage(messages.expirySoon)}</option>
                    </select>
                </div>
                <div className='token-manager-field'>
                    <label htmlFor='token-manager-facet-kind'>
                        <FormattedMessage {...messages.kindFacet} />
                    </label>
                    <select
                        id='token-manager-facet-kind'
                        value={facets.ownerKind}
                        onChange={(e) => setFacet('ownerKind', e.target.value as Facets['ownerKind'])}
                    >
                        <option value='any'>{intl.formatMessage(messages.any)}</option>
                        <option value='bot'>{intl.formatMessage(messages.kindBot)}</option>
                        <option value='deactivated'>{intl.formatMessage(messages.kindDeactivated)}</option>
                        <option value='system_admin'>{intl.formatMessage(messages.kindAdmin)}</option>
                    </select>
                </div>
                <button type='button' className='token-manager-btn' onClick={exportCsv} disabled={rows.length === 0}>
                    <FormattedMessage {...messages.exportCsv} values={{count: rows.length}} />
                </button>
            </div>
            {facets.ownerId && (
                <div
                    className='token-manager-notice'
                    role='region'
                    aria-label={intl.formatMessage(messages.ownerFilter, {
                        username: drilled?.username ?? facets.ownerId,
                    })}
                >
                    <strong>
                        <FormattedMessage
                            {...messages.ownerFilter}
                            values={{username: drilled?.username ?? facets.ownerId}}
                        />
                    </strong>
                    {drilled && (
                        <p>
                            <FormattedMessage
                                {...messages.ownerSummary}
                                values={{
                                    name: ownerName(drilled) || '—',
                                    email: drilled.email || '—',
                                    count: drilledTokens.length,
                                    active: drilledTokens.filter((t) => tokenStatus(t, now) === 'active').length,
                                }}
                            />{' '}
                            {ownerKinds(drilled).map((k) => (
                                <span key={k} className='token-manager-badge token-manager-badge--kind'>
                                    <FormattedMessage {...KIND_LABELS[k]} />
                                </span>
                            ))}
                        </p>
                    )}
                    <button type='button' className='token-manager-btn' onClick={() => setFacet('ownerId', '')}>
                        <FormattedMessage {...messages.clearOwner} />
                    </button>
                </div>
            )}
            <div className='token-manager-bulkbar'>
                <span className='token-manager-muted'>
                    <FormattedMessage {...messages.showing} values={{shown: rows.length, total: all.length}} />
                </span>
                {selected.size > 0 && (
                    <>
                        <strong>
                            <FormattedMessage {...messages.selected} values={{count: selected.size}} />
                        </strong>
                        <button type='button' className='token-manager-btn' onClick={() => setBulk('disable')}>
                            <FormattedMessage {...messages.bulkDisable} />
                        </button>
                        <button type='button' className='token-manager-btn' onClick={() => setBulk('enable')}>
                            <FormattedMessage {...messages.bulkEnable} />
                        </button>
                        <button
                            type='button'
                            className='token-manager-btn token-manager-btn--danger'
                            onClick={() => setBulk('revoke')}
                        >
                            <FormattedMessage {...messages.bulkRevoke} />
                        </button>
                        <button
                            type='button'
                            className='token-manager-btn token-manager-btn--link'
                            onClick={() => setSelected(new Set())}
                        >
                            <FormattedMessage {...messages.clearSelection} />
                        </button>
                    </>
                )}
            </div>
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
                                onChange={toggleAll}
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
                        renderRow={renderRow}
                        label={intl.formatMessage(messages.tableLabel)}
                    />
                )}
            </div>
            {bulk && (
                <BulkDialog
                    action={bulk}
                    tokens={selectedTokens}
                    owners={owners}
                    onClose={(changed) => {
                        setBulk(undefined);
                        if (changed) {
                            setSelected(new Set());
                        }
                    }}
                />
            )}
        </section>
    );
}
