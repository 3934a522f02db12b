// A failure in words the user can act on, the facts an admin needs, and an optional retry.
import React from 'react';
import {FormattedMessage, useIntl, type MessageDescriptor} from 'react-intl';
import type {TokenApiErrorFields} from 'server-bridge';

import common from '../../messages/common';
import {describeError, errorDetails, type ErrorContext} from '../../utils/error_text';

export default function ErrorNotice({
    error,
    context,
    onRetry,
    values,
    note,
}: {
    error: TokenApiErrorFields;
    context?: ErrorContext;
    onRetry?: () => void;
    // Numbers the server's message needs (e.g. the policy's maxDays).
    values?: Record<string, number>;
    // What the failure means for this action (e.g. a rotate that may have happened even so).
    note?: MessageDescriptor;
}) {
    const intl = useIntl();
    if (error.kind === 'aborted') {
        return null;
    }
    const details = errorDetails(intl, error);
    return (
        <div className='token-manager-notice token-manager-notice--error' role='alert'>
            <p>{describeError(intl, error, context, values)}</p>
            {note && (
                <p>
                    <FormattedMessage {...note} />
                </p>
            )}
            {details && (
                <p className='token-manager-muted'>
                    <small>{details}</small>
                </p>
            )}
            {onRetry && (
                <button type='button' className='token-manager-btn' onClick={onRetry}>
                    <FormattedMessage {...common.retry} />
                </button>
            )}
        </div>
    );
}
