// A small modal confirmation: focus moves in (to Cancel, the safe choice), Escape cancels, focus returns
// to where it was.
import React, {useEffect, useRef} from 'react';
import {FormattedMessage} from 'react-intl';

import slash from '../../messages/slash';
import {useFocusTrap} from './focus_trap';

export interface ConfirmDialogProps {
    title: React.ReactNode;
    children: React.ReactNode;
    confirmLabel: React.ReactNode;
    danger?: boolean;
    busy?: boolean;
    onConfirm: () => void;
    onCancel: () => void;
}

export default function ConfirmDialog({
    title,
    children,
    confirmLabel,
    danger,
    busy,
    onConfirm,
    onCancel,
}: ConfirmDialogProps) {
    const cancelRef = useRef<HTMLButtonElement>(null);
    const boxRef = useRef<HTMLDivElement>(null);
    useFocusTrap(boxRef);
    const titleId = useRef(`token-manager-dialog-${Math.random().toString(36).slice(2)}`).current;
    useEffect(() => {
        const previous = document.activeElement as HTMLElement | null;
        cancelRef.current?.focus();
        return () => previous?.focus?.();
    }, []);
    return (
        <div
            className='token-manager token-manager-dialog'
            onKeyDown={(e) => {
                if (e.key === 'Escape') {
                    e.stopPropagation();
                    onCancel();
                }
            }}
        >
            <div
                ref={boxRef}
                className='token-manager-dialog__box'
                role='alertdialog'
                aria-modal='true'
                aria-labelledby={titleId}
            >
                <h3 id={titleId}>{title}</h3>
                <div>{children}</div>
                <div className='token-manager-dialog__buttons'>
                    <button
                        ref={cancelRef}
                        type='button'
                        className='token-manager-btn'
                        onClick={onCancel}
                        disabled={busy}
                    >
                        <FormattedMessage {...slash.cancel} />
                    </button>
                    <button
                        type='button'
                        className={`token-manager-btn ${danger ? 'token-manager-btn--danger' : 'token-manager-btn--primary'}`}
                        onClick={onConfirm}
                        disabled={busy}
                    >
                        {confirmLabel}
                    </button>
                </div>
            </div>
        </div>
    );
}
