// The one-time reveal in a dialog, for the Settings section and the Token Manager window. While the secret
// is shown, nothing closes it silently: Escape, a click outside (including on the host's Settings modal
// behind it) and Close ask "Close without copying?" first.
import React, {useCallback, useEffect, useState} from 'react';
import {FormattedMessage} from 'react-intl';

import reveal from '../../messages/reveal';
import SecretReveal from '../reveal/secret_reveal';
import ConfirmDialog from './confirm_dialog';
import Dialog from './dialog';

export interface PendingReveal {
    title: string;
    // Where the secret waits in secret_handoff.
    handle: string;
    tokenId: string;
    description: string;
}

function isInsidePluginDialog(target: EventTarget | null): boolean {
    return target instanceof Element && target.closest('.token-manager-dialog') !== null;
}

// While `active`, Escape anywhere and pointer presses outside the plugin's dialogs are stopped before the
// host sees them (the Settings modal closes on both), and turned into `onAttempt`.
function useLeaveGuard(active: boolean, onEscape: () => void, onOutside: () => void) {
    useEffect(() => {
        if (!active) {
            return undefined;
        }
        const onKey = (e: KeyboardEvent) => {
            if (e.key === 'Escape') {
                e.preventDefault();
                e.stopImmediatePropagation();
                onEscape();
            }
        };
        const onPointer = (e: Event) => {
            if (!isInsidePluginDialog(e.target)) {
                e.preventDefault();
                e.stopImmediatePropagation();
                // A cancelled pointerdown suppresses the mouse events that would follow it.
                if (e.type === 'pointerdown' || e.type === 'mousedown') {
                    onOutside();
                }
            }
        };
        const pointerEvents = ['pointerdown', 'mousedown', 'mouseup', 'click'];
        window.addEventListener('keydown', onKey, true);
        pointerEvents.forEach((type) => window.addEventListener(type, onPointer, true));
        return () => {
            window.removeEventListener('keydown', onKey, true);
            pointerEvents.forEach((type) => window.removeEventListener(type, onPointer, true));
        };
    }, [active, onEscape, onOutside]);
}

// `returnFocus`: where focus goes on close when what had it when the reveal opened is gone (a reveal opens
// as the dialog that asked for it closes).
export default function RevealDialog({
    reveal: r,
    onClose,
    returnFocus,
}: {
    reveal: PendingReveal;
    onClose: () => void;
    returnFocus?: () => void;
}) {
    const [shown, setShown] = useState(false);
    const [dismissed, setDismissed] = useState(false);
    const [asking, setAsking] = useState(false);
    const ask = useCallback(() => setAsking(true), []);
    const toggleAsking = useCallback(() => setAsking((current) => !current), []);
    useLeaveGuard(shown, toggleAsking, ask);

    return (
        <Dialog title={r.title} onDismiss={shown ? ask : onClose} fallbackFocus={returnFocus}>
            <SecretReveal
                handle={r.handle}
                tokenId={r.tokenId}
                description={r.description}
                autoFocus={true}
                onShownChange={setShown}
                onDismiss={() => setDismissed(true)}
            />
            <div className='token-manager-dialog__buttons'>
                <button
                    type='button'
                    className={`token-manager-btn ${dismissed ? 'token-manager-btn--primary' : ''}`}
                    onClick={shown ? ask : onClose}
                    autoFocus={dismissed}
                >
                    <FormattedMessage {...reveal.close} />
                </button>
            </div>
            {asking && (
                <ConfirmDialog
                    title={<FormattedMessage {...reveal.leaveTitle} />}
                    confirmLabel={<FormattedMessage {...reveal.leaveConfirm} />}
                    cancelLabel={<FormattedMessage {...reveal.leaveCancel} />}
                    danger={true}
                    onConfirm={onClose}
                    onCancel={() => setAsking(false)}
                >
                    <p>
                        <FormattedMessage {...reveal.leaveBody} />
                    </p>
                </ConfirmDialog>
            )}
        </Dialog>
    );
}
