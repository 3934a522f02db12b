// The opt-in "Check recent activity" scan of the risk view: what it does and what it cannot tell, its
// progress with Stop, and what the last scan covered.
import React from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import messages from '../../messages/risk';
import ErrorNotice from '../common/error_notice';
import type {ActivityScanState} from './use_activity_scan';

export default function ActivityScan({
    state,
    owners,
    canStart,
    onStart,
    onStop,
}: {
    state: ActivityScanState;
    // Owners the scan would read.
    owners: number;
    canStart: boolean;
    onStart: () => void;
    onStop: () => void;
}) {
    const intl = useIntl();
    const {running, stopping, progress, findings, error} = state;
    const progressText = intl.formatMessage(messages.scanning, {done: progress.done, total: progress.total});
    return (
        <div className='token-manager-risk-scan'>
            {running ? (
                <div role='status' aria-live='polite'>
                    {progressText}
                    <progress aria-label={progressText} value={progress.done} max={Math.max(1, progress.total)} />{' '}
                    <button type='button' className='token-manager-btn' onClick={onStop} disabled={stopping}>
                        <FormattedMessage {...(stopping ? messages.scanStopping : messages.scanStop)} />
                    </button>
                </div>
            ) : (
                <button
                    type='button'
                    className='token-manager-btn'
                    onClick={onStart}
                    disabled={!canStart || owners === 0}
                >
                    <FormattedMessage {...(findings ? messages.scanAgain : messages.scanButton)} />
                </button>
            )}
            <p className='token-manager-muted'>
                <small>
                    <FormattedMessage {...messages.scanCost} values={{owners}} />
                </small>
            </p>
            <details className='token-manager-muted'>
                <summary>
                    <small>
                        <FormattedMessage {...messages.scanAboutTitle} />
                    </small>
                </summary>
                <small>
                    <FormattedMessage {...messages.scanAbout} />
                </small>
            </details>
            {!running && findings && (
                <p role='status'>
                    <FormattedMessage
                        {...(findings.cancelled ? messages.scanStopped : messages.scanDone)}
                        values={{
                            done: findings.done - findings.failed,
                            total: findings.total,
                            time: intl.formatTime(findings.scan.at),
                        }}
                    />{' '}
                    {findings.failed > 0 && (
                        <FormattedMessage {...messages.scanFailedOwners} values={{failed: findings.failed}} />
                    )}
                </p>
            )}
            {!running && error && <ErrorNotice error={error} context={{admin: true}} onRetry={onStart} />}
        </div>
    );
}
