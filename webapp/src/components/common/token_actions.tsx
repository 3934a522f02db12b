// Disable / enable / revoke / rotate one token, each behind a confirmation; rotate says what the new expiry
// will be and ends in a one-time reveal. Shared by My tokens and the inventory's drill-down.
import React, {useCallback, useId, useRef, useState} from 'react';
import {FormattedDate, FormattedMessage, useIntl} from 'react-intl';
import type {TokenApiErrorFields} from 'server-bridge';

import {applyTokenAction, type TokenActionKind} from '../../actions';
import {rotateToken} from '../../secret_actions';
import {useAppDispatch, useAppSelector} from '../../hooks';
import common from '../../messages/common';
import panel from '../../messages/panel';
import type {StoredToken} from '../../reducer';
import {getCapabilities} from '../../selectors';
import {rotateFailureNote} from '../../utils/error_text';
import {expiryChoices, expiryFromChoice, rotationExpiry, type ExpiryChoice} from '../../utils/expiry';
import ConfirmDialog from './confirm_dialog';
import ErrorNotice from './error_notice';
import {EXPIRY_CHOICE_LABELS} from './expiry_labels';
import RevealDialog, {type PendingReveal} from './reveal_dialog';

export type RowActionKind = TokenActionKind | 'rotate';

const COPY = {
    disable: {title: panel.confirmDisableTitle, body: panel.confirmDisableBody, button: common.disable, danger: false},
    enable: {title: panel.confirmEnableTitle, body: panel.confirmEnableBody, button: common.enable, danger: false},
    revoke: {title: panel.confirmRevokeTitle, body: panel.confirmRevokeBody, button: common.revoke, danger: true},
    rotate: {title: panel.confirmRotateTitle, body: panel.confirmRotateBody, button: common.rotate, danger: true},
};

// An expired token on a server without a lifetime policy has no expiry to keep: the user picks one.
function needsExpiryChoice(token: StoredToken, maxLifetimeDays: number | null, now = Date.now()): boolean {
    return !maxLifetimeDays && Boolean(token.expires_at) && (token.expires_at ?? 0) <= now;
}

function RotateExpiry({
    token,
    choice,
    onChoice,
}: {
    token: StoredToken;
    choice: ExpiryChoice;
    onChoice: (c: ExpiryChoice) => void;
}) {
    const intl = useIntl();
    const caps = useAppSelector(getCapabilities);
    const selectId = useId();
    if (needsExpiryChoice(token, caps.maxLifetimeDays)) {
        return (
            <div className='token-manager-field'>
                <label htmlFor={selectId}>
                    <FormattedMessage {...panel.rotateExpiryLabel} />
                </label>
                <select id={selectId} value={choice} onChange={(e) => onChoice(e.target.value as ExpiryChoice)}>
                    {expiryChoices(null)
                        .filter((c) => c !== 'custom')
                        .map((c) => (
                            <option key={c} value={c}>
                                {intl.formatMessage(EXPIRY_CHOICE_LABELS[c], {maxDays: 0})}
                            </option>
                        ))}
                </select>
            </div>
        );
    }
    const expiresAt = rotationExpiry(token, caps.maxLifetimeDays);
    return (
        <p>
            <FormattedMessage
                {...panel.rotateExpiry}
                values={{
                    never: expiresAt === 0 ? 'yes' : 'no',
                    date: <FormattedDate value={expiresAt} year='numeric' month='short' day='numeric' />,
                }}
            />
        </p>
    );
}

export function useTokenActions(options: {others?: boolean} = {}) {
    const intl = useIntl();
    const dispatch = useAppDispatch();
    const caps = useAppSelector(getCapabilities);
    const [pending, setPending] = useState<{kind: RowActionKind; token: StoredToken}>();
    const [busy, setBusy] = useState(false);
    const [failed, setFailed] = useState<{error: TokenApiErrorFields; kind: RowActionKind}>();
    const [status, setStatus] = useState('');
    const [reveal, setReveal] = useState<PendingReveal>();
    const [choice, setChoice] = useState<ExpiryChoice>('90d');

    // The row's button that asked: focus goes back to it when a rotation's reveal closes.
    const askedFrom = useRef<HTMLElement | null>(null);
    const ask = useCallback((kind: RowActionKind, token: StoredToken) => {
        askedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setFailed(undefined);
        setStatus('');
        setChoice('90d');
        setPending({kind, token});
    }, []);

    const run = useCallback(async () => {
        if (!pending) {
            return;
        }
        const {kind, token} = pending;
        setBusy(true);
        let failure: TokenApiErrorFields | undefined;
        if (kind === 'rotate') {
            const chosen = needsExpiryChoice(token, caps.maxLifetimeDays)
                ? expiryFromChoice(choice, '', null)
                : undefined;
            const result = await dispatch(rotateToken(token.id, rotationExpiry(token, caps.maxLifetimeDays, chosen)));
            failure = result.error;
            if (result.data) {
                const {token: rotated, handle} = result.data;
                setReveal({
                    title: intl.formatMessage(panel.rotatedTitle, {description: rotated.description}),
                    handle,
                    tokenId: rotated.id,
                    description: rotated.description,
                });
            }
        } else {
            failure = (await dispatch(applyTokenAction(kind, token.id))).error;
        }
        setBusy(false);
        setPending(undefined);
        if (failure) {
            setFailed({error: failure, kind});
        } else {
            setStatus(intl.formatMessage(panel.done, {action: kind, description: token.description}));
        }
    }, [pending, dispatch, intl, caps.maxLifetimeDays, choice]);

    const element = (
        <>
            {pending && (
                <ConfirmDialog
                    title={<FormattedMessage {...COPY[pending.kind].title} />}
                    confirmLabel={<FormattedMessage {...COPY[pending.kind].button} />}
                    danger={COPY[pending.kind].danger}
                    busy={busy}
                    onConfirm={run}
                    onCancel={() => setPending(undefined)}
                >
                    <p>
                        <FormattedMessage
                            {...COPY[pending.kind].body}
                            values={{description: <bdi>{pending.token.description}</bdi>}}
                        />
                    </p>
                    <p className='token-manager-muted'>
                        <FormattedMessage {...common.tokenIdLabel} />
                        {': '}
                        <bdi>
                            <code>{pending.token.id}</code>
                        </bdi>
                    </p>
                    {pending.kind === 'rotate' && (
                        <RotateExpiry token={pending.token} choice={choice} onChoice={setChoice} />
                    )}
                </ConfirmDialog>
            )}
            {reveal && (
                <RevealDialog
                    reveal={reveal}
                    onClose={() => setReveal(undefined)}
                    returnFocus={() => askedFrom.current?.focus()}
                />
            )}
            {failed && (
                <ErrorNotice
                    error={failed.error}
                    context={{others: options.others}}
                    note={failed.kind === 'rotate' ? rotateFailureNote(failed.error) : undefined}
                />
            )}
            <p className='token-manager-visually-hidden' role='status' aria-live='polite'>
                {status}
            </p>
        </>
    );
    return {ask, element};
}
