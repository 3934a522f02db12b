// The one-time reveal in a dialog, for the panel and the Token Manager window. The secret travels from the
// create/rotate result to SecretReveal's state through a box that is emptied on first read.
import type {UserAccessToken} from '@mattermost/types/users';
import React, {useRef, useState} from 'react';
import {FormattedMessage} from 'react-intl';

import reveal from '../../messages/reveal';
import SecretReveal from '../reveal/secret_reveal';
import {useFocusTrap} from './focus_trap';

export interface PendingReveal {
    title: string;
    tokenId: string;
    description: string;
    take: () => string | undefined;
}

function pending(token: UserAccessToken, title: string): PendingReveal {
    const box: {secret?: string} = {secret: token.token};
    return {
        title,
        tokenId: token.id,
        description: token.description,
        take: () => {
            const secret = box.secret;
            box.secret = undefined;
            return secret;
        },
    };
}

export default function RevealDialog({reveal: r, onClose}: {reveal: PendingReveal; onClose: () => void}) {
    const [dismissed, setDismissed] = useState(false);
    const titleId = useRef(`token-manager-reveal-${r.tokenId}`).current;
    const boxRef = useRef<HTMLDivElement>(null);
    useFocusTrap(boxRef);
    return (
        <div className='token-manager token-manager-dialog'>
            <div
                ref={boxRef}
                className='token-manager-dialog__box'
                role='dialog'
                aria-modal='true'
                aria-labelledby={titleId}
            >
                <h3 id={titleId}>{r.title}</h3>
                <SecretReveal
                    takeSecret={r.take}
                    tokenId={r.tokenId}
                    description={r.description}
                    autoFocus={true}
                    onDismiss={() => setDismissed(true)}
                />
                {dismissed && (
                    <div className='token-manager-dialog__buttons'>
                        <button
                            type='button'
                            className='token-manager-btn token-manager-btn--primary'
                            onClick={onClose}
                            autoFocus={true}
                        >
                            <FormattedMessage {...reveal.close} />
                        </button>
                    </div>
                )}
            </div>
        </div>
    );
}

RevealDialog.pending = pending;
