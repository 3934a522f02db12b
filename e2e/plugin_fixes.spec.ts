// Behaviour the real web app showed wrong before the plugin's fixes: the window opened from the Settings
// section, and the tokens-disabled notice on every view that lists tokens.
import type {Locator} from '@playwright/test';

import {expect, sandboxControl, test} from './fixtures';

test.describe('inside the web app', () => {
    test('the window opened from the Settings section is on top, has focus, and Settings is closed', async ({
        app,
        page,
    }) => {
        await app.signIn('alice');
        const settings = await app.openSettingsTab('Token Manager');
        await settings.getByRole('button', {name: 'Open Token Manager'}).click();
        const win = app.tokenManager();
        await expect(win).toBeVisible();
        const where = () =>
            win.evaluate((el) => {
                const box = el.getBoundingClientRect();
                const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
                return {
                    onTop: el.contains(top),
                    focusInside: el.contains(document.activeElement),
                    settingsOpen: Boolean(document.getElementById('accountSettingsModal')),
                };
            });
        await expect.poll(where).toEqual({onTop: true, focusInside: true, settingsOpen: false});
        expect((await app.state()).views.modals.modalState.user_settings).toBeUndefined();
        expect(await app.recordedActions()).toContainEqual({type: 'MODAL_CLOSE', modalId: 'user_settings'});

        await win.getByRole('button', {name: 'Close'}).first().click();
        await expect(win).toHaveCount(0);
        const focused = await page.evaluate(() => document.activeElement?.tagName ?? 'BODY');
        expect(focused, 'focus after closing the window').not.toBe('BODY');
    });

    // The notice names the cause, where an admin turns tokens back on, and that bots' tokens still work.
    async function expectDisabledNotice(scope: Locator) {
        const notice = scope.getByText(/disabled on this server/).first();
        await expect(notice).toBeVisible();
        await expect(notice).toContainText('System Console › Integrations › Integration Management');
        await expect(notice).toContainText(/\bbots?\b/i);
    }

    test('with personal access tokens disabled on the server, every listing of tokens says so', async ({
        app,
        sandbox,
    }) => {
        await sandboxControl(sandbox, '/config', {EnableUserAccessTokens: false});
        await app.signIn('admin');
        expect((await app.state()).entities.general.config.EnableUserAccessTokens).toBe('false');

        await test.step('/token list', async () => expectDisabledNotice(await app.command('/token list')));
        await test.step('/token admin', async () => expectDisabledNotice(await app.command('/token admin')));
        await test.step('the Settings section', async () => {
            const settings = await app.openSettingsTab('Token Manager');
            await expectDisabledNotice(settings);
            await app.settings.close();
        });
        await test.step("the window's My tokens and All tokens", async () => {
            const win = await app.openTokenManager();
            await expectDisabledNotice(win);
            await win.getByRole('tab', {name: 'All tokens'}).click();
            await expect(win.getByRole('tab', {name: 'All tokens'})).toHaveAttribute('aria-selected', 'true');
            await expectDisabledNotice(win);
        });
    });
});
