// npm run bench:bulk — revokes 1,000 of one user's tokens with the plugin's own bulk runner (runBulk, the code
// behind My tokens, the inventory and /token disable-all), dispatched on a plugin store, against the sandbox
// with Mattermost's rate limiter on (its defaults: 10 requests/s, burst 100) and then off. The bridge's real
// retry policy runs, real Retry-After sleeps included, so the limited run takes about a minute and a half.
// Prints tokens, wall time, requests sent and 429s (from the sandbox's request log), the bridge's retries,
// the runner's final concurrency, and checks every token: the runner said "revoked" exactly when the server
// no longer has it. Exits 1 on any mismatch. BULK_TOKENS=500 runs a smaller batch; LATENCY_MS=100 adds that
// much latency to every request (the sandbox's latency fault, before the limiter, as a network would).
import {performance} from 'perf_hooks';

import {startSandbox, type RunningSandbox} from '../sandbox/server/server';
import {client, configureClient} from '../server-bridge/client';
import {requestStats, resetRequestStats} from '../server-bridge/request';
import {runBulk, type BulkProgress} from '../webapp/src/bulk';
import type {StoredToken} from '../webapp/src/reducer';
import {buildStore} from '../webapp/src/test/store';

const TOKENS = Number(process.env.BULK_TOKENS ?? 1000);
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 0);
// RateLimitSettings' defaults in Mattermost.
const PER_SEC = 10;
const BURST = 100;

interface Row {
    limiter: string;
    tokens: number;
    ms: number;
    requests: number;
    limited: number;
    clientLimited: number;
    retries: number;
    finalConcurrency: number;
    peakConcurrency: number;
    revoked: number;
    failed: number;
    notRun: number;
    mismatches: string[];
}

async function revokeAll(running: RunningSandbox, limiterOn: boolean): Promise<Row> {
    const {sandbox} = running;
    const owner = sandbox.user('admin');
    const label = limiterOn ? 'limited' : 'unlimited';
    const tokens: StoredToken[] = Array.from({length: TOKENS}, (_, i) => {
        const {token: _secret, ...stored} = sandbox.store.addToken(owner.id, `bulk ${label} ${i + 1}`);
        return stored;
    });
    // A fresh limiter (full bucket), an empty request log, zeroed bridge counters.
    sandbox.setRateLimit({enabled: limiterOn, perSec: PER_SEC, burst: BURST});
    sandbox.requests = [];
    resetRequestStats();

    const {pluginStore} = buildStore({user: {id: owner.id, username: owner.username, roles: owner.roles}});
    let last: BulkProgress | undefined;
    let peak = 0;
    let reported = 0;
    const start = performance.now();
    const result = await pluginStore.dispatch(
        runBulk('revoke', tokens, {
            onProgress: (progress) => {
                last = progress;
                peak = Math.max(peak, progress.concurrency);
                if (progress.done - reported >= 100 || progress.done === progress.total) {
                    reported = progress.done;
                    const seconds = ((performance.now() - start) / 1000).toFixed(1);
                    process.stderr.write(
                        `  ${label}: ${progress.done}/${progress.total} in ${seconds} s, concurrency ${progress.concurrency}\n`,
                    );
                }
            },
        }),
    );
    const ms = performance.now() - start;

    // The runner's word against the server's state, token by token.
    const mismatches: string[] = [];
    for (const outcome of result.outcomes) {
        const gone = !sandbox.store.tokens.has(outcome.token.id);
        if ((outcome.result === 'changed') !== gone) {
            mismatches.push(
                `${outcome.token.id}: runner says ${outcome.result}, server ${gone ? 'has no such token' : 'still has it'}`,
            );
        }
    }
    const count = (r: string) => result.outcomes.filter((o) => o.result === r).length;
    return {
        limiter: limiterOn ? `on (${PER_SEC}/s, burst ${BURST})` : 'off',
        tokens: tokens.length,
        ms,
        requests: sandbox.requests.length,
        limited: sandbox.requests.filter((r) => r.status === 429).length,
        clientLimited: requestStats.rateLimited,
        retries: requestStats.retries,
        finalConcurrency: last?.concurrency ?? 0,
        peakConcurrency: peak,
        revoked: count('changed'),
        failed: count('failed'),
        notRun: count('not_run'),
        mismatches,
    };
}

async function main() {
    const running = await startSandbox({seed: 'default'});
    configureClient(running.siteUrl);
    client.setToken(running.sandbox.loginSession('admin').token);
    running.sandbox.faults = {latencyMs: LATENCY_MS, rules: []};

    const rows: Row[] = [];
    try {
        rows.push(await revokeAll(running, true));
        rows.push(await revokeAll(running, false));
    } finally {
        await running.close();
    }

    console.log(
        `bench:bulk — runBulk('revoke') over ${TOKENS.toLocaleString('en')} tokens of one user, real retry policy` +
            (LATENCY_MS ? `, ${LATENCY_MS} ms latency per request` : ''),
    );
    console.log('');
    console.log(
        '| rate limiter | tokens | wall time | requests sent | 429s | retries | final (peak) concurrency | revoked | failed | outcome = server |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of rows) {
        const check = r.mismatches.length === 0 ? 'yes' : `NO (${r.mismatches.length} mismatches)`;
        console.log(
            `| ${r.limiter} | ${r.tokens} | ${(r.ms / 1000).toFixed(1)} s | ${r.requests} | ${r.limited} | ${r.retries} | ${r.finalConcurrency} (${r.peakConcurrency}) | ${r.revoked} | ${r.failed + r.notRun} | ${check} |`,
        );
    }
    const [limited, free] = rows;
    // The limiter lets the first burst+1 requests through at once, then one every 1/perSec s: no client can
    // revoke N tokens faster than this.
    const floorMs = (Math.max(0, limited.tokens - (BURST + 1)) / PER_SEC) * 1000;
    console.log('');
    console.log(
        `With the limiter on: ${(limited.ms / floorMs).toFixed(2)}× the limiter's floor of ${(floorMs / 1000).toFixed(1)} s ` +
            `(${limited.tokens} requests at ${PER_SEC}/s after a burst of ${BURST + 1}); ` +
            `${((limited.limited / limited.requests) * 100).toFixed(1)}% of requests answered 429; ` +
            `${(limited.ms / free.ms).toFixed(0)}× the time without the limiter.`,
    );
    let failed = false;
    for (const r of rows) {
        if (r.clientLimited !== r.limited) {
            console.log(
                `Limiter ${r.limiter}: the bridge counted ${r.clientLimited} 429s, the server sent ${r.limited}.`,
            );
        }
        for (const m of r.mismatches.slice(0, 10)) {
            console.log(`MISMATCH (limiter ${r.limiter}) ${m}`);
            failed = true;
        }
        if (r.mismatches.length > 0) {
            failed = true;
        }
    }
    if (failed) {
        process.exitCode = 1;
    }
}

main().catch((err) => {
    console.error(err);
    process.exit(1);
});
