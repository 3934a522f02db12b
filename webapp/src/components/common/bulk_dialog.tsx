// Bulk disable / enable / revoke: a preview of exactly what will change, then progress with the time
// remaining and a Cancel, then a per-token result (what changed, what failed and why, what was not run).
import React, {useMemo, useRef, useState} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {TokenActionKind} from '../../actions';
import {bulkPlan, runBulk, type BulkOutcome, type BulkProgress} from '../../bulk';
import {useAppDispatch, useAppSelector} from '../../hooks';
import common from '../../messages/common';
import messages from '../../messages/inventory';
import type {StoredToken} from '../../reducer';
import {getPluginState} from '../../selectors';
import {describeError} from '../../utils/error_text';
import Dialog from './dialog';

// The preview and the failures name this many tokens and count the rest: a risk's fix can cover tens of
// thousands.
const PREVIEW_ROWS = 200;

function Outcomes({outcomes, owner}: {outcomes: BulkOutcome[]; owner: (t: StoredToken) => string}) {
    const intl = useIntl();
    const failed = outcomes.filter((o) => o.result === 'failed');
    const notRun = outcomes.filter((o) => o.result === 'not_run');
    return (
        <>
            {failed.length > 0 && (
                <ul aria-label={intl.formatMessage(messages.resultFailedLabel)}>
                    {failed.slice(0, PREVIEW_ROWS).map((o) => (
                        <li key={o.token.id} className='token-manager-reply__error'>
                            <FormattedMessage
                                {...messages.resultFailed}
                                values={{
                                    description: <bdi>{o.token.description}</bdi>,
                                    owner: <bdi>{owner(o.token)}</bdi>,
                                    reason: o.result === 'failed' ? describeError(intl, o.error, {others: true}) : '',
                                }}
                            />
                        </li>
                    ))}
                </ul>
            )}
            {failed.length > PREVIEW_ROWS && (
                <p className='token-manager-muted'>
                    <FormattedMessage {...messages.previewMore} values={{count: failed.length - PREVIEW_ROWS}} />
                </p>
            )}
            {notRun.length > 0 && (
                <p className='token-manager-muted'>
                    <FormattedMessage {...messages.resultNotRun} values={{count: notRun.length}} />
                </p>
            )}
        </>
    );
}

export default function BulkDialog({
    action,
    tokens,
    onClose,
}: {
    action: TokenActionKind;
    tokens: StoredToken[];
    onClose: (changed: boolean) => void;
}) {
    const dispatch = useAppDispatch();
    const owners = useAppSelector((state) => getPluginState(state).owners);
    const plan = useMemo(() => bulkPlan(tokens, action), [tokens, action]);
    const [phase, setPhase] = useState<'preview' | 'running' | 'done'>('preview');
    const [progress, setProgress] = useState<BulkProgress>({
        done: 0,
        total: plan.change.length,
        failed: 0,
        concurrency: 0,
    });
    const [outcomes, setOutcomes] = useState<BulkOutcome[]>([]);
    const [cancelled, setCancelled] = useState(false);
    const controller = useRef<AbortController>();
    const cancelRef = useRef<HTMLButtonElement>(null);
    const owner = (t: StoredToken) => `@${owners[t.user_id]?.username ?? t.user_id}`;
    const values = {action, count: plan.change.length};

    const run = async () => {
        controller.current = new AbortController();
        setPhase('running');
        // Focus stays in the dialog during the run: on Cancel, the one control that still works.
        requestAnimationFrame(() => cancelRef.current?.focus());
        const result = await dispatch(
            runBulk(action, plan.change, {onProgress: setProgress, signal: controller.current.signal}),
        );
        setOutcomes(result.outcomes);
        setCancelled(result.cancelled);
        setPhase('done');
    };
    const changed = outcomes.filter((o) => o.result === 'changed').length;
    const failed = outcomes.filter((o) => o.result === 'failed').length;

    return (
        <Dialog
            title={
                phase === 'done' ? (
                    <FormattedMessage {...messages.resultTitle} />
                ) : (
                    <FormattedMessage {...messages.previewTitle} values={values} />
                )
            }
            onDismiss={phase === 'running' ? undefined : () => onClose(phase === 'done' && changed > 0)}
        >
            {phase === 'preview' && (
                <div className='token-manager-preview'>
                    {plan.change.length === 0 ? (
                        <p>
                            <FormattedMessage {...messages.previewNothing} />
                        </p>
                    ) : (
                        <>
                            <p>
                                <FormattedMessage {...messages.previewChange} values={values} />
                            </p>
                            <ul>
                                {plan.change.slice(0, PREVIEW_ROWS).map((t) => (
                                    <li key={t.id}>
                                        <strong>
                                            <bdi>{t.description}</bdi>
                                        </strong>{' '}
                                        (<bdi>{owner(t)}</bdi>) <code>{t.id}</code>
                                    </li>
                                ))}
                            </ul>
                            {plan.change.length > PREVIEW_ROWS && (
                                <p className='token-manager-muted'>
                                    <FormattedMessage
                                        {...messages.previewMore}
                                        values={{count: plan.change.length - PREVIEW_ROWS}}
                                    />
                                </p>
                            )}
                        </>
                    )}
                    {plan.unchanged.length > 0 && (
                        <p className='token-manager-muted'>
                            <FormattedMessage
                                {...messages.previewUnchanged}
                                values={{action, count: plan.unchanged.length}}
                            />
                        </p>
                    )}
                </div>
            )}
            {phase === 'running' && (
                <div role='status' aria-live='polite'>
                    <FormattedMessage {...messages.running} values={{done: progress.done, count: progress.total}} />
                    {progress.remainingMs !== undefined && (
                        <>
                            {' '}
                            <FormattedMessage
                                {...messages.remaining}
                                values={{seconds: Math.max(1, Math.ceil(progress.remainingMs / 1000))}}
                            />
                        </>
                    )}
                    <progress value={progress.done} max={progress.total} aria-hidden='true' />
                </div>
            )}
            {phase === 'done' && (
                <div className='token-manager-preview'>
                    <p role='status'>
                        <FormattedMessage
                            {...(cancelled ? messages.resultCancelled : messages.resultSummary)}
                            values={{action, ok: changed, failed}}
                        />
                    </p>
                    <Outcomes outcomes={outcomes} owner={owner} />
                </div>
            )}
            <div className='token-manager-dialog__buttons'>
                {phase === 'preview' && (
                    <>
                        <button
                            type='button'
                            className='token-manager-btn'
                            onClick={() => onClose(false)}
                            autoFocus={true}
                        >
                            <FormattedMessage {...common.cancel} />
                        </button>
                        <button
                            type='button'
                            className={`token-manager-btn ${action === 'enable' ? 'token-manager-btn--primary' : 'token-manager-btn--danger'}`}
                            onClick={run}
                            disabled={plan.change.length === 0}
                        >
                            <FormattedMessage {...messages.run} values={values} />
                        </button>
                    </>
                )}
                {phase === 'running' && (
                    <button
                        ref={cancelRef}
                        type='button'
                        className='token-manager-btn'
                        onClick={() => controller.current?.abort()}
                    >
                        <FormattedMessage {...messages.cancelRun} />
                    </button>
                )}
                {phase === 'done' && (
                    <button
                        type='button'
                        className='token-manager-btn token-manager-btn--primary'
                        onClick={() => onClose(changed > 0)}
                        autoFocus={true}
                    >
                        <FormattedMessage {...common.close} />
                    </button>
                )}
            </div>
        </Dialog>
    );
}
