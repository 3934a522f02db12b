// The bulk runner's plan and its concurrency policy, with a fake server whose answers the test controls.
import ActionTypes from './action_types';
import {BULK_CONCURRENCY, bulkPlan, runBulk} from './bulk';
import * as bridge from 'server-bridge';
import type {StoredToken} from './reducer';
import {buildStore} from './test/store';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    disableToken: jest.fn(),
}));

const mocked = jest.mocked(bridge);

const token = (i: number, isActive = true): StoredToken => ({
    id: `t${String(i).padStart(25, '0')}`,
    user_id: 'u',
    description: `#${i}`,
    is_active: isActive,
});

test('bulk plans leave alone what is already in the wanted state', () => {
    const tokens = [token(1), token(2, false)];
    expect(bulkPlan(tokens, 'disable')).toEqual({change: [tokens[0]], unchanged: [tokens[1]]});
    expect(bulkPlan(tokens, 'enable')).toEqual({change: [tokens[1]], unchanged: [tokens[0]]});
    expect(bulkPlan(tokens, 'revoke')).toEqual({change: tokens, unchanged: []});
});

describe('concurrency', () => {
    let inFlight = 0;
    let peak = 0;
    let release: Array<() => void> = [];

    beforeEach(() => {
        inFlight = 0;
        peak = 0;
        release = [];
        mocked.disableToken.mockReset();
        bridge.resetRequestStats();
    });

    function holdEachRequest(rateLimitedOnce: Set<number> = new Set()) {
        let call = 0;
        mocked.disableToken.mockImplementation(() => {
            const n = call++;
            inFlight += 1;
            peak = Math.max(peak, inFlight);
            return new Promise((resolve) => {
                release.push(() => {
                    inFlight -= 1;
                    if (rateLimitedOnce.has(n)) {
                        // What the bridge records when it retried a write the server answered 429.
                        bridge.requestStats.rateLimited += 1;
                    }
                    resolve({status: 'OK'});
                });
            });
        });
    }

    async function drain(promise: Promise<unknown>) {
        while (release.length > 0 || inFlight > 0) {
            const next = release.shift();
            next?.();
            await new Promise((resolve) => setTimeout(resolve, 0));
        }
        return promise;
    }

    test('starts at four requests at a time and never exceeds the maximum', async () => {
        holdEachRequest();
        const {pluginStore} = buildStore();
        const tokens = Array.from({length: 60}, (_, i) => token(i));
        const run = pluginStore.dispatch(runBulk('disable', tokens));
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(inFlight).toBe(BULK_CONCURRENCY.initial);
        const result = await drain(run);
        expect(peak).toBeLessThanOrEqual(BULK_CONCURRENCY.max);
        expect(peak).toBeGreaterThan(BULK_CONCURRENCY.initial);
        expect(mocked.disableToken).toHaveBeenCalledTimes(60);
        expect((result as Awaited<typeof run>).outcomes.every((o) => o.result === 'changed')).toBe(true);
    });

    // The concurrency each progress report gave, for a run over `count` tokens whose answers numbered in
    // `rateLimited` came after a 429.
    async function concurrencyOf(rateLimited: Set<number>, count: number): Promise<number[]> {
        holdEachRequest(rateLimited);
        const {pluginStore} = buildStore();
        const concurrency: number[] = [];
        const tokens = Array.from({length: count}, (_, i) => token(i));
        await drain(
            pluginStore.dispatch(runBulk('disable', tokens, {onProgress: (p) => concurrency.push(p.concurrency)})),
        );
        return concurrency;
    }

    test('halves when the server rate-limits', async () => {
        expect((await concurrencyOf(new Set([0]), 8))[0]).toBe(BULK_CONCURRENCY.initial / 2);
    });

    test('one burst of 429s halves once, however many requests were in flight when it came', async () => {
        // The first answer brings a 429; the three requests in flight with it finish after it.
        expect(Math.min(...(await concurrencyOf(new Set([0]), 12)))).toBe(BULK_CONCURRENCY.initial / 2);
    });

    test('a later burst halves again', async () => {
        expect(Math.min(...(await concurrencyOf(new Set([0, 6]), 12)))).toBe(BULK_CONCURRENCY.initial / 4);
    });

    test('reports progress with the time left, and each change reaches the store', async () => {
        holdEachRequest();
        let now = 0;
        const {pluginStore, dispatched} = buildStore();
        const tokens = Array.from({length: 6}, (_, i) => token(i));
        pluginStore.dispatch({type: ActionTypes.RECEIVED_TOKENS, data: tokens});
        const progress: Array<{done: number; remainingMs?: number}> = [];
        const run = pluginStore.dispatch(
            runBulk('disable', tokens, {
                now: () => now,
                onProgress: (p) => {
                    progress.push({done: p.done, remainingMs: p.remainingMs});
                    now += 100;
                },
            }),
        );
        await drain(run);
        expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(progress[0].remainingMs).toBeUndefined();
        expect(progress[2].remainingMs).toBe(Math.round((200 / 3) * 3));
        expect(dispatched.filter((a) => a.type === ActionTypes.TOKEN_STATUS_CHANGED)).toHaveLength(6);
    });
});
