// After a create whose answer never arrived, or that made more tokens than it answered with (the browser
// re-sent it by itself): what the server now has, and a one-click revoke of the tokens whose secrets nobody
// saw. Never a blind "try again".
import React, {useState} from 'react';
import {FormattedMessage} from 'react-intl';

import {runBulk} from '../../bulk';
import {useAppDispatch} from '../../hooks';
import panel from '../../messages/panel';
import type {Reconciliation} from '../../utils/reconcile';

export type CreateCheckCause = 'lost' | 'resent';

export default function LostCreateNotice({
    reconciliation,
    description,
    cause,
}: {
    reconciliation: Reconciliation;
    description: string;
    cause: CreateCheckCause;
}) {
    const dispatch = useAppDispatch();
    const [phase, setPhase] = useState<'asking' | 'working' | 'done'>('asking');
    const [revoked, setRevoked] = useState(0);
    const orphans = reconciliation.orphans;
    const values = {count: orphans.length, description: <bdi>{description}</bdi>};
    const revokeAll = async () => {
        setPhase('working');
        const {outcomes} = await dispatch(runBulk('revoke', orphans));
        setRevoked(outcomes.filter((o) => o.result === 'changed').length);
        setPhase('done');
    };
    if (reconciliation.status === 'unknown' || orphans.length === 0) {
        return (
            <div className='token-manager-notice token-manager-notice--error' role='alert'>
                <FormattedMessage
                    {...(reconciliation.status === 'unknown' ? panel.createLostUnknown : panel.createLostNone)}
                    values={values}
                />
            </div>
        );
    }
    return (
        <div className='token-manager-notice token-manager-notice--error' role='alert'>
            <p>
                <FormattedMessage
                    {...(cause === 'resent'
                        ? panel.createResent
                        : reconciliation.exact
                          ? panel.createLostOrphans
                          : panel.createLostMaybeOrphans)}
                    values={values}
                />
            </p>
            <ul>
                {orphans.map((t) => (
                    <li key={t.id}>
                        <bdi>{t.description}</bdi> <code>{t.id}</code>
                    </li>
                ))}
            </ul>
            {phase === 'done' ? (
                <p role='status'>
                    <FormattedMessage {...panel.revokedOrphans} values={{count: revoked}} />
                </p>
            ) : (
                <button
                    type='button'
                    className='token-manager-btn token-manager-btn--danger'
                    onClick={revokeAll}
                    disabled={phase === 'working'}
                >
                    <FormattedMessage {...panel.revokeOrphans} values={{count: orphans.length}} />
                </button>
            )}
        </div>
    );
}
