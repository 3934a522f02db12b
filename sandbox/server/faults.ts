// Fault injection on API requests (never the control API or static files): latency on every request, a
// queue of rules consumed one request at a time, and a seeded random mode for soak tests. Every fault is
// decided before the route's handler runs, except commit_drop, which runs it first.
import {seededUnit} from './ids';

// 429: what the rate limiter answers; 500/503: an error body from the server; drop: the connection is
// closed before the handler runs (nothing happened); commit_drop: the handler runs `commits` times, each
// run committing, as a browser's own re-sends of a POST after a dropped keep-alive connection would
// (token-api.md §8), and then the connection is closed without an answer.
export const FAULT_KINDS = ['429', '500', '503', 'drop', 'commit_drop'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
    kind: FaultKind;
    // How many matching requests fail (then the rule is spent).
    count: number;
    // Only requests whose path (below /api/v4) contains this text; all API requests when absent.
    path?: string;
    method?: string;
    retryAfterSeconds?: number;
    // Let this many matching requests through before the rule starts failing them.
    after?: number;
    // commit_drop: how many times the handler runs before the connection drops (default 1).
    commits?: number;
}

export interface RandomFaultSettings {
    seed: number;
    // Chances per request, each in [0, 1]; their sum at most 1.
    rate429?: number;
    rate500?: number;
    rate503?: number;
    rateDrop?: number;
    rateCommitDrop?: number;
    // Added to every request the random mode applies to.
    latencyMs?: number;
    retryAfterSeconds?: number;
    // commit_drop: handler runs per injected fault (default 1).
    commits?: number;
    // Only requests whose path contains one of these; all API requests when absent.
    paths?: string[];
}

export interface RandomFaults {
    settings: RandomFaultSettings;
    draw: () => number;
}

export interface FaultSettings {
    latencyMs: number;
    rules: FaultRule[];
    random?: RandomFaults;
}

export interface Fault {
    kind: FaultKind;
    retryAfterSeconds: number;
    commits: number;
    source: 'rule' | 'random';
}

export interface FaultStats {
    // API requests the faults were decided for (those the rate limiter let through).
    considered: number;
    injected: Record<FaultKind, number>;
    // Handler runs made by commit_drop faults.
    commits: number;
}

export function emptyFaults(): FaultSettings {
    return {latencyMs: 0, rules: []};
}

export function emptyFaultStats(): FaultStats {
    return {considered: 0, injected: {'429': 0, '500': 0, '503': 0, drop: 0, commit_drop: 0}, commits: 0};
}

export function randomFaults(settings: RandomFaultSettings): RandomFaults {
    return {settings, draw: seededUnit(settings.seed)};
}

function randomApplies(random: RandomFaults, apiPath: string): boolean {
    const paths = random.settings.paths;
    return !paths || paths.some((p) => apiPath.includes(p));
}

export function latencyFor(faults: FaultSettings, apiPath: string): number {
    const random = faults.random;
    const extra = random && randomApplies(random, apiPath) ? (random.settings.latencyMs ?? 0) : 0;
    return faults.latencyMs + extra;
}

// The fault for this request, if any: the first armed rule that applies (spending one of its uses; every
// matching rule still waiting counts the request), else one draw of the seeded generator.
export function takeFault(faults: FaultSettings, method: string, apiPath: string): Fault | undefined {
    let chosen: FaultRule | undefined;
    for (const rule of faults.rules) {
        if ((rule.path && !apiPath.includes(rule.path)) || (rule.method && rule.method.toUpperCase() !== method)) {
            continue;
        }
        if ((rule.after ?? 0) > 0) {
            rule.after! -= 1;
            continue;
        }
        if (!chosen && rule.count > 0) {
            chosen = rule;
        }
    }
    if (chosen) {
        chosen.count -= 1;
        return {
            kind: chosen.kind,
            retryAfterSeconds: chosen.retryAfterSeconds ?? 1,
            commits: Math.max(1, chosen.commits ?? 1),
            source: 'rule',
        };
    }
    return faults.random && randomApplies(faults.random, apiPath) ? drawFault(faults.random) : undefined;
}

function drawFault(random: RandomFaults): Fault | undefined {
    const s = random.settings;
    const u = random.draw();
    const rates: Array<[FaultKind, number | undefined]> = [
        ['429', s.rate429],
        ['500', s.rate500],
        ['503', s.rate503],
        ['drop', s.rateDrop],
        ['commit_drop', s.rateCommitDrop],
    ];
    let edge = 0;
    for (const [kind, rate] of rates) {
        edge += rate ?? 0;
        if (u < edge) {
            return {
                kind,
                retryAfterSeconds: s.retryAfterSeconds ?? 1,
                commits: Math.max(1, s.commits ?? 1),
                source: 'random',
            };
        }
    }
    return undefined;
}

// Checks a POST /sandbox/faults body; returns what is wrong with it, if anything.
export function faultSettingsProblem(body: {
    rules?: unknown;
    random?: unknown;
    latencyMs?: unknown;
}): string | undefined {
    if (body.latencyMs !== undefined && (typeof body.latencyMs !== 'number' || body.latencyMs < 0)) {
        return 'latencyMs must be a number >= 0';
    }
    if (body.rules !== undefined) {
        if (!Array.isArray(body.rules)) {
            return 'rules must be an array';
        }
        for (const rule of body.rules as FaultRule[]) {
            if (!FAULT_KINDS.includes(rule?.kind) || typeof rule.count !== 'number') {
                return `each rule needs kind (${FAULT_KINDS.join(', ')}) and count`;
            }
        }
    }
    if (body.random !== undefined) {
        const r = body.random as RandomFaultSettings;
        if (typeof r !== 'object' || r === null || typeof r.seed !== 'number') {
            return 'random needs a numeric seed';
        }
        const rates = [r.rate429, r.rate500, r.rate503, r.rateDrop, r.rateCommitDrop].map((x) => x ?? 0);
        if (rates.some((x) => typeof x !== 'number' || x < 0 || x > 1) || rates.reduce((a, b) => a + b, 0) > 1) {
            return 'random rates must be numbers in [0, 1] whose sum is at most 1';
        }
        if (r.paths !== undefined && (!Array.isArray(r.paths) || r.paths.some((p) => typeof p !== 'string'))) {
            return 'random.paths must be an array of strings';
        }
    }
    return undefined;
}
