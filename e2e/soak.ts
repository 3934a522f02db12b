// `npm run soak`: the fault soak (e2e/soak/runner.ts) for up to SOAK_SECONDS (default 100, at most 120) with
// SOAK_SEED (default 1). Prints the table of steps, faults injected and invariants held; exits 1 on any
// violation. A short run of the same soak is part of `make test` (soak.spec.ts).
import {launch, startDemoSandbox} from './browser';
import {formatReport, runSoak} from './soak/runner';

async function main() {
    const seconds = Math.min(120, Number(process.env.SOAK_SECONDS ?? 100));
    const seed = Number(process.env.SOAK_SEED ?? 1);
    const running = await startDemoSandbox();
    const browser = await launch();
    try {
        const report = await runSoak(browser, running, {seed, durationMs: seconds * 1000}, (row) =>
            process.stderr.write(`step ${row.n} ${row.step}: ${row.detail}\n`),
        );
        console.log(formatReport(report));
        process.exitCode = report.violations.length > 0 ? 1 : 0;
    } finally {
        await browser.close();
        await running.close();
    }
}

main().catch((err) => {
    console.error(err);
    process.exit(1);
});
