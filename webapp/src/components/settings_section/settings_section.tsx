// The "Personal access tokens" section of Settings (registerUserSettings custom section). Rendered by the
// web app with no props; a plain function component, as the web app requires. The Token Manager window
// cannot show above the Settings modal, so opening it closes Settings first (focus goes to the message box
// when the window closes).
import React from 'react';
import {FormattedMessage} from 'react-intl';

import {openTokenManager} from '../../actions';
import {useAppDispatch, useAppSelector} from '../../hooks';
import {closeSettingsModal} from '../../host';
import panel from '../../messages/panel';
import type {TokenManagerTab} from '../../reducer';
import {getCapabilities} from '../../selectors';
import MyTokens from '../my_tokens/my_tokens';

export default function SettingsSection() {
    const dispatch = useAppDispatch();
    const caps = useAppSelector(getCapabilities);
    const open = (tab: TokenManagerTab) => {
        dispatch(closeSettingsModal());
        dispatch(openTokenManager(tab));
    };
    return (
        <div className='token-manager token-manager-settings'>
            <h3>
                <FormattedMessage {...panel.sectionTitle} />
            </h3>
            <p className='token-manager-muted'>
                <FormattedMessage {...panel.sectionIntro} />
            </p>
            <p>
                <button type='button' className='token-manager-btn' onClick={() => open('mine')}>
                    <FormattedMessage {...panel.openManager} />
                </button>
                {caps.isSystemAdmin && (
                    <>
                        {' '}
                        <button type='button' className='token-manager-btn' onClick={() => open('all')}>
                            <FormattedMessage {...panel.openInventory} />
                        </button>
                    </>
                )}
            </p>
            <MyTokens />
        </div>
    );
}
