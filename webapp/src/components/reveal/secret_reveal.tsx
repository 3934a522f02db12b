// The one-time reveal: the secret lives in this component's state only. Copy puts it on the clipboard;
// "I have copied it" wipes it for good. Nothing here writes it to the store, storage, the URL or a log.
import React, {useCallback, useEffect, useRef, useState} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import messages from '../../messages/reveal';

export interface SecretRevealProps {
    // Called once to take the secret (from a create/rotate result or the reveal vault).
    takeSecret: () => string | undefined;
    tokenId: string;
    description: string;
    onDismiss?: () => void;
    // Move focus to the secret when shown (dialogs).
    autoFocus?: boolean;
}

type Phase = 'shown' | 'dismissed' | 'missing';

export default function SecretReveal({takeSecret, tokenId, description, onDismiss, autoFocus}: SecretRevealProps) {
    const intl = useIntl();
    const [secret, setSecret] = useState<string>(() => takeSecret() ?? '');
    const [phase, setPhase] = useState<Phase>(secret ? 'shown' : 'missing');
    const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
    const secretRef = useRef<HTMLInputElement>(null);

    useEffect(() => {
        if (autoFocus && phase === 'shown') {
            secretRef.current?.focus();
            secretRef.current?.select();
        }
    }, [autoFocus, phase]);

    const copy = useCallback(async () => {
        try {
            await navigator.clipboard.writeText(secret);
            setCopied('yes');
        } catch {
            secretRef.current?.select();
            setCopied('failed');
        }
    }, [secret]);

    const dismiss = useCallback(() => {
        setSecret('');
        setPhase('dismissed');
        onDismiss?.();
    }, [onDismiss]);

    if (phase !== 'shown') {
        return (
            <div className='token-manager-reveal token-manager-reveal--redacted' role='status'>
                <FormattedMessage {...(phase === 'dismissed' ? messages.redacted : messages.missing)} />
            </div>
        );
    }
    const inputId = `token-manager-secret-${tokenId}`;
    return (
        <div
            className='token-manager-reveal'
            role='group'
            aria-label={intl.formatMessage(messages.groupLabel, {description})}
        >
            <p className='token-manager-reveal__warning'>
                <FormattedMessage {...messages.warning} />
            </p>
            <label className='token-manager-reveal__label' htmlFor={inputId}>
                <FormattedMessage {...messages.secretLabel} />
            </label>
            <div className='token-manager-reveal__row'>
                <input
                    id={inputId}
                    ref={secretRef}
                    className='token-manager-reveal__secret'
                    type='text'
                    readOnly={true}
                    value={secret}
                    autoComplete='off'
                    spellCheck={false}
                    onFocus={(e) => e.currentTarget.select()}
                />
                <button type='button' className='token-manager-btn token-manager-btn--primary' onClick={copy}>
                    <FormattedMessage {...messages.copy} />
                </button>
            </div>
            <p className='token-manager-reveal__status' role='status' aria-live='polite'>
                {copied === 'yes' && <FormattedMessage {...messages.copied} />}
                {copied === 'failed' && <FormattedMessage {...messages.copyFailed} />}
            </p>
            <p className='token-manager-reveal__id'>
                <FormattedMessage {...messages.idNotSecret} values={{id: <code>{tokenId}</code>}} />
            </p>
            <button type='button' className='token-manager-btn' onClick={dismiss}>
                <FormattedMessage {...messages.done} />
            </button>
        </div>
    );
}
