// The paste guard's dialog, driven through the real message hook with a mocked bridge: whose token, the
// choices and what the hook then returns, the second confirmation, Escape, revoking, and that nothing of
// the secret but its first four characters is shown, dispatched, stored or logged.
import type {Post} from '@mattermost/types/posts';
import type {UserProfile} from '@mattermost/types/users';
import {act, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';
import * as bridge from 'server-bridge';

import {createMessageWillBePostedHook} from '../../paste_guard/hook';
import {clearChecks} from '../../paste_guard/pending';
import {pluginStateKey} from '../../selectors';
import {expectNotInStoreOrConsole, profile, silenceConsole} from '../../test/paste_guard';
import {renderWithContext} from '../../test/render';
import {buildStore, type StoreOptions} from '../../test/store';
import {randomId} from '../../utils/ids';
import PasteGuardDialog from './paste_guard_dialog';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    whoseToken: jest.fn(),
    identifyToken: jest.fn(),
    revokeToken: jest.fn(),
    getToken: jest.fn(),
}));

const ME = {id: 'me000000000000000000000000', username: 'me', roles: 'system_user system_user_access_token'};
const BOB = {id: 'bob00000000000000000000000', username: 'bob', first_name: 'Bob', last_name: 'Brown'};
const BOT = {id: 'bot00000000000000000000000', username: 'build-bot', first_name: 'Build', is_bot: true};
const consoleSpies = silenceConsole();

beforeEach(() => {
    jest.mocked(bridge.whoseToken).mockReset();
    jest.mocked(bridge.identifyToken).mockReset();
    jest.mocked(bridge.revokeToken).mockReset().mockResolvedValue({status: 'OK'});
    jest.mocked(bridge.getToken)
        .mockReset()
        .mockImplementation(async (id) => ({id, user_id: ME.id, description: 'CI pipeline', is_active: true}));
    consoleSpies.forEach((s) => s.mockClear());
});
afterEach(() => act(() => clearChecks()));

// Renders the dialog, then sends a message holding one live token per owner through the hook.
async function sendLive(owners: Array<{user: Partial<UserProfile>; tokenId?: string}>, options: StoreOptions = {}) {
    const built = buildStore({user: ME, ...options});
    const secrets = owners.map(() => randomId());
    jest.mocked(bridge.whoseToken).mockImplementation(async (s) => {
        const i = secrets.indexOf(s);
        return i < 0 ? undefined : {owner: profile(owners[i].user), sessionsSince: 1};
    });
    jest.mocked(bridge.identifyToken).mockImplementation(async (s) => owners[secrets.indexOf(s)].tokenId);
    const view = renderWithContext(<PasteGuardDialog />, {built});
    const p = {id: '', channel_id: 'c', message: `export TOKEN=${secrets.join(' ')}`} as unknown as Post;
    const result = createMessageWillBePostedHook(built.pluginStore)(p);
    const dialog = await screen.findByRole('alertdialog');
    return {...view, built, secrets, post: p, result, dialog, user: userEvent.setup()};
}

function expectNoLeak(secret: string, built: ReturnType<typeof buildStore>) {
    expect(document.body.textContent).not.toContain(secret);
    expect(document.body.innerHTML).not.toContain(secret);
    expectNotInStoreOrConsole(secret, built, consoleSpies);
}

test('your own token: named, four characters shown, focus on Cancel; Revoke, then post with it removed', async () => {
    const {dialog, secrets, result, user, built, post} = await sendLive([{user: ME, tokenId: 'tok1'}]);
    expect(dialog).toHaveAccessibleName('This message contains a live access token');
    expect(within(dialog).getByText(`${secrets[0].slice(0, 4)}…`).tagName).toBe('CODE');
    expect(dialog).toHaveTextContent(`${secrets[0].slice(0, 4)}… is your own token.`);
    expect(await within(dialog).findByText('CI pipeline')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', {name: 'Cancel'})).toHaveFocus();

    await user.click(within(dialog).getByRole('button', {name: 'Revoke it now'}));
    expect(bridge.revokeToken).toHaveBeenCalledWith('tok1');
    const revoked = await screen.findByRole('alertdialog', {name: 'The token was revoked'});
    const postRemoved = within(revoked).getByRole('button', {name: 'Post with the token removed'});
    expect(postRemoved).toHaveFocus();
    await user.click(postRemoved);
    expect(await result).toEqual({post: {...post, message: 'export TOKEN=[personal access token removed]'}});
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expectNoLeak(secrets[0], built);
});

test('after revoking, "Keep editing" keeps the draft', async () => {
    const {dialog, result, user} = await sendLive([{user: ME, tokenId: 'tok1'}]);
    await user.click(within(dialog).getByRole('button', {name: 'Revoke it now'}));
    await user.click(await screen.findByRole('button', {name: 'Keep editing'}));
    expect(await result).toEqual({
        error: {message: 'Not sent: the token was revoked, and you can finish editing your message.'},
    });
});

test('a refused revoke says why and keeps the choices', async () => {
    jest.mocked(bridge.revokeToken).mockRejectedValue(
        new bridge.TokenApiError({
            kind: 'forbidden',
            status: 403,
            serverErrorId: 'api.context.permissions.app_error',
            requestId: 'r',
            message: 'no',
        }),
    );
    const {dialog, user, result} = await sendLive([{user: ME, tokenId: 'tok1'}]);
    await user.click(within(dialog).getByRole('button', {name: 'Revoke it now'}));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', {name: 'Revoke it now'})).toBeEnabled();
    await user.click(within(dialog).getByRole('button', {name: 'Remove it from the message'}));
    expect(await result).toHaveProperty('post');
});

test("another user's token: @username and name isolated; no Revoke for a regular user", async () => {
    const {dialog, secrets} = await sendLive([{user: {...BOB, last_name: 'Brown\u202E'}, tokenId: 'tok9'}]);
    expect(dialog).toHaveTextContent(`${secrets[0].slice(0, 4)}… is a token of @bob (Bob Brown\u202E).`);
    const bdis = [...dialog.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(bdis).toEqual(expect.arrayContaining(['@bob', 'Bob Brown\u202E']));
    expect(within(dialog).queryByRole('button', {name: 'Revoke it now'})).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('Only its owner or a System Admin can revoke it.');
    expect(bridge.getToken).not.toHaveBeenCalled();
});

test("a bot's token, unidentified, for a System Admin: open the inventory on the bot's tokens", async () => {
    const {dialog, result, user, built} = await sendLive([{user: BOT}], {
        user: {...ME, roles: 'system_user system_admin'},
    });
    expect(dialog).toHaveTextContent('is a token of the bot @build-bot.');
    expect(dialog).toHaveTextContent('The server does not say for certain which token this is');
    await user.click(within(dialog).getByRole('button', {name: "Open the owner's tokens"}));
    expect(await result).toEqual({
        error: {
            message: 'Not sent: the message contains a live access token. Revoke it, or remove it from the message.',
        },
    });
    expect(built.store.getState()[pluginStateKey].modal).toEqual({open: true, tab: 'all', ownerId: BOT.id});
});

test('your own token, unidentified: open your tokens', async () => {
    const {dialog, user, built} = await sendLive([{user: ME}]);
    await user.click(within(dialog).getByRole('button', {name: 'Open your tokens'}));
    expect(built.store.getState()[pluginStateKey].modal).toMatchObject({open: true, tab: 'mine'});
});

test('Post anyway asks again; Back returns; confirming posts the message unchanged', async () => {
    const {dialog, result, user, post} = await sendLive([{user: ME}]);
    await user.click(within(dialog).getByRole('button', {name: 'Post anyway'}));
    const confirm = screen.getByRole('alertdialog', {name: 'Post the live token?'});
    expect(confirm).toHaveTextContent('Anyone in the channel can use it to act as you.');
    await user.click(within(confirm).getByRole('button', {name: 'Back'}));
    expect(screen.queryByRole('alertdialog', {name: 'Post the live token?'})).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', {name: 'Post anyway'}));
    await user.click(screen.getByRole('button', {name: 'Post the live token'}));
    const answered = (await result) as {post: Post};
    expect(answered.post).toBe(post);
});

test('Escape closes only the confirmation, then keeps the draft', async () => {
    const {dialog, result, user} = await sendLive([{user: BOB}, {user: BOT}]);
    expect(dialog).toHaveAccessibleName('This message contains 2 live access tokens');
    await user.click(within(dialog).getByRole('button', {name: 'Post anyway'}));
    const confirm = screen.getByRole('alertdialog', {name: 'Post the live tokens?'});
    expect(confirm).toHaveTextContent('act as their owners: @bob and @build-bot.');
    await user.keyboard('{Escape}');
    expect(screen.getAllByRole('alertdialog')).toEqual([dialog]);
    await user.keyboard('{Escape}');
    expect(await result).toEqual({error: {message: 'Not sent: the message contains a live access token.'}});
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
});

test('Remove them: every live token replaced', async () => {
    const {dialog, result, user, secrets, built} = await sendLive([{user: BOB}, {user: ME, tokenId: 't'}]);
    await user.click(within(dialog).getByRole('button', {name: 'Remove them from the message'}));
    const answered = (await result) as {post: Post};
    expect(answered.post.message).toBe('export TOKEN=[personal access token removed] [personal access token removed]');
    secrets.forEach((s) => expectNoLeak(s, built));
});
