// The plugin's registrations, and what uninitialize() undoes: work in flight stops, every secret, pending
// confirmation and reply is dropped, and the plugin's state is emptied.
import type {Post} from '@mattermost/types/posts';
import type {UserProfile} from '@mattermost/types/users';
import * as bridge from 'server-bridge';

import ActionTypes from './action_types';
import ExpiryReminder from './components/expiry_reminder/expiry_reminder';
import {addConfirmation, confirm} from './confirmations';
import * as lifecycle from './lifecycle';
import type {PluginRegistry} from './plugin_registry';
import {pendingCheckCount} from './paste_guard/pending';
import {localReply, postReply} from './replies';
import {depositSecret, pendingSecretCount} from './secret_handoff';
import {pluginStateKey} from './selectors';
import {STYLE_ELEMENT_ID} from './styles';
import {buildStore} from './test/store';
import {randomId} from './utils/ids';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    whoseToken: jest.fn(),
    identifyToken: jest.fn(async () => undefined),
}));

function fakeRegistry() {
    let next = 0;
    const calls: Record<string, unknown[][]> = {};
    const record =
        (name: string, returns = true) =>
        (...args: unknown[]) => {
            (calls[name] ??= []).push(args);
            return returns ? `id${next++}` : undefined;
        };
    const registry: PluginRegistry = {
        registerTranslations: record('registerTranslations', false),
        registerReducer: record('registerReducer', false),
        registerSlashCommandWillBePostedHook: record('registerSlashCommandWillBePostedHook', false),
        registerMessageWillBePostedHook: record('registerMessageWillBePostedHook'),
        registerMessageWillBeUpdatedHook: record('registerMessageWillBeUpdatedHook'),
        registerUserSettings: record('registerUserSettings', false),
        registerRootComponent: record('registerRootComponent') as PluginRegistry['registerRootComponent'],
        registerMainMenuAction: record('registerMainMenuAction') as PluginRegistry['registerMainMenuAction'],
        registerPostTypeComponent: record('registerPostTypeComponent') as PluginRegistry['registerPostTypeComponent'],
        unregisterComponent: record('unregisterComponent', false),
        unregisterPostTypeComponent: record('unregisterPostTypeComponent', false),
    };
    return {registry, calls};
}

let Plugin: new () => {initialize: (r: PluginRegistry, s: unknown) => void; uninitialize: () => void};
beforeAll(async () => {
    window.registerPlugin = (_id, plugin) => {
        Plugin = plugin.constructor as typeof Plugin;
    };
    await import('./index');
});

test("registers in the user's language, and uninitialize undoes everything", async () => {
    const {registry, calls} = fakeRegistry();
    const built = buildStore({user: {locale: 'en'}});
    const plugin = new Plugin();
    plugin.initialize(registry, built.pluginStore);
    expect(calls.registerUserSettings[0][0]).toMatchObject({
        uiName: 'Token Manager',
        icon: 'icon-key-variant',
        sections: [{title: 'Personal access tokens'}],
    });
    expect(calls.registerPostTypeComponent[0][0]).toBe('custom_token_manager_reply');
    expect(calls.registerRootComponent.map(([component]) => component)).toContain(ExpiryReminder);
    expect(document.getElementById(STYLE_ELEMENT_ID)).not.toBeNull();

    const handle = depositSecret('secretsecretsecretsecret26');
    const run = jest.fn(async () => undefined);
    const confirmId = addConfirmation(run);
    const reply = postReply(
        built.pluginStore.dispatch,
        built.pluginStore.getState(),
        {channelId: 'c'},
        {blocks: []},
        'm',
    );
    built.pluginStore.dispatch({
        type: ActionTypes.RECEIVED_TOKENS,
        data: [{id: 't', user_id: 'u', description: 'd', is_active: true}],
    });
    built.pluginStore.dispatch({type: ActionTypes.OPEN_MODAL, tab: 'mine'});

    plugin.uninitialize();
    expect(lifecycle.isRunning()).toBe(false);
    expect(pendingSecretCount()).toBe(0);
    expect(await confirm(confirmId)).toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(localReply(reply.id)).toBeUndefined();
    expect(built.store.getState()[pluginStateKey].tokens).toEqual({});
    expect(built.store.getState()[pluginStateKey].modal.open).toBe(false);
    // Three root components (the window, the expiry reminder, the paste guard), the menu item and the two
    // message hooks.
    expect(calls.unregisterComponent).toHaveLength(6);
    expect(calls.unregisterPostTypeComponent).toHaveLength(1);
    expect(document.getElementById(STYLE_ELEMENT_ID)).toBeNull();
    expect(handle).toBeTruthy();
});

test('a web app without registerUserSettings still gets the rest', () => {
    const {registry, calls} = fakeRegistry();
    delete registry.registerUserSettings;
    const plugin = new Plugin();
    plugin.initialize(registry, buildStore().pluginStore);
    expect(calls.registerRootComponent).toHaveLength(3);
    plugin.uninitialize();
});

test('a web app without message hooks gets the rest; one without the edit hook gets the post hook', () => {
    const {registry, calls} = fakeRegistry();
    delete registry.registerMessageWillBePostedHook;
    delete registry.registerMessageWillBeUpdatedHook;
    const plugin = new Plugin();
    plugin.initialize(registry, buildStore().pluginStore);
    expect(calls.registerRootComponent).toHaveLength(3);
    plugin.uninitialize();

    const second = fakeRegistry();
    delete second.registry.registerMessageWillBeUpdatedHook;
    plugin.initialize(second.registry, buildStore().pluginStore);
    expect(second.calls.registerMessageWillBePostedHook).toHaveLength(1);
    plugin.uninitialize();
});

test('uninitialize answers a message waiting in the paste guard: the draft is kept', async () => {
    const {registry, calls} = fakeRegistry();
    const built = buildStore({user: {locale: 'en'}});
    const plugin = new Plugin();
    plugin.initialize(registry, built.pluginStore);
    const hook = calls.registerMessageWillBePostedHook[0][0] as (post: Post) => Promise<unknown>;
    const secret = randomId();
    jest.mocked(bridge.whoseToken).mockResolvedValue({
        owner: {id: 'u', username: 'someone'} as UserProfile,
        sessionsSince: 0,
    });
    const result = hook({message: secret} as Post);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pendingCheckCount()).toBe(1);
    plugin.uninitialize();
    expect(pendingCheckCount()).toBe(0);
    await expect(result).resolves.toEqual({error: {message: expect.stringContaining('Token Manager was turned off')}});
});
