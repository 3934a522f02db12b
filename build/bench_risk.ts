// npx tsx build/bench_risk.ts — the risk view's cost at 100,000 tokens of 20,000 users (the `huge` seed, as
// the server would send it), next to the work the inventory already does when its data changes (sort and
// search index) and per keystroke (search). Medians of several runs; ratios are taken inside one run (the
// machines are noisy).
import {performance} from 'perf_hooks';

import {seedStore} from '../sandbox/server/seed';
import type {OwnerSummary, StoredToken} from '../webapp/src/reducer';
import {sortTokens} from '../webapp/src/utils/inventory_rows';
import {activityOwners, computeRisks, withActivity} from '../webapp/src/utils/risk';
import {IndexSearch} from '../webapp/src/utils/index_search';
import {buildSearchIndex} from '../webapp/src/utils/search';

function median(runs: number, work: () => unknown): number {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        work();
        times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

function main() {
    const store = seedStore('huge');
    // Through JSON, like the server's answers (flat strings, fresh objects).
    const tokens: StoredToken[] = JSON.parse(
        JSON.stringify(store.tokens.list().map(({token: _secret, ...rest}) => rest)),
    );
    const owners: Record<string, OwnerSummary> = JSON.parse(
        JSON.stringify(
            Object.fromEntries(
                [...store.users.values()].map((u) => [
                    u.id,
                    {
                        id: u.id,
                        username: u.username,
                        first_name: u.first_name,
                        last_name: u.last_name,
                        nickname: u.nickname,
                        email: u.email,
                        is_bot: u.is_bot,
                        delete_at: u.delete_at,
                        roles: u.roles,
                    },
                ]),
            ),
        ),
    );
    const now = Date.now();
    const ctx = {now, maxLifetimeDays: 90};
    const sort = {key: 'owner', direction: 'asc'} as const;
    const sorted = sortTokens(tokens, sort, owners, now);
    const report = computeRisks(tokens, owners, ctx);
    const scan = {checked: new Set(tokens.map((t) => t.id)), at: now, usage: {}};
    const members = new Set(report.tokens.never_expires);

    const existing = median(5, () => buildSearchIndex(sortTokens(tokens, sort, owners, now), owners));
    const risks = median(5, () => computeRisks(tokens, owners, ctx));
    const activity = median(5, () => withActivity(report, tokens, owners, scan, now));
    const scanOwners = median(5, () => activityOwners(tokens, owners, now));
    // A keystroke searches the rows the risk filter lets through (the filter applies before the index).
    const words = ['jira', 'backup', 'grafana', 'deploy', 'monitoring', 'terraform', 'cli'];
    const searchOf = (rows: StoredToken[]) => {
        const search = new IndexSearch(buildSearchIndex(rows, owners));
        search.prepare();
        let n = 0;
        return () => {
            n += 1;
            return search.search(`${words[n % words.length]} ${10 + n}`);
        };
    };
    const keystroke = median(21, searchOf(sorted));
    const filtered = median(21, searchOf(sorted.filter((t) => members.has(t))));

    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(
        `bench:risk — ${tokens.length.toLocaleString('en')} tokens of ${store.users.size.toLocaleString('en')} users`,
    );
    console.log('');
    console.log('| work | when | median | vs sort + index |');
    console.log('|---|---|---:|---:|');
    console.log(`| sort + search index (existing) | data change | ${ms(existing)} | 1.00 |`);
    console.log(`| risk flags (computeRisks) | data change | ${ms(risks)} | ${(risks / existing).toFixed(2)} |`);
    console.log(`| owners to scan | data change | ${ms(scanOwners)} | ${(scanOwners / existing).toFixed(2)} |`);
    console.log(
        `| activity flags (withActivity) | data change, after a scan | ${ms(activity)} | ${(activity / existing).toFixed(2)} |`,
    );
    console.log('');
    console.log(
        `Keystroke (a new two-term query): every row ${ms(keystroke)}, one risk's ${members.size.toLocaleString('en')} rows ${ms(filtered)} (${(filtered / keystroke).toFixed(2)}×); the risks are not recounted.`,
    );
}

main();
