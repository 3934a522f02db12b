import React from 'react';
import {FormattedDate, FormattedMessage} from 'react-intl';

import slash from '../../messages/slash';

export default function FormattedExpiry({expiresAt}: {expiresAt?: number}) {
    if (expiresAt === undefined) {
        return <>{'—'}</>;
    }
    if (expiresAt === 0) {
        return <FormattedMessage {...slash.never} />;
    }
    return <FormattedDate value={expiresAt} year='numeric' month='short' day='numeric' />;
}
