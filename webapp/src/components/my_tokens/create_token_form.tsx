// Create a token: description and (where the server supports it) expiry, checked as the server would
// before anything is sent. The button is disabled while the request runs, so a create cannot double; a
// create whose answer is lost is reconciled, never blindly retried.
import React, {useId, useMemo, useState} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import {checkDescription, checkExpiry, type TokenApiErrorFields, type ValidationProblem} from 'server-bridge';

import {createToken, type Revealed} from '../../secret_actions';
import {useAppDispatch, useAppSelector} from '../../hooks';
import panel from '../../messages/panel';
import {getCapabilities, getCurrentUserId} from '../../selectors';
import {problemText} from '../../utils/error_text';
import {DAY_MS, defaultExpiryChoice, expiryChoices, expiryFromChoice, type ExpiryChoice} from '../../utils/expiry';
import type {Reconciliation} from '../../utils/reconcile';
import ErrorNotice from '../common/error_notice';
import {EXPIRY_CHOICE_LABELS} from '../common/expiry_labels';
import LostCreateNotice, {type CreateCheckCause} from '../common/lost_create_notice';

function isoDate(ms: number): string {
    const d = new Date(ms);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export default function CreateTokenForm({onCreated}: {onCreated: (revealed: Revealed) => void}) {
    const intl = useIntl();
    const dispatch = useAppDispatch();
    const caps = useAppSelector(getCapabilities);
    const userId = useAppSelector(getCurrentUserId);
    const ids = {description: useId(), expiry: useId(), date: useId(), problem: useId()};
    const [description, setDescription] = useState('');
    const [choice, setChoice] = useState<ExpiryChoice>(() => defaultExpiryChoice(caps.maxLifetimeDays));
    const [customDate, setCustomDate] = useState('');
    const [problem, setProblem] = useState('');
    const [serverError, setServerError] = useState<TokenApiErrorFields>();
    const [lost, setLost] = useState<{reconciliation: Reconciliation; description: string; cause: CreateCheckCause}>();
    const [busy, setBusy] = useState(false);
    const choices = useMemo(() => expiryChoices(caps.maxLifetimeDays), [caps.maxLifetimeDays]);
    const tomorrow = isoDate(Date.now() + DAY_MS);
    const latest = caps.maxLifetimeDays ? isoDate(Date.now() + caps.maxLifetimeDays * DAY_MS) : undefined;

    const submit = async (e: React.FormEvent) => {
        e.preventDefault();
        if (busy) {
            return;
        }
        setServerError(undefined);
        setLost(undefined);
        const expiresAt = caps.supportsExpiry ? expiryFromChoice(choice, customDate, caps.maxLifetimeDays) : undefined;
        const invalidDate: ValidationProblem | undefined =
            caps.supportsExpiry && expiresAt === undefined
                ? {id: 'token_manager.validation.expiry_invalid'}
                : undefined;
        const found =
            checkDescription(description) ??
            invalidDate ??
            checkExpiry(expiresAt, {supportsExpiry: caps.supportsExpiry, maxLifetimeDays: caps.maxLifetimeDays});
        if (found) {
            setProblem(problemText(intl, found, caps.maxLifetimeDays));
            return;
        }
        setProblem('');
        setBusy(true);
        const trimmed = description.trim();
        const result = await dispatch(createToken(userId, trimmed, expiresAt));
        setBusy(false);
        const reconciliation = result.reconciliation;
        if (result.error) {
            // A lost answer always needs the check's words; a server error only when a re-send made tokens.
            if (reconciliation && (result.error.kind === 'network' || reconciliation.orphans.length > 0)) {
                setLost({
                    reconciliation,
                    description: trimmed,
                    cause: result.error.kind === 'network' ? 'lost' : 'resent',
                });
            } else {
                setServerError(result.error);
            }
            return;
        }
        setDescription('');
        if (reconciliation) {
            setLost({reconciliation, description: trimmed, cause: 'resent'});
        }
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
                <label htmlFor={ids.description}>
                    <FormattedMessage {...panel.descriptionLabel} />
                </label>
                <input
                    id={ids.description}
                    value={description}
                    maxLength={255}
                    placeholder={intl.formatMessage(panel.descriptionPlaceholder)}
                    onChange={(e) => setDescription(e.target.value)}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? ids.problem : undefined}
                />
            </div>
            {caps.supportsExpiry && (
                <div className='token-manager-field'>
                    <label htmlFor={ids.expiry}>
                        <FormattedMessage {...panel.expiryLabel} />
                    </label>
                    <select id={ids.expiry} value={choice} onChange={(e) => setChoice(e.target.value as ExpiryChoice)}>
                        {choices.map((c) => (
                            <option key={c} value={c}>
                                {intl.formatMessage(EXPIRY_CHOICE_LABELS[c], {maxDays: caps.maxLifetimeDays ?? 0})}
                            </option>
                        ))}
                    </select>
                </div>
            )}
            {caps.supportsExpiry && choice === 'custom' ? (
                <div className='token-manager-field'>
                    <label htmlFor={ids.date}>
                        <FormattedMessage {...panel.expiryDateLabel} />
                    </label>
                    <input
                        id={ids.date}
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
                <p id={ids.problem} className='token-manager-field__error' role='alert'>
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
                    <ErrorNotice error={serverError} values={{maxDays: caps.maxLifetimeDays ?? 0}} />
                </div>
            )}
            {lost && (
                <div className='token-manager-form__full'>
                    <LostCreateNotice
                        reconciliation={lost.reconciliation}
                        description={lost.description}
                        cause={lost.cause}
                    />
                </div>
            )}
        </form>
    );
}
