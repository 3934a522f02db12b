// Notices shown above token lists: tokens disabled on the server (every listing says so, since none of the
// listed non-bot tokens can log in), and an account without the token role.
import React from 'react';
import {FormattedMessage} from 'react-intl';

import {useAppSelector} from '../../hooks';
import common from '../../messages/common';
import {getCapabilities} from '../../selectors';

export function TokensDisabledNotice() {
    const caps = useAppSelector(getCapabilities);
    if (caps.tokensEnabled) {
        return null;
    }
    return (
        <div className='token-manager-notice token-manager-notice--warning' role='note'>
            <FormattedMessage {...common.tokensDisabled} />
        </div>
    );
}

export function NoTokenRoleNotice() {
    return (
        <div className='token-manager-notice' role='note'>
            <FormattedMessage {...common.noTokenRole} />
        </div>
    );
}
