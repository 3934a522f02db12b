// The inventory's batched store updates, with fake timers: the first page at once, later pages coalesced
// into one update per INVENTORY_FLUSH_MS, the rest when the load ends.
import type {UserAccessToken} from '@mattermost/types/users';
import * as bridge from 'server-bridge';

import ActionTypes from './action_types';
import {INVENTORY_FLUSH_MS, loadInventory} from './inventory_actions';
import {buildStore} from './test/store';

jest.mock('server-bridge', () => ({...jest.requireActual('server-bridge'), loadInventory: jest.fn()}));
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
