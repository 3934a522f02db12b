// A small modal confirmation: focus moves to Cancel (the safe choice), Escape cancels, focus returns to
// where it was.
import React, {useRef} from 'react';
import {FormattedMessage} from 'react-intl';

import common from '../../messages/common';
import Dialog from './dialog';

export interface ConfirmDialogProps {
    title: React.ReactNode;
    children: React.ReactNode;
    confirmLabel: React.ReactNode;
    cancelLabel?: React.ReactNode;
    danger?: boolean;
    busy?: boolean;
    onConfirm: () => void;
    onCancel: () => void;
}

export default function ConfirmDialog({
    title,
    children,
    confirmLabel,
    cancelLabel,
    danger,
    busy,
    onConfirm,
    onCancel,
}: ConfirmDialogProps) {
    const cancelRef = useRef<HTMLButtonElement>(null);
    return (
        <Dialog
            title={title}
            role='alertdialog'
            onDismiss={busy ? undefined : onCancel}
            initialFocus={cancelRef}
            busy={busy}
        >
            <div>{children}</div>
            <div className='token-manager-dialog__buttons'>
                <button ref={cancelRef} type='button' className='token-manager-btn' onClick={onCancel} disabled={busy}>
                    {cancelLabel ?? <FormattedMessage {...common.cancel} />}
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
        </Dialog>
    );
}
