// The one dialog every plugin dialog is built on (confirmations, reveals, bulk actions, the Token Manager
// window): focus moves in when it opens and back to where it came from when it closes, Tab stays inside,
// and Escape is handled by the innermost dialog only (it never reaches an outer dialog or the host).
import React, {useEffect, useId, useLayoutEffect, useRef, useState} from 'react';

import {useFocusTrap} from './focus_trap';

export interface DialogProps {
    title: React.ReactNode;
    children: React.ReactNode;
    // Escape and a click on the backdrop; omit to ignore both (e.g. while a request runs).
    onDismiss?: () => void;
    role?: 'dialog' | 'alertdialog';
    // The element to focus when the dialog opens (else the dialog itself).
    initialFocus?: React.RefObject<HTMLElement | null>;
    // Where focus goes on close when the element that had it is gone.
    fallbackFocus?: () => void;
    variant?: 'small' | 'window';
    headerExtra?: React.ReactNode;
    titleLevel?: 'h2' | 'h3';
    // While work runs the buttons are disabled: focus stays on the dialog instead of falling to the page.
    busy?: boolean;
}

export default function Dialog({
    title,
    children,
    onDismiss,
    role = 'dialog',
    initialFocus,
    fallbackFocus,
    variant = 'small',
    headerExtra,
    titleLevel = 'h3',
    busy = false,
}: DialogProps) {
    const titleId = useId();
    const boxRef = useRef<HTMLDivElement>(null);
    const fallback = useRef(fallbackFocus);
    fallback.current = fallbackFocus;
    useFocusTrap(boxRef);

    // Read while rendering, before any child (an autoFocus button) has moved focus into the dialog.
    const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
    useLayoutEffect(() => {
        if (initialFocus?.current) {
            initialFocus.current.focus();
        } else if (!boxRef.current?.contains(document.activeElement)) {
            boxRef.current?.focus();
        }
        return () => {
            if (opener?.isConnected && opener !== document.body) {
                opener.focus();
            } else {
                fallback.current?.();
            }
        };
    }, []); // eslint-disable-line react-hooks/exhaustive-deps -- focus moves once, when the dialog opens

    useEffect(() => {
        const active = document.activeElement;
        if (busy && (active === document.body || (active instanceof HTMLButtonElement && active.disabled))) {
            boxRef.current?.focus();
        }
    }, [busy]);

    const Title = titleLevel;
    return (
        <div
            className={`token-manager token-manager-dialog token-manager-dialog--${variant}`}
            onKeyDown={(e) => {
                if (e.key === 'Escape') {
                    e.stopPropagation();
                    e.preventDefault();
                    onDismiss?.();
                }
            }}
            onMouseDown={(e) => {
                if (e.target === e.currentTarget) {
                    onDismiss?.();
                }
            }}
        >
            <div
                ref={boxRef}
                className='token-manager-dialog__box'
                role={role}
                aria-modal='true'
                aria-labelledby={titleId}
                tabIndex={-1}
            >
                <div className='token-manager-dialog__header'>
                    <Title id={titleId}>{title}</Title>
                    {headerExtra}
                </div>
                {children}
            </div>
        </div>
    );
}
