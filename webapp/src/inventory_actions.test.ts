// The inventory's batched store updates, with fake timers: the first page at once, later pages coalesced
// into one update per INVENTORY_FLUSH_MS, the rest when the load ends; the same for an activity scan's usage.
import type {UserAccessToken} from '@mattermost/types/users';
import * as bridge from 'server-bridge';
import type {TokenUsage} from 'server-bridge';

import ActionTypes from './action_types';
import {
    clearInventory,
    INVENTORY_FLUSH_MS,
    INVENTORY_HOLD_AT,
    inventoryFlushDelay,
    loadInventory,
    scanActivity,
} from './inventory_actions';
import {getPluginState} from './selectors';
import * as lifecycle from './lifecycle';
import {buildStore} from './test/store';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    loadInventory: jest.fn(),
    scanTokenUsage: jest.fn(),
}));
const mocked = jest.mocked(bridge);

const page = (n: number): UserAccessToken[] =>
    Array.from({length: 3}, (_, i) => ({
        id: `p${n}t${i}`.padEnd(26, 'x'),
        user_id: 'u',
        description: `${n}.${i}`,
        is_active: true,
    }));

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('first page at once, then one update per interval, then the rest at the end', async () => {
    let emit: (n: number) => void = () => undefined;
    let finish: () => void = () => undefined;
    mocked.loadInventory.mockImplementation(async (options) => {
        let loaded = 0;
        emit = (n) => {
            loaded += 3;
            options?.onTokens?.(page(n), {loaded, pages: n + 1, done: false});
        };
        await new Promise<void>((resolve) => {
            finish = resolve;
        });
        return {tokens: [0, 1, 2, 3, 4].flatMap(page), owners: new Map()};
    });
    const {pluginStore, dispatched} = buildStore({user: {roles: 'system_user system_admin'}});
    const received = () => dispatched.filter((a) => a.type === ActionTypes.RECEIVED_TOKENS).length;
    const done = pluginStore.dispatch(loadInventory());
    await Promise.resolve();

    emit(0);
    expect(received()).toBe(1);
    emit(1);
    emit(2);
    expect(received()).toBe(1);
    jest.advanceTimersByTime(INVENTORY_FLUSH_MS - 1);
    expect(received()).toBe(1);
    jest.advanceTimersByTime(1);
    expect(received()).toBe(2);
    emit(3);
    emit(4);
    finish();
    await done;
    expect(received()).toBe(3);
    expect(jest.getTimerCount()).toBe(0);
    const progress = dispatched.filter((a) => a.type === ActionTypes.INVENTORY_PROGRESS).at(-1);
    expect(progress).toMatchObject({loaded: 15, pages: 5});
    expect(dispatched.at(-1)).toMatchObject({type: ActionTypes.INVENTORY_FINISHED});
});

test('owners join the same updates; a big load updates the rows less often, then not until it ends, its progress as often', async () => {
    const owner = (id: string) => ({id, username: id}) as unknown;
    let emit: (n: number, loaded: number) => void = () => undefined;
    let owners: (ids: string[]) => void = () => undefined;
    let finish: () => void = () => undefined;
    mocked.loadInventory.mockImplementation(async (options) => {
        emit = (n, loaded) => options?.onTokens?.(page(n), {loaded, pages: n + 1, done: false});
        owners = (ids) => options?.onOwners?.(ids.map(owner) as never);
        await new Promise<void>((resolve) => {
            finish = resolve;
        });
        return {tokens: [0, 1].flatMap(page), owners: new Map()};
    });
    const {pluginStore, dispatched} = buildStore({user: {roles: 'system_user system_admin'}});
    const count = (type: string) => dispatched.filter((a) => a.type === type).length;
    const done = pluginStore.dispatch(loadInventory());
    await Promise.resolve();
    emit(0, 3);
    owners(['u']); // the first owners are shown at once, like the first page
    expect([count(ActionTypes.RECEIVED_TOKENS), count(ActionTypes.RECEIVED_OWNERS)]).toEqual([1, 1]);

    const lastProgress = () => dispatched.filter((a) => a.type === ActionTypes.INVENTORY_PROGRESS).at(-1);
    // 20,000 tokens in: the rows wait inventoryFlushDelay (950 ms), progress only INVENTORY_FLUSH_MS.
    expect(inventoryFlushDelay(20_000)).toBe(INVENTORY_FLUSH_MS + 800);
    emit(1, 20_000);
    owners(['v', 'w']);
    jest.advanceTimersByTime(INVENTORY_FLUSH_MS);
    expect(count(ActionTypes.RECEIVED_TOKENS)).toBe(1);
    expect(lastProgress()).toMatchObject({loaded: 20_000});
    jest.advanceTimersByTime(inventoryFlushDelay(20_000) - INVENTORY_FLUSH_MS);
    expect([count(ActionTypes.RECEIVED_TOKENS), count(ActionTypes.RECEIVED_OWNERS)]).toEqual([2, 2]);

    // From INVENTORY_HOLD_AT on, the rows wait for the end of the load; progress goes on.
    expect(inventoryFlushDelay(INVENTORY_HOLD_AT)).toBe(Number.POSITIVE_INFINITY);
    emit(2, 50_000);
    owners(['x']);
    jest.advanceTimersByTime(10_000);
    expect([count(ActionTypes.RECEIVED_TOKENS), count(ActionTypes.RECEIVED_OWNERS)]).toEqual([2, 2]);
    expect(lastProgress()).toMatchObject({loaded: 50_000});
    expect(jest.getTimerCount()).toBe(0);
    finish();
    await done;
    expect([count(ActionTypes.RECEIVED_TOKENS), count(ActionTypes.RECEIVED_OWNERS)]).toEqual([3, 3]);
    expect(jest.getTimerCount()).toBe(0);
});

test('a reload of a big inventory keeps the rows it shows until it ends', async () => {
    let emit: (n: number, loaded: number) => void = () => undefined;
    let finish: () => void = () => undefined;
    mocked.loadInventory.mockImplementation(async (options) => {
        emit = (n, loaded) => options?.onTokens?.(page(n), {loaded, pages: n + 1, done: false});
        await new Promise<void>((resolve) => {
            finish = resolve;
        });
        return {tokens: [0, 1].flatMap(page), owners: new Map()};
    });
    const {pluginStore, dispatched} = buildStore({user: {roles: 'system_user system_admin'}});
    const count = (type: string) => dispatched.filter((a) => a.type === type).length;
    // The last load found INVENTORY_HOLD_AT tokens.
    const ids = Array.from({length: INVENTORY_HOLD_AT}, (_, i) => `t${i}`);
    pluginStore.dispatch({type: ActionTypes.INVENTORY_FINISHED, tokenIds: ids});
    const done = pluginStore.dispatch(loadInventory());
    await Promise.resolve();
    emit(0, 3);
    emit(1, 6);
    jest.advanceTimersByTime(10_000);
    expect(count(ActionTypes.RECEIVED_TOKENS)).toBe(0);
    expect(dispatched.filter((a) => a.type === ActionTypes.INVENTORY_PROGRESS).at(-1)).toMatchObject({loaded: 6});
    finish();
    await done;
    expect(count(ActionTypes.RECEIVED_TOKENS)).toBe(1);
    expect(Object.keys(getPluginState(pluginStore.getState()).tokens)).toHaveLength(6);
});

test('a reload asks for the pages the last load found, and a load that drops nothing keeps the rows', async () => {
    mocked.loadInventory.mockClear();
    mocked.loadInventory.mockImplementation(async (options) => {
        options?.onTokens?.(page(0), {loaded: 3, pages: 1, done: false});
        return {tokens: page(0), owners: new Map()};
    });
    const {pluginStore} = buildStore({user: {roles: 'system_user system_admin'}});
    await pluginStore.dispatch(loadInventory());
    expect(mocked.loadInventory.mock.calls[0][0]).toMatchObject({expectedTotal: undefined});
    const rows = getPluginState(pluginStore.getState()).tokens;
    // The end of a load that found nothing revoked keeps the same object, so the table is not sorted again.
    pluginStore.dispatch({type: ActionTypes.INVENTORY_FINISHED, tokenIds: Object.keys(rows)});
    expect(getPluginState(pluginStore.getState()).tokens).toBe(rows);
    await pluginStore.dispatch(loadInventory());
    expect(mocked.loadInventory.mock.calls[1][0]).toMatchObject({expectedTotal: 3});
    mocked.loadInventory.mockImplementation(async () => ({tokens: page(0).slice(1), owners: new Map()}));
    await pluginStore.dispatch(loadInventory());
    expect(Object.keys(getPluginState(pluginStore.getState()).tokens)).toEqual(
        page(0)
            .slice(1)
            .map((t) => t.id),
    );
});

describe('scanActivity', () => {
    const T = (n: number, user: string) => ({
        id: `t${n}`.padEnd(26, 'x'),
        user_id: user,
        description: `${n}`,
        is_active: true,
        expires_at: 0,
    });
    const TOKENS = [T(1, 'ua'), T(2, 'ua'), T(3, 'ub'), T(4, 'uc')];
    const usage = (tokenId: string): TokenUsage => ({
        tokenId,
        lastActivityAt: 5,
        firstSeenAt: 1,
        sessions: 1,
        approximate: true,
    });

    function scanStore() {
        const built = buildStore({user: {roles: 'system_user system_admin'}});
        built.pluginStore.dispatch({type: ActionTypes.RECEIVED_TOKENS, data: TOKENS});
        return built;
    }

    test('usage reaches the store in batches, each replacing the usage of the owners it covers', async () => {
        let answer: (userId: string, error?: bridge.TokenErrorKind) => void = () => undefined;
        let finish: () => void = () => undefined;
        mocked.scanTokenUsage.mockImplementation(async (_ids, options) => {
            answer = (userId, error) =>
                options?.onResult?.(
                    error
                        ? {
                              userId,
                              error: new bridge.TokenApiError({
                                  kind: error,
                                  status: 500,
                                  serverErrorId: '',
                                  requestId: '',
                                  message: '',
                              }),
                          }
                        : {userId, usage: new Map(userId === 'ua' ? [[TOKENS[0].id, usage(TOKENS[0].id)]] : [])},
                );
            await new Promise<void>((resolve) => {
                finish = resolve;
            });
            return {cancelled: false};
        });
        const {pluginStore, dispatched} = scanStore();
        const progress: unknown[] = [];
        const done = pluginStore.dispatch(scanActivity(['ua', 'ub', 'uc'], {onProgress: (p) => progress.push(p)}));
        await Promise.resolve();
        answer('ua');
        answer('ub', 'server');
        const batches = () => dispatched.filter((a) => a.type === ActionTypes.RECEIVED_USAGE);
        expect(batches()).toHaveLength(0);
        jest.advanceTimersByTime(INVENTORY_FLUSH_MS);
        expect(batches()).toEqual([
            {type: ActionTypes.RECEIVED_USAGE, data: [usage(TOKENS[0].id)], tokenIds: [TOKENS[0].id, TOKENS[1].id]},
        ]);
        expect(progress).toEqual([{done: 2, total: 3, failed: 1}]);
        answer('uc');
        finish();
        const result = await done;
        expect(batches()).toHaveLength(2);
        expect(batches()[1]).toMatchObject({data: [], tokenIds: [TOKENS[3].id]});
        expect(result.data).toMatchObject({
            done: 3,
            total: 3,
            failed: 1,
            cancelled: false,
            checked: [TOKENS[0].id, TOKENS[1].id, TOKENS[3].id],
        });
        expect(jest.getTimerCount()).toBe(0);
    });

    test('a refusal (401/403) stops the scan and is the result; a stopped plugin dispatches nothing', async () => {
        mocked.scanTokenUsage.mockImplementation(async (ids, options) => {
            for (const userId of ids) {
                if (options?.signal?.aborted) {
                    return {cancelled: true};
                }
                options?.onResult?.({
                    userId,
                    error: new bridge.TokenApiError({
                        kind: 'forbidden',
                        status: 403,
                        serverErrorId: 'api.context.permissions.app_error',
                        requestId: '',
                        message: '',
                    }),
                });
            }
            return {cancelled: false};
        });
        const {pluginStore} = scanStore();
        const refused = await pluginStore.dispatch(scanActivity(['ua', 'ub', 'uc']));
        expect(refused.error).toMatchObject({kind: 'forbidden', status: 403});
        expect(mocked.scanTokenUsage.mock.lastCall?.[1]?.signal?.aborted).toBe(true);

        mocked.scanTokenUsage.mockImplementation(async (ids, options) => {
            ids.forEach((userId) => options?.onResult?.({userId, usage: new Map()}));
            return {cancelled: false};
        });
        const stopped = scanStore();
        lifecycle.stop();
        try {
            const result = await stopped.pluginStore.dispatch(scanActivity(['ua']));
            expect(result.error).toMatchObject({kind: 'aborted'});
            expect(stopped.dispatched.filter((a) => a.type === ActionTypes.RECEIVED_USAGE)).toEqual([]);
        } finally {
            lifecycle.start();
        }
    });
});

test("forgetting the inventory forgets the usage of other users' tokens and keeps the user's own", () => {
    const {pluginStore} = buildStore({user: {id: 'me'.padEnd(26, '0'), roles: 'system_user system_admin'}});
    const mine = {id: 'mine'.padEnd(26, 'x'), user_id: 'me'.padEnd(26, '0'), description: 'm', is_active: true};
    const theirs = {id: 'theirs'.padEnd(26, 'x'), user_id: 'someone', description: 't', is_active: true};
    const usage = (tokenId: string) => ({tokenId, lastActivityAt: 5, firstSeenAt: 1, sessions: 1, approximate: true});
    pluginStore.dispatch({type: ActionTypes.RECEIVED_TOKENS, data: [mine, theirs]});
    pluginStore.dispatch({
        type: ActionTypes.RECEIVED_USAGE,
        data: [usage(mine.id), usage(theirs.id)],
        tokenIds: [mine.id, theirs.id],
    });
    pluginStore.dispatch(clearInventory(mine.user_id));
    expect(Object.keys(getPluginState(pluginStore.getState()).usage)).toEqual([mine.id]);
});
