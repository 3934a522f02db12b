// The "Personal access tokens" section of Settings (registerUserSettings custom section). Rendered by the
// web app with no props; a plain function component, as the web app requires.
import React from 'react';
import {FormattedMessage} from 'react-intl';
import {useDispatch, useSelector} from 'react-redux';

import {openTokenManager} from '../../actions';
import panel from '../../messages/panel';
import {getCapabilities} from '../../selectors';
import MyTokens from '../my_tokens/my_tokens';

export default function SettingsSection() {
    const dispatch = useDispatch();
    const caps = useSelector(getCapabilities);
    return (
        <div className='token-manager token-manager-settings'>
            <h3>
                <FormattedMessage {...panel.sectionTitle} />
            </h3>
            <p className='token-manager-muted'>
                <FormattedMessage {...panel.sectionIntro} />
            </p>
            <p>
                <button type='button' className='token-manager-btn' onClick={() => dispatch(openTokenManager('mine'))}>
                    <FormattedMessage {...panel.openManager} />
                </button>
                {caps.isSystemAdmin && (
                    <>
                        {' '}
                        <button
                            type='button'
                            className='token-manager-btn'
                            onClick={() => dispatch(openTokenManager('all'))}
                        >
                            <FormattedMessage {...panel.openInventory} />
                        </button>
                    </>
                )}
            </p>
            <MyTokens />
        </div>
    );
}
