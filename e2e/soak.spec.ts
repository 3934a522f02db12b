// A short run of the fault soak (e2e/soak/runner.ts; `npm run soak` runs the full one): about 20 seconds of
// random 429/500/503/drop/commit_drop faults while a System Admin works, with every invariant checked after
// every step.
import {expect, test} from './fixtures';
import {formatReport, runSoak} from './soak/runner';

// The soak drives a page of its own (and checks its page errors itself); injected faults fail requests on
// purpose there.
test('a short fault soak holds every invariant', async ({browser, sandbox}, testInfo) => {
    test.setTimeout(90_000);
    const report = await runSoak(browser, sandbox, {seed: 7, durationMs: 20_000});
    const table = formatReport(report);
    await testInfo.attach('soak report', {body: table, contentType: 'text/markdown'});
    expect(report.rows.length).toBeGreaterThan(10);
    expect(report.violations, table).toEqual([]);
});
