// Disable / enable / revoke / rotate one token, each behind a confirmation; rotate ends in a one-time reveal.
// Shared by My tokens and the inventory's row actions.
import type {UserAccessToken} from '@mattermost/types/users';
import React, {useCallback, useState} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import {useDispatch} from 'react-redux';
import type {TokenApiErrorFields} from 'server-bridge';

import * as actions from '../../actions';
import panel from '../../messages/panel';
import type {StoredToken} from '../../reducer';
import ConfirmDialog from './confirm_dialog';
import ErrorNotice from './error_notice';
import RevealDialog, {type PendingReveal} from './reveal_dialog';

export type TokenActionKind = 'disable' | 'enable' | 'revoke' | 'rotate';

const COPY = {
    disable: {title: panel.confirmDisableTitle, body: panel.confirmDisableBody, button: panel.disable, danger: false},
    enable: {title: panel.confirmEnableTitle, body: panel.confirmEnableBody, button: panel.enable, danger: false},
    revoke: {title: panel.confirmRevokeTitle, body: panel.confirmRevokeBody, button: panel.revoke, danger: true},
    rotate: {title: panel.confirmRotateTitle, body: panel.confirmRotateBody, button: panel.rotate, danger: true},
};

export function useTokenActions(options: {others?: boolean} = {}) {
    const intl = useIntl();
    const dispatch = useDispatch<any>();
    const [pending, setPending] = useState<{kind: TokenActionKind; token: StoredToken}>();
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<TokenApiErrorFields>();
    const [status, setStatus] = useState('');
    const [reveal, setReveal] = useState<PendingReveal>();

    const ask = useCallback((kind: TokenActionKind, token: StoredToken) => {
        setError(undefined);
        setStatus('');
        setPending({kind, token});
    }, []);

    const run = useCallback(async () => {
        if (!pending) {
            return;
        }
        const {kind, token} = pending;
        setBusy(true);
        let result: actions.Result<unknown>;
        if (kind === 'rotate') {
            result = await dispatch(actions.rotateToken(token.id));
            if (result.data) {
                setReveal(
                    RevealDialog.pending(
                        result.data as UserAccessToken,
                        intl.formatMessage(panel.rotatedTitle, {description: token.description}),
                    ),
                );
            }
        } else {
            const thunk =
                kind === 'disable'
                    ? actions.disableToken(token.id)
                    : kind === 'enable'
                      ? actions.enableToken(token.id)
                      : actions.revokeToken(token.id);
            result = await dispatch(thunk);
        }
        setBusy(false);
        setPending(undefined);
        if (result.error) {
            setError(result.error);
        } else {
            setStatus(
                intl.formatMessage(panel.done, {
                    action: intl.formatMessage(COPY[kind].button).toLowerCase(),
                    description: token.description,
                }),
            );
        }
    }, [pending, dispatch, intl]);

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
                            values={{description: pending.token.description}}
                        />
                    </p>
                    <p className='token-manager-muted'>
                        <FormattedMessage {...panel.tokenIdLabel} />
                        {': '}
                        <code>{pending.token.id}</code>
                    </p>
                </ConfirmDialog>
            )}
            {reveal && <RevealDialog reveal={reveal} onClose={() => setReveal(undefined)} />}
            {error && <ErrorNotice error={error} context={{others: options.others}} />}
            <p className='token-manager-visually-hidden' role='status' aria-live='polite'>
                {status}
            </p>
        </>
    );
    return {ask, element};
}
