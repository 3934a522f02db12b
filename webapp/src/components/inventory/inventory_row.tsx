// One row of the inventory's table, and the owner cell that drills down to that owner's tokens.
import React from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import messages from '../../messages/inventory';
import type {OwnerSummary, StoredToken} from '../../reducer';
import {ownerKinds, type OwnerKind} from '../../utils/inventory_rows';
import {ownerName} from '../../utils/search';
import {tokenStatus} from '../../utils/token_status';
import FormattedExpiry from '../common/formatted_expiry';
import StatusBadge from '../common/status_badge';

export const KIND_LABELS: Record<OwnerKind, typeof messages.kindBot> = {
    bot: messages.kindBot,
    deactivated: messages.kindDeactivated,
    system_admin: messages.kindAdmin,
    user: messages.kindUser,
};

function Owner({owner, userId, onDrill}: {owner?: OwnerSummary; userId: string; onDrill: (id: string) => void}) {
    const intl = useIntl();
    if (!owner) {
        return <code>{userId}</code>;
    }
    return (
        <button type='button' className='token-manager-owner' onClick={() => onDrill(owner.id)} title={owner.email}>
            <bdi>{`@${owner.username}`}</bdi>
            <small>
                <bdi>{ownerName(owner)}</bdi>
            </small>
            <span className='token-manager-visually-hidden'>
                {intl.formatMessage(messages.drillDown, {username: owner.username})}
            </span>
        </button>
    );
}

function InventoryRow({
    token,
    owner,
    index,
    now,
    selected,
    style,
    onToggle,
    onDrill,
}: {
    token: StoredToken;
    owner?: OwnerSummary;
    index: number;
    now: number;
    selected: boolean;
    style: React.CSSProperties;
    onToggle: (id: string) => void;
    onDrill: (ownerId: string) => void;
}) {
    const intl = useIntl();
    return (
        <div
            className='token-manager-grid__row'
            role='row'
            aria-rowindex={index + 2}
            aria-selected={selected}
            style={style}
        >
            <div role='cell'>
                <input
                    type='checkbox'
                    checked={selected}
                    onChange={() => onToggle(token.id)}
                    aria-label={intl.formatMessage(messages.selectRow, {
                        description: token.description,
                        owner: owner ? `@${owner.username}` : token.user_id,
                    })}
                />
            </div>
            <div role='cell'>
                <Owner owner={owner} userId={token.user_id} onDrill={onDrill} />
            </div>
            <div role='cell' title={token.description}>
                <bdi>{token.description}</bdi>
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
            <div role='cell' className='token-manager-grid__kinds'>
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
}

type RowProps = React.ComponentProps<typeof InventoryRow>;

// A row re-renders only when what it shows changes: typing in the search box re-renders the table, and the
// rows still in view stay as they are (the style object is new each time; its numbers are what count).
export default React.memo(
    InventoryRow,
    (a: RowProps, b: RowProps) =>
        a.token === b.token &&
        a.owner === b.owner &&
        a.index === b.index &&
        a.now === b.now &&
        a.selected === b.selected &&
        a.style.top === b.style.top &&
        a.style.height === b.style.height &&
        a.onToggle === b.onToggle &&
        a.onDrill === b.onDrill,
);
