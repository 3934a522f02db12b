// My tokens: the current user's tokens with status, expiry and last recorded activity; create with a
// one-time reveal; disable / enable / revoke / rotate with confirmation; disable them all at once.
import React, {useCallback, useEffect, useId, useMemo, useState} from 'react';
import {FormattedMessage, FormattedRelativeTime, useIntl} from 'react-intl';
import type {TokenApiErrorFields} from 'server-bridge';

import {fetchUsage, fetchUserTokens} from '../../actions';
import type {Revealed} from '../../secret_actions';
import {bulkPlan} from '../../bulk';
import {useAppDispatch, useAppSelector} from '../../hooks';
import common from '../../messages/common';
import panel from '../../messages/panel';
import type {StoredToken} from '../../reducer';
import {canRotate, getCapabilities, getCurrentUserId, getMyTokens, getPluginState} from '../../selectors';
import {tokenStatus} from '../../utils/token_status';
import BulkDialog from '../common/bulk_dialog';
import ErrorNotice from '../common/error_notice';
import FormattedExpiry from '../common/formatted_expiry';
import {NoTokenRoleNotice, TokensDisabledNotice} from '../common/notices';
import RevealDialog, {type PendingReveal} from '../common/reveal_dialog';
import StatusBadge from '../common/status_badge';
import {useTokenActions, type RowActionKind} from '../common/token_actions';
import CreateTokenForm from './create_token_form';

function RelativeTime({at}: {at: number}) {
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

function LastActivity({tokenId}: {tokenId: string}) {
    const intl = useIntl();
    const usage = useAppSelector((state) => getPluginState(state).usage[tokenId]);
    return (
        <span title={intl.formatMessage(panel.lastActivityHelp)}>
            <FormattedMessage {...panel.lastActivityLabel} />
            {': '}
            {usage?.lastActivityAt ? (
                <RelativeTime at={usage.lastActivityAt} />
            ) : (
                <FormattedMessage {...panel.lastActivityNone} />
            )}
        </span>
    );
}

function TokenRow({
    token,
    rotate,
    onAction,
}: {
    token: StoredToken;
    rotate: boolean;
    onAction: (kind: RowActionKind, token: StoredToken) => void;
}) {
    const intl = useIntl();
    const button = (kind: RowActionKind, label: typeof common.disable, className = 'token-manager-btn') => (
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
                    <strong>
                        <bdi>{token.description}</bdi>
                    </strong>{' '}
                    <StatusBadge status={tokenStatus(token)} />
                </div>
                <div className='token-manager-list__meta'>
                    <span>
                        <FormattedMessage {...common.tokenIdLabel} />
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
                    <LastActivity tokenId={token.id} />
                </div>
            </div>
            <div className='token-manager-list__actions'>
                {token.is_active ? button('disable', common.disable) : button('enable', common.enable)}
                {rotate && token.is_active && button('rotate', common.rotate)}
                {button('revoke', common.revoke, 'token-manager-btn token-manager-btn--danger')}
            </div>
        </li>
    );
}

export default function MyTokens() {
    const intl = useIntl();
    const dispatch = useAppDispatch();
    const caps = useAppSelector(getCapabilities);
    const userId = useAppSelector(getCurrentUserId);
    const tokens = useAppSelector(getMyTokens);
    const [loading, setLoading] = useState(true);
    const [error, setError] = useState<TokenApiErrorFields>();
    const [reveal, setReveal] = useState<PendingReveal>();
    const [disablingAll, setDisablingAll] = useState(false);
    const tokenActions = useTokenActions();
    const createTitleId = useId();
    const hasRole = caps.canRead || caps.canCreate;
    const active = useMemo(() => bulkPlan(tokens, 'disable').change, [tokens]);

    const load = useCallback(async () => {
        if (!hasRole) {
            setLoading(false);
            return;
        }
        setLoading(true);
        setError(undefined);
        const result = await dispatch(fetchUserTokens(userId));
        setLoading(false);
        if (result.error) {
            setError(result.error);
            return;
        }
        dispatch(fetchUsage(userId));
    }, [dispatch, hasRole, userId]);

    useEffect(() => {
        load();
    }, [load]);

    const onCreated = useCallback(
        ({token, handle}: Revealed) => {
            setReveal({
                title: intl.formatMessage(panel.createdTitle, {description: token.description}),
                handle,
                tokenId: token.id,
                description: token.description,
            });
        },
        [intl],
    );

    if (!hasRole) {
        return <NoTokenRoleNotice />;
    }
    return (
        <div className='token-manager-mine'>
            <TokensDisabledNotice />
            {caps.canCreate && caps.tokensEnabled && (
                <section aria-labelledby={createTitleId}>
                    <h3 id={createTitleId}>
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
                <>
                    <ul className='token-manager-list' aria-label={intl.formatMessage(panel.listLabel)}>
                        {tokens.map((token) => (
                            <TokenRow
                                key={token.id}
                                token={token}
                                rotate={canRotate(caps)}
                                onAction={tokenActions.ask}
                            />
                        ))}
                    </ul>
                    {caps.canRevoke && active.length > 1 && (
                        <p>
                            <button type='button' className='token-manager-btn' onClick={() => setDisablingAll(true)}>
                                <FormattedMessage {...panel.disableAll} values={{count: active.length}} />
                            </button>
                        </p>
                    )}
                </>
            )}
            {reveal && <RevealDialog reveal={reveal} onClose={() => setReveal(undefined)} />}
            {disablingAll && <BulkDialog action='disable' tokens={active} onClose={() => setDisablingAll(false)} />}
        </div>
    );
}
