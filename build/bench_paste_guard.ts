// npm run bench:paste-guard — the paste guard's cost.
// 1. The hook's synchronous part (candidate scan + known-id filtering) on generated 4,000-character
//    messages of several kinds, with a store that knows 5,000 posts, 2,000 users, 300 channels, 10 teams
//    and 1,000 of the plugin's token ids: p50/p95/max per kind, candidates found, and the requests the hook
//    then made. The bar: p95 < 1 ms and 0 requests for every kind without candidates.
// 2. End to end against the sandbox (in process, as bench:bridge runs it): a message with 1 live token
//    (never used before), 1 dead candidate (a disabled token's secret) or 1 random 26-character id, at 0
//    and 50 ms of injected latency per request.
// Figures are for comparison inside one run (the machines are noisy).
import {performance} from 'perf_hooks';

import type {Post} from '@mattermost/types/posts';

import {startSandbox} from '../sandbox/server/server';
import {configureClient, requestStats, resetRequestStats} from '../server-bridge';
import {findCandidates} from '../webapp/src/paste_guard/candidates';
import {createMessageWillBePostedHook} from '../webapp/src/paste_guard/hook';
import {answerCheck, currentCheck, subscribe} from '../webapp/src/paste_guard/pending';
import reducer from '../webapp/src/reducer';
import {pluginStateKey} from '../webapp/src/selectors';
import type {PluginStore, State} from '../webapp/src/types';
import {randomId} from '../webapp/src/utils/ids';

const LENGTH = 4000;
const MESSAGES = 200;
const REPEATS = 5;
const E2E_RUNS = Number(process.env.E2E_RUNS ?? 40);

// mulberry32: the same messages in every run.
function rng(seed: number) {
    let a = seed;
    return () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const rand = rng(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const chars = (alphabet: string, n: number) => Array.from({length: n}, () => pick([...alphabet])).join('');
const HEX = '0123456789abcdef';
const ID = 'abcdefghijkmnopqrstuwxyz13456789';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// ---- a store shaped like the web app's, with realistic sizes
function table(n: number, make: (id: string) => object = (id) => ({id})) {
    const out: Record<string, object> = {};
    for (let i = 0; i < n; i++) {
        const id = randomId();
        out[id] = make(id);
    }
    return out;
}
const posts = table(5000);
const profiles = table(2000, (id) => ({id, username: `user-${id.slice(0, 6)}`, roles: 'system_user', locale: 'en'}));
const channels = table(300);
const teams = table(10);
const me = Object.keys(profiles)[0];
const slice = reducer(undefined, {type: 'bench/init'} as never);
const tokens = Object.fromEntries(
    Object.keys(table(1000)).map((id) => [id, {id, user_id: me, description: 'x', is_active: true}]),
);
const benchState = {
    entities: {
        posts: {posts},
        users: {currentUserId: me, profiles},
        channels: {channels},
        teams: {teams},
        general: {config: {}},
        roles: {roles: {}},
        preferences: {myPreferences: {}},
    },
    [pluginStateKey]: {...slice, tokens},
} as unknown as State;
const knownIds = [...Object.keys(posts), ...Object.keys(profiles), ...Object.keys(channels), ...Object.keys(tokens)];

// ---- message kinds: pieces joined until 4,000 characters, padded with spaces (never a cut word)
const WORDS = (
    'the a to and of in is it you that for on with as this was are be have at or from but not by what all ' +
    'were when we there can an your which their said if do will each about how up out them then she many ' +
    'deploy token server release please check review merge staging production incident rollback config'
).split(' ');
const IDENTS = ['userId', 'client', 'getUser', 'response', 'tokenList', 'ctx', 'err', 'i', 'options', 'fetchJSON'];

const pieces: Record<string, () => string> = {
    prose: () => `${Array.from({length: 12}, () => pick(WORDS)).join(' ')}${pick(['. ', ', ', '? ', '.\n'])}`,
    code: () =>
        pick([
            `const ${pick(IDENTS)} = await ${pick(IDENTS)}.${pick(IDENTS)}(${pick(IDENTS)}, ${Math.floor(rand() * 1000)});\n`,
            `if (${pick(IDENTS)} !== null && ${pick(IDENTS)}.length > ${Math.floor(rand() * 64)}) {\n    return ${pick(IDENTS)};\n}\n`,
            `func (a *App) ${pick(IDENTS)}(c *Context) (*model.User, *model.AppError) {\n`,
            '```go\n',
            '```\n',
        ]),
    urls: () =>
        `${pick([
            `https://github.com/mattermost/mattermost/blob/master/server/channels/api4/user.go#L${Math.floor(rand() * 4000)}`,
            `https://chat.example.com/${pick(WORDS)}-team/channels/${pick(WORDS)}-${pick(WORDS)}`,
            `https://example.com/search?q=${pick(WORDS)}&page=${Math.floor(rand() * 9)}&utm_source=chat`,
        ])}\n`,
    uuids: () =>
        `${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-a${chars(HEX, 3)}-${chars(HEX, 12)} ${pick(WORDS)}\n`,
    hex: () => `${pick(['sha1', 'sha256', 'commit'])} ${chars(HEX, pick([40, 64]))}\n`,
    base64: () => `${chars(B64, 76)}\n`,
    'near-misses': () => `${chars(ID, pick([25, 27]))} `,
    'known ids': () => `${pick(WORDS)} https://chat.example.com/t/pl/${pick(knownIds)} @${pick(knownIds)}\n`,
};

function build(kind: string, candidates = 0): string {
    const parts: string[] = [];
    let length = 0;
    for (;;) {
        const piece = pieces[kind]();
        if (length + piece.length > LENGTH - candidates * 28) {
            break;
        }
        parts.push(piece);
        length += piece.length;
    }
    for (let i = 0; i < candidates; i++) {
        parts.splice(Math.floor(rand() * parts.length), 0, ` ${randomId()} `);
    }
    const message = parts.join('');
    return message + ' '.repeat(LENGTH - message.length);
}

const KINDS: Array<{label: string; kind: string; candidates: number}> = [
    ...Object.keys(pieces).map((kind) => ({label: kind, kind, candidates: 0})),
    {label: 'prose + 1 candidate', kind: 'prose', candidates: 1},
    {label: 'code + 5 candidates', kind: 'code', candidates: 5},
];

function percentile(sorted: number[], p: number): number {
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const msText = (ms: number) => `${ms.toFixed(1)} ms`;
const asPost = (message: string) => ({id: '', channel_id: 'c', message, props: {}}) as unknown as Post;

async function syncPart(hook: (post: Post) => Promise<unknown>) {
    console.log(
        '| message kind (4,000 characters) | candidates per message | scan + filter p50 | p95 | max | whole hook call p50 | p95 | requests |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    let ok = true;
    for (const {label, kind, candidates} of KINDS) {
        const messages = Array.from({length: MESSAGES}, () => asPost(build(kind, candidates)));
        if (messages.some((m) => m.message.length !== LENGTH)) {
            throw new Error(`${label}: a message is not ${LENGTH} characters`);
        }
        const found = findCandidates(messages[0].message, benchState).length;
        for (const m of messages.slice(0, 50)) {
            findCandidates(m.message, benchState); // warm-up
        }
        const scan: number[] = [];
        for (let r = 0; r < REPEATS; r++) {
            for (const m of messages) {
                const start = performance.now();
                findCandidates(m.message, benchState);
                scan.push(performance.now() - start);
            }
        }
        // The hook itself; with candidates, its synchronous part also starts the first requests.
        resetRequestStats();
        const calls: number[] = [];
        for (let r = 0; r < REPEATS; r++) {
            for (const m of messages) {
                const start = performance.now();
                const result = hook(m);
                calls.push(performance.now() - start);
                await result;
            }
        }
        scan.sort((a, b) => a - b);
        calls.sort((a, b) => a - b);
        const p95 = percentile(scan, 95);
        const hookP95 = percentile(calls, 95);
        console.log(
            `| ${label} | ${found} | ${us(percentile(scan, 50))} | ${us(p95)} | ${us(scan.at(-1)!)} | ${us(percentile(calls, 50))} | ${us(hookP95)} | ${requestStats.attempts} |`,
        );
        if (candidates === 0 && (p95 >= 1 || hookP95 >= 1 || requestStats.attempts > 0 || found > 0)) {
            ok = false;
        }
    }
    return ok;
}

// Resolves when the dialog's check appears.
function dialogShown(): Promise<void> {
    return new Promise((resolve) => {
        const unsubscribe = subscribe(() => {
            if (currentCheck()) {
                unsubscribe();
                resolve();
            }
        });
    });
}

async function endToEnd(hook: (post: Post) => Promise<unknown>, running: Awaited<ReturnType<typeof startSandbox>>) {
    const sb = running.sandbox;
    const alice = sb.user('alice');
    const dead = sb.tokensOf('alice').find((t) => !t.is_active)!;
    const cases: Array<{label: string; secret: () => string; live: boolean}> = [
        {label: '1 live token (first use)', secret: () => sb.store.addToken(alice.id, 'bench').token, live: true},
        {label: '1 dead candidate (disabled token)', secret: () => dead.token, live: false},
        {label: '1 random 26-character id', secret: () => randomId(), live: false},
    ];
    console.log(
        '| latency per request | message | requests per message | dialog shown p50 / p95 | hook answered p50 / p95 / max |',
    );
    console.log('|---:|---|---:|---:|---:|');
    for (const latencyMs of [0, 50]) {
        sb.faults = {latencyMs, rules: []};
        for (const c of cases) {
            resetRequestStats();
            const shown: number[] = [];
            const answered: number[] = [];
            for (let i = 0; i < E2E_RUNS; i++) {
                const post = asPost(`here is the token, keep it safe:\n\`\`\`\nexport MM_TOKEN=${c.secret()}\n\`\`\``);
                const start = performance.now();
                const waitDialog = c.live ? dialogShown() : undefined;
                const result = hook(post);
                if (waitDialog) {
                    await waitDialog;
                    shown.push(performance.now() - start);
                    answerCheck(currentCheck()!.id, {kind: 'remove'});
                }
                const outcome = (await result) as {post?: Post};
                answered.push(performance.now() - start);
                if (c.live === (outcome.post === post)) {
                    throw new Error(`${c.label}: unexpected answer`);
                }
            }
            shown.sort((a, b) => a - b);
            answered.sort((a, b) => a - b);
            const shownText = shown.length
                ? `${msText(percentile(shown, 50))} / ${msText(percentile(shown, 95))}`
                : '— (posted, nothing shown)';
            console.log(
                `| ${latencyMs} ms | ${c.label} | ${(requestStats.attempts / E2E_RUNS).toFixed(1)} | ${shownText} | ${msText(percentile(answered, 50))} / ${msText(percentile(answered, 95))} / ${msText(answered.at(-1)!)} |`,
            );
        }
    }
}

async function main() {
    const running = await startSandbox({seed: 'default'});
    configureClient(running.siteUrl);
    const store: PluginStore = {
        getState: () => benchState,
        dispatch: (() => undefined) as never,
        subscribe: () => () => undefined,
    };
    const hook = createMessageWillBePostedHook(store);
    console.log(
        `bench:paste-guard — store: ${Object.keys(posts).length.toLocaleString('en')} posts, ${Object.keys(profiles).length.toLocaleString('en')} users, ${Object.keys(channels).length} channels, ${Object.keys(teams).length} teams, ${Object.keys(tokens).length.toLocaleString('en')} token ids; ${MESSAGES} messages × ${REPEATS} per kind`,
    );
    console.log('');
    console.log(
        "The hook's synchronous part: the candidate scan and known-id filter, then the whole hook call (which, with candidates, also starts Node's fetch of the first requests):",
    );
    console.log('');
    const ok = await syncPart(hook);
    console.log('');
    console.log(`Without candidates: p95 < 1 ms and 0 requests for every kind: ${ok ? 'OK' : 'FAILED'}`);
    console.log('');
    console.log(`End to end against the sandbox (${E2E_RUNS} messages per row; the dialog answered at once):`);
    console.log('');
    await endToEnd(hook, running);
    await running.close();
    if (!ok) {
        process.exitCode = 1;
    }
}

main().catch((err) => {
    console.error(err);
    process.exit(1);
});
