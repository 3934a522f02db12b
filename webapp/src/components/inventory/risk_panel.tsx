// The risk view at the top of the inventory: one count per risk, each a toggle that filters the table to
// exactly those tokens; the selected risk says what it means and offers its fix (a bulk action on the
// risk's tokens, through the usual preview). Where the server cannot tell (no expiry, no lifetime policy),
// it says so instead of counting.
import React, {useId} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import messages from '../../messages/risk';
import {ACTIVITY_RISKS, RISK_FIX, type RiskKey} from '../../utils/risk';
import {riskDays, RISK_WORDS} from './risk_labels';
import type {RiskView} from './use_risk_report';

function shownRisks(view: RiskView): RiskKey[] {
    const keys: RiskKey[] = [];
    if (view.supportsExpiry) {
        keys.push('never_expires');
    }
    keys.push('owner_system_admin', 'owner_deactivated', 'owner_bot');
    if (view.supportsExpiry) {
        keys.push('expired');
        if (view.maxLifetimeDays !== null) {
            keys.push('over_policy');
        }
    }
    if (view.report.activity) {
        keys.push(...ACTIVITY_RISKS);
    }
    return keys;
}

// The over-policy count: the server's where it has one and it differs from the list's.
function PolicyNote({view}: {view: RiskView}) {
    const listed = view.report.tokens.over_policy.length;
    const server = view.serverOverPolicy;
    if (server === undefined) {
        return null;
    }
    return (
        <small className='token-manager-risk__note'>
            {server === listed ? (
                <FormattedMessage {...messages.serverCount} values={{count: server}} />
            ) : (
                <FormattedMessage {...messages.serverCountInList} values={{listed}} />
            )}
        </small>
    );
}

function RiskCount({
    riskKey,
    view,
    pressed,
    onToggle,
}: {
    riskKey: RiskKey;
    view: RiskView;
    pressed: boolean;
    onToggle: (key: RiskKey) => void;
}) {
    const intl = useIntl();
    const listed = view.report.tokens[riskKey].length;
    const count = riskKey === 'over_policy' ? (view.serverOverPolicy ?? listed) : listed;
    return (
        <li>
            <button
                type='button'
                className='token-manager-risk'
                aria-pressed={pressed}
                onClick={() => onToggle(riskKey)}
            >
                <span>
                    <FormattedMessage
                        {...messages.countTile}
                        values={{
                            count,
                            name: intl.formatMessage(RISK_WORDS[riskKey].name, {
                                days: riskDays(riskKey, view.maxLifetimeDays),
                            }),
                            b: (chunks: React.ReactNode) => <b className='token-manager-risk__count'>{chunks}</b>,
                        }}
                    />
                </span>{' '}
                {riskKey === 'over_policy' && <PolicyNote view={view} />}
            </button>
        </li>
    );
}

function RiskFilter({
    riskKey,
    view,
    onFix,
    onClear,
}: {
    riskKey: RiskKey;
    view: RiskView;
    onFix: (key: RiskKey) => void;
    onClear: () => void;
}) {
    const intl = useIntl();
    const words = RISK_WORDS[riskKey];
    const days = riskDays(riskKey, view.maxLifetimeDays);
    const count = view.report.tokens[riskKey].length;
    const name = intl.formatMessage(words.name, {days});
    return (
        <div
            className='token-manager-notice'
            role='region'
            aria-label={intl.formatMessage(messages.filterRegion, {risk: name})}
        >
            <strong>{name}</strong>
            <p>
                <FormattedMessage {...words.describe} values={{days}} />
            </p>
            {count > 0 ? (
                <button
                    type='button'
                    className={`token-manager-btn ${RISK_FIX[riskKey] === 'revoke' ? 'token-manager-btn--danger' : ''}`}
                    onClick={() => onFix(riskKey)}
                >
                    <FormattedMessage {...words.fix} values={{count, days}} />
                </button>
            ) : (
                <span className='token-manager-muted'>
                    <FormattedMessage {...messages.nothingToFix} />
                </span>
            )}{' '}
            <button type='button' className='token-manager-btn token-manager-btn--link' onClick={onClear}>
                <FormattedMessage {...messages.clearFilter} />
            </button>
        </div>
    );
}

export default function RiskPanel({
    view,
    complete,
    selected,
    onSelect,
    onFix,
    children,
}: {
    view: RiskView;
    // Whether the inventory has loaded completely (owners still arriving are not "unknown" yet).
    complete: boolean;
    selected?: RiskKey;
    onSelect: (key?: RiskKey) => void;
    onFix: (key: RiskKey) => void;
    // The activity scan's controls.
    children?: React.ReactNode;
}) {
    const intl = useIntl();
    const titleId = useId();
    const {report} = view;
    const listedOverPolicy = report.tokens.over_policy.length;
    const differs = view.serverOverPolicy !== undefined && view.serverOverPolicy !== listedOverPolicy;
    return (
        <section className='token-manager-risks' aria-labelledby={titleId}>
            <h4 id={titleId}>
                <FormattedMessage {...messages.title} />
            </h4>
            <p className='token-manager-muted'>
                <FormattedMessage {...messages.intro} />
                {!complete && (
                    <>
                        {' '}
                        <FormattedMessage {...messages.partial} />
                    </>
                )}
            </p>
            <ul className='token-manager-risks__list' aria-label={intl.formatMessage(messages.listLabel)}>
                {shownRisks(view).map((key) => (
                    <RiskCount
                        key={key}
                        riskKey={key}
                        view={view}
                        pressed={selected === key}
                        onToggle={(k) => onSelect(selected === k ? undefined : k)}
                    />
                ))}
            </ul>
            {selected && (
                <RiskFilter riskKey={selected} view={view} onFix={onFix} onClear={() => onSelect(undefined)} />
            )}
            {!view.supportsExpiry && (
                <p className='token-manager-muted'>
                    <FormattedMessage {...messages.noExpiry} />
                </p>
            )}
            {view.supportsExpiry && view.maxLifetimeDays === null && (
                <p className='token-manager-muted'>
                    <FormattedMessage {...messages.noPolicy} />
                </p>
            )}
            {differs && (
                <p className='token-manager-muted'>
                    <FormattedMessage
                        {...messages.serverCountDiffers}
                        values={{server: view.serverOverPolicy, listed: listedOverPolicy}}
                    />
                </p>
            )}
            {complete && report.withoutOwner > 0 && (
                <p className='token-manager-muted'>
                    <FormattedMessage {...messages.withoutOwner} values={{count: report.withoutOwner}} />
                </p>
            )}
            {children}
        </section>
    );
}
