// The risk view inside the inventory, with the bridge mocked at its boundary: counts, the filter each count
// toggles, the fix of a risk, the server's policy count, CSV columns and the activity scan.
import {act, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';
import * as bridge from 'server-bridge';

import {summarizeOwner} from '../../actions';
import {getPluginState} from '../../selectors';
import {CAST_TOKENS, DAY, GONE, NOW, OWNERS, serveInventory, tok} from '../../test/inventory_cast';
import {renderWithContext} from '../../test/render';
import * as risk from '../../utils/risk';
import Inventory from './inventory';
import RiskPanel from './risk_panel';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    loadInventory: jest.fn(),
    disableToken: jest.fn(),
    revokeToken: jest.fn(),
    countNonCompliantTokens: jest.fn(),
    scanTokenUsage: jest.fn(),
}));

const mocked = jest.mocked(bridge);
const TOKENS = [...CAST_TOKENS, tok(8, GONE, 'Old and off', false, NOW - 10 * DAY)];

beforeEach(() => {
    jest.resetAllMocks();
    serveInventory(mocked.loadInventory, TOKENS);
    mocked.disableToken.mockResolvedValue({status: 'OK'});
    mocked.revokeToken.mockResolvedValue({status: 'OK'});
    mocked.countNonCompliantTokens.mockResolvedValue(3);
});

const admin = (maxDays?: string) => ({
    user: {roles: 'system_user system_admin'},
    config: {MaximumPersonalAccessTokenLifetimeDays: maxDays},
});
const dataRows = () => screen.getAllByRole('row').filter((r) => r.getAttribute('aria-rowindex') !== '1');
const descriptions = () =>
    screen.queryAllByRole('row').length <= 1
        ? []
        : dataRows()
              .map((r) => within(r).getAllByRole('cell')[2].textContent)
              .sort();
const counts = () =>
    within(screen.getByRole('list', {name: 'Risk counts'}))
        .getAllByRole('button')
        .map((b) => b.textContent!.trim());

async function shown(options = admin('90')) {
    const result = renderWithContext(<Inventory />, options);
    await screen.findByText('8 tokens on the server');
    return result;
}

test('counts each risk; each count filters the table to exactly its tokens, and a second click clears', async () => {
    const user = userEvent.setup();
    await shown();
    expect(await screen.findByText("Server's count: 3")).toBeInTheDocument();
    expect(counts()).toEqual([
        '2 Never expire',
        '1 System Admin owners',
        '1 Deactivated owners',
        '1 Bots',
        '2 Expired, not revoked',
        "3 Over the 90-day lifetime policy Server's count: 3",
    ]);
    const never = screen.getByRole('button', {name: '2 Never expire'});
    expect(never).toHaveAttribute('aria-pressed', 'false');
    await user.click(never);
    expect(never).toHaveAttribute('aria-pressed', 'true');
    expect(descriptions()).toEqual(['CI pipeline', 'Left behind']);
    expect(screen.getByText('Showing 2 of 8')).toBeInTheDocument();
    await user.click(never);
    expect(never).toHaveAttribute('aria-pressed', 'false');
    expect(descriptions()).toHaveLength(8);

    for (const [name, expected] of [
        ['1 System Admin owners', ['Terraform']],
        ['1 Deactivated owners', ['Left behind']],
        ['1 Bots', ['Deploy webhook']],
        ['2 Expired, not revoked', ['Expired experiment', 'Old and off']],
        [/^3 Over the 90-day/, ['CI pipeline', 'Far future', 'Left behind']],
    ] as const) {
        await user.click(screen.getByRole('button', {name}));
        expect(descriptions()).toEqual(expected);
    }
});

test('a risk combines with the search; it replaces the other filters; "Show all tokens" clears it', async () => {
    const user = userEvent.setup();
    await shown();
    await user.selectOptions(screen.getByLabelText('Status'), 'disabled');
    expect(descriptions()).toEqual(['Old and off', 'Old laptop']);
    await user.click(screen.getByRole('button', {name: '2 Never expire'}));
    expect(screen.getByLabelText('Status')).toHaveValue('any');
    expect(descriptions()).toEqual(['CI pipeline', 'Left behind']);
    await user.type(screen.getByLabelText('Search description, owner, email or ID'), 'left');
    expect(descriptions()).toEqual(['Left behind']);
    const region = screen.getByRole('region', {name: 'Only tokens at risk: Never expire'});
    expect(region).toHaveTextContent('they work until someone disables or revokes them');
    await user.click(within(region).getByRole('button', {name: 'Show all tokens'}));
    expect(screen.queryByRole('region', {name: /Only tokens at risk/})).not.toBeInTheDocument();
    expect(descriptions()).toEqual(['Left behind']);
});

test('a keystroke does not recount: the risks are computed once per data change', async () => {
    const user = userEvent.setup();
    const spy = jest.spyOn(risk, 'computeRisks');
    await shown();
    await user.click(screen.getByRole('button', {name: '2 Never expire'}));
    const before = spy.mock.calls.length;
    expect(before).toBeGreaterThan(0);
    await user.type(screen.getByLabelText('Search description, owner, email or ID'), 'pipeline');
    expect(descriptions()).toEqual(['CI pipeline']);
    expect(spy.mock.calls.length).toBe(before);
    spy.mockRestore();
});

test("a risk's fix previews exactly the risk's tokens (not the table's) and acts on them", async () => {
    const user = userEvent.setup();
    await shown();
    await user.click(screen.getByRole('button', {name: '1 Deactivated owners'}));
    const region = screen.getByRole('region', {name: 'Only tokens at risk: Deactivated owners'});
    expect(region).toHaveTextContent('they work again the moment the account is reactivated');
    await user.type(screen.getByLabelText('Search description, owner, email or ID'), 'nothing matches this');
    expect(descriptions()).toEqual([]);
    await user.click(within(region).getByRole('button', {name: 'Revoke the token of a deactivated user…'}));
    const dialog = screen.getByRole('dialog', {name: 'Revoke 1 token?'});
    expect(
        within(dialog)
            .getAllByRole('listitem')
            .map((li) => li.querySelector('strong')!.textContent),
    ).toEqual(['Left behind']);
    await user.click(within(dialog).getByRole('button', {name: 'Revoke 1 token'}));
    await user.click(await screen.findByRole('button', {name: 'Close'}));
    expect(mocked.revokeToken.mock.calls).toEqual([[TOKENS[3].id]]);
    expect(screen.getByRole('button', {name: '0 Deactivated owners'})).toBeInTheDocument();
    expect(within(region).getByText('Nothing to fix.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', {name: '1 Never expire'}));
    await user.click(screen.getByRole('button', {name: 'Disable the token that never expires…'}));
    const disable = screen.getByRole('dialog', {name: 'Disable 1 token?'});
    expect(disable).toHaveTextContent('CI pipeline');
    expect(disable).not.toHaveTextContent('Old laptop');
});

test('each fix: revoke for deactivated owners and expired tokens, disable for the others', async () => {
    const user = userEvent.setup();
    await shown();
    await screen.findByText("Server's count: 3");
    const fixes: string[] = [];
    for (const name of counts()) {
        await user.click(screen.getByRole('button', {name}));
        const region = screen.getByRole('region', {name: /Only tokens at risk/});
        fixes.push(within(region).getAllByRole('button')[0].textContent!);
    }
    expect(fixes).toEqual([
        'Disable the 2 tokens that never expire…',
        'Disable the token of a System Admin…',
        'Revoke the token of a deactivated user…',
        'Disable the bot token…',
        'Revoke the 2 expired tokens…',
        'Disable the 3 tokens over the policy…',
    ]);
});

test('a classic server has no expiry: it says so instead of counting', async () => {
    serveInventory(
        mocked.loadInventory,
        TOKENS.map(({expires_at: _e, ...t}) => t),
    );
    await shown(admin(undefined));
    expect(counts()).toEqual(['1 System Admin owners', '1 Deactivated owners', '1 Bots']);
    expect(screen.getByText(/This server has no token expiry/)).toBeInTheDocument();
    expect(mocked.countNonCompliantTokens).not.toHaveBeenCalled();
});

test('no lifetime policy: it says so, and the server is not asked for its count', async () => {
    await shown(admin('0'));
    expect(screen.getByText(/No maximum token lifetime is set on this server/)).toBeInTheDocument();
    expect(counts()).not.toContainEqual(expect.stringMatching(/Over the/));
    expect(mocked.countNonCompliantTokens).not.toHaveBeenCalled();
});

test("the server's count: the count when it differs, with why; not asked again where it has none", async () => {
    mocked.countNonCompliantTokens.mockResolvedValue(5);
    const {unmount, store, pluginStore, dispatched} = await shown();
    const built = {store, pluginStore, dispatched};
    expect(
        await screen.findByRole('button', {
            name: "5 Over the 90-day lifetime policy by the server's count (3 in this list)",
        }),
    ).toBeInTheDocument();
    expect(
        screen.getByText(/The server counts 5 tokens over the lifetime policy; this list has 3/),
    ).toBeInTheDocument();
    unmount();

    mocked.countNonCompliantTokens.mockResolvedValue(undefined);
    renderWithContext(<Inventory />, {built});
    await waitFor(() => expect(getPluginState(built.pluginStore.getState()).features.nonCompliantCount).toBe(false));
    expect(screen.getByRole('button', {name: '3 Over the 90-day lifetime policy'})).toBeInTheDocument();
    const asked = mocked.countNonCompliantTokens.mock.calls.length;
    await userEvent.setup().click(screen.getByRole('button', {name: 'Reload'}));
    await screen.findByText('8 tokens on the server');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(mocked.countNonCompliantTokens).toHaveBeenCalledTimes(asked);
});

test('until the inventory has loaded, the counts say they are of the tokens loaded so far', () => {
    const owners = Object.fromEntries(OWNERS.map((o) => [o.id, summarizeOwner(o)]));
    const view = {
        report: risk.computeRisks(TOKENS, owners, {now: NOW, maxLifetimeDays: 90}),
        supportsExpiry: true,
        maxLifetimeDays: 90,
    };
    const panel = (complete: boolean) => (
        <RiskPanel view={view} complete={complete} onSelect={() => undefined} onFix={() => undefined} />
    );
    const loading = renderWithContext(panel(false));
    expect(screen.getByText(/These count the tokens loaded so far\./)).toBeInTheDocument();
    loading.unmount();
    renderWithContext(panel(true));
    expect(screen.getByRole('list', {name: 'Risk counts'})).toBeInTheDocument();
    expect(screen.queryByText(/loaded so far/)).not.toBeInTheDocument();
});
