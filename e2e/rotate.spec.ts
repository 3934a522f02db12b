// Rotation keeps a token's expiry (with no lifetime policy and under a 30-day one, from the window and from
// /token rotate … --yes), and /token rotate works on a fresh page of a rotate-capable server.
import {expect, sandboxControl, test} from './fixtures';
import type {SandboxApp} from './pages';

const DAY = 86_400_000;

async function rotateInWindow(app: SandboxApp, description: string) {
    const win = await app.openTokenManager();
    const row = win.getByRole('listitem').filter({has: app.page.getByText(description, {exact: true})});
    await row.getByRole('button', {name: `Rotate ${description}`}).click();
    const confirm = app.page.getByRole('alertdialog', {name: 'Rotate this token?'});
    await confirm.getByRole('button', {name: 'Rotate'}).click();
    const reveal = app.page.getByRole('dialog', {name: `New secret for “${description}”`});
    await expect(reveal.getByLabel('Access token (the secret)')).toHaveValue(/\S/);
    await reveal.getByRole('button', {name: 'I have copied it'}).click();
}

async function rotateBySlash(app: SandboxApp, description: string) {
    const reply = await app.command(`/token rotate ${description} --yes`);
    await expect(reply.getByRole('textbox', {name: 'Access token (the secret)'})).toHaveValue(/\S/);
    await reply.getByRole('button', {name: 'I have copied it'}).click();
}

for (const policyDays of [0, 30]) {
    for (const [how, rotate] of [
        ['the window', rotateInWindow],
        ['/token rotate … --yes', rotateBySlash],
    ] as const) {
        test(`rotating a token with an expiry keeps an expiry (${how}, ${policyDays ? `${policyDays}-day policy` : 'no lifetime policy'})`, async ({
            app,
            sandbox,
        }) => {
            await sandboxControl(sandbox, '/config', {MaximumPersonalAccessTokenLifetimeDays: policyDays});
            const alice = sandbox.sandbox.user('alice');
            const token = sandbox.sandbox.store.addToken(alice.id, 'Expiring deploy key', {
                expiresAt: Date.now() + 10 * DAY,
            });
            const secretBefore = token.token;
            await app.signIn('alice');
            await rotate(app, 'Expiring deploy key');
            const after = sandbox.sandbox.store.tokens.get(token.id)!;
            expect(after.token, 'rotated').not.toBe(secretBefore);
            expect(after.expires_at, 'an expiry after rotation').toBeGreaterThan(Date.now());
            if (policyDays) {
                expect(after.expires_at).toBeLessThanOrEqual(Date.now() + policyDays * DAY + DAY);
            }
        });
    }
}

// Passes against today's sandbox server, whose client config always carries
// MaximumPersonalAccessTokenLifetimeDays (from which the plugin infers expiry, and so rotation, support).
test('/token rotate <id> on a fresh page of a rotate-capable server asks to rotate, not "cannot rotate"', async ({
    app,
    sandbox,
}) => {
    const id = sandbox.sandbox.tokensOf('alice').find((t) => t.description === 'CI pipeline')!.id;
    await app.signIn('alice');
    expect((await app.state())['plugins-token-manager']).toBeDefined();
    const reply = await app.command(`/token rotate ${id}`);
    await expect(reply.getByRole('button', {name: /rotate/i})).toBeVisible();
    await expect(reply).not.toContainText('This server cannot rotate tokens');
});
