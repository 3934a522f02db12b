import React from 'react';
import {FormattedMessage} from 'react-intl';

import slash from '../../messages/slash';
import type {TokenStatus} from '../../utils/token_status';

const LABELS = {active: slash.statusActive, disabled: slash.statusDisabled, expired: slash.statusExpired};

export default function StatusBadge({status}: {status: TokenStatus}) {
    return (
        <span className={`token-manager-badge token-manager-badge--${status}`}>
            <FormattedMessage {...LABELS[status]} />
        </span>
    );
}
