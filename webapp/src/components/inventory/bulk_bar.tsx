// How many rows show, how many are selected, and the bulk actions on the selection.
import React from 'react';
import {FormattedMessage} from 'react-intl';

import type {TokenActionKind} from '../../actions';
import messages from '../../messages/inventory';

export default function BulkBar({
    shown,
    total,
    selected,
    onAction,
    onClear,
}: {
    shown: number;
    total: number;
    selected: number;
    onAction: (action: TokenActionKind) => void;
    onClear: () => void;
}) {
    return (
        <div className='token-manager-bulkbar'>
            <span className='token-manager-muted'>
                <FormattedMessage {...messages.showing} values={{shown, total}} />
            </span>
            {selected > 0 && (
                <>
                    <strong>
                        <FormattedMessage {...messages.selected} values={{count: selected}} />
                    </strong>
                    <button type='button' className='token-manager-btn' onClick={() => onAction('disable')}>
                        <FormattedMessage {...messages.bulkDisable} />
                    </button>
                    <button type='button' className='token-manager-btn' onClick={() => onAction('enable')}>
                        <FormattedMessage {...messages.bulkEnable} />
                    </button>
                    <button
                        type='button'
                        className='token-manager-btn token-manager-btn--danger'
                        onClick={() => onAction('revoke')}
                    >
                        <FormattedMessage {...messages.bulkRevoke} />
                    </button>
                    <button type='button' className='token-manager-btn token-manager-btn--link' onClick={onClear}>
                        <FormattedMessage {...messages.clearSelection} />
                    </button>
                </>
            )}
        </div>
    );
}
