// The scripted user's steps. Each does what a person would (through the page) and returns the invariants
// it checked against the server's own state.
import {expect} from '@playwright/test';

import {check, secretNowhere, storeEqualsServer, type Check} from './checks';
import {actionError, inventoryLoaded, LONG, ownToken, revokeReported, tab} from './ui';
import type {World} from './world';

export interface StepResult {
    detail: string;
    checks: Check[];
}

export async function loadInventory(world: World): Promise<StepResult> {
    const {dialog, loaded} = await inventoryLoaded(world, true);
    if (!loaded) {
        return {
            detail: 'load failed, the error was shown',
            checks: [check('a failed load is reported', await dialog.getByRole('alert').first().isVisible())],
        };
    }
    const shown = Number((await dialog.getByText(/^[\d,]+ tokens? on the server/).textContent())!.replace(/\D/g, ''));
    const server = world.serverTokens().length;
    const state = await world.pluginState();
    return {
        detail: `${shown} tokens`,
        checks: [
            check('inventory count equals the server', shown === server, `UI ${shown}, server ${server}`),
            await storeEqualsServer(world, [
                ...new Set([...Object.keys(state.tokens), ...world.serverTokens().map((t) => t.id)]),
            ]),
        ],
    };
}

export async function filter(world: World): Promise<StepResult> {
    const {dialog} = await inventoryLoaded(world, false);
    const tokens = world.serverTokens();
    const query = world.random.pick([
        `#${world.random.int(30)}`,
        'soak',
        '@alice',
        'ci',
        world.random.pick(tokens)?.description.slice(0, 6) ?? 'x',
    ]);
    await dialog.getByRole('searchbox').fill(query);
    const rows = dialog.getByRole('row').filter({has: dialog.page().locator('code')});
    const visible = await rows.evaluateAll((els) =>
        els.map((el) => ({
            id: el.querySelector('code')?.textContent ?? '',
            status: el.querySelector('.token-manager-badge')?.textContent ?? '',
        })),
    );
    const wrong = visible.filter((row) => {
        const server = world.serverToken(row.id);
        if (!server) {
            return true;
        }
        const expired = server.expires_at > 0 && Date.now() >= server.expires_at;
        const status = !server.is_active ? 'Disabled' : expired ? 'Expired' : 'Active';
        return row.status !== status;
    });
    return {
        detail: `"${query}": ${visible.length} rows shown`,
        checks: [check('every row shown matches the server', wrong.length === 0, wrong.map((w) => w.id).join(', '))],
    };
}

const BULK = ['disable', 'enable', 'revoke'] as const;

export async function bulk(world: World): Promise<StepResult> {
    const {dialog, loaded} = await inventoryLoaded(world, false);
    if (!loaded) {
        return {detail: 'skipped: the inventory did not load', checks: []};
    }
    const action = world.random.pick(BULK);
    await dialog.getByRole('searchbox').fill(`Soak bulk ${world.random.int(10)}`);
    // Some of the rows in view, ticked one by one (the table is virtualized: only rows in view exist).
    // The rows inside the table's viewport (the virtual list also renders a few out of view).
    const shown = await dialog.locator('.token-manager-grid__viewport').evaluate((viewport) => {
        const box = viewport.getBoundingClientRect();
        return Array.from(viewport.querySelectorAll('[role="row"]'))
            .filter((row) => {
                const r = row.getBoundingClientRect();
                return r.top >= box.top && r.bottom <= box.bottom;
            })
            .map((row) => row.querySelector('code')?.textContent ?? '');
    });
    const ids = shown.filter(() => world.random.next() < 0.5);
    for (const id of ids) {
        await dialog.getByRole('row').filter({hasText: id}).getByRole('checkbox').check({timeout: 5000});
    }
    if (ids.length === 0) {
        return {detail: 'nothing selected', checks: []};
    }
    const wanted = (id: string) => {
        const t = world.serverToken(id);
        return action === 'revoke' ? Boolean(t) : Boolean(t) && t!.is_active !== (action === 'enable');
    };
    const planned = ids.filter(wanted);
    await dialog.getByRole('button', {name: `${action[0].toUpperCase()}${action.slice(1)}…`}).click();
    const preview = world.page.getByRole('dialog', {name: /^(Disable|Enable|Revoke) [\d,]+ tokens?\?$/});
    await expect(preview).toBeVisible();
    if (planned.length === 0) {
        await preview.getByRole('button', {name: 'Cancel'}).click();
        await dialog.getByRole('button', {name: 'Clear selection'}).click();
        return {detail: `${action}: nothing to change`, checks: []};
    }
    await preview.getByRole('button', {name: new RegExp(`^${action} [\\d,]+ tokens?$`, 'i')}).click();
    const result = world.page.getByRole('dialog', {name: 'Result'});
    await expect(result).toBeVisible(LONG);
    const summary = (await result.getByRole('status').first().textContent()) ?? '';
    const ok = Number(/^(?:Stopped\. )?(\d+)/.exec(summary)?.[1] ?? -1);
    const failed = await result.getByRole('list', {name: 'Failures'}).getByRole('listitem').count();
    const done = planned.filter((id) => !wanted(id)).length;
    await result.getByRole('button', {name: 'Close'}).click();
    return {
        detail: `${action} ${planned.length} (${ok} done, ${failed} failed)`,
        checks: [
            check('reported changes equal the server', ok === done, `UI ${ok}, server ${done}`),
            check('every token reported', ok + failed === planned.length, `${ok} + ${failed} of ${planned.length}`),
            await storeEqualsServer(world, planned),
        ],
    };
}

export async function create(world: World): Promise<StepResult> {
    const dialog = await tab(world, 'My tokens');
    const description = world.nextDescription();
    await dialog.getByLabel('Description').fill(description);
    await dialog.getByRole('button', {name: 'Create token'}).click();
    const reveal = world.page.getByRole('dialog', {name: `Your new token “${description}”`});
    // The form's own notice (an earlier action's error elsewhere in the view is not this create's).
    const notice = dialog.getByRole('form', {name: 'Create a token'}).getByRole('alert');
    await expect(reveal.or(notice).first()).toBeVisible(LONG);
    const made = () =>
        world.serverTokens().filter((t) => t.description === description && t.user_id === world.adminId());
    if (await reveal.isVisible()) {
        const secret = await reveal.getByLabel('Access token (the secret)').inputValue();
        // A re-send the browser made by itself shows beside the reveal, as tokens to revoke.
        const resent = await notice.first().isVisible();
        const listed = resent ? await notice.first().getByRole('listitem').count() : 0;
        const checks = [
            check(
                'tokens made equal the one shown plus those reported',
                made().length === 1 + listed && made().some((t) => t.token === secret),
                `${made().length} made, ${listed} reported`,
            ),
            await secretNowhere(world, secret, '[data-token-manager-reveal]'),
        ];
        await reveal.getByRole('button', {name: 'I have copied it'}).click();
        await reveal.getByRole('button', {name: 'Close'}).click();
        checks.push(await secretNowhere(world, secret));
        if (listed > 0) {
            checks.push(await revokeReported(notice.first(), made, 1 + listed));
        }
        return {detail: `"${description}": revealed${listed ? `, ${listed} re-sent token(s) reported` : ''}`, checks};
    }
    const text = (await notice.first().textContent()) ?? '';
    const listed = await notice.first().getByRole('listitem').count();
    const checks = [
        check(
            'tokens made by a re-send are reported',
            listed === made().length,
            `listed ${listed}, server ${made().length}`,
        ),
    ];
    if (listed > 0) {
        checks.push(await revokeReported(notice.first(), made, listed));
    }
    return {detail: `"${description}": ${listed ? `${listed} orphan(s) reported` : text.slice(0, 60)}`, checks};
}

export async function rotate(world: World): Promise<StepResult> {
    const dialog = await tab(world, 'My tokens');
    await expect(
        dialog.getByRole('list', {name: 'Your personal access tokens'}).or(dialog.getByRole('alert')).first(),
    ).toBeVisible(LONG);
    const target = await ownToken(world, dialog, 'Rotate');
    if (!target) {
        return {detail: 'nothing to rotate', checks: []};
    }
    const before = world.serverToken(target.id)?.token;
    const confirm = world.page.getByRole('alertdialog', {name: 'Rotate this token?'});
    await confirm.getByRole('button', {name: 'Rotate'}).click();
    const reveal = world.page.getByRole('dialog', {name: `New secret for “${target.description}”`});
    await expect(reveal.or(actionError(dialog)).first()).toBeVisible(LONG);
    if (!(await reveal.isVisible())) {
        const after = world.serverToken(target.id)?.token;
        // A dropped connection or a 5xx may come after the rotation was saved (or after the browser re-sent
        // it on its own): the notice must then say so.
        const warned = /did not confirm the rotation/.test((await actionError(dialog).first().textContent()) ?? '');
        return {
            detail: `"${target.description}": failed${warned ? ', may have happened' : ''}`,
            checks: [
                check(
                    'a failed rotate left the secret, or said it may have happened',
                    warned || after === before,
                    'secret changed, and the notice did not say it may have',
                ),
            ],
        };
    }
    const secret = await reveal.getByLabel('Access token (the secret)').inputValue();
    const checks = [
        check("the secret shown is the server's", world.serverToken(target.id)?.token === secret),
        await secretNowhere(world, secret, '[data-token-manager-reveal]'),
    ];
    await reveal.getByRole('button', {name: 'I have copied it'}).click();
    await reveal.getByRole('button', {name: 'Close'}).click();
    checks.push(await secretNowhere(world, secret));
    return {detail: `"${target.description}": rotated`, checks};
}

export async function revoke(world: World): Promise<StepResult> {
    const dialog = await tab(world, 'My tokens');
    await expect(
        dialog.getByRole('list', {name: 'Your personal access tokens'}).or(dialog.getByRole('alert')).first(),
    ).toBeVisible(LONG);
    const target = await ownToken(world, dialog, 'Revoke');
    if (!target) {
        return {detail: 'nothing to revoke', checks: []};
    }
    const confirm = world.page.getByRole('alertdialog', {name: 'Revoke this token?'});
    await confirm.getByRole('button', {name: 'Revoke'}).click();
    await expect(confirm).toBeHidden(LONG);
    const failed = await actionError(dialog).first().isVisible();
    const gone = !world.serverToken(target.id);
    return {
        detail: `"${target.description}": ${failed ? 'failed' : 'revoked'}`,
        checks: [
            check(
                'what the UI said equals the server',
                failed !== gone,
                failed ? 'failed, yet gone' : 'revoked, yet still there',
            ),
            await storeEqualsServer(world, [target.id]),
        ],
    };
}

export const STEPS = {loadInventory, filter, bulk, create, rotate, revoke} as const;
export type StepName = keyof typeof STEPS;
