// The roomy Token Manager window (a root component), opened from the team menu, /token settings or the
// Settings section. "All tokens" exists only for System Admins: for everyone else it is not rendered at
// all. When the user stops being a System Admin, everything the inventory loaded is forgotten.
import React, {useEffect, useId} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import {closeTokenManager, openTokenManager} from '../../actions';
import {useAppDispatch, useAppSelector} from '../../hooks';
import {focusMessageBox} from '../../host';
import {clearInventory} from '../../inventory_actions';
import common from '../../messages/common';
import panel from '../../messages/panel';
import type {TokenManagerTab} from '../../reducer';
import {getCapabilities, getCurrentUserId, getPluginState} from '../../selectors';
import Dialog from '../common/dialog';
import Inventory from '../inventory/inventory';
import MyTokens from '../my_tokens/my_tokens';

const TABS: Array<[TokenManagerTab, typeof panel.tabMine]> = [
    ['mine', panel.tabMine],
    ['all', panel.tabAll],
];

function useForgetInventoryWithoutAdmin() {
    const dispatch = useAppDispatch();
    const isSystemAdmin = useAppSelector((state) => getCapabilities(state).isSystemAdmin);
    const userId = useAppSelector(getCurrentUserId);
    const holdsInventory = useAppSelector((state) => getPluginState(state).inventory.status !== 'idle');
    useEffect(() => {
        if (!isSystemAdmin && holdsInventory) {
            dispatch(clearInventory(userId));
        }
    }, [dispatch, isSystemAdmin, holdsInventory, userId]);
}

export default function TokenManagerModal() {
    const intl = useIntl();
    const dispatch = useAppDispatch();
    const modal = useAppSelector((state) => getPluginState(state).modal);
    const caps = useAppSelector(getCapabilities);
    const tabPanelId = useId();
    const tabId = useId();
    useForgetInventoryWithoutAdmin();
    if (!modal.open) {
        return null;
    }
    const tab = caps.isSystemAdmin ? modal.tab : 'mine';
    const close = () => dispatch(closeTokenManager());
    const tabs = caps.isSystemAdmin ? TABS : [];
    return (
        <Dialog
            variant='window'
            titleLevel='h2'
            title={<FormattedMessage {...panel.modalTitle} />}
            onDismiss={close}
            fallbackFocus={focusMessageBox}
            headerExtra={
                <button
                    type='button'
                    className='token-manager-icon-btn'
                    aria-label={intl.formatMessage(common.close)}
                    onClick={close}
                >
                    {'×'}
                </button>
            }
        >
            {tabs.length > 1 && (
                <div className='token-manager-tabs' role='tablist' aria-label={intl.formatMessage(panel.tabsLabel)}>
                    {tabs.map(([id, label]) => (
                        <button
                            key={id}
                            id={`${tabId}-${id}`}
                            type='button'
                            role='tab'
                            aria-selected={tab === id}
                            aria-controls={tabPanelId}
                            onClick={() => dispatch(openTokenManager(id))}
                        >
                            <FormattedMessage {...label} />
                        </button>
                    ))}
                </div>
            )}
            <div
                className='token-manager-modal__body'
                id={tabPanelId}
                role={tabs.length > 1 ? 'tabpanel' : undefined}
                aria-labelledby={tabs.length > 1 ? `${tabId}-${tab}` : undefined}
            >
                {tab === 'all' && caps.isSystemAdmin ? <Inventory /> : <MyTokens />}
            </div>
        </Dialog>
    );
}
