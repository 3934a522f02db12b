// Rotate from the reminder: confirm first, then the one-time reveal in the shared RevealDialog. Unlike the
// panel's Rotate (useTokenActions), which keeps the token's current expiry, this one asks for a new expiry:
// a token rotated because it expires tomorrow would otherwise still expire tomorrow.
import React, {useCallback, useId, useState} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import type {TokenApiErrorFields} from 'server-bridge';

import {rotateToken} from '../../secret_actions';
import {useAppDispatch, useAppSelector} from '../../hooks';
import common from '../../messages/common';
import panel from '../../messages/panel';
import reminder from '../../messages/reminder';
import type {StoredToken} from '../../reducer';
import {getCapabilities} from '../../selectors';
import {
    defaultExpiryChoice,
    expiryChoices,
    expiryFromChoice,
    rotationExpiry,
    type ExpiryChoice,
} from '../../utils/expiry';
import ConfirmDialog from '../common/confirm_dialog';
import {EXPIRY_CHOICE_LABELS} from '../common/expiry_labels';
import RevealDialog, {type PendingReveal} from '../common/reveal_dialog';

export function useReminderRotate() {
    const intl = useIntl();
    const dispatch = useAppDispatch();
    const maxDays = useAppSelector((state) => getCapabilities(state).maxLifetimeDays);
    const selectId = useId();
    const [pending, setPending] = useState<StoredToken>();
    const [choice, setChoice] = useState<ExpiryChoice>('90d');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<TokenApiErrorFields>();
    const [status, setStatus] = useState('');
    const [reveal, setReveal] = useState<PendingReveal>();

    const ask = useCallback(
        (token: StoredToken) => {
            setError(undefined);
            setStatus('');
            setChoice(defaultExpiryChoice(maxDays));
            setPending(token);
        },
        [maxDays],
    );

    const run = useCallback(async () => {
        if (!pending) {
            return;
        }
        setBusy(true);
        const chosen = expiryFromChoice(choice, '', maxDays);
        const result = await dispatch(rotateToken(pending.id, rotationExpiry(pending, maxDays, chosen)));
        setBusy(false);
        setPending(undefined);
        if (result.error) {
            setError(result.error);
            return;
        }
        const {token, handle} = result.data;
        setReveal({
            title: intl.formatMessage(panel.rotatedTitle, {description: token.description}),
            handle,
            tokenId: token.id,
            description: token.description,
        });
        setStatus(intl.formatMessage(panel.done, {action: 'rotate', description: token.description}));
    }, [pending, choice, maxDays, dispatch, intl]);

    const dialogs = (
        <>
            {pending && (
                <ConfirmDialog
                    title={<FormattedMessage {...panel.confirmRotateTitle} />}
                    confirmLabel={<FormattedMessage {...common.rotate} />}
                    danger={true}
                    busy={busy}
                    onConfirm={run}
                    onCancel={() => setPending(undefined)}
                >
                    <p>
                        <FormattedMessage
                            {...panel.confirmRotateBody}
                            values={{description: <bdi>{pending.description}</bdi>}}
                        />
                    </p>
                    <p className='token-manager-muted'>
                        <FormattedMessage {...common.tokenIdLabel} />
                        {': '}
                        <bdi>
                            <code>{pending.id}</code>
                        </bdi>
                    </p>
                    <div className='token-manager-field'>
                        <label htmlFor={selectId}>
                            <FormattedMessage {...reminder.rotateExpiryLabel} />
                        </label>
                        <select
                            id={selectId}
                            value={choice}
                            disabled={busy}
                            onChange={(e) => setChoice(e.target.value as ExpiryChoice)}
                        >
                            {expiryChoices(maxDays)
                                .filter((c) => c !== 'custom')
                                .map((c) => (
                                    <option key={c} value={c}>
                                        {intl.formatMessage(EXPIRY_CHOICE_LABELS[c], {maxDays: maxDays ?? 0})}
                                    </option>
                                ))}
                        </select>
                    </div>
                </ConfirmDialog>
            )}
            {reveal && <RevealDialog reveal={reveal} onClose={() => setReveal(undefined)} />}
            <p className='token-manager-visually-hidden' role='status' aria-live='polite'>
                {status}
            </p>
        </>
    );
    return {ask, error, dialogs};
}
