// The fault soak: a seeded, bounded run in Chromium in which the sandbox injects 429s, 500s, 503s, dropped
// connections (before and after the server commits) and latency on every API route, while a scripted
// System Admin loads the inventory, filters, runs bulk actions, creates, rotates and revokes. After every
// step the invariants are checked against the server's own state (checks.ts, steps.ts).
import fs from 'fs';
import path from 'path';

import type {Browser, Page} from 'playwright-core';

import {randomFaults, type FaultStats} from '../../sandbox/server/faults';
import type {RunningSandbox} from '../../sandbox/server/server';
import {noPageError, noWriteSentTwice, type Check} from './checks';
import {STEPS, type StepName} from './steps';
import {FETCH_RECORDER, seededRandom, World, type SoakLog} from './world';

export interface SoakOptions {
    seed: number;
    durationMs: number;
    // Chance per API request of each fault.
    rates?: {rate429: number; rate500: number; rate503: number; rateDrop: number; rateCommitDrop: number};
    latencyMs?: number;
}

export interface StepRow {
    n: number;
    step: StepName;
    detail: string;
    requests: number;
    faults: Record<string, number>;
    checks: Check[];
}

export interface SoakReport {
    seed: number;
    rows: StepRow[];
    violations: Array<{n: number; step: StepName; check: Check}>;
    faults: Record<string, number>;
    elapsedMs: number;
}

const ARTIFACTS = path.join(__dirname, '../artifacts');

export const DEFAULT_RATES = {rate429: 0.04, rate500: 0.03, rate503: 0.02, rateDrop: 0.02, rateCommitDrop: 0.03};

const WEIGHTS: Array<[StepName, number]> = [
    ['loadInventory', 1],
    ['filter', 2],
    ['bulk', 2.5],
    ['create', 2],
    ['rotate', 1.5],
    ['revoke', 1],
];

function pickStep(random: World['random']): StepName {
    const total = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
    let x = random.next() * total;
    for (const [name, weight] of WEIGHTS) {
        x -= weight;
        if (x < 0) {
            return name;
        }
    }
    return 'filter';
}

// Tokens for the soak to act on: bulk targets spread over several owners, and some of the admin's own.
function seedTokens(running: RunningSandbox, random: World['random']) {
    const sb = running.sandbox;
    const owners = ['alice', 'manager', 'bob', 'build-bot', 'dave'].map((u) => sb.user(u).id);
    for (let group = 0; group < 10; group++) {
        for (let i = 0; i < 15; i++) {
            sb.store.addToken(random.pick(owners), `Soak bulk ${group} #${i}`, {isActive: random.next() < 0.7});
        }
    }
    for (let i = 0; i < 12; i++) {
        sb.store.addToken(sb.user('admin').id, `Soak own #${i}`, {
            expiresAt: random.next() < 0.5 ? 0 : Date.now() + (10 + i) * 86400000,
        });
    }
}

function watch(page: Page): SoakLog {
    const log: SoakLog = {pageErrors: [], consoleErrors: [], console: []};
    page.on('pageerror', (e) => log.pageErrors.push(`${e.name}: ${e.message}`));
    page.on('console', (m) => {
        log.console.push(m.text());
        if (m.type() === 'error') {
            log.consoleErrors.push(m.text());
        }
    });
    return log;
}

function delta(after: FaultStats, before: FaultStats): Record<string, number> {
    return Object.fromEntries(
        Object.entries(after.injected).map(([k, v]) => [
            k,
            v - (before.injected[k as keyof FaultStats['injected']] ?? 0),
        ]),
    );
}

const copyStats = (stats: FaultStats): FaultStats => JSON.parse(JSON.stringify(stats));

export async function runSoak(
    browser: Browser,
    running: RunningSandbox,
    options: SoakOptions,
    onRow?: (row: StepRow) => void,
): Promise<SoakReport> {
    const started = Date.now();
    const random = seededRandom(options.seed);
    running.sandbox.reset('default');
    seedTokens(running, random);
    const context = await browser.newContext({viewport: {width: 1400, height: 900}});
    // The expiry reminder is another feature; keep the soak's view clear of it.
    await context.addInitScript(() => {
        const today = new Date();
        const key = (id: string) => `token-manager:expiry_reminder:${id}`;
        const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
        (window as any).__soakReminderDate = {key, date};
    });
    // tsx (esbuild, keepNames) wraps named functions in __name(); functions sent to the page need it too.
    await context.addInitScript({content: 'window.__name = window.__name || ((fn) => fn);'});
    await context.addInitScript({content: FETCH_RECORDER});
    const page = await context.newPage();
    const world = new World(page, running, random, watch(page));
    await world.app.signIn('admin');
    await page.evaluate(([key, date]) => localStorage.setItem(key, date), [
        `token-manager:expiry_reminder:${world.adminId()}`,
        new Date().toISOString().slice(0, 10),
    ] as const);
    running.sandbox.faults = {
        latencyMs: 0,
        rules: [],
        random: randomFaults({
            seed: options.seed,
            ...(options.rates ?? DEFAULT_RATES),
            latencyMs: options.latencyMs ?? 10,
            retryAfterSeconds: 1,
            commits: 2,
        }),
    };
    const initialStats = copyStats(running.sandbox.faultStats);
    const rows: StepRow[] = [];
    const violations: SoakReport['violations'] = [];
    try {
        for (let n = 1; Date.now() - started < options.durationMs; n++) {
            const step: StepName = n === 1 ? 'loadInventory' : pickStep(random);
            const fromRequest = running.sandbox.requests.length;
            const fromFetch = await world.fetchCount();
            const fromError = world.log.pageErrors.length;
            const stats = copyStats(running.sandbox.faultStats);
            let result;
            try {
                result = await STEPS[step](world);
            } catch (err) {
                // What the page showed when the step got stuck, for whoever reads the failure.
                await page.screenshot({path: path.join(ARTIFACTS, `soak-step-${n}.png`)}).catch(() => undefined);
                process.stderr.write(`step ${n} (${step}) did not finish: ${(err as Error).stack}\n`);
                result = {
                    detail: 'did not finish',
                    checks: [{name: 'step finished', ok: false, detail: (err as Error).message.split('\n')[0]}],
                };
            }
            const records = world.requestsSince(fromRequest);
            const fetches = await world.fetchesSince(fromFetch);
            const checks = [...result.checks, noWriteSentTwice(fetches), noPageError(world, fromError)];
            const row: StepRow = {
                n,
                step,
                detail: result.detail,
                requests: records.length,
                faults: delta(running.sandbox.faultStats, stats),
                checks,
            };
            rows.push(row);
            onRow?.(row);
            for (const c of checks.filter((c) => !c.ok)) {
                violations.push({n, step, check: c});
            }
            if (checks.some((c) => !c.ok)) {
                // The step's requests, for whoever reads the failure.
                fs.mkdirSync(ARTIFACTS, {recursive: true});
                fs.writeFileSync(
                    path.join(ARTIFACTS, `soak-step-${n}-requests.json`),
                    JSON.stringify(records, null, 1),
                );
            }
            if (checks.some((c) => c.name === 'step finished' && !c.ok)) {
                break;
            }
        }
    } finally {
        running.sandbox.faults = {latencyMs: 0, rules: []};
        await context.close();
    }
    return {
        seed: options.seed,
        rows,
        violations,
        faults: delta(running.sandbox.faultStats, initialStats),
        elapsedMs: Date.now() - started,
    };
}

export function formatReport(report: SoakReport): string {
    const faultCell = (f: Record<string, number>) =>
        Object.entries(f)
            .filter(([, v]) => v > 0)
            .map(([k, v]) => `${k}×${v}`)
            .join(' ') || '—';
    const lines = [
        `Fault soak, seed ${report.seed}: ${report.rows.length} steps in ${(report.elapsedMs / 1000).toFixed(1)} s`,
        '',
        '| # | step | what happened | requests | faults injected | invariants held |',
        '|---:|---|---|---:|---|---|',
        ...report.rows.map((r) => {
            const held = r.checks.filter((c) => c.ok).length;
            return `| ${r.n} | ${r.step} | ${r.detail} | ${r.requests} | ${faultCell(r.faults)} | ${held}/${r.checks.length}${held < r.checks.length ? ' ✗' : ''} |`;
        }),
        '',
        `Faults injected in all: ${faultCell(report.faults)}. Invariants checked: ${report.rows.reduce((s, r) => s + r.checks.length, 0)}, violated: ${report.violations.length}.`,
        ...report.violations.map(
            (v) => `  ✗ step ${v.n} (${v.step}): ${v.check.name}${v.check.detail ? ` — ${v.check.detail}` : ''}`,
        ),
    ];
    return lines.join('\n');
}
