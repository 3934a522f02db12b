// The soak's ways around the page: the Token Manager window, its tabs, waiting for the inventory, and the
// controls the steps act through.
import {expect, type Locator} from '@playwright/test';

import {check, type Check} from './checks';
import type {World} from './world';

export const LONG = {timeout: 45_000};

async function window(world: World): Promise<Locator> {
    const dialog = world.app.tokenManager();
    if (!(await dialog.isVisible())) {
        await world.app.openTokenManager();
    }
    return dialog;
}

export async function tab(world: World, name: 'My tokens' | 'All tokens'): Promise<Locator> {
    const dialog = await window(world);
    await dialog.getByRole('tab', {name}).click();
    return dialog;
}

// Waits for the inventory to finish (loaded, or an error it reports); reloads when asked to.
export async function inventoryLoaded(world: World, reload: boolean): Promise<{dialog: Locator; loaded: boolean}> {
    const dialog = await tab(world, 'All tokens');
    if (reload) {
        const button = dialog.getByRole('button', {name: 'Reload'});
        if (await button.isVisible()) {
            await button.click();
        }
    }
    const done = dialog.getByText(/^[\d,]+ tokens? on the server/).or(dialog.getByRole('alert'));
    await expect(done.first()).toBeVisible(LONG);
    return {dialog, loaded: (await world.pluginState()).inventory.status === 'loaded'};
}

// The error of the last row action (rotate, revoke): it belongs to the My tokens view itself, not to the
// create form.
export function actionError(dialog: Locator): Locator {
    return dialog.locator('.token-manager-mine > [role="alert"]');
}

// Revokes the tokens a create reported (its notice's one-click revoke), then checks they are gone.
export async function revokeReported(notice: Locator, made: () => unknown[], before: number): Promise<Check> {
    await notice.getByRole('button', {name: /^Revoke/}).click();
    await expect(notice.getByText(/^Revoked/)).toBeVisible(LONG);
    const revoked = Number(/Revoked (\d+)/.exec((await notice.textContent()) ?? '')?.[1] ?? 0);
    return check('the reported tokens revoked are gone', made().length === before - revoked, `${made().length} left`);
}

export async function ownToken(
    world: World,
    dialog: Locator,
    label: 'Rotate' | 'Revoke',
): Promise<{description: string; id: string} | undefined> {
    const buttons = dialog
        .getByRole('list', {name: 'Your personal access tokens'})
        .getByRole('button', {name: new RegExp(`^${label} `)});
    const count = await buttons.count();
    if (count === 0) {
        return undefined;
    }
    const button = buttons.nth(world.random.int(count));
    const description = ((await button.getAttribute('aria-label')) ?? '').slice(label.length + 1);
    const id = (await button.locator('xpath=ancestor::li').locator('code').first().textContent()) ?? '';
    await button.click();
    return {description, id};
}
