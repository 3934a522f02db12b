// The roomy Token Manager window (a root component), opened from the main menu, /token settings or the
// Settings section. "All tokens" exists only for System Admins: for everyone else it is not rendered at all.
import React, {useEffect, useRef} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import {useDispatch, useSelector} from 'react-redux';

import {closeTokenManager, openTokenManager} from '../../actions';
import panel from '../../messages/panel';
import {getCapabilities, getPluginState, type State} from '../../selectors';
import Inventory from '../inventory/inventory';
import {useFocusTrap} from '../common/focus_trap';
import MyTokens from '../my_tokens/my_tokens';

export default function TokenManagerModal() {
    const intl = useIntl();
    const dispatch = useDispatch();
    const modal = useSelector((state: State) => getPluginState(state).modal);
    const caps = useSelector(getCapabilities);
    const dialogRef = useRef<HTMLDivElement>(null);
    const returnFocus = useRef<HTMLElement | null>(null);
    useFocusTrap(dialogRef, modal.open);

    useEffect(() => {
        if (!modal.open) {
            return undefined;
        }
        returnFocus.current = document.activeElement as HTMLElement | null;
        dialogRef.current?.focus();
        return () => returnFocus.current?.focus?.();
    }, [modal.open]);

    if (!modal.open) {
        return null;
    }
    const tab = caps.isSystemAdmin ? modal.tab : 'mine';
    const close = () => dispatch(closeTokenManager());
    const tabs: Array<['mine' | 'all', typeof panel.tabMine]> = caps.isSystemAdmin
        ? [
              ['mine', panel.tabMine],
              ['all', panel.tabAll],
          ]
        : [['mine', panel.tabMine]];
    return (
        <div
            className='token-manager token-manager-backdrop'
            onKeyDown={(e) => {
                if (e.key === 'Escape') {
                    close();
                }
            }}
        >
            <div
                className='token-manager-modal'
                role='dialog'
                aria-modal='true'
                aria-labelledby='token-manager-modal-title'
                tabIndex={-1}
                ref={dialogRef}
            >
                <div className='token-manager-modal__header'>
                    <h2 id='token-manager-modal-title'>
                        <FormattedMessage {...panel.modalTitle} />
                    </h2>
                    <button
                        type='button'
                        className='token-manager-icon-btn'
                        aria-label={intl.formatMessage(panel.close)}
                        onClick={close}
                    >
                        {'×'}
                    </button>
                </div>
                {tabs.length > 1 && (
                    <div className='token-manager-tabs' role='tablist' aria-label={intl.formatMessage(panel.tabsLabel)}>
                        {tabs.map(([id, label]) => (
                            <button
                                key={id}
                                id={`token-manager-tab-${id}`}
                                type='button'
                                role='tab'
                                aria-selected={tab === id}
                                aria-controls='token-manager-tabpanel'
                                onClick={() => dispatch(openTokenManager(id))}
                            >
                                <FormattedMessage {...label} />
                            </button>
                        ))}
                    </div>
                )}
                <div
                    className='token-manager-modal__body'
                    id='token-manager-tabpanel'
                    role={tabs.length > 1 ? 'tabpanel' : undefined}
                    aria-labelledby={tabs.length > 1 ? `token-manager-tab-${tab}` : undefined}
                >
                    {tab === 'all' && caps.isSystemAdmin ? <Inventory /> : <MyTokens />}
                </div>
            </div>
        </div>
    );
}
