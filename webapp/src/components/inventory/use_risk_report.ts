// The risk view's numbers, computed once per data change (tokens, owners, the policy, a finished scan),
// never per keystroke; and the server's own count of tokens over the lifetime policy, where it has one.
import {useEffect, useMemo, useRef, useState} from 'react';

import {useAppDispatch, useAppSelector} from '../../hooks';
import {fetchNonCompliantCount} from '../../inventory_actions';
import {getCapabilities, getPluginState} from '../../selectors';
import {computeRisks, withActivity, type RiskReport} from '../../utils/risk';
import type {ScanFindings} from './use_activity_scan';
import type {InventoryData} from './use_inventory_rows';

// A refresh of the server's count waits for the data to settle (a bulk fix changes it token by token).
export const SERVER_COUNT_DELAY_MS = 800;

export interface RiskView {
    report: RiskReport;
    // Whether the server has token expiry (classic servers have none).
    supportsExpiry: boolean;
    maxLifetimeDays: number | null;
    // The server's count of tokens over the policy, for the data shown; undefined where it has none.
    serverOverPolicy?: number;
}

// Asked when the inventory has loaded and again after each change to the tokens, never where the server
// has shown it has no such count.
function useServerOverPolicy(ask: boolean, data: InventoryData): number | undefined {
    const dispatch = useAppDispatch();
    const absent = useAppSelector((state) => getPluginState(state).features.nonCompliantCount === false);
    const [answer, setAnswer] = useState<{count?: number; data: InventoryData}>();
    const asked = useRef(false);
    useEffect(() => {
        if (!ask || absent) {
            return undefined;
        }
        let live = true;
        const timer = setTimeout(
            async () => {
                asked.current = true;
                const result = await dispatch(fetchNonCompliantCount());
                if (live) {
                    setAnswer({count: result.data, data});
                }
            },
            asked.current ? SERVER_COUNT_DELAY_MS : 0,
        );
        return () => {
            live = false;
            clearTimeout(timer);
        };
    }, [ask, absent, data, dispatch]);
    // A count fetched for other data is not compared with this data's.
    return ask && !absent && answer?.data === data ? answer.count : undefined;
}

export function useRiskReport(data: InventoryData, loaded: boolean, findings?: ScanFindings): RiskView {
    const caps = useAppSelector(getCapabilities);
    const maxLifetimeDays = caps.maxLifetimeDays;
    const base = useMemo(
        () => computeRisks(data.all, data.owners, {now: data.now, maxLifetimeDays}),
        [data, maxLifetimeDays],
    );
    const scan = findings?.scan;
    const report = useMemo(
        () => (scan ? withActivity(base, data.all, data.owners, scan, data.now) : base),
        [base, data, scan],
    );
    const serverOverPolicy = useServerOverPolicy(loaded && maxLifetimeDays !== null, data);
    return {
        report,
        supportsExpiry: caps.supportsExpiry || report.withExpiry > 0,
        maxLifetimeDays,
        serverOverPolicy,
    };
}
