// npm run bench:bridge — lists all 10,000 tokens of 2,000 users with owners joined, against the sandbox with
// 50 ms of injected latency per request, at concurrency 1, 4 and 8, and prints requests, wall time and the
// speed-ups. Ratios are taken inside one run (the machines are noisy).
import {performance} from 'perf_hooks';

import {startSandbox} from '../sandbox/server/server';
import {client, configureClient} from '../server-bridge/client';
import {loadInventory} from '../server-bridge/inventory';
import {requestStats, resetRequestStats} from '../server-bridge/request';

const LATENCY_MS = Number(process.env.LATENCY_MS ?? 50);
const LEVELS = [1, 4, 8];

async function main() {
    const running = await startSandbox({seed: 'large'});
    configureClient(running.siteUrl);
    client.setToken(running.sandbox.loginSession('admin').token);
    running.sandbox.faults = {latencyMs: LATENCY_MS, rules: []};

    const rows: Array<{concurrency: number; requests: number; ms: number; tokens: number; owners: number}> = [];
    for (const concurrency of LEVELS) {
        running.sandbox.requests = [];
        resetRequestStats();
        const start = performance.now();
        const {tokens, owners} = await loadInventory({concurrency});
        const ms = performance.now() - start;
        if (tokens.length !== running.sandbox.store.tokens.size || owners.size !== running.sandbox.store.users.size) {
            throw new Error(
                `incomplete listing at concurrency ${concurrency}: ${tokens.length} tokens, ${owners.size} owners`,
            );
        }
        rows.push({concurrency, requests: requestStats.attempts, ms, tokens: tokens.length, owners: owners.size});
    }
    await running.close();

    const base = rows[0].ms;
    console.log(
        `bench:bridge — ${rows[0].tokens.toLocaleString('en')} tokens of ${rows[0].owners.toLocaleString('en')} users, owners joined, ${LATENCY_MS} ms latency per request`,
    );
    console.log('');
    console.log('| concurrency | requests | wall time | speed-up vs 1 |');
    console.log('|---:|---:|---:|---:|');
    for (const row of rows) {
        console.log(
            `| ${row.concurrency} | ${row.requests} | ${(row.ms / 1000).toFixed(2)} s | ${(base / row.ms).toFixed(2)}× |`,
        );
    }
    const ratio4 = base / rows[1].ms;
    console.log('');
    console.log(
        `Concurrency 4 is ${ratio4.toFixed(2)}× as fast as 1 (target ≥ 3×): ${ratio4 >= 3 ? 'OK' : 'BELOW TARGET'}`,
    );
    if (ratio4 < 3) {
        process.exitCode = 1;
    }
}

main().catch((err) => {
    console.error(err);
    process.exit(1);
});
