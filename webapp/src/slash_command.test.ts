/** @jest-environment node */
// The /token handler against the sandbox over HTTP: every subcommand for each kind of user, the requests
// each one makes, confirmations, the one-time reveal, and what it says when it cannot help.
import {bridgeSuite} from '../../server-bridge/test_support';
import {confirm} from './confirmations';
import {claimSecret, discardAllSecrets} from './secret_handoff';
import {createSlashCommandHook} from './slash_command';
import {replyText, slashHarness} from './test/slash_harness';
import type {Block} from './utils/reply';

const h = bridgeSuite();
afterAll(discardAllSecrets);
beforeEach(() => h.running.sandbox.reset());

const sb = () => h.running.sandbox;
const tokensOf = (username: string) => sb().tokensOf(username);
const byDescription = (username: string, description: string) =>
    tokensOf(username).find((t) => t.description === description)!;
const block = <T extends Block['t']>(blocks: Block[], t: T) => blocks.find((b) => b.t === t) as Extract<Block, {t: T}>;

describe('the hook', () => {
    test('consumes /token, passes everything else through unchanged, and never throws', async () => {
        const {pluginStore} = slashHarness(h, 'alice');
        const hook = createSlashCommandHook(pluginStore);
        const args = {channel_id: 'c', team_id: 't', root_id: ''};
        expect(await hook('/token help', args)).toEqual({});
        expect(await hook('/TOKEN', args)).toEqual({});
        expect(await hook('/tokens list', args)).toEqual({message: '/tokens list', args});
        expect(await hook('/echo hi', args)).toEqual({message: '/echo hi', args});
        expect(await hook(undefined as unknown as string, args)).toEqual({message: undefined, args});
    });
});

describe('help and bad input: no request reaches the server', () => {
    test.each([
        ['/token', 'Token Manager: manage your personal access tokens'],
        ['/token help', 'web and desktop apps, not in the mobile apps'],
        ['/token frobnicate', 'frobnicate is not a /token command'],
        ['/token create', 'Say what the token is for'],
        ['/token create x --expires soon', 'soon is not an expiry'],
        ['/token revoke', 'Which token?'],
        ['/token list --active --inactive', 'Choose one of --active, --inactive'],
        ['/token create x --force', '--force is not an option of /token create'],
    ])('%p', async (command, words) => {
        const {run} = slashHarness(h, 'alice');
        const {replies, requests} = await run(command);
        expect(replies).toHaveLength(1);
        expect(replyText(replies[0].reply)).toContain(words);
        expect(requests).toEqual([]);
        expect(replies[0]).toMatchObject({
            type: 'system_ephemeral',
            componentType: 'custom_token_manager_reply',
            user_id: '0',
            channel_id: 'channel1',
        });
        expect(replies[0].id).toMatch(/^[a-z0-9]{26}$/);
    });

    test('help explains that the token id is not the secret', async () => {
        const {run} = slashHarness(h, 'alice');
        const {replies} = await run('/token help');
        expect(replyText(replies[0].reply)).toContain('it is not the secret and cannot log in');
        expect(replies[0].message).toContain(
            '`/token create <description> [--expires 7d|30d|90d|1y|YYYY-MM-DD|never]`'.replace(
                /\|(?=30d|90d|1y|YYYY|never)/g,
                '\\|',
            ),
        );
    });
});

describe('create', () => {
    test('one create request; the secret goes to the reveal, never into the post, its message, an action or the store', async () => {
        const {run, store, dispatched} = slashHarness(h, 'alice');
        const aliceId = sb().user('alice').id;
        const {replies, requests} = await run('/token create Deploy bot --expires 30d');
        // The tokens are listed before (the store did not know them) and after, so that a lost answer or a
        // browser's own re-send can be reconciled.
        expect(requests).toEqual([
            `GET /users/${aliceId}/tokens`,
            `POST /users/${aliceId}/tokens`,
            `GET /users/${aliceId}/tokens`,
        ]);
        const created = tokensOf('alice').find((t) => t.description === 'Deploy bot')!;
        expect(created.expires_at).toBeGreaterThan(Date.now() + 29 * 86400000);
        const reveal = block(replies[0].reply.blocks, 'reveal');
        expect(reveal).toEqual({
            t: 'reveal',
            handle: expect.stringMatching(/^[a-z0-9]{26}$/),
            tokenId: created.id,
            description: 'Deploy bot',
        });
        expect(JSON.stringify(replies)).not.toContain(created.token);
        expect(JSON.stringify(store.getState())).not.toContain(created.token);
        expect(JSON.stringify(dispatched)).not.toContain(created.token);
        expect(replyText(replies[0].reply)).toContain(`Created token Deploy bot with ID ${created.id}; it expires on`);
        expect(claimSecret(reveal.handle)).toBe(created.token);
        expect(claimSecret(reveal.handle)).toBeUndefined();
    });

    test('a server with a lifetime policy gets its longest allowed expiry by default, and says so', async () => {
        sb().config.MaximumPersonalAccessTokenLifetimeDays = 60;
        const {run} = slashHarness(h, 'alice', {MaximumPersonalAccessTokenLifetimeDays: '60'});
        const {replies} = await run('/token create Nightly');
        expect(replyText(replies[0].reply)).toContain('longest allowed time (60 days)');
        expect(byDescription('alice', 'Nightly').expires_at).toBeGreaterThan(Date.now() + 59 * 86400000);
        const tooFar = await run('/token create Far --expires 1y');
        expect(replyText(tooFar.replies[0].reply)).toContain('at most 60 days');
        expect(tooFar.requests).toEqual([]);
    });

    test('an expiry on a server without expiry is refused before sending', async () => {
        sb().featureLevel = 'classic';
        const {run} = slashHarness(h, 'alice', {
            MaximumPersonalAccessTokenLifetimeDays: undefined as unknown as string,
        });
        const {replies, requests} = await run('/token create Old server --expires 7d');
        expect(replyText(replies[0].reply)).toContain('does not support token expiry');
        expect(requests).toEqual([]);
        expect((await run('/token create Old server')).requests).toHaveLength(3);
    });

    test('too long a description is refused before sending', async () => {
        const {run} = slashHarness(h, 'alice');
        const {replies, requests} = await run(`/token create ${'🔑'.repeat(64)}`);
        expect(replyText(replies[0].reply)).toContain('256 bytes long');
        expect(requests).toEqual([]);
    });

    test('disabled on the server, or no token role: says who can fix it, sends nothing', async () => {
        const disabled = slashHarness(h, 'alice', {EnableUserAccessTokens: 'false'});
        let result = await disabled.run('/token create x');
        expect(replyText(result.replies[0].reply)).toContain('System Console › Integrations › Integration Management');
        expect(result.requests).toEqual([]);
        const bob = slashHarness(h, 'bob');
        result = await bob.run('/token create x');
        expect(replyText(result.replies[0].reply)).toContain(
            'Manage Roles › "Allow this account to generate personal access tokens"',
        );
        expect(result.requests).toEqual([]);
    });

    test('a lost answer is reconciled: the orphans are listed and revoked in one click, never a blind retry', async () => {
        const {run, replies} = slashHarness(h, 'alice');
        sb().faults = {
            latencyMs: 0,
            rules: [{kind: 'commit_drop', count: 1, commits: 2, method: 'POST', path: '/tokens'}],
        };
        const result = await run('/token create Deploy');
        const text = result.replies.map((r) => replyText(r.reply)).join('\n');
        expect(text).toContain('2 tokens Deploy were created just now; their secrets were never shown');
        expect(text).not.toMatch(/try again/i);
        const orphans = tokensOf('alice').filter((t) => t.description === 'Deploy');
        const table = block(result.replies[0].reply.blocks, 'table');
        expect(table.rows.map((r) => r[1][0].v).sort()).toEqual(orphans.map((t) => t.id).sort());
        const ask = block(result.replies.at(-1)!.reply.blocks, 'confirm');
        expect(ask.confirmLabel).toBe('Revoke all 2');
        await confirm(ask.confirmId);
        expect(tokensOf('alice').filter((t) => t.description === 'Deploy')).toHaveLength(0);
        expect(replyText(replies().at(-1)!.reply)).toContain('Revoked 2 tokens.');
    });

    test('a lost answer with nothing made says so, and that creating again is safe', async () => {
        const {run} = slashHarness(h, 'alice');
        sb().faults = {latencyMs: 0, rules: [{kind: 'drop', count: 1, method: 'POST', path: '/tokens'}]};
        const result = await run('/token create Deploy');
        expect(replyText(result.replies[0].reply)).toContain('no token Deploy was created, so you can create it again');
    });

    test('a server failure keeps its status, error id and request id', async () => {
        sb().faults = {latencyMs: 0, rules: [{kind: '500', count: 1, method: 'POST'}]};
        const {run} = slashHarness(h, 'alice');
        const {replies, requests} = await run('/token create x');
        expect(requests).toHaveLength(3);
        expect(replyText(replies[0].reply)).toMatch(
            /The server had a problem \(500\)[\s\S]*Status 500, error id sandbox\.fault\.internal, request id [a-z0-9]{26}/,
        );
    });
});

describe('list', () => {
    test('my tokens in one request, as a table with status and expiry', async () => {
        const {run} = slashHarness(h, 'alice');
        const {replies, requests} = await run('/token list');
        expect(requests).toHaveLength(1);
        const table = block(replies[0].reply.blocks, 'table');
        expect(table.head).toEqual(['Description', 'Token ID (not the secret)', 'Status', 'Expires']);
        expect(table.rows.map((r) => [r[0][0].v, r[2][0].v])).toEqual([
            ['CI pipeline', 'Active'],
            ['CLI on laptop', 'Active'],
            ['Expired experiment', 'Expired'],
            ['Old integration', 'Disabled'],
        ]);
        expect(replyText(replies[0].reply)).toContain('4 tokens of @alice.');
        expect(replyText(replies[0].reply)).not.toContain('disabled on this server');
    });

    test.each([
        ['--active', ['CI pipeline', 'CLI on laptop']],
        ['--inactive', ['Expired experiment', 'Old integration']],
    ])('%s filters', async (flag, descriptions) => {
        const {run} = slashHarness(h, 'alice');
        const {replies} = await run(`/token list ${flag}`);
        expect(block(replies[0].reply.blocks, 'table').rows.map((r) => r[0][0].v)).toEqual(descriptions);
    });

    test('@user: with edit_other_users it works; without it says so and sends nothing', async () => {
        const manager = slashHarness(h, 'manager');
        let result = await manager.run('/token list @alice');
        expect(result.requests).toEqual(['GET /users/username/alice', `GET /users/${sb().user('alice').id}/tokens`]);
        expect(replyText(result.replies[0].reply)).toContain('4 tokens of @alice.');
        const alice = slashHarness(h, 'alice');
        result = await alice.run('/token list @bob');
        expect(replyText(result.replies[0].reply)).toContain("You cannot manage @bob's tokens");
        expect(result.requests).toEqual([]);
        result = await manager.run('/token list @nobody');
        expect(replyText(result.replies[0].reply)).toContain('There is no user called @nobody.');
    });

    test("a System Admin's tokens are out of a user manager's reach: the server says 403, the reply says why", async () => {
        const manager = slashHarness(h, 'manager');
        const {replies} = await manager.run('/token list @admin');
        expect(replyText(replies[0].reply)).toContain("only System Admins can manage a System Admin's tokens");
        expect(replyText(replies[0].reply)).toContain('Status 403, error id api.context.permissions.app_error');
    });
});

describe('disable, enable, revoke', () => {
    test('by id: one request each', async () => {
        const {run} = slashHarness(h, 'alice');
        const id = byDescription('alice', 'CI pipeline').id;
        let result = await run(`/token disable ${id}`);
        expect(result.requests).toEqual(['POST /users/tokens/disable']);
        expect(byDescription('alice', 'CI pipeline').is_active).toBe(false);
        result = await run(`/token enable ${id}`);
        expect(result.requests).toEqual(['POST /users/tokens/enable']);
        result = await run(`/token revoke ${id} --yes`);
        expect(result.requests).toEqual(['POST /users/tokens/revoke']);
        expect(sb().store.tokens.has(id)).toBe(false);
        expect(replyText(result.replies[0].reply)).toContain('Revoked token');
    });

    test('by description: two requests (list, then act)', async () => {
        const {run} = slashHarness(h, 'alice');
        const result = await run('/token disable CI pipeline');
        expect(result.requests).toEqual([`GET /users/${sb().user('alice').id}/tokens`, 'POST /users/tokens/disable']);
        expect(replyText(result.replies[0].reply)).toContain(
            `Disabled token CI pipeline (${byDescription('alice', 'CI pipeline').id})`,
        );
    });

    test('a unique prefix works; an ambiguous one lists the candidates with their ids and acts on none', async () => {
        const {run} = slashHarness(h, 'alice');
        let result = await run('/token disable cli');
        expect(byDescription('alice', 'CLI on laptop').is_active).toBe(false);
        sb().store.addToken(sb().user('alice').id, 'CI pipeline (staging)');
        result = await run('/token disable ci pipe');
        expect(result.requests).toHaveLength(1);
        expect(replyText(result.replies[0].reply)).toContain('ci pipe matches 2 tokens');
        const ids = block(result.replies[0].reply.blocks, 'table').rows.map((r) => r[1][0].v);
        expect(ids.sort()).toEqual(
            tokensOf('alice')
                .filter((t) => t.description.startsWith('CI pipeline'))
                .map((t) => t.id)
                .sort(),
        );
        result = await run('/token revoke nothing like it --yes');
        expect(replyText(result.replies[0].reply)).toContain('No token of @alice matches nothing like it');
    });

    test('revoke asks first; nothing happens until the confirm button', async () => {
        const {run, replies: posts} = slashHarness(h, 'alice');
        const target = byDescription('alice', 'CI pipeline');
        const result = await run('/token revoke CI pipeline');
        expect(result.requests).toHaveLength(1);
        const ask = block(result.replies[0].reply.blocks, 'confirm');
        expect(replyText(result.replies[0].reply)).toContain('This cannot be undone');
        expect(ask).toMatchObject({confirmLabel: 'Revoke token', cancelLabel: 'Cancel', danger: true});
        expect(result.replies[0].message).toContain('Repeat the command with --yes to go ahead.');
        expect(sb().store.tokens.has(target.id)).toBe(true);
        sb().requests = [];
        expect(await confirm(ask.confirmId)).toBe(true);
        expect(sb().requests.map((r) => r.path)).toEqual(['/users/tokens/revoke']);
        expect(sb().store.tokens.has(target.id)).toBe(false);
        expect(replyText(posts().at(-1)!.reply)).toContain('Revoked token CI pipeline');
        expect(await confirm(ask.confirmId)).toBe(false);
    });

    test('revoke by id asks about the right token and owner, reading them first', async () => {
        const admin = slashHarness(h, 'admin');
        const target = byDescription('alice', 'CI pipeline');
        const result = await admin.run(`/token revoke ${target.id}`);
        expect(result.requests).toEqual([`GET /users/tokens/${target.id}`, 'POST /users/ids']);
        expect(replyText(result.replies[0].reply)).toContain(`Revoke token CI pipeline (${target.id}) of @alice?`);
        const gone = await admin.run('/token revoke aaaaaaaaaaaaaaaaaaaaaaaaaa');
        expect(replyText(gone.replies[0].reply)).toContain('That token no longer exists');
        expect(gone.replies[0].reply.blocks.some((b) => b.t === 'confirm')).toBe(false);
    });

    test('already disabled or active: says so without a write', async () => {
        const {run} = slashHarness(h, 'alice');
        let result = await run('/token disable Old integration');
        expect(replyText(result.replies[0].reply)).toContain('was already disabled');
        expect(result.requests).toHaveLength(1);
        result = await run('/token enable CI pipeline');
        expect(replyText(result.replies[0].reply)).toContain('was already active');
    });

    test('enabling an expired token warns that it still cannot log in', async () => {
        const {run} = slashHarness(h, 'alice');
        const expired = byDescription('alice', 'Expired experiment');
        expired.is_active = false;
        const result = await run('/token enable Expired experiment');
        expect(replyText(result.replies[0].reply)).toContain('it has expired, so it still cannot log in');
    });

    test("someone else's token by id: the server decides, the reply explains", async () => {
        const {run} = slashHarness(h, 'alice');
        const result = await run(`/token disable ${tokensOf('admin')[0].id}`);
        expect(result.requests).toEqual(['POST /users/tokens/disable']);
        expect(replyText(result.replies[0].reply)).toContain('Status 403');
    });

    test('a token that is gone: 404 in words', async () => {
        const {run} = slashHarness(h, 'alice');
        const result = await run('/token enable aaaaaaaaaaaaaaaaaaaaaaaaaa');
        expect(replyText(result.replies[0].reply)).toContain('That token no longer exists');
    });
});

describe('rotate', () => {
    test('asks, then replaces the secret and reveals the new one once', async () => {
        const {run, replies: posts} = slashHarness(h, 'alice');
        const target = byDescription('alice', 'CI pipeline');
        const old = target.token;
        const asked = await run('/token rotate CI pipeline');
        const ask = block(asked.replies[0].reply.blocks, 'confirm');
        await confirm(ask.confirmId);
        const reveal = block(posts().at(-1)!.reply.blocks, 'reveal');
        expect(reveal.tokenId).toBe(target.id);
        expect(claimSecret(reveal.handle)).toBe(byDescription('alice', 'CI pipeline').token);
        expect(byDescription('alice', 'CI pipeline').token).not.toBe(old);
        expect(JSON.stringify(posts())).not.toContain(byDescription('alice', 'CI pipeline').token);
    });

    test('a server without rotation: one 405, then it knows and sends no more rotates', async () => {
        sb().featureLevel = 'expiry';
        const {run} = slashHarness(h, 'alice');
        const id = byDescription('alice', 'CI pipeline').id;
        let result = await run(`/token rotate ${id} --yes`);
        expect(result.requests).toEqual([`GET /users/tokens/${id}`, 'POST /users/tokens/rotate']);
        expect(replyText(result.replies[0].reply)).toContain('This server cannot rotate tokens');
        result = await run(`/token rotate ${id} --yes`);
        expect(result.requests).toEqual([`GET /users/tokens/${id}`]);
        expect(replyText(result.replies[0].reply)).toContain('This server cannot rotate tokens');
    });

    test('in a fresh page (nothing listed yet) a server that can rotate is not called unable to', async () => {
        const {run} = slashHarness(h, 'alice', {MaximumPersonalAccessTokenLifetimeDays: undefined});
        const target = byDescription('alice', 'CI pipeline');
        const result = await run(`/token rotate ${target.id} --yes`);
        expect(replyText(result.replies[0].reply)).not.toContain('cannot rotate');
        expect(result.requests).toEqual([`GET /users/tokens/${target.id}`, 'POST /users/tokens/rotate']);
        expect(replyText(result.replies[0].reply)).toContain('Rotated token CI pipeline');
    });

    test('a rotate answered 503 is not called a plain failure: it may have happened even so', async () => {
        const {run} = slashHarness(h, 'alice');
        const id = byDescription('alice', 'CI pipeline').id;
        sb().faults = {latencyMs: 0, rules: [{kind: '503', count: 1, method: 'POST', path: '/users/tokens/rotate'}]};
        const result = await run(`/token rotate ${id} --yes`);
        expect(result.requests).toEqual([`GET /users/tokens/${id}`, 'POST /users/tokens/rotate']);
        const text = replyText(result.replies[0].reply);
        expect(text).toContain('The server had a problem (503)');
        expect(text).toContain('The server did not confirm the rotation, so it may have happened even so');
    });

    test('a disabled token cannot be rotated', async () => {
        const {run} = slashHarness(h, 'alice');
        const result = await run('/token rotate Old integration --yes');
        expect(replyText(result.replies[0].reply)).toContain('enable it before rotating it');
    });
});

describe('disable-all', () => {
    test('asks, then disables every active token and reports the count', async () => {
        const {run, replies: posts} = slashHarness(h, 'alice');
        const asked = await run('/token disable-all');
        expect(replyText(asked.replies[0].reply)).toContain('Disable all 3 active tokens of yours?');
        expect(tokensOf('alice').filter((t) => t.is_active)).toHaveLength(3);
        await confirm(block(asked.replies[0].reply.blocks, 'confirm').confirmId);
        expect(tokensOf('alice').filter((t) => t.is_active)).toHaveLength(0);
        expect(replyText(posts().at(-1)!.reply)).toContain('Disabled 3 tokens.');
        const again = await run('/token disable-all --yes');
        expect(replyText(again.replies[0].reply)).toContain('You have no active tokens');
    });

    test('partial failures are listed', async () => {
        const {run} = slashHarness(h, 'alice');
        sb().faults = {latencyMs: 0, rules: [{kind: '500', count: 1, path: '/users/tokens/disable', after: 1}]};
        const result = await run('/token disable-all --yes');
        const text = result.replies.map((r) => replyText(r.reply)).join('\n');
        expect(text).toContain('Disabled 2 tokens.');
        expect(text).toMatch(/Could not disable .+: The server had a problem \(500\)/);
    });
});

describe('admin', () => {
    test('System Admins search every token with owners; others are told they need the role', async () => {
        const alice = slashHarness(h, 'alice');
        let result = await alice.run('/token admin');
        expect(replyText(result.replies[0].reply)).toContain('/token admin needs the System Admin role.');
        expect(result.requests).toEqual([]);

        const admin = slashHarness(h, 'admin');
        result = await admin.run('/token admin deploy');
        const table = block(result.replies[0].reply.blocks, 'table');
        expect(table.head[0]).toBe('Owner');
        expect(table.rows.map((r) => `${r[0][0].v} ${r[1][0].v}`)).toEqual(['@build-bot Deploy webhook']);
        expect(replyText(result.replies[0].reply)).toContain(
            `1 token matches deploy (of ${sb().store.tokens.size} on the server).`,
        );
        result = await admin.run('/token admin @alice');
        expect(block(result.replies[0].reply.blocks, 'table').rows).toHaveLength(4);
    });

    test('long results are cut at 25 rows with a pointer to the inventory', async () => {
        sb().reset('large');
        const admin = slashHarness(h, 'admin');
        const result = await admin.run('/token admin terraform');
        expect(block(result.replies[0].reply.blocks, 'table').rows).toHaveLength(25);
        expect(replyText(result.replies[0].reply)).toContain('Showing the first 25.');
    });
});

test('settings opens the Token Manager window without a reply', async () => {
    const {run, store} = slashHarness(h, 'alice');
    const {replies, requests} = await run('/token settings');
    expect(replies).toEqual([]);
    expect(requests).toEqual([]);
    expect((store.getState() as any)['plugins-token-manager'].modal).toEqual({open: true, tab: 'mine'});
});

describe('where replies go and what they say about the server', () => {
    test('a command typed in a thread answers in that thread, with collapsed threads on', async () => {
        const {run} = slashHarness(h, 'alice', {CollapsedThreads: 'default_on'});
        const {replies} = await run('/token help', {root_id: 'rootpostxxxxxxxxxxxxxxxxxx'});
        expect(replies[0]).toMatchObject({root_id: 'rootpostxxxxxxxxxxxxxxxxxx', crtEnabled: true});
        const off = slashHarness(h, 'alice', {CollapsedThreads: 'disabled'});
        expect((await off.run('/token help')).replies[0].crtEnabled).toBe(false);
    });

    test('tokens disabled on the server: /token list and /token admin say the listed tokens cannot log in', async () => {
        const disabled = {EnableUserAccessTokens: 'false'};
        const alice = slashHarness(h, 'alice', disabled);
        const listed = replyText((await alice.run('/token list')).replies[0].reply);
        expect(listed).toContain(
            'Personal access tokens are disabled on this server: the tokens below cannot be used to log in, except those of bots',
        );
        expect(listed).toContain('System Console › Integrations › Integration Management');
        const admin = slashHarness(h, 'admin', disabled);
        expect(replyText((await admin.run('/token admin')).replies[0].reply)).toContain(
            'Personal access tokens are disabled on this server',
        );
    });
});

describe('rotate keeps the expiry', () => {
    const DAY = 86400000;
    async function rotateAndRead(config: Record<string, string | undefined>, expiresAt: number, extra = '') {
        const target = byDescription('alice', 'CI pipeline');
        target.expires_at = expiresAt;
        const {run} = slashHarness(h, 'alice', config);
        const result = await run(`/token rotate ${target.id} --yes${extra}`);
        return {reply: replyText(result.replies[0].reply), expiresAt: byDescription('alice', 'CI pipeline').expires_at};
    }

    test('no policy, no expiry: still never expires', async () => {
        const {expiresAt, reply} = await rotateAndRead({}, 0);
        expect(expiresAt).toBe(0);
        expect(reply).toContain('the new one never expires');
    });

    test('no policy, an expiry ahead: the same expiry', async () => {
        const when = Date.now() + 10 * DAY;
        expect((await rotateAndRead({}, when)).expiresAt).toBe(when);
    });

    test('a lifetime policy: the current expiry, capped by the policy', async () => {
        sb().config.MaximumPersonalAccessTokenLifetimeDays = 30;
        const policy = {MaximumPersonalAccessTokenLifetimeDays: '30'};
        const within = Date.now() + 10 * DAY;
        expect((await rotateAndRead(policy, within)).expiresAt).toBe(within);
        const capped = await rotateAndRead(policy, 0);
        expect(capped.expiresAt).toBeGreaterThan(Date.now() + 29 * DAY);
        expect(capped.expiresAt).toBeLessThanOrEqual(Date.now() + 30 * DAY);
    });

    test('an expired token without a policy: --expires decides, else 90 days', async () => {
        const expired = Date.now() - DAY;
        expect((await rotateAndRead({}, expired)).expiresAt).toBeGreaterThan(Date.now() + 89 * DAY);
        expect((await rotateAndRead({}, expired, ' --expires 7d')).expiresAt).toBeLessThan(Date.now() + 8 * DAY);
    });

    test('the question says what the new expiry will be', async () => {
        const target = byDescription('alice', 'CI pipeline');
        target.expires_at = Date.now() + 10 * DAY;
        const {run} = slashHarness(h, 'alice');
        const asked = await run(`/token rotate ${target.id}`);
        expect(replyText(asked.replies[0].reply)).toMatch(/the new one, shown once, expires on \w{3} \d{1,2}, \d{4}/);
    });
});
