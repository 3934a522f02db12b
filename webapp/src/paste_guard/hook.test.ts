// The paste guard's hooks with a mocked bridge: what each kind of message costs (requests) and returns,
// what the dialog's answers return, and that the secret reaches no action, no state and no console.
import type {Post} from '@mattermost/types/posts';
import type {UserProfile} from '@mattermost/types/users';
import * as bridge from 'server-bridge';

import * as lifecycle from '../lifecycle';
import {expectNotInStoreOrConsole, profile, silenceConsole} from '../test/paste_guard';
import {buildStore} from '../test/store';
import {randomId} from '../utils/ids';
import {checkCandidates} from './check';
import {createMessageWillBePostedHook, createMessageWillBeUpdatedHook} from './hook';
import {answerCheck, clearChecks, currentCheck, pendingCheckCount} from './pending';

jest.mock('server-bridge', () => ({
    ...jest.requireActual('server-bridge'),
    whoseToken: jest.fn(),
    identifyToken: jest.fn(),
}));

const whoseToken = jest.mocked(bridge.whoseToken);
const identifyToken = jest.mocked(bridge.identifyToken);

const ME = {id: 'me000000000000000000000000', username: 'me', roles: 'system_user system_user_access_token'};

const consoleSpies = silenceConsole();

let built: ReturnType<typeof buildStore>;
let posted: ReturnType<typeof createMessageWillBePostedHook>;
beforeEach(() => {
    whoseToken.mockReset();
    identifyToken.mockReset();
    consoleSpies.forEach((s) => s.mockClear());
    lifecycle.start();
    built = buildStore({user: ME});
    posted = createMessageWillBePostedHook(built.pluginStore);
});
afterEach(() => clearChecks());

const post = (message: string) => ({id: '', channel_id: 'c', message, props: {}}) as unknown as Post;

// Lets the hook's awaits run until the check waits for the dialog (or has answered).
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function liveAs(user: UserProfile, tokenId?: string) {
    whoseToken.mockResolvedValue({owner: user, sessionsSince: 1});
    identifyToken.mockResolvedValue(tokenId);
}

function expectNoLeak(secret: string) {
    expectNotInStoreOrConsole(secret, built, consoleSpies);
    expect(JSON.stringify(currentCheck() ?? {})).not.toContain(secret);
}

describe('no candidate: no request, the post unchanged', () => {
    test.each([
        ['prose', 'Deploy at 5pm, see the runbook.'],
        ['a UUID', 'request 123e4567-e89b-12d3-a456-426614174000 failed'],
        ['27 characters', 'k3jd8xhq1ytwpofm9rnce5bsgaa'],
        ['my own user id', `ping ${'k3jd8xhq1ytwpofm9rnce5bsga'}`],
    ])('%s', async (_what, message) => {
        const guarded = createMessageWillBePostedHook(
            buildStore({user: {...ME, id: 'k3jd8xhq1ytwpofm9rnce5bsga'}}).pluginStore,
        );
        const p = post(message);
        const result = (await guarded(p)) as {post: Post};
        expect(result.post).toBe(p);
        expect(whoseToken).not.toHaveBeenCalled();
    });

    test('a post without a message, and a stopped plugin, pass as they are', async () => {
        const empty = {id: ''} as unknown as Post;
        expect(await posted(empty)).toEqual({post: empty});
        lifecycle.stop();
        const p = post(randomId());
        expect(await posted(p)).toEqual({post: p});
        expect(whoseToken).not.toHaveBeenCalled();
    });
});

describe('the server decides', () => {
    test('not a live token: posted as it is, nothing shown', async () => {
        whoseToken.mockResolvedValue(undefined);
        const secret = randomId();
        const p = post(`id ${secret}`);
        expect(await posted(p)).toEqual({post: p});
        expect(whoseToken).toHaveBeenCalledWith(secret);
        expect(pendingCheckCount()).toBe(0);
    });

    test('the server cannot be asked: posted as it is, nothing shown, nothing logged', async () => {
        whoseToken.mockRejectedValue(
            new bridge.TokenApiError({kind: 'network', status: 0, serverErrorId: '', requestId: '', message: 'x'}),
        );
        const secret = randomId();
        const p = post(secret);
        expect(await posted(p)).toEqual({post: p});
        expect(pendingCheckCount()).toBe(0);
        expect(consoleSpies.every((s) => s.mock.calls.length === 0)).toBe(true);
    });

    test('candidates are asked about once each, at most four at a time', async () => {
        let inFlight = 0;
        let most = 0;
        whoseToken.mockImplementation(async () => {
            inFlight += 1;
            most = Math.max(most, inFlight);
            await new Promise((resolve) => setTimeout(resolve, 5));
            inFlight -= 1;
            return undefined;
        });
        const secrets = Array.from({length: 10}, () => randomId());
        const p = post([...secrets, ...secrets].join(' '));
        expect(await posted(p)).toEqual({post: p});
        expect(whoseToken).toHaveBeenCalledTimes(10);
        expect(most).toBe(4);
    });

    test('with no time left, nothing more is asked and the message is not held', async () => {
        const outcome = await checkCandidates([randomId(), randomId()], {budgetMs: 0});
        expect(outcome).toEqual({live: [], unknown: 2});
        expect(whoseToken).not.toHaveBeenCalled();
    });
});

describe('a live token: the dialog, and what each answer returns', () => {
    test('the check waits, showing whose token and no more of it than four characters', async () => {
        const secret = randomId();
        liveAs(profile({id: 'bob00000000000000000000000', username: 'bob', first_name: 'Bob'}), 'tok1');
        let settled = false;
        const result = posted(post(`curl -H "Authorization: Bearer ${secret}"`)).then((r) => {
            settled = true;
            return r;
        });
        await settle();
        expect(settled).toBe(false);
        expect(currentCheck()).toMatchObject({
            edit: false,
            findings: [{prefix: `${secret.slice(0, 4)}…`, self: false, tokenId: 'tok1', owner: {username: 'bob'}}],
        });
        expect(identifyToken).toHaveBeenCalledWith(secret, 1);
        answerCheck(currentCheck()!.id, {kind: 'keep', reason: 'cancelled'});
        expect(await result).toEqual({error: {message: 'Not sent: the message contains a live access token.'}});
        expectNoLeak(secret);
    });

    test('remove: every live secret replaced, the dead candidate and the rest kept', async () => {
        const live = randomId();
        const dead = randomId();
        whoseToken.mockImplementation(async (s) =>
            s === live ? {owner: profile({id: ME.id, username: 'me'}), sessionsSince: 1} : undefined,
        );
        const p = post(`token ${live}\n\`\`\`\n${live}\n\`\`\`\nid ${dead}`);
        const result = posted(p);
        await settle();
        expect(currentCheck()?.findings).toEqual([expect.objectContaining({self: true})]);
        answerCheck(currentCheck()!.id, {kind: 'remove'});
        const answered = (await result) as {post: Post};
        expect(answered.post).toEqual({
            ...p,
            message: `token [personal access token removed]\n\`\`\`\n[personal access token removed]\n\`\`\`\nid ${dead}`,
        });
        expect(answered.post.message).not.toContain(live);
        expectNoLeak(live);
    });

    test('post anyway: the post unchanged', async () => {
        liveAs(profile({id: 'bot00000000000000000000000', username: 'build-bot', is_bot: true}));
        const p = post(randomId());
        const result = posted(p);
        await settle();
        answerCheck(currentCheck()!.id, {kind: 'post'});
        expect(await result).toEqual({post: p});
    });

    test.each([
        ['opened', 'Not sent: the message contains a live access token. Revoke it, or remove it from the message.'],
        ['revoked', 'Not sent: the token was revoked, and you can finish editing your message.'],
    ] as const)('keep (%s): an error, so the web app keeps the draft', async (reason, message) => {
        liveAs(profile({id: ME.id, username: 'me'}));
        const result = posted(post(randomId()));
        await settle();
        answerCheck(currentCheck()!.id, {kind: 'keep', reason});
        expect(await result).toEqual({error: {message}});
    });

    test('the plugin stops while the dialog waits: the draft is kept and the dialog goes', async () => {
        liveAs(profile({id: ME.id, username: 'me'}));
        const result = posted(post(randomId()));
        await settle();
        clearChecks();
        expect(await result).toEqual({
            error: {
                message:
                    'Not sent: Token Manager was turned off while it checked the message for live access tokens. Check it and send it again.',
            },
        });
        expect(currentCheck()).toBeUndefined();
    });

    test('identifying the token fails: still stopped, without a token id', async () => {
        whoseToken.mockResolvedValue({owner: profile({id: ME.id, username: 'me'}), sessionsSince: 1});
        identifyToken.mockRejectedValue(new Error('offline'));
        const result = posted(post(randomId()));
        await settle();
        expect(currentCheck()?.findings[0].tokenId).toBeUndefined();
        answerCheck(currentCheck()!.id, {kind: 'post'});
        await result;
    });

    test('two messages at once: one dialog at a time, each answered on its own', async () => {
        liveAs(profile({id: ME.id, username: 'me'}));
        const first = posted(post(randomId()));
        const second = posted(post(randomId()));
        await settle();
        expect(pendingCheckCount()).toBe(2);
        answerCheck(currentCheck()!.id, {kind: 'keep', reason: 'cancelled'});
        expect(await first).toHaveProperty('error');
        expect(pendingCheckCount()).toBe(1);
        answerCheck(currentCheck()!.id, {kind: 'post'});
        expect(await second).toHaveProperty('post');
    });
});

test('the edit hook checks the new message and says "saved"', async () => {
    liveAs(profile({id: ME.id, username: 'me'}));
    const updated = createMessageWillBeUpdatedHook(built.pluginStore);
    const secret = randomId();
    const result = updated({id: 'p', message: `now with ${secret}`}, post('before'));
    await settle();
    expect(currentCheck()?.edit).toBe(true);
    answerCheck(currentCheck()!.id, {kind: 'keep', reason: 'cancelled'});
    expect(await result).toEqual({error: {message: 'Not saved: the message contains a live access token.'}});
    expectNoLeak(secret);
});

test('never throws, even on a state it does not expect', async () => {
    const broken = createMessageWillBePostedHook({
        dispatch: built.pluginStore.dispatch,
        subscribe: built.pluginStore.subscribe,
        getState: () => {
            throw new Error('no state');
        },
    });
    const p = post(randomId());
    await expect(broken(p)).resolves.toEqual({post: p});
});
