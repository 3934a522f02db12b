// My tokens: the current user's tokens with status, expiry and approximate last use; create with a
// one-time reveal; disable / enable / revoke / rotate with confirmation.
import type {UserAccessToken} from '@mattermost/types/users';
import React, {useCallback, useEffect, useState} from 'react';
import {FormattedMessage, FormattedRelativeTime, useIntl} from 'react-intl';
import {useDispatch, useSelector} from 'react-redux';
import type {TokenApiErrorFields} from 'server-bridge';

import * as actions from '../../actions';
import panel from '../../messages/panel';
import type {StoredToken} from '../../reducer';
import {getCapabilities, getCurrentUserId, getMyTokens, getPluginState, type State} from '../../selectors';
import {tokenStatus} from '../../utils/token_status';
import ErrorNotice from '../common/error_notice';
import FormattedExpiry from '../common/formatted_expiry';
import RevealDialog, {type PendingReveal} from '../common/reveal_dialog';
import StatusBadge from '../common/status_badge';
import {useTokenActions, type TokenActionKind} from '../common/token_actions';
import CreateTokenForm from './create_token_form';

// Rotation exists only on servers that have expiry; whether this one has it is learnt from the first try.
export function canRotate(caps: {
    supportsExpiry: boolean;
    supportsRotate?: boolean;
    tokensEnabled: boolean;
    canCreate: boolean;
}): boolean {
    return caps.supportsExpiry && caps.supportsRotate !== false && caps.tokensEnabled && caps.canCreate;
}

function LastUsed({at}: {at?: number}) {
    if (!at) {
        return <FormattedMessage {...panel.lastUsedNone} />;
    }
    const seconds = Math.round((at - Date.now()) / 1000);
    const abs = Math.abs(seconds);
    const [value, unit] =
        abs < 3600
            ? [Math.round(seconds / 60), 'minute']
            : abs < 86400
              ? [Math.round(seconds / 3600), 'hour']
              : [Math.round(seconds / 86400), 'day'];
    return <FormattedRelativeTime value={value} unit={unit as 'minute' | 'hour' | 'day'} numeric='auto' />;
}

function TokenRow({
    token,
    canRotate,
    onAction,
}: {
    token: StoredToken;
    canRotate: boolean;
    onAction: (kind: TokenActionKind, token: StoredToken) => void;
}) {
    const intl = useIntl();
    const usage = useSelector((state: State) => getPluginState(state).usage[token.id]);
    const status = tokenStatus(token);
    const button = (kind: TokenActionKind, label: typeof panel.disable, className = 'token-manager-btn') => (
        <button
            type='button'
            className={className}
            onClick={() => onAction(kind, token)}
            aria-label={intl.formatMessage(panel.actionsFor, {
                action: intl.formatMessage(label),
                description: token.description,
            })}
        >
            <FormattedMessage {...label} />
        </button>
    );
    return (
        <li>
            <div>
                <div>
                    <strong>{token.description}</strong> <StatusBadge status={status} />
                </div>
                <div className='token-manager-list__meta'>
                    <span>
                        <FormattedMessage {...panel.tokenIdLabel} />
                        {': '}
                        <code>{token.id}</code>
                    </span>
                    {token.expires_at !== undefined && (
                        <span>
                            <FormattedMessage {...panel.expiresLabel} />
                            {': '}
                            <FormattedExpiry expiresAt={token.expires_at} />
                        </span>
                    )}
                    <span title={intl.formatMessage(panel.lastUsedHelp)}>
                        <FormattedMessage {...panel.lastUsedLabel} />
                        {': '}
                        <LastUsed at={usage?.lastActivityAt} />
                    </span>
                </div>
            </div>
            <div className='token-manager-list__actions'>
                {token.is_active ? button('disable', panel.disable) : button('enable', panel.enable)}
                {canRotate && token.is_active && button('rotate', panel.rotate)}
                {button('revoke', panel.revoke, 'token-manager-btn token-manager-btn--danger')}
            </div>
        </li>
    );
}

export default function MyTokens() {
    const intl = useIntl();
    const dispatch = useDispatch<any>();
    const caps = useSelector(getCapabilities);
    const userId = useSelector(getCurrentUserId);
    const tokens = useSelector(getMyTokens);
    const [loading, setLoading] = useState(true);
    const [error, setError] = useState<TokenApiErrorFields>();
    const [reveal, setReveal] = useState<PendingReveal>();
    const tokenActions = useTokenActions();
    const hasRole = caps.canRead || caps.canCreate;

    const load = useCallback(async () => {
        if (!hasRole) {
            setLoading(false);
            return;
        }
        setLoading(true);
        setError(undefined);
        const result: actions.Result<UserAccessToken[]> = await dispatch(actions.fetchMyTokens());
        setLoading(false);
        if (result.error) {
            setError(result.error);
            return;
        }
        dispatch(actions.fetchUsage(userId));
    }, [dispatch, hasRole, userId]);

    useEffect(() => {
        load();
    }, [load]);

    const onCreated = useCallback(
        (token: UserAccessToken) => {
            setReveal(
                RevealDialog.pending(token, intl.formatMessage(panel.createdTitle, {description: token.description})),
            );
        },
        [intl],
    );

    if (!hasRole) {
        return (
            <div className='token-manager-notice' role='note'>
                <FormattedMessage {...panel.noTokenRole} />
            </div>
        );
    }
    return (
        <div className='token-manager-mine'>
            {!caps.tokensEnabled && (
                <div className='token-manager-notice' role='note'>
                    <FormattedMessage {...panel.tokensDisabled} />
                </div>
            )}
            {caps.canCreate && caps.tokensEnabled && (
                <section aria-labelledby='token-manager-create-title'>
                    <h3 id='token-manager-create-title'>
                        <FormattedMessage {...panel.createTitle} />
                    </h3>
                    <CreateTokenForm onCreated={onCreated} />
                </section>
            )}
            {tokenActions.element}
            {loading && tokens.length === 0 && (
                <p className='token-manager-muted' role='status'>
                    <FormattedMessage {...panel.loading} />
                </p>
            )}
            {error && <ErrorNotice error={error} onRetry={load} />}
            {!loading && !error && tokens.length === 0 && (
                <p className='token-manager-muted'>
                    <FormattedMessage {...panel.empty} />
                </p>
            )}
            {tokens.length > 0 && (
                <ul className='token-manager-list' aria-label={intl.formatMessage(panel.listLabel)}>
                    {tokens.map((token) => (
                        <TokenRow
                            key={token.id}
                            token={token}
                            canRotate={canRotate(caps)}
                            onAction={tokenActions.ask}
                        />
                    ))}
                </ul>
            )}
            {reveal && <RevealDialog reveal={reveal} onClose={() => setReveal(undefined)} />}
        </div>
    );
}
