// Search, the three facets and CSV export.
import React, {useId} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import messages from '../../messages/inventory';
import type {Facets} from '../../utils/inventory_rows';
import {STATUS_LABELS} from '../common/status_badge';
import Facet from './facet';

const EXPIRY_OPTIONS: Array<[Exclude<Facets['expiry'], 'any'>, typeof messages.expiryNever]> = [
    ['never', messages.expiryNever],
    ['expired', messages.expiryExpired],
    ['within_7_days', messages.expirySoon],
];

const KIND_OPTIONS: Array<[Exclude<Facets['ownerKind'], 'any'>, typeof messages.kindBot]> = [
    ['bot', messages.kindBot],
    ['deactivated', messages.kindDeactivated],
    ['system_admin', messages.kindAdmin],
];

const STATUS_OPTIONS = Object.entries(STATUS_LABELS) as Array<
    [Exclude<Facets['status'], 'any'>, typeof messages.kindBot]
>;

export default function Toolbar({
    query,
    onQuery,
    facets,
    onFacet,
    exportCount,
    onExport,
}: {
    query: string;
    onQuery: (query: string) => void;
    facets: Facets;
    onFacet: <K extends keyof Facets>(key: K, value: Facets[K]) => void;
    // Rows to export; 0 disables export.
    exportCount: number;
    onExport: () => void;
}) {
    const intl = useIntl();
    const searchId = useId();
    return (
        <div className='token-manager-toolbar'>
            <div className='token-manager-field token-manager-field--grow'>
                <label htmlFor={searchId}>
                    <FormattedMessage {...messages.searchLabel} />
                </label>
                <input
                    id={searchId}
                    type='search'
                    value={query}
                    placeholder={intl.formatMessage(messages.searchPlaceholder)}
                    onChange={(e) => onQuery(e.target.value)}
                />
            </div>
            <Facet
                label={messages.statusFacet}
                value={facets.status}
                options={STATUS_OPTIONS}
                onChange={(v) => onFacet('status', v)}
            />
            <Facet
                label={messages.expiryFacet}
                value={facets.expiry}
                options={EXPIRY_OPTIONS}
                onChange={(v) => onFacet('expiry', v)}
            />
            <Facet
                label={messages.kindFacet}
                value={facets.ownerKind}
                options={KIND_OPTIONS}
                onChange={(v) => onFacet('ownerKind', v)}
            />
            <button type='button' className='token-manager-btn' onClick={onExport} disabled={exportCount === 0}>
                <FormattedMessage {...messages.exportCsv} values={{count: exportCount}} />
            </button>
        </div>
    );
}
