// Keeps Tab and Shift+Tab inside a dialog: from the last control to the first and back.
import {useEffect, type RefObject} from 'react';

const FOCUSABLE =
    'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

// `active`: for containers that are not always rendered (the effect re-runs when they appear).
export function useFocusTrap(ref: RefObject<HTMLElement | null>, active = true) {
    useEffect(() => {
        const container = ref.current;
        if (!container || !active) {
            return undefined;
        }
        const onKeyDown = (e: KeyboardEvent) => {
            // An inner dialog has already kept focus inside itself.
            if (e.key !== 'Tab' || e.defaultPrevented) {
                return;
            }
            const focusable = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
            if (focusable.length === 0) {
                e.preventDefault();
                return;
            }
            const first = focusable[0];
            const last = focusable[focusable.length - 1];
            const current = document.activeElement;
            if (e.shiftKey && (current === first || current === container)) {
                e.preventDefault();
                last.focus();
            } else if (!e.shiftKey && current === last) {
                e.preventDefault();
                first.focus();
            }
        };
        container.addEventListener('keydown', onKeyDown);
        return () => container.removeEventListener('keydown', onKeyDown);
    }, [ref, active]);
}
