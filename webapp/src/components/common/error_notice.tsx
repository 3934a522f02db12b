// A failure in words, with the status, error id and request id an admin needs, and an optional retry.
import React from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import type {TokenApiErrorFields} from 'server-bridge';

import panel from '../../messages/panel';
import {describeError, errorDetails, type ErrorContext} from '../../utils/error_text';

export default function ErrorNotice({
    error,
    context,
    onRetry,
}: {
    error: TokenApiErrorFields;
    context?: ErrorContext;
    onRetry?: () => void;
}) {
    const intl = useIntl();
    const details = errorDetails(intl, error);
    return (
        <div className='token-manager-notice token-manager-notice--error' role='alert'>
            <p>{describeError(intl, error, context)}</p>
            {details && (
                <p className='token-manager-muted'>
                    <small>{details}</small>
                </p>
            )}
            {onRetry && (
                <button type='button' className='token-manager-btn' onClick={onRetry}>
                    <FormattedMessage {...panel.retry} />
                </button>
            )}
        </div>
    );
}
