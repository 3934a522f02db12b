// The reminder itself: a small labelled region in a corner of the page (not a dialog: it takes no focus and
// blocks nothing), naming the tokens with how far each is from its expiry.
import React, {useId, useRef} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import type {TokenApiErrorFields} from 'server-bridge';

import common from '../../messages/common';
import panel from '../../messages/panel';
import reminder from '../../messages/reminder';
import type {StoredToken} from '../../reducer';
import {rotateFailureNote} from '../../utils/error_text';
import type {ReminderItem} from '../../utils/reminder';
import ErrorNotice from '../common/error_notice';

// The card stays small: past this many tokens it points to the Token Manager for the rest.
export const MAX_NAMED = 5;

export interface ReminderCardProps {
    items: Array<ReminderItem<StoredToken>>;
    rotate: boolean;
    error?: TokenApiErrorFields;
    onRotate: (token: StoredToken) => void;
    onOpen: () => void;
    onDismiss: () => void;
}

function kindOf(items: ReminderCardProps['items']): 'expiring' | 'expired' | 'mixed' {
    const states = new Set(items.map((item) => item.state));
    return states.size > 1 ? 'mixed' : items[0].state;
}

export default function ReminderCard({items, rotate, error, onRotate, onOpen, onDismiss}: ReminderCardProps) {
    const intl = useIntl();
    const titleId = useId();
    const named = items.slice(0, MAX_NAMED);
    const card = useRef<HTMLElement>(null);
    // Dismissed from the keyboard, the card must not leave the focus on nothing: it goes to the message box,
    // where the user most likely was.
    const dismiss = () => {
        if (card.current?.contains(document.activeElement)) {
            document.getElementById('post_textbox')?.focus();
        }
        onDismiss();
    };
    return (
        <section ref={card} className='token-manager token-manager-reminder' aria-labelledby={titleId}>
            <h2 id={titleId}>
                <FormattedMessage {...reminder.title} values={{kind: kindOf(items), count: items.length}} />
            </h2>
            <p className='token-manager-muted'>
                <FormattedMessage {...reminder.intro} values={{rotate: rotate ? 'yes' : 'no'}} />
            </p>
            <ul className='token-manager-reminder__list'>
                {named.map(({token, state, days}) => (
                    <li key={token.id}>
                        <span>
                            <FormattedMessage
                                {...(state === 'expired' ? reminder.expired : reminder.expiring)}
                                values={{description: <bdi>{token.description}</bdi>, days}}
                            />
                        </span>
                        {rotate && (
                            <button
                                type='button'
                                className='token-manager-btn'
                                onClick={() => onRotate(token)}
                                aria-label={intl.formatMessage(panel.actionsFor, {
                                    action: intl.formatMessage(common.rotate),
                                    description: token.description,
                                })}
                            >
                                <FormattedMessage {...common.rotate} />
                            </button>
                        )}
                    </li>
                ))}
            </ul>
            {items.length > named.length && (
                <p className='token-manager-muted'>
                    <FormattedMessage {...reminder.more} values={{count: items.length - named.length}} />
                </p>
            )}
            {error && <ErrorNotice error={error} note={rotateFailureNote(error)} />}
            <div className='token-manager-reminder__actions'>
                <button type='button' className='token-manager-btn token-manager-btn--primary' onClick={onOpen}>
                    <FormattedMessage {...panel.openManager} />
                </button>
                <button type='button' className='token-manager-btn' onClick={dismiss}>
                    <FormattedMessage {...reminder.dismiss} />
                </button>
            </div>
        </section>
    );
}
