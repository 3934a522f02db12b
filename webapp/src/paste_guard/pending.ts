// The checks waiting for the user's answer, in a module-level store that the dialog subscribes to
// (useSyncExternalStore). The secrets stay here, in each check's closure: what components see is a view
// with the first four characters of each. Nothing here goes to Redux, storage or the console. A check
// leaves the store when it is answered, and all of them when the plugin stops.
import {useSyncExternalStore} from 'react';

import type {OwnerSummary} from '../reducer';
import {randomId} from '../utils/ids';

export interface FindingView {
    key: string;
    // The first four characters and an ellipsis.
    prefix: string;
    owner: OwnerSummary;
    self: boolean;
    tokenId?: string;
    revoked: boolean;
}

export interface PendingView {
    id: string;
    findings: FindingView[];
    // Editing a posted message rather than sending a new one.
    edit: boolean;
}

// Why the draft is kept: the user cancelled, went to the token list, revoked and chose to keep editing,
// or the plugin stopped.
export type KeepReason = 'cancelled' | 'opened' | 'revoked' | 'stopped';

export type Answer = {kind: 'post'} | {kind: 'remove'} | {kind: 'keep'; reason: KeepReason};

interface Entry {
    view: PendingView;
    finish: (answer: Answer) => void;
}

let queue: Entry[] = [];
const listeners = new Set<() => void>();

function notify() {
    for (const listener of listeners) {
        listener();
    }
}

export function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

// The check the dialog shows (the oldest); the same object until it changes.
export function currentCheck(): PendingView | undefined {
    return queue[0]?.view;
}

export function usePendingCheck(): PendingView | undefined {
    return useSyncExternalStore(subscribe, currentCheck);
}

export interface NewCheck {
    findings: Array<Omit<FindingView, 'key' | 'revoked'>>;
    edit: boolean;
    finish: (answer: Answer) => void;
}

export function addCheck(check: NewCheck): string {
    const id = randomId();
    const findings = check.findings.map((f) => ({...f, key: randomId(), revoked: false}));
    queue = [...queue, {view: {id, findings, edit: check.edit}, finish: check.finish}];
    notify();
    return id;
}

// Answers a check once; false when it is no longer waiting.
export function answerCheck(id: string, answer: Answer): boolean {
    const entry = queue.find((e) => e.view.id === id);
    if (!entry) {
        return false;
    }
    queue = queue.filter((e) => e !== entry);
    entry.finish(answer);
    notify();
    return true;
}

export function markRevoked(id: string, key: string) {
    queue = queue.map((e) =>
        e.view.id === id
            ? {
                  ...e,
                  view: {...e.view, findings: e.view.findings.map((f) => (f.key === key ? {...f, revoked: true} : f))},
              }
            : e,
    );
    notify();
}

// uninitialize: every waiting check keeps its draft (see clearChecks in index.tsx).
export function clearChecks() {
    const entries = queue;
    queue = [];
    for (const entry of entries) {
        entry.finish({kind: 'keep', reason: 'stopped'});
    }
    notify();
}

export function pendingCheckCount(): number {
    return queue.length;
}
