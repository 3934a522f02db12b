import {act, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';
import * as bridge from 'server-bridge';

import {pluginStateKey} from '../../selectors';
import {renderWithContext} from '../../test/render';
import MyTokens from './my_tokens';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    listUserTokens: jest.fn(),
    createToken: jest.fn(),
    disableToken: jest.fn(),
    enableToken: jest.fn(),
    revokeToken: jest.fn(),
    rotateToken: jest.fn(),
    getTokenUsage: jest.fn(),
}));

const mocked = jest.mocked(bridge);
const ME = 'me000000000000000000000000';
const SECRET = 'secretsecretsecretsecret26';
// The token the tests create as "Deploy" (without its secret).
const DEPLOY = {
    id: 'dddddddddddddddddddddddddd',
    user_id: ME,
    description: 'Deploy',
    is_active: true,
    expires_at: 0,
};

// Types "Deploy" into the create form and creates it (createToken is mocked by the caller); its reveal.
async function createDeploy(user: ReturnType<typeof userEvent.setup>) {
    renderWithContext(<MyTokens />, {user: {id: ME}});
    await user.type(await screen.findByLabelText('Description'), 'Deploy');
    await user.click(screen.getByRole('button', {name: 'Create token'}));
    return screen.findByRole('dialog', {name: 'Your new token “Deploy”'});
}

const tokens = [
    {id: 'aaaaaaaaaaaaaaaaaaaaaaaaaa', user_id: ME, description: 'CI pipeline', is_active: true, expires_at: 0},
    {id: 'bbbbbbbbbbbbbbbbbbbbbbbbbb', user_id: ME, description: 'Old script', is_active: false, expires_at: 0},
    {
        id: 'cccccccccccccccccccccccccc',
        user_id: ME,
        description: 'Experiment',
        is_active: true,
        expires_at: Date.now() - 1000,
    },
];

beforeEach(() => {
    jest.resetAllMocks();
    mocked.listUserTokens.mockResolvedValue(tokens);
    mocked.getTokenUsage.mockResolvedValue(
        new Map([
            [
                'aaaaaaaaaaaaaaaaaaaaaaaaaa',
                {
                    tokenId: 'aaaaaaaaaaaaaaaaaaaaaaaaaa',
                    lastActivityAt: Date.now() - 3 * 3600 * 1000,
                    firstSeenAt: 0,
                    sessions: 1,
                    approximate: true as const,
                },
            ],
        ]),
    );
    mocked.disableToken.mockResolvedValue({status: 'OK'});
    mocked.enableToken.mockResolvedValue({status: 'OK'});
    mocked.revokeToken.mockResolvedValue({status: 'OK'});
});

function row(description: string) {
    return screen.getByText(description).closest('li') as HTMLElement;
}

test('lists my tokens with status, the id labelled as not the secret, expiry and last recorded activity', async () => {
    renderWithContext(<MyTokens />, {user: {id: ME}});
    const list = await screen.findByRole('list', {name: 'Your personal access tokens'});
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    const ci = row('CI pipeline');
    expect(within(ci).getByText('Active')).toBeInTheDocument();
    expect(within(ci).getByText(/Token ID \(not the secret\)/)).toBeInTheDocument();
    expect(within(ci).getByText('aaaaaaaaaaaaaaaaaaaaaaaaaa')).toBeInTheDocument();
    expect(await within(ci).findByText(/Last recorded activity: 3 hours ago/)).toBeInTheDocument();
    expect(within(row('Old script')).getByText('Disabled')).toBeInTheDocument();
    expect(within(row('Experiment')).getByText('Expired')).toBeInTheDocument();
    expect(within(row('Old script')).getByRole('button', {name: 'Enable Old script'})).toBeInTheDocument();
    expect(within(row('Old script')).queryByRole('button', {name: 'Rotate Old script'})).not.toBeInTheDocument();
});

test('creates a token and reveals the secret once; "I have copied it" wipes it', async () => {
    const user = userEvent.setup();
    const created = {
        id: 'dddddddddddddddddddddddddd',
        user_id: ME,
        description: 'Deploy',
        is_active: true,
        expires_at: 1,
    };
    mocked.createToken.mockImplementation(async () => {
        // From now on the server lists it too.
        mocked.listUserTokens.mockResolvedValue([...tokens, created]);
        return {...created, token: SECRET};
    });
    const {store, dispatched} = renderWithContext(<MyTokens />, {user: {id: ME}});
    await screen.findByRole('list', {name: 'Your personal access tokens'});
    await user.type(screen.getByLabelText('Description'), 'Deploy');
    await user.selectOptions(screen.getByLabelText('Expires'), '30d');
    await user.click(screen.getByRole('button', {name: 'Create token'}));
    const dialog = await screen.findByRole('dialog', {name: 'Your new token “Deploy”'});
    expect(mocked.createToken).toHaveBeenCalledTimes(1);
    expect(mocked.createToken.mock.calls[0][0]).toBe(ME);
    expect(mocked.createToken.mock.calls[0][1]).toBe('Deploy');
    expect(mocked.createToken.mock.calls[0][2]?.expiresAt).toBeGreaterThan(Date.now() + 29 * 86400000);
    const secret = within(dialog).getByLabelText('Access token (the secret)');
    expect(secret).toHaveValue(SECRET);
    expect(secret).toHaveFocus();
    expect(JSON.stringify(store.getState())).not.toContain(SECRET);
    expect(JSON.stringify(dispatched)).not.toContain(SECRET);
    expect(JSON.stringify(store.getState()[pluginStateKey].tokens.dddddddddddddddddddddddddd)).toBe(
        JSON.stringify({
            id: 'dddddddddddddddddddddddddd',
            user_id: ME,
            description: 'Deploy',
            is_active: true,
            expires_at: 1,
        }),
    );
    // While the secret shows, Close asks first; keeping it open keeps the secret.
    await user.click(within(dialog).getByRole('button', {name: 'Close'}));
    const ask = screen.getByRole('alertdialog', {name: 'Close without copying?'});
    await user.click(within(ask).getByRole('button', {name: 'Keep it open'}));
    expect(within(dialog).getByLabelText('Access token (the secret)')).toHaveValue(SECRET);
    await user.click(within(dialog).getByRole('button', {name: 'I have copied it'}));
    expect(within(dialog).getByText(/Secret hidden/)).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(SECRET);
    await user.click(within(dialog).getByRole('button', {name: 'Close'}));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('Escape or a click outside never throws the secret away: it asks, and Escape again keeps it', async () => {
    const user = userEvent.setup();
    mocked.createToken.mockResolvedValue({...DEPLOY, token: SECRET});
    const dialog = await createDeploy(user);
    const outside = jest.fn();
    document.body.addEventListener('keydown', outside);
    await user.keyboard('{Escape}');
    const ask = screen.getByRole('alertdialog', {name: 'Close without copying?'});
    expect(within(ask).getByText(/The secret cannot be shown again/)).toBeInTheDocument();
    expect(within(ask).getByRole('button', {name: 'Keep it open'})).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText('Access token (the secret)')).toHaveValue(SECRET);
    // A press outside the plugin's dialogs (the host's Settings modal behind, say) is stopped and asks too.
    await user.click(document.body);
    expect(screen.getByRole('alertdialog', {name: 'Close without copying?'})).toBeInTheDocument();
    // Nothing of it reached the page around the dialog.
    expect(outside).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', {name: 'Close without copying'}));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(SECRET);
    document.body.removeEventListener('keydown', outside);
});

test('copy puts the secret on the clipboard, or selects it for Ctrl+C when that fails', async () => {
    const user = userEvent.setup();
    mocked.createToken.mockResolvedValue({...DEPLOY, token: SECRET});
    const dialog = await createDeploy(user);
    await user.click(within(dialog).getByRole('button', {name: 'Copy'}));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(within(dialog).getByText('Copied to the clipboard.')).toBeInTheDocument();
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(within(dialog).getByRole('button', {name: 'Copy'}));
    expect(await within(dialog).findByText(/press Ctrl\+C/)).toBeInTheDocument();
});

test('bad input gets a message and sends nothing', async () => {
    const user = userEvent.setup();
    renderWithContext(<MyTokens />, {user: {id: ME}});
    await user.click(await screen.findByRole('button', {name: 'Create token'}));
    expect(screen.getByRole('alert')).toHaveTextContent('A description is required');
    expect(screen.getByLabelText('Description')).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('Description'), 'x');
    await user.selectOptions(screen.getByLabelText('Expires'), 'custom');
    await user.click(screen.getByRole('button', {name: 'Create token'}));
    expect(screen.getByRole('alert')).toHaveTextContent('That expiry is not valid.');
    expect(mocked.createToken).not.toHaveBeenCalled();
});

test('a lifetime policy limits the expiry choices and says so', async () => {
    renderWithContext(<MyTokens />, {user: {id: ME}, config: {MaximumPersonalAccessTokenLifetimeDays: '60'}});
    const select = await screen.findByLabelText('Expires');
    expect(
        within(select)
            .getAllByRole('option')
            .map((o) => o.textContent),
    ).toEqual(['In 7 days', 'In 30 days', 'Longest allowed (60 days)', 'On a date…']);
    expect(screen.getByText('This server requires tokens to expire within 60 days.')).toBeInTheDocument();
});

test('a classic server offers no expiry at all', async () => {
    mocked.listUserTokens.mockResolvedValue(tokens.map(({expires_at: _e, ...t}) => t));
    renderWithContext(<MyTokens />, {user: {id: ME}, config: {MaximumPersonalAccessTokenLifetimeDays: undefined}});
    await screen.findByRole('list', {name: 'Your personal access tokens'});
    expect(screen.getByLabelText('Description')).toBeInTheDocument();
    expect(screen.queryByLabelText('Expires')).not.toBeInTheDocument();
});

test('server errors keep their details and explain themselves', async () => {
    const user = userEvent.setup();
    mocked.createToken.mockRejectedValue(
        new bridge.TokenApiError({
            kind: 'disabled',
            status: 501,
            serverErrorId: 'app.user_access_token.disabled',
            requestId: 'req1',
            message: 'x',
        }),
    );
    renderWithContext(<MyTokens />, {user: {id: ME}});
    await user.type(await screen.findByLabelText('Description'), 'x');
    await user.click(screen.getByRole('button', {name: 'Create token'}));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
        'Personal access tokens are disabled on this server. A System Admin can enable them',
    );
    expect(alert).toHaveTextContent('Status 501, error id app.user_access_token.disabled, request id req1');
});

test.each([
    ['Disable', 'CI pipeline', 'Disable this token?', 'disableToken'],
    ['Enable', 'Old script', 'Enable this token?', 'enableToken'],
    ['Revoke', 'CI pipeline', 'Revoke this token?', 'revokeToken'],
] as const)('%s asks for confirmation first', async (action, description, title, call) => {
    const user = userEvent.setup();
    renderWithContext(<MyTokens />, {user: {id: ME}});
    await screen.findByRole('list', {name: 'Your personal access tokens'});
    await user.click(within(row(description)).getByRole('button', {name: `${action} ${description}`}));
    const dialog = screen.getByRole('alertdialog', {name: title});
    expect(within(dialog).getByRole('button', {name: 'Cancel'})).toHaveFocus();
    // Tab stays inside the dialog.
    await user.tab();
    expect(within(dialog).getByRole('button', {name: action})).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', {name: 'Cancel'})).toHaveFocus();
    await user.tab({shift: true});
    expect(within(dialog).getByRole('button', {name: action})).toHaveFocus();
    expect(mocked[call]).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', {name: action}));
    await waitFor(() =>
        expect(mocked[call]).toHaveBeenCalledWith(tokens.find((t) => t.description === description)!.id),
    );
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
});

test('Escape cancels a confirmation', async () => {
    const user = userEvent.setup();
    renderWithContext(<MyTokens />, {user: {id: ME}});
    await screen.findByRole('list', {name: 'Your personal access tokens'});
    await user.click(within(row('CI pipeline')).getByRole('button', {name: 'Revoke CI pipeline'}));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(mocked.revokeToken).not.toHaveBeenCalled();
});

test('rotate reveals the new secret; a server without rotation hides the button afterwards', async () => {
    const user = userEvent.setup();
    mocked.rotateToken.mockResolvedValueOnce({...tokens[0], token: SECRET});
    renderWithContext(<MyTokens />, {user: {id: ME}});
    await screen.findByRole('list', {name: 'Your personal access tokens'});
    await user.click(within(row('CI pipeline')).getByRole('button', {name: 'Rotate CI pipeline'}));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', {name: 'Rotate'}));
    const dialog = await screen.findByRole('dialog', {name: 'New secret for “CI pipeline”'});
    expect(within(dialog).getByLabelText('Access token (the secret)')).toHaveValue(SECRET);
    await user.click(within(dialog).getByRole('button', {name: 'I have copied it'}));
    await user.click(within(dialog).getByRole('button', {name: 'Close'}));

    mocked.rotateToken.mockRejectedValueOnce(
        new bridge.TokenApiError({kind: 'not_found', status: 405, serverErrorId: '', requestId: '', message: ''}),
    );
    await user.click(within(row('CI pipeline')).getByRole('button', {name: 'Rotate CI pipeline'}));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', {name: 'Rotate'}));
    expect(
        await screen.findByText('This server does not support that yet: it needs a newer version of Mattermost.'),
    ).toBeInTheDocument();
    expect(within(row('CI pipeline')).queryByRole('button', {name: 'Rotate CI pipeline'})).not.toBeInTheDocument();
});

test.each<[string, bridge.TokenApiError, boolean]>([
    [
        'answered 503',
        new bridge.TokenApiError({kind: 'server', status: 503, serverErrorId: '', requestId: 'r1', message: ''}),
        true,
    ],
    [
        'dropped',
        new bridge.TokenApiError({kind: 'network', status: 0, serverErrorId: '', requestId: '', message: ''}),
        true,
    ],
    [
        'answered 429',
        new bridge.TokenApiError({kind: 'rate_limited', status: 429, serverErrorId: '', requestId: '', message: ''}),
        false,
    ],
])('a rotate %s: the notice says whether it may have happened even so', async (_case, error, uncertain) => {
    const user = userEvent.setup();
    mocked.rotateToken.mockRejectedValueOnce(error);
    renderWithContext(<MyTokens />, {user: {id: ME}});
    await screen.findByRole('list', {name: 'Your personal access tokens'});
    await user.click(within(row('CI pipeline')).getByRole('button', {name: 'Rotate CI pipeline'}));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', {name: 'Rotate'}));
    const notice = await screen.findByRole('alert');
    expect(
        notice.textContent?.includes('The server did not confirm the rotation, so it may have happened even so'),
    ).toBe(uncertain);
});

test('without the token role: an explanation, and no request', async () => {
    renderWithContext(<MyTokens />, {user: {id: ME, roles: 'system_user'}});
    expect(screen.getByRole('note')).toHaveTextContent(
        'Your account is not allowed to use personal access tokens. A System Admin can allow it',
    );
    await act(async () => undefined);
    expect(mocked.listUserTokens).not.toHaveBeenCalled();
});

test('tokens disabled on the server: an explanation, no create form, the list still shown', async () => {
    renderWithContext(<MyTokens />, {user: {id: ME}, config: {EnableUserAccessTokens: 'false'}});
    expect(screen.getByRole('note')).toHaveTextContent('Personal access tokens are disabled on this server');
    await screen.findByRole('list', {name: 'Your personal access tokens'});
    expect(screen.queryByRole('button', {name: 'Create token'})).not.toBeInTheDocument();
});

test('loading, empty and error states', async () => {
    let resolve: (value: typeof tokens) => void = () => undefined;
    mocked.listUserTokens.mockReturnValueOnce(
        new Promise((r) => {
            resolve = r;
        }),
    );
    renderWithContext(<MyTokens />, {user: {id: ME}});
    expect(screen.getByText('Loading your tokens…')).toHaveAttribute('role', 'status');
    await act(async () => resolve([]));
    expect(screen.getByText('You have no personal access tokens yet.')).toBeInTheDocument();

    mocked.listUserTokens.mockRejectedValueOnce(
        new bridge.TokenApiError({kind: 'network', status: 0, serverErrorId: '', requestId: '', message: 'x'}),
    );
    const user = userEvent.setup();
    renderWithContext(<MyTokens />, {user: {id: ME}});
    expect(
        await screen.findByText('Could not reach the server. Check your connection and try again.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', {name: 'Try again'}));
    expect(mocked.listUserTokens).toHaveBeenCalledTimes(3);
});

test('a create the browser sent twice: the reveal, and the extra token reported with a one-click revoke', async () => {
    const user = userEvent.setup();
    const extra = {...DEPLOY, id: 'eeeeeeeeeeeeeeeeeeeeeeeeee'};
    mocked.createToken.mockImplementation(async () => {
        mocked.listUserTokens.mockResolvedValue([...tokens, DEPLOY, extra]);
        return {...DEPLOY, token: SECRET};
    });
    const dialog = await createDeploy(user);
    expect(within(dialog).getByLabelText('Access token (the secret)')).toHaveValue(SECRET);
    const notice = screen
        .getByText(/Your browser sent this request more than once/)
        .closest('[role="alert"]') as HTMLElement;
    expect(notice).toHaveTextContent('1 more token “Deploy” was created; its secret was never shown');
    expect(within(notice).getByText('eeeeeeeeeeeeeeeeeeeeeeeeee')).toBeInTheDocument();
    expect(within(notice).queryByText('dddddddddddddddddddddddddd')).not.toBeInTheDocument();
});
