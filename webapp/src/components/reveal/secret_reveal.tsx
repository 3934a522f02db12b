// The one-time reveal: the secret lives in this component's state only. It is claimed from secret_handoff
// once, when the component mounts (a second mount, or a post that merely names the handle, gets nothing).
// Copy puts it on the clipboard; "I have copied it" wipes it from the state and the input at once.
import React, {useCallback, useEffect, useId, useRef, useState} from 'react';
import {flushSync} from 'react-dom';
import {FormattedMessage, useIntl} from 'react-intl';

import messages from '../../messages/reveal';
import {claimSecret} from '../../secret_handoff';

export interface SecretRevealProps {
    // Where the secret waits in secret_handoff.
    handle: string;
    tokenId: string;
    description: string;
    onDismiss?: () => void;
    // Told when the secret appears and when it is gone, so a dialog can guard against closing meanwhile.
    onShownChange?: (shown: boolean) => void;
    // Move focus to the secret when shown (dialogs).
    autoFocus?: boolean;
}

type Phase = 'claiming' | 'shown' | 'dismissed' | 'missing';

export default function SecretReveal({
    handle,
    tokenId,
    description,
    onDismiss,
    onShownChange,
    autoFocus,
}: SecretRevealProps) {
    const intl = useIntl();
    const [secret, setSecret] = useState('');
    const [phase, setPhase] = useState<Phase>('claiming');
    const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
    const secretRef = useRef<HTMLInputElement>(null);
    const inputId = useId();

    useEffect(() => {
        const claimed = claimSecret(handle);
        if (claimed) {
            setSecret(claimed);
            setPhase('shown');
        } else {
            setPhase((current) => (current === 'claiming' ? 'missing' : current));
        }
    }, [handle]);

    useEffect(() => {
        onShownChange?.(phase === 'shown');
    }, [phase, onShownChange]);

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
        if (secretRef.current) {
            secretRef.current.value = '';
        }
        flushSync(() => {
            setSecret('');
            setPhase('dismissed');
        });
        onDismiss?.();
    }, [onDismiss]);

    if (phase === 'claiming') {
        return null;
    }
    if (phase !== 'shown') {
        return (
            <div className='token-manager-reveal token-manager-reveal--redacted' role='status'>
                <FormattedMessage {...(phase === 'dismissed' ? messages.redacted : messages.missing)} />
            </div>
        );
    }
    return (
        <div
            className='token-manager-reveal'
            role='group'
            aria-label={intl.formatMessage(messages.groupLabel, {description})}
            data-token-manager-reveal=''
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
                <FormattedMessage
                    {...messages.idNotSecret}
                    values={{
                        id: (
                            <bdi>
                                <code>{tokenId}</code>
                            </bdi>
                        ),
                    }}
                />
            </p>
            <button type='button' className='token-manager-btn' onClick={dismiss}>
                <FormattedMessage {...messages.done} />
            </button>
        </div>
    );
}
