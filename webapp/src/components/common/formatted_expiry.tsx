import React from 'react';
import {FormattedDate, FormattedMessage} from 'react-intl';

import common from '../../messages/common';

export default function FormattedExpiry({expiresAt}: {expiresAt?: number}) {
    if (expiresAt === undefined) {
        return <>{'—'}</>;
    }
    if (expiresAt === 0) {
        return <FormattedMessage {...common.never} />;
    }
    return <FormattedDate value={expiresAt} year='numeric' month='short' day='numeric' />;
}
