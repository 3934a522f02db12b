// Renders /token replies (posts of REPLY_POST_TYPE) from their structured model with React, so user text
// is always inert. Confirm buttons run the pending action; reveal blocks take the new secret into state.
import React, {useCallback, useState} from 'react';
import {FormattedMessage} from 'react-intl';

import {cancel, confirm} from '../../confirmations';
import slash from '../../messages/slash';
import {REPLY_PROP} from '../../post_type';
import {takeSecret} from '../../reveal_vault';
import type {Inline} from '../../utils/parts';
import type {Block, Reply} from '../../utils/reply';
import SecretReveal from '../reveal/secret_reveal';

export function InlineParts({parts}: {parts: Inline[]}) {
    return (
        <>
            {parts.map((part, i) => {
                switch (part.t) {
                    case 'code':
                        return <code key={i}>{part.v}</code>;
                    case 'strong':
                        return <strong key={i}>{part.v}</strong>;
                    default:
                        return <React.Fragment key={i}>{part.v}</React.Fragment>;
                }
            })}
        </>
    );
}

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
                        className='token-manager-btn token-manager-btn--danger'
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
        case 'ul':
            return (
                <ul>
                    {block.items.map((item, i) => (
                        <li key={i}>
                            <InlineParts parts={item} />
                        </li>
                    ))}
                </ul>
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
            return (
                <SecretReveal
                    takeSecret={() => takeSecret(block.revealId)}
                    tokenId={block.tokenId}
                    description={block.description}
                />
            );
        case 'confirm':
            return <ConfirmBlock block={block} />;
    }
    return null;
}

export default function SlashReply({post}: {post: {props?: Record<string, unknown>; message?: string}}) {
    const reply = post.props?.[REPLY_PROP] as Reply | undefined;
    if (!reply || !Array.isArray(reply.blocks)) {
        return <p>{post.message}</p>;
    }
    return (
        <div className='token-manager token-manager-reply'>
            {reply.blocks.map((block, i) => (
                <BlockView key={i} block={block} />
            ))}
        </div>
    );
}
