// Bulk disable / enable / revoke: a preview of exactly what will change, then a per-token result summary
// with every failure listed. Requests run four at a time; a failure never stops the others.
import React, {useMemo, useRef, useState} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import {useDispatch} from 'react-redux';
import {createLimiter, type TokenApiErrorFields} from 'server-bridge';

import * as actions from '../../actions';
import messages from '../../messages/inventory';
import panel from '../../messages/panel';
import slash from '../../messages/slash';
import type {OwnerSummary, StoredToken} from '../../reducer';
import {describeError} from '../../utils/error_text';
import {bulkPlan} from '../../utils/inventory_rows';
import {useFocusTrap} from '../common/focus_trap';

export type BulkAction = 'disable' | 'enable' | 'revoke';

interface Outcome {
    token: StoredToken;
    error?: TokenApiErrorFields;
}

export default function BulkDialog({
    action,
    tokens,
    owners,
    onClose,
}: {
    action: BulkAction;
    tokens: StoredToken[];
    owners: Record<string, OwnerSummary>;
    onClose: (changed: boolean) => void;
}) {
    const intl = useIntl();
    const dispatch = useDispatch<any>();
    const plan = useMemo(() => bulkPlan(tokens, action), [tokens, action]);
    const [phase, setPhase] = useState<'preview' | 'running' | 'done'>('preview');
    const [done, setDone] = useState(0);
    const [outcomes, setOutcomes] = useState<Outcome[]>([]);
    const owner = (t: StoredToken) => owners[t.user_id]?.username ?? t.user_id;
    const boxRef = useRef<HTMLDivElement>(null);
    useFocusTrap(boxRef);

    const run = async () => {
        setPhase('running');
        const limit = createLimiter(4);
        const thunk =
            action === 'disable'
                ? actions.disableToken
                : action === 'enable'
                  ? actions.enableToken
                  : actions.revokeToken;
        const results = await Promise.all(
            plan.change.map((token) =>
                limit(async () => {
                    const result: actions.Result<true> = await dispatch(thunk(token.id));
                    setDone((n) => n + 1);
                    return {token, error: result.error};
                }),
            ),
        );
        setOutcomes(results);
        setPhase('done');
    };

    const failed = outcomes.filter((o) => o.error);
    const titleId = 'token-manager-bulk-title';
    return (
        <div
            className='token-manager token-manager-dialog'
            onKeyDown={(e) => e.key === 'Escape' && phase !== 'running' && onClose(phase === 'done')}
        >
            <div
                ref={boxRef}
                className='token-manager-dialog__box'
                role='dialog'
                aria-modal='true'
                aria-labelledby={titleId}
            >
                <h3 id={titleId}>
                    {phase === 'done' ? (
                        <FormattedMessage {...messages.resultTitle} />
                    ) : (
                        <FormattedMessage {...messages.previewTitle} values={{action, count: plan.change.length}} />
                    )}
                </h3>
                {phase === 'preview' && (
                    <div className='token-manager-preview'>
                        {plan.change.length === 0 ? (
                            <p>
                                <FormattedMessage {...messages.previewNothing} />
                            </p>
                        ) : (
                            <>
                                <p>
                                    <FormattedMessage
                                        {...messages.previewChange}
                                        values={{action, count: plan.change.length}}
                                    />
                                </p>
                                <ul
                                    aria-label={intl.formatMessage(messages.previewTitle, {
                                        action,
                                        count: plan.change.length,
                                    })}
                                >
                                    {plan.change.map((t) => (
                                        <li key={t.id}>
                                            <strong>{t.description}</strong>
                                            {` (@${owner(t)}) `}
                                            <code>{t.id}</code>
                                        </li>
                                    ))}
                                </ul>
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
                    <p role='status'>
                        <FormattedMessage {...messages.running} values={{done, count: plan.change.length}} />
                    </p>
                )}
                {phase === 'done' && (
                    <div className='token-manager-preview'>
                        <p role='status'>
                            <FormattedMessage
                                {...messages.resultSummary}
                                values={{action, ok: outcomes.length - failed.length, failed: failed.length}}
                            />
                        </p>
                        {failed.length > 0 && (
                            <ul>
                                {failed.map(({token, error}) => (
                                    <li key={token.id} className='token-manager-reply__error'>
                                        <FormattedMessage
                                            {...messages.resultFailed}
                                            values={{
                                                description: token.description,
                                                owner: owner(token),
                                                reason: describeError(intl, error!, {others: true}),
                                            }}
                                        />
                                    </li>
                                ))}
                            </ul>
                        )}
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
                                <FormattedMessage {...slash.cancel} />
                            </button>
                            <button
                                type='button'
                                className={`token-manager-btn ${action === 'enable' ? 'token-manager-btn--primary' : 'token-manager-btn--danger'}`}
                                onClick={run}
                                disabled={plan.change.length === 0}
                            >
                                <FormattedMessage {...messages.run} values={{action, count: plan.change.length}} />
                            </button>
                        </>
                    )}
                    {phase === 'done' && (
                        <button
                            type='button'
                            className='token-manager-btn token-manager-btn--primary'
                            onClick={() => onClose(true)}
                            autoFocus={true}
                        >
                            <FormattedMessage {...panel.close} />
                        </button>
                    )}
                </div>
            </div>
        </div>
    );
}
