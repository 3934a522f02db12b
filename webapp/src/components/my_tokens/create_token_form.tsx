// Create a token: description and (where the server supports it) expiry, checked as the server would
// before anything is sent. The button is disabled while the request runs, so a create cannot double.
import type {UserAccessToken} from '@mattermost/types/users';
import React, {useMemo, useState} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import {useDispatch, useSelector} from 'react-redux';
import {checkDescription, checkExpiry, type TokenApiErrorFields} from 'server-bridge';

import {createToken, type Result} from '../../actions';
import errors from '../../messages/errors';
import panel from '../../messages/panel';
import {getCapabilities, getCurrentUserId, type State} from '../../selectors';
import {defaultExpiryChoice, expiryChoices, expiryFromChoice, type ExpiryChoice} from '../../utils/expiry';
import ErrorNotice from '../common/error_notice';

const CHOICE_LABELS = {
    '7d': panel.expiry7d,
    '30d': panel.expiry30d,
    '90d': panel.expiry90d,
    '1y': panel.expiry1y,
    never: panel.expiryNever,
    max: panel.expiryMax,
    custom: panel.expiryCustom,
};

const PROBLEM_MESSAGES: Record<string, typeof errors.descriptionRequired> = {
    'token_manager.validation.description_required': errors.descriptionRequired,
    'token_manager.validation.description_too_long': errors.descriptionTooLong,
    'token_manager.validation.expiry_unsupported': errors.expiryUnsupported,
    'token_manager.validation.expiry_required': errors.expiryRequired,
    'token_manager.validation.expiry_in_past': errors.expiryInPast,
    'token_manager.validation.expiry_too_far': errors.expiryTooFar,
    'token_manager.validation.expiry_invalid': errors.expiryInvalid,
};

function isoDate(ms: number): string {
    const d = new Date(ms);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export default function CreateTokenForm({onCreated}: {onCreated: (token: UserAccessToken) => void}) {
    const intl = useIntl();
    const dispatch = useDispatch<any>();
    const caps = useSelector(getCapabilities);
    const userId = useSelector((state: State) => getCurrentUserId(state));
    const [description, setDescription] = useState('');
    const [choice, setChoice] = useState<ExpiryChoice>(() => defaultExpiryChoice(caps.maxLifetimeDays));
    const [customDate, setCustomDate] = useState('');
    const [problem, setProblem] = useState<string>('');
    const [serverError, setServerError] = useState<TokenApiErrorFields>();
    const [busy, setBusy] = useState(false);
    const choices = useMemo(() => expiryChoices(caps.maxLifetimeDays), [caps.maxLifetimeDays]);
    const tomorrow = isoDate(Date.now() + 24 * 60 * 60 * 1000);
    const latest = caps.maxLifetimeDays ? isoDate(Date.now() + caps.maxLifetimeDays * 24 * 60 * 60 * 1000) : undefined;

    const submit = async (e: React.FormEvent) => {
        e.preventDefault();
        if (busy) {
            return;
        }
        setServerError(undefined);
        const expiresAt = caps.supportsExpiry ? expiryFromChoice(choice, customDate, caps.maxLifetimeDays) : undefined;
        const found =
            checkDescription(description) ??
            (caps.supportsExpiry && expiresAt === undefined
                ? {id: 'token_manager.validation.expiry_invalid' as const}
                : undefined) ??
            checkExpiry(expiresAt, {supportsExpiry: caps.supportsExpiry, maxLifetimeDays: caps.maxLifetimeDays});
        if (found) {
            setProblem(
                intl.formatMessage(PROBLEM_MESSAGES[found.id], {
                    maxDays: caps.maxLifetimeDays ?? 0,
                    bytes: 'bytes' in found ? found.bytes : 0,
                }),
            );
            return;
        }
        setProblem('');
        setBusy(true);
        const result: Result<UserAccessToken> = await dispatch(createToken(userId, description.trim(), expiresAt));
        setBusy(false);
        if (result.error) {
            setServerError(result.error);
            return;
        }
        setDescription('');
        onCreated(result.data);
    };

    return (
        <form
            className='token-manager-form'
            onSubmit={submit}
            aria-label={intl.formatMessage(panel.createTitle)}
            noValidate={true}
        >
            <div className='token-manager-field'>
                <label htmlFor='token-manager-description'>
                    <FormattedMessage {...panel.descriptionLabel} />
                </label>
                <input
                    id='token-manager-description'
                    value={description}
                    maxLength={255}
                    placeholder={intl.formatMessage(panel.descriptionPlaceholder)}
                    onChange={(e) => setDescription(e.target.value)}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? 'token-manager-create-problem' : undefined}
                />
            </div>
            {caps.supportsExpiry && (
                <div className='token-manager-field'>
                    <label htmlFor='token-manager-expiry'>
                        <FormattedMessage {...panel.expiryLabel} />
                    </label>
                    <select
                        id='token-manager-expiry'
                        value={choice}
                        onChange={(e) => setChoice(e.target.value as ExpiryChoice)}
                    >
                        {choices.map((c) => (
                            <option key={c} value={c}>
                                {intl.formatMessage(CHOICE_LABELS[c], {maxDays: caps.maxLifetimeDays ?? 0})}
                            </option>
                        ))}
                    </select>
                </div>
            )}
            {caps.supportsExpiry && choice === 'custom' ? (
                <div className='token-manager-field'>
                    <label htmlFor='token-manager-expiry-date'>
                        <FormattedMessage {...panel.expiryDateLabel} />
                    </label>
                    <input
                        id='token-manager-expiry-date'
                        type='date'
                        min={tomorrow}
                        max={latest}
                        value={customDate}
                        onChange={(e) => setCustomDate(e.target.value)}
                    />
                </div>
            ) : null}
            <button type='submit' className='token-manager-btn token-manager-btn--primary' disabled={busy}>
                <FormattedMessage {...(busy ? panel.creating : panel.createButton)} />
            </button>
            {problem && (
                <p id='token-manager-create-problem' className='token-manager-field__error' role='alert'>
                    {problem}
                </p>
            )}
            {caps.maxLifetimeDays && (
                <p className='token-manager-muted token-manager-form__full'>
                    <FormattedMessage {...panel.policyNote} values={{maxDays: caps.maxLifetimeDays}} />
                </p>
            )}
            {serverError && (
                <div className='token-manager-form__full'>
                    <ErrorNotice error={serverError} />
                </div>
            )}
        </form>
    );
}
