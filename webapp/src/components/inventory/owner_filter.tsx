// The drill-down: only one owner's tokens, with who they are.
import React from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import messages from '../../messages/inventory';
import type {OwnerSummary, StoredToken} from '../../reducer';
import {ownerKinds} from '../../utils/inventory_rows';
import {ownerName} from '../../utils/search';
import {tokenStatus} from '../../utils/token_status';
import {KIND_LABELS} from './inventory_row';

export default function OwnerFilter({
    ownerId,
    owner,
    tokens,
    now,
    onClear,
}: {
    ownerId: string;
    owner?: OwnerSummary;
    tokens: StoredToken[];
    now: number;
    onClear: () => void;
}) {
    const intl = useIntl();
    const username = owner?.username ?? ownerId;
    return (
        <div
            className='token-manager-notice'
            role='region'
            aria-label={intl.formatMessage(messages.ownerFilter, {username})}
        >
            <strong>
                <FormattedMessage {...messages.ownerFilter} values={{username: <bdi>{username}</bdi>}} />
            </strong>
            {owner && (
                <p>
                    <FormattedMessage
                        {...messages.ownerSummary}
                        values={{
                            name: <bdi>{ownerName(owner) || '—'}</bdi>,
                            email: <bdi>{owner.email || '—'}</bdi>,
                            count: tokens.length,
                            active: tokens.filter((t) => tokenStatus(t, now) === 'active').length,
                        }}
                    />{' '}
                    {ownerKinds(owner).map((k) => (
                        <span key={k} className='token-manager-badge token-manager-badge--kind'>
                            <FormattedMessage {...KIND_LABELS[k]} />
                        </span>
                    ))}
                </p>
            )}
            <button type='button' className='token-manager-btn' onClick={onClear}>
                <FormattedMessage {...messages.clearOwner} />
            </button>
        </div>
    );
}
