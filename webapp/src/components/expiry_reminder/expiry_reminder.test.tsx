import {act, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';
import * as bridge from 'server-bridge';

import ActionTypes from '../../action_types';
import {pluginStateKey} from '../../selectors';
import {renderWithContext} from '../../test/render';
import {buildStore} from '../../test/store';
import ExpiryReminder from './expiry_reminder';
import {lastShownKey} from './last_shown';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    listUserTokens: jest.fn(),
    rotateToken: jest.fn(),
}));

const mocked = jest.mocked(bridge);
const ME = 'me000000000000000000000000';
const SECRET = 'secretsecretsecretsecret26';
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
// A Monday morning, local time.
const MONDAY = new Date(2026, 10, 23, 9, 0, 0).getTime();
const KEY = lastShownKey(ME);

function token(id: string, description: string, expires_at: number, is_active = true) {
    return {id: id.repeat(26), user_id: ME, description, is_active, expires_at};
}

const CI = token('a', 'CI pipeline', MONDAY + DAY);
const BACKUP = token('b', 'Nightly backup', MONDAY - 2 * DAY);
const DISABLED = token('c', 'Old script', MONDAY + DAY, false);
const LATER = token('d', 'Long lived', MONDAY + 60 * DAY);
const FOREVER = token('e', 'Forever', 0);
const OLD = token('f', 'Expired long ago', MONDAY - 30 * DAY);

const REGION = '2 personal access tokens expire soon or have expired';

beforeEach(() => {
    jest.useFakeTimers({now: MONDAY});
    jest.resetAllMocks();
    localStorage.clear();
    mocked.listUserTokens.mockResolvedValue([CI, BACKUP, DISABLED, LATER, FOREVER, OLD]);
});

afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
});

const flush = () => act(async () => undefined);
const setup = () => userEvent.setup({advanceTimers: jest.advanceTimersByTime});

test('names the active tokens that expire within 7 days or expired in the last 7, and takes no focus', async () => {
    const input = document.createElement('input');
    document.body.appendChild(input);
    input.focus();
    renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    const region = await screen.findByRole('region', {name: REGION});
    expect(
        within(region)
            .getAllByRole('listitem')
            .map((li) => li.querySelector('span')?.textContent),
    ).toEqual(['“Nightly backup” expired 2 days ago', '“CI pipeline” expires tomorrow']);
    expect(within(region).getByText('Nightly backup').tagName).toBe('BDI');
    expect(within(region).getByRole('button', {name: 'Rotate CI pipeline'})).toBeInTheDocument();
    expect(within(region).getByRole('button', {name: 'Open Token Manager'})).toBeInTheDocument();
    expect(within(region).getByRole('button', {name: 'Dismiss'})).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(input).toHaveFocus();
    // One request, for the user's own tokens; the browser keeps the date and nothing else.
    expect(mocked.listUserTokens).toHaveBeenCalledTimes(1);
    expect(mocked.listUserTokens).toHaveBeenCalledWith(ME);
    expect(Object.keys(localStorage)).toEqual([KEY]);
    expect(localStorage.getItem(KEY)).toBe('2026-11-23');
    input.remove();
});

test('at most once a day: not again the same day (no request at all), again the next day', async () => {
    const first = renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    await screen.findByRole('region', {name: REGION});
    first.unmount();

    jest.setSystemTime(MONDAY + 14 * HOUR);
    const again = renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    await flush();
    expect(again.container).toBeEmptyDOMElement();
    expect(mocked.listUserTokens).toHaveBeenCalledTimes(1);
    again.unmount();

    jest.setSystemTime(MONDAY + DAY - 1 * HOUR);
    renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    const region = await screen.findByRole('region', {name: /personal access tokens/});
    expect(mocked.listUserTokens).toHaveBeenCalledTimes(2);
    expect(within(region).getByText(/CI pipeline/).parentElement).toHaveTextContent('“CI pipeline” expires today');
    expect(localStorage.getItem(KEY)).toBe('2026-11-24');
});

test('another user of the same browser has their own day', async () => {
    localStorage.setItem(lastShownKey('other00000000000000000000'), '2026-11-23');
    renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    expect(await screen.findByRole('region', {name: REGION})).toBeInTheDocument();
});

test('another tab that showed it while the list was loading wins', async () => {
    mocked.listUserTokens.mockImplementation(async () => {
        localStorage.setItem(KEY, '2026-11-23');
        return [CI, BACKUP];
    });
    const {container} = renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    await flush();
    expect(mocked.listUserTokens).toHaveBeenCalledTimes(1);
    expect(container).toBeEmptyDOMElement();
});

test('Dismiss (reached with the keyboard) hides it for the rest of the day', async () => {
    const user = setup();
    const {container, unmount} = renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    const region = await screen.findByRole('region', {name: REGION});
    // Tab order: Rotate (one per token that can be rotated), Open Token Manager, Dismiss.
    await user.tab();
    expect(within(region).getByRole('button', {name: 'Rotate Nightly backup'})).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(within(region).getByRole('button', {name: 'Dismiss'})).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(container).toBeEmptyDOMElement();
    unmount();
    expect(jest.getTimerCount()).toBe(0);

    // Shown in the morning and dismissed in the evening of the next day: that day counts.
    localStorage.setItem(KEY, '2026-11-22');
    jest.setSystemTime(MONDAY + 12 * HOUR);
    const again = renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    await user.click(await screen.findByRole('button', {name: 'Dismiss'}));
    expect(localStorage.getItem(KEY)).toBe('2026-11-23');
    again.unmount();
    renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    await flush();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(mocked.listUserTokens).toHaveBeenCalledTimes(2);
});

test('Open Token Manager opens the window on My tokens and the reminder goes away', async () => {
    const user = setup();
    const {store} = renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    await user.click(await screen.findByRole('button', {name: 'Open Token Manager'}));
    expect(store.getState()[pluginStateKey].modal).toEqual({open: true, tab: 'mine'});
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(localStorage.getItem(KEY)).toBe('2026-11-23');
});

test('Rotate asks first, for a new expiry, and the new secret appears only in the reveal dialog', async () => {
    const user = setup();
    const rotated = {...CI, expires_at: MONDAY + 90 * DAY};
    mocked.rotateToken.mockResolvedValue({...rotated, token: SECRET});
    const {store, dispatched} = renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    const region = await screen.findByRole('region', {name: REGION});
    await user.click(within(region).getByRole('button', {name: 'Rotate CI pipeline'}));
    const confirm = screen.getByRole('alertdialog', {name: 'Rotate this token?'});
    expect(within(confirm).getByRole('button', {name: 'Cancel'})).toHaveFocus();
    expect(within(confirm).getByText('CI pipeline').tagName).toBe('BDI');
    const expiry = within(confirm).getByLabelText('New expiry');
    expect(expiry).toHaveValue('90d');
    expect(
        within(expiry)
            .getAllByRole('option')
            .map((o) => o.textContent),
    ).toEqual(['In 7 days', 'In 30 days', 'In 90 days', 'In 1 year', 'Never']);
    expect(mocked.rotateToken).not.toHaveBeenCalled();

    const clickedAt = Date.now();
    await user.click(within(confirm).getByRole('button', {name: 'Rotate'}));
    const dialog = await screen.findByRole('dialog', {name: 'New secret for “CI pipeline”'});
    expect(mocked.rotateToken).toHaveBeenCalledTimes(1);
    expect(mocked.rotateToken.mock.calls[0][0]).toBe(CI.id);
    const sent = mocked.rotateToken.mock.calls[0][1]?.expiresAt;
    expect(sent).toBeGreaterThanOrEqual(clickedAt + 90 * DAY);
    expect(sent).toBeLessThanOrEqual(Date.now() + 90 * DAY);
    expect(within(dialog).getByLabelText('Access token (the secret)')).toHaveValue(SECRET);
    // The secret is in the reveal dialog and nowhere else: not in any action, the store, storage or the card.
    expect(screen.getAllByDisplayValue(SECRET)).toHaveLength(1);
    expect(JSON.stringify(dispatched)).not.toContain(SECRET);
    expect(dispatched.some((a) => a.type === ActionTypes.RECEIVED_TOKEN)).toBe(true);
    expect(JSON.stringify(store.getState())).not.toContain(SECRET);
    expect(JSON.stringify({...localStorage})).not.toContain(SECRET);
    // The rotated token now expires in 90 days: the card names only the other one.
    const card = screen.getByRole('region', {name: 'A personal access token has expired'});
    expect(card).not.toHaveTextContent('CI pipeline');
    expect(card.innerHTML).not.toContain(SECRET);

    await user.click(within(dialog).getByRole('button', {name: 'I have copied it'}));
    await user.click(within(dialog).getByRole('button', {name: 'Close'}));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(SECRET);
    expect(screen.getByRole('status')).toHaveTextContent('Rotated “CI pipeline”.');
});

test('Rotate under a lifetime policy offers what the policy allows; cancelling sends nothing', async () => {
    const user = setup();
    renderWithContext(<ExpiryReminder />, {user: {id: ME}, config: {MaximumPersonalAccessTokenLifetimeDays: '60'}});
    await user.click(await screen.findByRole('button', {name: 'Rotate Nightly backup'}));
    const confirm = screen.getByRole('alertdialog', {name: 'Rotate this token?'});
    expect(
        within(within(confirm).getByLabelText('New expiry'))
            .getAllByRole('option')
            .map((o) => o.textContent),
    ).toEqual(['In 7 days', 'In 30 days', 'Longest allowed (60 days)']);
    await user.click(within(confirm).getByRole('button', {name: 'Cancel'}));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(mocked.rotateToken).not.toHaveBeenCalled();
});

// Rotates CI pipeline from the card, the server failing with `kind` and `status`; the card and its notice.
async function rotateFailing(kind: 'not_found' | 'server', status: number) {
    const user = setup();
    mocked.rotateToken.mockRejectedValue(
        new bridge.TokenApiError({kind, status, serverErrorId: '', requestId: '', message: ''}),
    );
    renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    const region = await screen.findByRole('region', {name: REGION});
    await user.click(within(region).getByRole('button', {name: 'Rotate CI pipeline'}));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', {name: 'Rotate'}));
    return {region, notice: await within(region).findByRole('alert')};
}

test('a failed rotate is explained in the card, and a server without rotation loses the buttons', async () => {
    const {region, notice} = await rotateFailing('not_found', 405);
    expect(notice).toHaveTextContent('needs a newer version of Mattermost');
    expect(notice).not.toHaveTextContent('may have happened');
    expect(within(region).queryByRole('button', {name: /^Rotate/})).not.toBeInTheDocument();
    expect(within(region).getByRole('button', {name: 'Dismiss'})).toBeInTheDocument();
});

test('a rotate answered 502 says in the card that it may have happened even so', async () => {
    const {notice} = await rotateFailing('server', 502);
    expect(notice).toHaveTextContent('The server had a problem (502).');
    expect(notice).toHaveTextContent('The server did not confirm the rotation, so it may have happened even so');
});

test('no Rotate where the server is known not to rotate', async () => {
    const built = buildStore({user: {id: ME}});
    built.pluginStore.dispatch({type: ActionTypes.RECEIVED_FEATURES, data: {rotate: false}});
    renderWithContext(<ExpiryReminder />, {built});
    const region = await screen.findByRole('region', {name: REGION});
    expect(within(region).queryByRole('button', {name: /^Rotate/})).not.toBeInTheDocument();
    expect(region).not.toHaveTextContent('Rotate gives it');
});

test.each([
    ['expires today', MONDAY + 2 * HOUR, 'A personal access token expires soon', '“T” expires today'],
    ['expires in 6 days', MONDAY + 6 * DAY, 'A personal access token expires soon', '“T” expires in 6 days'],
    ['expired today', MONDAY - HOUR, 'A personal access token has expired', '“T” expired today'],
    ['expired yesterday', MONDAY - DAY, 'A personal access token has expired', '“T” expired yesterday'],
])('%s', async (_what, expiresAt, title, text) => {
    mocked.listUserTokens.mockResolvedValue([token('t', 'T', expiresAt)]);
    renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    const region = await screen.findByRole('region', {name: title});
    expect(within(region).getByRole('listitem').querySelector('span')).toHaveTextContent(text);
});

test('many tokens: five named, the rest in the Token Manager', async () => {
    mocked.listUserTokens.mockResolvedValue(
        Array.from({length: 7}, (_, i) => token(String(i), `Token ${i}`, MONDAY + (i + 1) * HOUR)),
    );
    renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    const region = await screen.findByRole('region', {name: '7 personal access tokens expire soon'});
    expect(within(region).getAllByRole('listitem')).toHaveLength(5);
    expect(region).toHaveTextContent('And 2 more: see the Token Manager.');
});

test('a description full of markup and bidi controls is shown as text, isolated', async () => {
    const hostile = '\u202Eevil <img src=x onerror=alert(1)> [x](javascript:alert(1))';
    mocked.listUserTokens.mockResolvedValue([token('h', hostile, MONDAY + DAY)]);
    renderWithContext(<ExpiryReminder />, {user: {id: ME}});
    const region = await screen.findByRole('region', {name: 'A personal access token expires soon'});
    const bdi = region.querySelector('li bdi');
    expect(bdi?.textContent).toBe(hostile);
    expect(region.querySelector('img')).toBeNull();
});

describe('nothing at all: no request and no DOM', () => {
    test('without the token role', async () => {
        const {container} = renderWithContext(<ExpiryReminder />, {user: {id: ME, roles: 'system_user'}});
        await flush();
        expect(container).toBeEmptyDOMElement();
        expect(mocked.listUserTokens).not.toHaveBeenCalled();
        expect(localStorage.length).toBe(0);
    });

    test('with tokens disabled on the server', async () => {
        const {container} = renderWithContext(<ExpiryReminder />, {
            user: {id: ME},
            config: {EnableUserAccessTokens: 'false'},
        });
        await flush();
        expect(container).toBeEmptyDOMElement();
        expect(mocked.listUserTokens).not.toHaveBeenCalled();
    });

    test('without usable storage (a private window): it could not keep to once a day', async () => {
        jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        });
        const {container} = renderWithContext(<ExpiryReminder />, {user: {id: ME}});
        await flush();
        expect(container).toBeEmptyDOMElement();
        expect(mocked.listUserTokens).not.toHaveBeenCalled();
    });

    test('when the request fails, quietly, and the next page load tries again', async () => {
        mocked.listUserTokens.mockRejectedValue(
            new bridge.TokenApiError({kind: 'network', status: 0, serverErrorId: '', requestId: '', message: 'x'}),
        );
        const {container} = renderWithContext(<ExpiryReminder />, {user: {id: ME}});
        await flush();
        expect(mocked.listUserTokens).toHaveBeenCalledTimes(1);
        expect(container).toBeEmptyDOMElement();
        expect(localStorage.getItem(KEY)).toBeNull();
    });

    test('when no token is in the window, and nothing is remembered', async () => {
        mocked.listUserTokens.mockResolvedValue([DISABLED, LATER, FOREVER, OLD]);
        const {container} = renderWithContext(<ExpiryReminder />, {user: {id: ME}});
        await flush();
        expect(mocked.listUserTokens).toHaveBeenCalledTimes(1);
        expect(container).toBeEmptyDOMElement();
        expect(localStorage.getItem(KEY)).toBeNull();
    });

    test('when it is removed (uninitialize) before the list arrives', async () => {
        let resolve: (tokens: Array<typeof CI>) => void = () => undefined;
        mocked.listUserTokens.mockReturnValue(
            new Promise((r) => {
                resolve = r;
            }),
        );
        const {unmount} = renderWithContext(<ExpiryReminder />, {user: {id: ME}});
        await flush();
        unmount();
        await act(async () => resolve([CI]));
        expect(document.body.textContent).toBe('');
        expect(localStorage.getItem(KEY)).toBeNull();
        expect(jest.getTimerCount()).toBe(0);
    });
});
