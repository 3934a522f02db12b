// How far the inventory's load has come, and Reload once it has finished or failed.
import React from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import {useAppSelector} from '../../hooks';
import {INVENTORY_HOLD_AT} from '../../inventory_actions';
import messages from '../../messages/inventory';
import {getPluginState} from '../../selectors';

// `shown`: the tokens the table has; past INVENTORY_HOLD_AT it stops growing until the load ends, and says so.
export default function LoadProgress({shown, onReload}: {shown: number; onReload: () => void}) {
    const intl = useIntl();
    const inventory = useAppSelector((state) => getPluginState(state).inventory);
    // The server has no count: the first load counts up; a reload shows "of about" the last total.
    const text = inventory.lastTotal
        ? intl.formatMessage(messages.loadingOf, {loaded: inventory.loaded, total: inventory.lastTotal})
        : intl.formatMessage(messages.loading, {loaded: inventory.loaded, pages: inventory.pages});
    return (
        <div className='token-manager-progress' role='status' aria-live='polite'>
            {inventory.status === 'loading' && (
                <>
                    {text}
                    <progress
                        aria-label={text}
                        value={inventory.lastTotal ? Math.min(inventory.loaded, inventory.lastTotal) : undefined}
                        max={inventory.lastTotal}
                    />
                    {inventory.loaded >= INVENTORY_HOLD_AT && shown < inventory.loaded && (
                        <span className='token-manager-muted'>
                            {' '}
                            <FormattedMessage {...messages.loadingHeld} values={{shown}} />
                        </span>
                    )}
                </>
            )}
            {inventory.status === 'loaded' && (
                <FormattedMessage {...messages.loaded} values={{loaded: inventory.loaded}} />
            )}{' '}
            {inventory.status !== 'loading' && (
                <button type='button' className='token-manager-btn token-manager-btn--link' onClick={onReload}>
                    <FormattedMessage {...messages.reload} />
                </button>
            )}
        </div>
    );
}
