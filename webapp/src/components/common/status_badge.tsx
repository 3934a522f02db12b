import React from 'react';
import {FormattedMessage} from 'react-intl';

import common from '../../messages/common';
import type {TokenStatus} from '../../utils/token_status';

export const STATUS_LABELS = {
    active: common.statusActive,
    disabled: common.statusDisabled,
    expired: common.statusExpired,
};

export default function StatusBadge({status}: {status: TokenStatus}) {
    return (
        <span className={`token-manager-badge token-manager-badge--${status}`}>
            <FormattedMessage {...STATUS_LABELS[status]} />
        </span>
    );
}
