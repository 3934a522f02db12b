// The Settings modal's own tabs. Display holds what the sandbox needs: Threaded Discussions (the user's
// collapsed reply threads preference) and Language (the profile's locale).
import React, {useState} from 'react';
import {useDispatch, useSelector} from 'react-redux';

import {savePreferences, setLocale} from './actions';
import {
    getCollapsedThreadsPreference,
    getConfig,
    getCurrentLocale,
    isCollapsedThreadsAllowed,
    LANGUAGES,
} from './selectors';
import type {HostDispatch, HostState} from './store';

const TITLES: Record<string, string> = {
    notifications: 'Notifications',
    display: 'Display',
    sidebar: 'Sidebar',
    advanced: 'Advanced',
};

function ThreadedDiscussions() {
    const dispatch = useDispatch() as HostDispatch;
    const allowed = useSelector(isCollapsedThreadsAllowed);
    const alwaysOn = useSelector((s: HostState) => getConfig(s).CollapsedThreads === 'always_on');
    const value = useSelector(getCollapsedThreadsPreference);
    if (!allowed || alwaysOn) {
        return null;
    }
    const choose = (next: string) =>
        dispatch(savePreferences([{category: 'display_settings', name: 'collapsed_reply_threads', value: next}]));
    return (
        <fieldset className='settings-section'>
            <legend>{'Threaded Discussions'}</legend>
            {(['on', 'off'] as const).map((option) => (
                <label key={option}>
                    <input
                        type='radio'
                        name='collapsed_reply_threads'
                        value={option}
                        checked={value === option}
                        onChange={() => choose(option)}
                    />
                    {option === 'on' ? 'On' : 'Off'}
                </label>
            ))}
        </fieldset>
    );
}

function Language() {
    const dispatch = useDispatch() as HostDispatch;
    const current = useSelector(getCurrentLocale);
    const [choice, setChoice] = useState(current);
    return (
        <div className='settings-section'>
            <label htmlFor='displayLanguage'>{'Language'}</label>
            <select id='displayLanguage' value={choice} onChange={(e) => setChoice(e.target.value)}>
                {Object.entries(LANGUAGES).map(([locale, name]) => (
                    <option key={locale} value={locale}>
                        {name}
                    </option>
                ))}
            </select>
            <button
                type='button'
                className='btn-primary'
                disabled={choice === current}
                onClick={() => dispatch(setLocale(choice))}
            >
                {'Save'}
            </button>
        </div>
    );
}

export function BuiltInPane({tab}: {tab: string}) {
    const title = TITLES[tab] ?? TITLES.notifications;
    return (
        <div id={`${tab}Settings`} role='tabpanel' aria-labelledby={`${tab}Button`}>
            <h2 className='settings-pane__title'>{`${title} Settings`}</h2>
            {tab === 'display' ? (
                <>
                    <ThreadedDiscussions />
                    <Language />
                </>
            ) : (
                <p className='settings-pane__muted'>{'Nothing to set here in the sandbox.'}</p>
            )}
        </div>
    );
}
