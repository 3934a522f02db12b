/** @jest-environment node */
// listAllTokens past the end of the list, with the requests in our hands (bridge.test.ts drives it over
// HTTP against the sandbox): a page past the end, however it ends, changes nothing.
import type {UserAccessToken} from '@mattermost/types/users';

import {networkError} from './errors';
import {get} from './request';
import {listAllTokens} from './tokens';

jest.mock('./request', () => ({...jest.requireActual('./request'), get: jest.fn()}));

const mockedGet = jest.mocked(get);
const PAGES = 5; // full pages of 200; page 5 is the short one
const LAST = 37;

function pageOf(url: string): number {
    return Number(new URL(url, 'http://x').searchParams.get('page'));
}

function tokensOf(page: number): UserAccessToken[] {
    const count = page < PAGES ? 200 : page === PAGES ? LAST : 0;
    return Array.from({length: count}, (_, i) => ({
        id: `t${String(page * 200 + i).padStart(25, '0')}`,
        user_id: 'u',
        description: '',
        is_active: true,
    })) as UserAccessToken[];
}

// Full pages answer at once, the short one after `shortAfterMs`; pages past it as `late` says.
function serve(late: (page: number, signal?: AbortSignal) => Promise<UserAccessToken[]>, shortAfterMs = 0) {
    mockedGet.mockImplementation((url, _operation, signal) => {
        const page = pageOf(url);
        if (page < PAGES) {
            return Promise.resolve(tokensOf(page) as never);
        }
        if (page === PAGES) {
            return new Promise((resolve) => setTimeout(() => resolve(tokensOf(page) as never), shortAfterMs));
        }
        return late(page, signal) as never;
    });
}

const dropped = () => networkError(new TypeError('Failed to fetch'), 'listAllTokens');

beforeEach(() => mockedGet.mockReset());

test('a page past the end that fails on its own, even before the end is known, does not fail the list', async () => {
    // Pages 6 and 7 fail at once; the short page 5 answers 20 ms later.
    serve(() => Promise.reject(dropped()), 20);
    const tokens = await listAllTokens({concurrency: 4});
    expect(tokens).toHaveLength(PAGES * 200 + LAST);
});

test('a page before the end that fails fails the list', async () => {
    mockedGet.mockImplementation((url) =>
        pageOf(url) === 2 ? Promise.reject(dropped()) : Promise.resolve(tokensOf(pageOf(url)) as never),
    );
    await expect(listAllTokens({concurrency: 4})).rejects.toMatchObject({kind: 'network'});
});

test('pages past the end still waiting are called off: their signal aborts, and nothing of theirs is kept', async () => {
    const aborted: number[] = [];
    serve(
        (page, signal) =>
            new Promise((_resolve, reject) =>
                signal?.addEventListener('abort', () => {
                    aborted.push(page);
                    reject(dropped());
                }),
            ),
    );
    const pages: number[] = [];
    const tokens = await listAllTokens({concurrency: 4, onPage: (_added, progress) => pages.push(progress.pages)});
    expect(tokens).toHaveLength(PAGES * 200 + LAST);
    expect(aborted.length).toBeGreaterThan(0);
    expect(Math.max(...pages)).toBe(PAGES + 1);
});
