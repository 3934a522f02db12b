// Renders /token replies: posts whose props.type is the plugin's reply type. Only replies this page made are
// rendered, from the blocks kept in replies.ts, after checking their schema; anything else of this type
// (a post from the server, from another user, or from before a reload) is shown as inert text at most.
import React, {useCallback, useState} from 'react';
import {FormattedMessage} from 'react-intl';

import {cancel, confirm} from '../../confirmations';
import slash from '../../messages/slash';
import {localReply} from '../../replies';
import {isReply, type Block} from '../../utils/reply';
import InlineParts from '../common/inline_parts';
import SecretReveal from '../reveal/secret_reveal';

function ConfirmBlock({block}: {block: Extract<Block, {t: 'confirm'}>}) {
    const [state, setState] = useState<'asking' | 'working' | 'done' | 'cancelled' | 'expired'>('asking');
    const onConfirm = useCallback(async () => {
        setState('working');
        const known = await confirm(block.confirmId);
        setState(known ? 'done' : 'expired');
    }, [block.confirmId]);
    const onCancel = useCallback(() => {
        cancel(block.confirmId);
        setState('cancelled');
    }, [block.confirmId]);
    return (
        <div className='token-manager-confirm' role='group'>
            <p>
                <InlineParts parts={block.question} />
            </p>
            {(state === 'asking' || state === 'working') && (
                <div className='token-manager-confirm__buttons'>
                    <button
                        type='button'
                        className={`token-manager-btn ${block.danger ? 'token-manager-btn--danger' : 'token-manager-btn--primary'}`}
                        onClick={onConfirm}
                        disabled={state === 'working'}
                    >
                        {block.confirmLabel}
                    </button>
                    <button
                        type='button'
                        className='token-manager-btn'
                        onClick={onCancel}
                        disabled={state === 'working'}
                    >
                        {block.cancelLabel}
                    </button>
                </div>
            )}
            {state === 'cancelled' && (
                <p role='status'>
                    <FormattedMessage {...slash.cancelled} />
                </p>
            )}
            {state === 'expired' && (
                <p role='status'>
                    <FormattedMessage {...slash.confirmExpired} />
                </p>
            )}
        </div>
    );
}

function BlockView({block}: {block: Block}) {
    switch (block.t) {
        case 'p':
            return (
                <p className={block.tone ? `token-manager-reply__${block.tone}` : undefined}>
                    <InlineParts parts={block.c} />
                </p>
            );
        case 'table':
            return (
                <div className='token-manager-table-wrap'>
                    <table className='token-manager-table'>
                        <thead>
                            <tr>
                                {block.head.map((h) => (
                                    <th key={h} scope='col'>
                                        {h}
                                    </th>
                                ))}
                            </tr>
                        </thead>
                        <tbody>
                            {block.rows.map((row, r) => (
                                <tr key={r}>
                                    {row.map((cell, c) => (
                                        <td key={c}>
                                            <InlineParts parts={cell} />
                                        </td>
                                    ))}
                                </tr>
                            ))}
                        </tbody>
                    </table>
                </div>
            );
        case 'reveal':
            return <SecretReveal handle={block.handle} tokenId={block.tokenId} description={block.description} />;
        case 'confirm':
            return <ConfirmBlock block={block} />;
    }
}

export interface SlashReplyProps {
    post: {id?: unknown; message?: unknown};
}

export default function SlashReply({post}: SlashReplyProps) {
    const reply = localReply(post.id);
    if (!reply || !isReply(reply)) {
        return <p className='token-manager-reply__foreign'>{typeof post.message === 'string' ? post.message : ''}</p>;
    }
    return (
        <div className='token-manager token-manager-reply'>
            {reply.blocks.map((block, i) => (
                <BlockView key={i} block={block} />
            ))}
        </div>
    );
}
