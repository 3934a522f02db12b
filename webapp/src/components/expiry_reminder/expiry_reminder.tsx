// The expiry reminder (a root component). Once per page load, for a user with the token role on a server
// with tokens enabled, and only when it was not already shown or dismissed today in this browser, it lists
// the user's tokens (one request) and names the active ones that expire within 7 days or expired within the
// last 7 days. For anyone else it renders nothing and sends nothing. With tokens disabled on the server no
// non-bot token can log in, so there is nothing worth reminding about.
import React, {useCallback, useEffect, useRef, useState} from 'react';

import {fetchUserTokens, openTokenManager} from '../../actions';
import {useAppDispatch, useAppSelector} from '../../hooks';
import {canRotate, getCapabilities, getCurrentUserId, getMyTokens} from '../../selectors';
import type {AppDispatch} from '../../types';
import {isReminderDue, localDateKey, reminderItems} from '../../utils/reminder';
import {openLastShown, type LastShown} from './last_shown';
import ReminderCard from './reminder_card';
import {useReminderRotate} from './use_reminder_rotate';

interface Shown {
    // The tokens named at start-up: later changes (rotated, disabled, revoked) drop them, nothing adds any.
    ids: ReadonlySet<string>;
    lastShown: LastShown;
}

// The ids to name, or nothing (not due today, no storage to remember it by, a failed request, no token in
// the window). Never throws.
async function check(dispatch: AppDispatch, userId: string): Promise<Shown | undefined> {
    try {
        const lastShown = openLastShown(userId);
        if (!lastShown || !isReminderDue(lastShown.read(), Date.now())) {
            return undefined;
        }
        const result = await dispatch(fetchUserTokens(userId));
        const now = Date.now();
        // Another tab may have shown it while the list was loading.
        if (!result.data || !isReminderDue(lastShown.read(), now)) {
            return undefined;
        }
        const items = reminderItems(result.data, now);
        return items.length > 0 ? {ids: new Set(items.map((item) => item.token.id)), lastShown} : undefined;
    } catch {
        return undefined;
    }
}

export default function ExpiryReminder() {
    const dispatch = useAppDispatch();
    const caps = useAppSelector(getCapabilities);
    const userId = useAppSelector(getCurrentUserId);
    const myTokens = useAppSelector(getMyTokens);
    const [shown, setShown] = useState<Shown>();
    const [hidden, setHidden] = useState(false);
    const checked = useRef(false);
    const mounted = useRef(false);
    const rotate = useReminderRotate();
    // Roles can arrive after the plugin is initialized: the check runs once they allow it.
    const eligible = caps.canRead && caps.tokensEnabled && Boolean(userId);

    useEffect(() => {
        mounted.current = true;
        return () => {
            mounted.current = false;
        };
    }, []);

    useEffect(() => {
        if (!eligible || checked.current) {
            return;
        }
        checked.current = true;
        check(dispatch, userId).then((result) => {
            if (result && mounted.current) {
                result.lastShown.remember(localDateKey(Date.now()));
                setShown(result);
            }
        });
    }, [eligible, dispatch, userId]);

    const hide = useCallback(() => {
        shown?.lastShown.remember(localDateKey(Date.now()));
        setHidden(true);
    }, [shown]);

    const open = useCallback(() => {
        hide();
        dispatch(openTokenManager('mine'));
    }, [hide, dispatch]);

    // Once dismissed nothing is left (no rotation can be under way then: its dialogs cover the card).
    if (!shown || hidden) {
        return null;
    }
    const items = reminderItems(
        myTokens.filter((token) => shown.ids.has(token.id)),
        Date.now(),
    );
    return (
        <>
            {items.length > 0 && (
                <ReminderCard
                    items={items}
                    rotate={canRotate(caps)}
                    error={rotate.error}
                    onRotate={rotate.ask}
                    onOpen={open}
                    onDismiss={hide}
                />
            )}
            {rotate.dialogs}
        </>
    );
}
