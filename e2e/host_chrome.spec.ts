// The sandbox host's chrome behaves like the Mattermost web app's where a plugin can tell: the Settings modal,
// the team menu, the user's language and the action recorder (see the comments in sandbox/host for the web
// app's files each behaviour follows).
import {expect, test} from './fixtures';

test('the Settings modal sits above the page, keeps focus, and lives in views.modals', async ({app, page}) => {
    await app.signIn('alice');
    const settings = await app.openSettings();
    const layout = await page.evaluate(() => {
        const modal = document.querySelector('#accountSettingsModal') as HTMLElement;
        return {
            inRoot: Boolean(document.getElementById('root')!.contains(modal)),
            bodyChild: modal.parentElement!.parentElement === document.body,
            zIndex: getComputedStyle(modal).zIndex,
            transform: getComputedStyle(modal.querySelector('.modal-dialog')!).transform,
        };
    });
    expect(layout).toMatchObject({inRoot: false, bodyChild: true, zIndex: '1050'});
    expect(layout.transform).not.toBe('none');
    expect((await app.state()).views.modals.modalState.user_settings).toMatchObject({
        open: true,
        dialogProps: {isContentProductSettings: true},
    });
    await expect(settings.root.getByRole('tab')).toHaveText([
        'Notifications',
        'Display',
        'Sidebar',
        'Advanced',
        'Token Manager',
    ]);
    await expect(settings.root.getByRole('group', {name: 'PLUGIN PREFERENCES'}).getByRole('tab')).toHaveText([
        'Token Manager',
    ]);
    await settings.selectTab('Token Manager');
    await expect(settings.root.getByRole('heading', {name: 'Token Manager Settings'})).toBeVisible();

    // enforceFocus: focus moved outside comes back.
    await page.evaluate(() => (document.querySelector('[aria-label="Write to Town Square"]') as HTMLElement).focus());
    await expect(app.messageBox).not.toBeFocused();
    expect(
        await page.evaluate(() => document.getElementById('accountSettingsModal')!.contains(document.activeElement)),
    ).toBe(true);

    // A plugin closes it with MODAL_CLOSE; focus returns to the gear.
    await page.evaluate(() =>
        (window as any).sandboxHost.store.dispatch({type: 'MODAL_CLOSE', modalId: 'user_settings'}),
    );
    await expect(settings.root).toHaveCount(0);
    await expect(app.settingsButton).toBeFocused();
    expect((await app.state()).views.modals.modalState.user_settings).toBeUndefined();

    await app.openSettings();
    await page.keyboard.press('Escape');
    await expect(settings.root).toHaveCount(0);
});

test('registerMainMenuAction items are at the bottom of the team menu; there is no "Main menu"', async ({
    app,
    page,
}) => {
    await app.signIn('alice');
    await expect(page.getByRole('button', {name: 'Main menu'})).toHaveCount(0);
    const menu = await app.openTeamMenu();
    await expect(menu.getByRole('menuitem').last()).toHaveText('Token Manager');
    const lastTwo = menu.locator('[role="menuitem"], [role="separator"]');
    await expect(lastTwo.nth(-2)).toHaveAttribute('role', 'separator');
    await menu.getByRole('menuitem', {name: 'Token Manager'}).click();
    await expect(menu).toBeHidden();
    await expect(app.tokenManager()).toBeVisible();
});

test("the user's language: IntlProvider and plugin translations follow it; registration strings stay", async ({
    app,
    page,
}) => {
    await app.signIn('alice');
    await page.evaluate(() => {
        const w = window as any;
        const registry = w.sandboxHost.registryFor('test-i18n');
        registry.registerTranslations((locale: string) => ({'test.greeting': locale === 'de' ? 'Hallo' : 'Hello'}));
        registry.registerRootComponent(() =>
            w.React.createElement(
                'div',
                {id: 'test-greeting'},
                w.React.createElement(w.ReactIntl.FormattedMessage, {id: 'test.greeting', defaultMessage: 'Hi'}),
                ` ${w.ReactIntl.useIntl().locale}`,
            ),
        );
    });
    await expect(page.locator('#test-greeting')).toHaveText('Hello en');

    const settings = await app.openSettingsTab('Display');
    await settings.getByLabel('Language').selectOption('de');
    await settings.getByRole('button', {name: 'Save'}).click();
    await expect(page.locator('#test-greeting')).toHaveText('Hallo de');
    expect((await app.state()).entities.users.profiles[(await app.state()).entities.users.currentUserId].locale).toBe(
        'de',
    );
    // What the plugin passed at registration is shown as given.
    await expect(app.settings.tab('Token Manager')).toBeVisible();

    await app.setLocale('en');
    await expect(page.locator('#test-greeting')).toHaveText('Hello en');
});

test('the action recorder sees every action, thunks as "[thunk]"', async ({app}) => {
    await app.signIn('alice');
    await app.openSettings();
    const actions = await app.recordedActions();
    expect(actions).toContain('[thunk]');
    expect(actions).toContainEqual(expect.objectContaining({type: 'MODAL_OPEN', modalId: 'user_settings'}));
    expect(actions).toContainEqual(
        expect.objectContaining({type: 'RECEIVED_PLUGIN_COMPONENT', name: 'MainMenu', data: expect.anything()}),
    );
    expect(actions).toContainEqual(
        expect.objectContaining({
            type: 'CLIENT_CONFIG_RECEIVED',
            data: expect.objectContaining({EnableUserAccessTokens: 'true'}),
        }),
    );
});
