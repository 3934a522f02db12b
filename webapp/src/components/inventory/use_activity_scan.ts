// The risk view's opt-in activity scan: start, progress, Stop, and what the last scan found (with the usage
// the store held when it ended). Leaving the inventory stops a scan; its findings live as long as the
// inventory is shown (the usage itself stays in the store).
import type {TokenApiErrorFields} from 'server-bridge';
import {useCallback, useEffect, useRef, useState} from 'react';

import {useAppDispatch} from '../../hooks';
import {scanActivity, type ActivityProgress} from '../../inventory_actions';
import type {ActivityScan} from '../../utils/risk';

export interface ScanFindings extends ActivityProgress {
    cancelled: boolean;
    scan: ActivityScan;
}

export interface ActivityScanState {
    running: boolean;
    stopping: boolean;
    progress: ActivityProgress;
    // The last scan that ended (completely or stopped), if any.
    findings?: ScanFindings;
    error?: TokenApiErrorFields;
}

const IDLE: ActivityScanState = {running: false, stopping: false, progress: {done: 0, total: 0, failed: 0}};

export function useActivityScan() {
    const dispatch = useAppDispatch();
    const [state, setState] = useState<ActivityScanState>(IDLE);
    const controller = useRef<AbortController>();
    const mounted = useRef(true);
    useEffect(() => {
        mounted.current = true;
        return () => {
            mounted.current = false;
            controller.current?.abort();
        };
    }, []);

    const start = useCallback(
        async (ownerIds: string[]) => {
            controller.current?.abort();
            const own = new AbortController();
            controller.current = own;
            const current = () => mounted.current && controller.current === own;
            setState((s) => ({
                ...s,
                running: true,
                stopping: false,
                error: undefined,
                progress: {done: 0, total: ownerIds.length, failed: 0},
            }));
            const result = await dispatch(
                scanActivity(ownerIds, {
                    signal: own.signal,
                    onProgress: (progress) => current() && setState((s) => ({...s, progress})),
                }),
            );
            if (!current()) {
                return;
            }
            if (result.error) {
                setState((s) => ({...s, running: false, stopping: false, error: result.error}));
                return;
            }
            const {checked, at, cancelled, usage, ...progress} = result.data;
            setState({
                running: false,
                stopping: false,
                progress,
                findings: {...progress, cancelled, scan: {checked: new Set(checked), at, usage}},
            });
        },
        [dispatch],
    );

    const stop = useCallback(() => {
        controller.current?.abort();
        setState((s) => (s.running ? {...s, stopping: true} : s));
    }, []);

    return {state, start, stop};
}
