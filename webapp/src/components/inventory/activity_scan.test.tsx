// The risk view's "Check recent activity" scan with fake server answers: progress, Stop, the counts of no
// recorded activity and their fix, failures, the store's usage per owner, and the CSV columns it adds.
import {act, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';
import * as bridge from 'server-bridge';
import type {TokenUsage} from 'server-bridge';

import ActionTypes from '../../action_types';
import {getPluginState} from '../../selectors';
import {ALICE, BOT, CAROL, CAST_TOKENS, DAY, NOW, ROOT, serveInventory} from '../../test/inventory_cast';
import {renderWithContext} from '../../test/render';
import Inventory from './inventory';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    loadInventory: jest.fn(),
    disableToken: jest.fn(),
    countNonCompliantTokens: jest.fn(),
    scanTokenUsage: jest.fn(),
}));

const mocked = jest.mocked(bridge);
const TOKENS = CAST_TOKENS;
const usage = (tokenId: string, daysAgo: number): TokenUsage => ({
    tokenId,
    lastActivityAt: NOW - daysAgo * DAY,
    firstSeenAt: NOW - 400 * DAY,
    sessions: 1,
    approximate: true,
});

type Answer = TokenUsage[] | bridge.TokenErrorKind;
const ANSWERS: Record<string, Answer> = {
    [ALICE.id]: [usage(TOKENS[0].id, 1)],
    [BOT.id]: [usage(TOKENS[2].id, 40)],
    [ROOT.id]: [],
    [CAROL.id]: [],
};

// A server that answers one owner at a time, when the test says so.
function fakeScan(answers: Record<string, Answer>) {
    const gates: Array<() => void> = [];
    const signals: AbortSignal[] = [];
    mocked.scanTokenUsage.mockImplementation(async (ids, options = {}) => {
        signals.push(options.signal!);
        for (const userId of ids) {
            if (options.signal?.aborted) {
                return {cancelled: true};
            }
            await new Promise<void>((resolve) => gates.push(resolve));
            const answer = answers[userId];
            options.onResult?.(
                typeof answer === 'string'
                    ? {
                          userId,
                          error: new bridge.TokenApiError({
                              kind: answer,
                              status: answer === 'forbidden' ? 403 : 500,
                              serverErrorId: '',
                              requestId: 'r',
                              message: '',
                          }),
                      }
                    : {userId, usage: new Map(answer.map((u) => [u.tokenId, u]))},
            );
        }
        return {cancelled: false};
    });
    return {
        signals,
        answer: async (count = 1) => {
            for (let i = 0; i < count; i++) {
                while (gates.length === 0) {
                    await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
                }
                await act(async () => gates.shift()!());
            }
        },
    };
}

beforeEach(() => {
    jest.resetAllMocks();
    serveInventory(mocked.loadInventory, TOKENS);
    mocked.disableToken.mockResolvedValue({status: 'OK'});
});

const admin = {user: {roles: 'system_user system_admin'}};
const descriptions = () =>
    screen
        .getAllByRole('row')
        .filter((r) => r.getAttribute('aria-rowindex') !== '1')
        .map((r) => within(r).getAllByRole('cell')[2].textContent)
        .sort();

async function shown() {
    const result = renderWithContext(<Inventory />, admin);
    await screen.findByText('7 tokens on the server');
    return result;
}

test('progress owner by owner, then the counts of no recorded activity, their filter and their fix', async () => {
    const user = userEvent.setup();
    const server = fakeScan(ANSWERS);
    const {pluginStore, dispatched} = await shown();
    // Usage from an earlier look at alice's tokens: her scan replaces all of it.
    pluginStore.dispatch({
        type: ActionTypes.RECEIVED_USAGE,
        data: [usage(TOKENS[1].id, 500)],
        tokenIds: [TOKENS[1].id],
    });
    expect(screen.getByText(/one request each; nothing is changed/)).toHaveTextContent(
        'Reads the sessions of the 4 owners',
    );
    const about = screen.getByText('What counts as recorded activity').closest('details')!;
    expect(about).toHaveTextContent('at most every 5 minutes');
    expect(about).toHaveTextContent('not unused ones');
    await user.click(screen.getByRole('button', {name: 'Check recent activity'}));
    expect(screen.getByText('Checking recent activity… 0 of 4 owners')).toBeInTheDocument();
    expect(mocked.scanTokenUsage.mock.calls[0][0]).toEqual([ALICE.id, BOT.id, ROOT.id, CAROL.id]);
    await server.answer();
    expect(await screen.findByText('Checking recent activity… 1 of 4 owners')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', {name: 'Checking recent activity… 1 of 4 owners'})).toHaveAttribute(
        'value',
        '1',
    );
    await server.answer(3);
    expect(await screen.findByText(/^Recent activity checked for 4 of 4 owners at/)).toBeInTheDocument();
    expect(screen.getByRole('button', {name: 'Check recent activity again'})).toBeInTheDocument();

    const usageNow = getPluginState(pluginStore.getState()).usage;
    expect(Object.keys(usageNow).sort()).toEqual([TOKENS[0].id, TOKENS[2].id].sort());
    expect(dispatched.filter((a) => a.type === ActionTypes.RECEIVED_USAGE).length).toBeLessThan(5);

    await user.click(screen.getByRole('button', {name: '3 No recorded activity in 30 days'}));
    expect(descriptions()).toEqual(['Deploy webhook', 'Far future', 'Terraform']);
    const region = screen.getByRole('region', {name: /No recorded activity in 30 days/});
    expect(region).toHaveTextContent('not proof of disuse');
    await user.click(screen.getByRole('button', {name: '2 No recorded activity in 90 days'}));
    expect(descriptions()).toEqual(['Far future', 'Terraform']);
    await user.click(screen.getByRole('button', {name: 'Disable the 2 tokens with no recorded activity in 90 days…'}));
    const dialog = screen.getByRole('dialog', {name: 'Disable 2 tokens?'});
    expect(
        within(dialog)
            .getAllByRole('listitem')
            .map((li) => li.querySelector('strong')!.textContent)
            .sort(),
    ).toEqual(['Far future', 'Terraform']);
});

test('Stop: no owner after the one in flight; the counts say they cover only the owners checked', async () => {
    const user = userEvent.setup();
    const server = fakeScan(ANSWERS);
    await shown();
    await user.click(screen.getByRole('button', {name: 'Check recent activity'}));
    await server.answer();
    await user.click(screen.getByRole('button', {name: 'Stop checking'}));
    expect(screen.getByRole('button', {name: 'Stopping…'})).toBeDisabled();
    expect(server.signals[0].aborted).toBe(true);
    await server.answer();
    expect(
        await screen.findByText(
            'Stopped: recent activity checked for 2 of 4 owners; the activity counts cover only their tokens.',
        ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', {name: '1 No recorded activity in 30 days'})).toBeInTheDocument();
    expect(screen.getByRole('button', {name: '0 No recorded activity in 90 days'})).toBeInTheDocument();
});

test('an owner that cannot be read is left out; a refusal stops the scan with an error', async () => {
    const user = userEvent.setup();
    let server = fakeScan({...ANSWERS, [BOT.id]: 'server'});
    await shown();
    await user.click(screen.getByRole('button', {name: 'Check recent activity'}));
    await server.answer(4);
    expect(
        await screen.findByText(/1 owner could not be checked; their tokens are left out of the activity counts/),
    ).toHaveTextContent('Recent activity checked for 3 of 4 owners');
    expect(screen.getByRole('button', {name: '2 No recorded activity in 30 days'})).toBeInTheDocument();

    server = fakeScan({...ANSWERS, [ALICE.id]: 'forbidden'});
    await user.click(screen.getByRole('button', {name: 'Check recent activity again'}));
    await server.answer();
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(server.signals[0].aborted).toBe(true);
    expect(screen.getByRole('button', {name: 'Check recent activity again'})).toBeInTheDocument();
});

test('leaving the inventory stops the scan', async () => {
    const user = userEvent.setup();
    const server = fakeScan(ANSWERS);
    const {unmount} = await shown();
    await user.click(screen.getByRole('button', {name: 'Check recent activity'}));
    unmount();
    expect(server.signals[0].aborted).toBe(true);
});

test('CSV: the risk flags, and after a scan last_activity and no_activity_30d/90d, empty when unknown', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:csv';
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const server = fakeScan(ANSWERS);
    await shown();
    await user.click(screen.getByRole('button', {name: 'Check recent activity'}));
    await server.answer(4);
    await screen.findByText(/^Recent activity checked for 4 of 4 owners/);
    await user.click(screen.getByRole('button', {name: 'Export CSV (7 rows)'}));
    const csv = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(blobs[0]);
    });
    const lines = csv.split('\r\n');
    expect(lines[0].split(',').slice(11)).toEqual([
        'never_expires',
        'owner_system_admin',
        'owner_deactivated',
        'owner_bot',
        'expired',
        'over_policy',
        'last_activity',
        'no_activity_30d',
        'no_activity_90d',
    ]);
    const row = (tokenId: string) =>
        lines
            .find((l) => l.startsWith(tokenId))!
            .split(',')
            .slice(11);
    const F = 'false';
    // No lifetime policy in this store: over_policy is unknown.
    expect(row(TOKENS[0].id)).toEqual(['true', F, F, F, F, '', new Date(NOW - DAY).toISOString(), F, F]);
    expect(row(TOKENS[4].id)).toEqual([F, 'true', F, F, F, '', 'none', 'true', 'true']);
    // Not scanned (a deactivated owner's sessions are gone): unknown.
    expect(row(TOKENS[3].id)).toEqual(['true', F, 'true', F, F, '', '', '', '']);
    // Scanned, but a disabled token's sessions are gone: no recorded session, activity unknown.
    expect(row(TOKENS[1].id)).toEqual([F, F, F, F, F, '', 'none', '', '']);
});
