import {act, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {UserAccessToken, UserProfile} from '@mattermost/types/users';
import React from 'react';
import * as bridge from 'server-bridge';

import {openTokenManager} from '../../actions';
import {DAY, id} from '../../test/inventory_cast';
import {renderWithContext} from '../../test/render';
import {buildStore} from '../../test/store';
import Inventory from './inventory';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    loadInventory: jest.fn(),
    disableToken: jest.fn(),
    enableToken: jest.fn(),
    revokeToken: jest.fn(),
}));

const mocked = jest.mocked(bridge);

function owner(n: number, extra: Partial<UserProfile> = {}): UserProfile {
    return {
        id: id('u', n),
        username: `user${n}`,
        first_name: `First${n}`,
        last_name: `Last${n}`,
        nickname: '',
        email: `user${n}@example.com`,
        is_bot: false,
        delete_at: 0,
        roles: 'system_user',
        ...extra,
    } as UserProfile;
}

const OWNERS = [
    owner(1, {username: 'alice', first_name: 'Alice', last_name: 'Anders', email: 'alice@example.com'}),
    owner(2, {username: 'deploy-bot', is_bot: true}),
    owner(3, {username: 'gone', delete_at: 5}),
    owner(4, {username: 'root', roles: 'system_user system_admin'}),
];

const TOKENS: UserAccessToken[] = [
    {id: id('a', 1), user_id: OWNERS[0].id, description: 'CI pipeline', is_active: true, expires_at: 0},
    {id: id('a', 2), user_id: OWNERS[0].id, description: '=HYPERLINK("http://evil")', is_active: false, expires_at: 0},
    {
        id: id('a', 3),
        user_id: OWNERS[1].id,
        description: 'Deploy webhook',
        is_active: true,
        expires_at: Date.now() + 3 * DAY,
    },
    {id: id('a', 4), user_id: OWNERS[2].id, description: 'Left behind', is_active: true, expires_at: Date.now() - DAY},
    {
        id: id('a', 5),
        user_id: OWNERS[3].id,
        description: 'Terraform',
        is_active: true,
        expires_at: Date.now() + 90 * DAY,
    },
];

function serve(tokens: UserAccessToken[], owners: UserProfile[]) {
    mocked.loadInventory.mockImplementation(async (options = {}) => {
        for (let i = 0; i < tokens.length; i += 200) {
            options.onTokens?.(tokens.slice(i, i + 200), {
                loaded: Math.min(tokens.length, i + 200),
                pages: i / 200 + 1,
                done: false,
            });
        }
        options.onOwners?.(owners);
        return {tokens, owners: new Map(owners.map((o) => [o.id, o]))};
    });
}

beforeEach(() => {
    jest.resetAllMocks();
    serve(TOKENS, OWNERS);
    mocked.disableToken.mockResolvedValue({status: 'OK'});
    mocked.enableToken.mockResolvedValue({status: 'OK'});
    mocked.revokeToken.mockResolvedValue({status: 'OK'});
});

const admin = {user: {roles: 'system_user system_admin'}};
const dataRows = () => screen.getAllByRole('row').filter((r) => r.getAttribute('aria-rowindex') !== '1');
const descriptions = () => dataRows().map((r) => within(r).getAllByRole('cell')[2].textContent);

test('shows progress while pages arrive and rows as soon as the first page lands', async () => {
    let finish: () => void = () => undefined;
    mocked.loadInventory.mockImplementation(
        (options = {}) =>
            new Promise((resolve) => {
                options.onTokens?.(TOKENS.slice(0, 2), {loaded: 2, pages: 1, done: false});
                finish = () => {
                    options.onTokens?.(TOKENS.slice(2), {loaded: 5, pages: 2, done: false});
                    options.onOwners?.(OWNERS);
                    resolve({tokens: TOKENS, owners: new Map()});
                };
            }),
    );
    renderWithContext(<Inventory />, admin);
    expect(await screen.findByText('Loading… 2 tokens so far (1 page)')).toBeInTheDocument();
    expect(dataRows()).toHaveLength(2);
    await act(async () => finish());
    expect(screen.getByText('5 tokens on the server')).toBeInTheDocument();
    expect(dataRows()).toHaveLength(5);
    // A reload counts against the last total.
    mocked.loadInventory.mockImplementation(
        (options = {}) =>
            new Promise(() => {
                options.onTokens?.(TOKENS.slice(0, 2), {loaded: 2, pages: 1, done: false});
            }),
    );
    await userEvent.setup().click(screen.getByRole('button', {name: 'Reload'}));
    expect(await screen.findByText('Loading… 2 of about 5 tokens')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('max', '5');
    expect(within(dataRows()[0]).getByRole('button', {name: /Show only the tokens of @alice/})).toBeInTheDocument();
});

test('joins owners with their kind; search is fuzzy over description, owner, email and ids', async () => {
    const user = userEvent.setup();
    renderWithContext(<Inventory />, admin);
    await screen.findByText('5 tokens on the server');
    const botRow = dataRows().find((r) => r.textContent?.includes('Deploy webhook'))!;
    expect(within(botRow).getByText('Bot')).toBeInTheDocument();
    const search = screen.getByLabelText('Search description, owner, email or ID');
    await user.type(search, 'terra');
    expect(descriptions()).toEqual(['Terraform']);
    await user.clear(search);
    await user.type(search, '@alice');
    expect(descriptions()).toEqual(['CI pipeline', '=HYPERLINK("http://evil")']);
    await user.clear(search);
    await user.type(search, 'dply whk');
    expect(descriptions()).toEqual(['Deploy webhook']);
    await user.clear(search);
    await user.type(search, TOKENS[3].id);
    expect(descriptions()).toEqual(['Left behind']);
    await user.clear(search);
    await user.type(search, 'nothing-like-this');
    expect(screen.getByText('No token matches the search and filters.')).toBeInTheDocument();
    expect(screen.getByText('Showing 0 of 5')).toBeInTheDocument();
});

test.each([
    ['Status', 'disabled', ['=HYPERLINK("http://evil")']],
    ['Status', 'expired', ['Left behind']],
    ['Expiry', 'never', ['CI pipeline', '=HYPERLINK("http://evil")']],
    ['Expiry', 'expired', ['Left behind']],
    ['Expiry', 'within_7_days', ['Deploy webhook']],
    ['Owner kind', 'bot', ['Deploy webhook']],
    ['Owner kind', 'deactivated', ['Left behind']],
    ['Owner kind', 'system_admin', ['Terraform']],
])('facet %s = %s', async (facet, value, expected) => {
    const user = userEvent.setup();
    renderWithContext(<Inventory />, admin);
    await screen.findByText('5 tokens on the server');
    await user.selectOptions(screen.getByLabelText(facet), value);
    expect(descriptions()).toEqual(expected);
});

test('every column sorts, both ways', async () => {
    const user = userEvent.setup();
    renderWithContext(<Inventory />, admin);
    await screen.findByText('5 tokens on the server');
    const header = (name: RegExp) => screen.getAllByRole('columnheader').find((h) => name.test(h.textContent ?? ''))!;
    await user.click(within(header(/^Description/)).getByRole('button'));
    expect(header(/^Description/)).toHaveAttribute('aria-sort', 'ascending');
    expect(descriptions()).toEqual([
        '=HYPERLINK("http://evil")',
        'CI pipeline',
        'Deploy webhook',
        'Left behind',
        'Terraform',
    ]);
    await user.click(within(header(/^Description/)).getByRole('button'));
    expect(header(/^Description/)).toHaveAttribute('aria-sort', 'descending');
    expect(descriptions()[0]).toBe('Terraform');
    await user.click(within(header(/^Expires/)).getByRole('button'));
    expect(descriptions()).toEqual([
        'Left behind',
        'Deploy webhook',
        'Terraform',
        'CI pipeline',
        '=HYPERLINK("http://evil")',
    ]);
    await user.click(within(header(/^Status/)).getByRole('button'));
    expect(descriptions().slice(-1)).toEqual(['=HYPERLINK("http://evil")']);
    for (const name of [/^Owner( [▲▼])?$/, /^Owner kind/, /^Token ID/]) {
        await user.click(within(header(name)).getByRole('button'));
        expect(header(name)).toHaveAttribute('aria-sort', 'ascending');
    }
});

test('drills down to one owner, with a summary, and back', async () => {
    const user = userEvent.setup();
    renderWithContext(<Inventory />, admin);
    await screen.findByText('5 tokens on the server');
    await user.click(screen.getAllByRole('button', {name: /Show only the tokens of @alice/})[0]);
    const region = screen.getByRole('region', {name: 'Only tokens of @alice'});
    expect(region).toHaveTextContent('Alice Anders · alice@example.com · 2 tokens, 1 active');
    expect(descriptions()).toHaveLength(2);
    await user.click(within(region).getByRole('button', {name: 'Show everyone'}));
    expect(descriptions()).toHaveLength(5);
});

test("opened on one owner's tokens (the paste guard's link), it starts filtered to them", async () => {
    const built = buildStore(admin);
    built.store.dispatch(openTokenManager('all', OWNERS[1].id));
    renderWithContext(<Inventory />, {built});
    await screen.findByText('5 tokens on the server');
    expect(screen.getByRole('region', {name: 'Only tokens of @deploy-bot'})).toBeInTheDocument();
    expect(descriptions()).toEqual(['Deploy webhook']);
});

test('bulk disable previews exactly what changes, then reports each token, failures listed', async () => {
    const user = userEvent.setup();
    mocked.disableToken.mockImplementation(async (tokenId: string) => {
        if (tokenId === TOKENS[4].id) {
            throw new bridge.TokenApiError({
                kind: 'forbidden',
                status: 403,
                serverErrorId: 'api.context.permissions.app_error',
                requestId: 'r',
                message: '',
            });
        }
        return {status: 'OK'};
    });
    renderWithContext(<Inventory />, admin);
    await screen.findByText('5 tokens on the server');
    await user.click(screen.getByRole('checkbox', {name: 'Select all 5 shown'}));
    expect(screen.getByText('5 tokens selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', {name: 'Disable…'}));
    const dialog = screen.getByRole('dialog', {name: 'Disable 4 tokens?'});
    expect(
        within(dialog)
            .getAllByRole('listitem')
            .map((li) => li.querySelector('strong')!.textContent)
            .sort(),
    ).toEqual(['CI pipeline', 'Deploy webhook', 'Left behind', 'Terraform']);
    expect(dialog).toHaveTextContent('1 token is already disabled and will not change.');
    expect(mocked.disableToken).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', {name: 'Disable 4 tokens'}));
    const result = await screen.findByRole('dialog', {name: 'Result'});
    expect(result).toHaveTextContent('3 tokens disabled, 1 failure.');
    expect(result).toHaveTextContent("Terraform (@root): You cannot manage another user's tokens");
    expect(mocked.disableToken).toHaveBeenCalledTimes(4);
    await user.click(within(result).getByRole('button', {name: 'Close'}));
    expect(screen.queryByText(/selected/)).not.toBeInTheDocument();
    const statuses = dataRows().map((r) => within(r).getAllByRole('cell')[4].textContent);
    expect(statuses.filter((s) => s === 'Disabled')).toHaveLength(4);
});

test('bulk revoke removes the rows; enable with nothing to change says so', async () => {
    const user = userEvent.setup();
    renderWithContext(<Inventory />, admin);
    await screen.findByText('5 tokens on the server');
    await user.click(screen.getByRole('checkbox', {name: 'Select CI pipeline of @alice'}));
    await user.click(screen.getByRole('button', {name: 'Enable…'}));
    expect(screen.getByRole('dialog')).toHaveTextContent('Nothing to change.');
    expect(screen.getByRole('button', {name: 'Enable 0 tokens'})).toBeDisabled();
    await user.click(screen.getByRole('button', {name: 'Cancel'}));
    await user.click(screen.getByRole('button', {name: 'Revoke…'}));
    expect(screen.getByRole('dialog')).toHaveTextContent('revoked for good: this cannot be undone');
    await user.click(screen.getByRole('button', {name: 'Revoke 1 token'}));
    await user.click(await screen.findByRole('button', {name: 'Close'}));
    expect(descriptions()).not.toContain('CI pipeline');
});

test('CSV export: RFC 4180, formulas neutralised, the rows shown', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:csv';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithContext(<Inventory />, admin);
    await screen.findByText('5 tokens on the server');
    await user.type(screen.getByLabelText('Search description, owner, email or ID'), 'alice');
    await user.click(screen.getByRole('button', {name: 'Export CSV (2 rows)'}));
    expect(click).toHaveBeenCalled();
    const csv = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(blobs[0]);
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
        'token_id,description,status,expires_at,owner_id,username,name,email,bot,deactivated,system_admin,' +
            'never_expires,owner_system_admin,owner_deactivated,owner_bot,expired,over_policy',
    );
    // Risk flags: a disabled token is in no risk but "expired"; no lifetime policy, so over_policy is unknown.
    expect(lines).toContain(
        `${TOKENS[1].id},"'=HYPERLINK(""http://evil"")",disabled,never,${OWNERS[0].id},alice,Alice Anders,alice@example.com,false,false,false,` +
            'false,false,false,false,false,',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
});

test('10,000 tokens: fewer than 100 rows in the DOM, and scrolling shows others', async () => {
    const owners = Array.from({length: 2000}, (_, i) => owner(i));
    const tokens = Array.from({length: 10000}, (_, i) => ({
        id: id('t', i),
        user_id: owners[i % 2000].id,
        description: `Token ${String(i).padStart(5, '0')}`,
        is_active: true,
        expires_at: 0,
    }));
    serve(tokens, owners);
    renderWithContext(<Inventory />, admin);
    await screen.findByText('10,000 tokens on the server');
    expect(screen.getByText('Showing 10,000 of 10,000')).toBeInTheDocument();
    expect(dataRows().length).toBeLessThan(100);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '10001');
    const viewport = document.querySelector('.token-manager-grid__viewport') as HTMLElement;
    const before = dataRows()[0].getAttribute('aria-rowindex');
    viewport.scrollTop = 40 * 5000;
    await act(async () => {
        viewport.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(dataRows()[0].getAttribute('aria-rowindex')).not.toBe(before));
    expect(Number(dataRows()[0].getAttribute('aria-rowindex'))).toBeGreaterThan(4900);
    expect(dataRows().length).toBeLessThan(100);
});
