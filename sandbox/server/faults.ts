// Fault injection: latency on every API request and a queue of failure rules consumed one request at a time.

export interface FaultRule {
    kind: '429' | '500' | '503' | 'drop';
    // How many matching requests fail (then the rule is spent).
    count: number;
    // Only requests whose path (below /api/v4) contains this text; all API requests when absent.
    path?: string;
    method?: string;
    retryAfterSeconds?: number;
    // Let this many matching requests through before the rule starts failing them.
    after?: number;
}

export interface FaultSettings {
    latencyMs: number;
    rules: FaultRule[];
}

export function emptyFaults(): FaultSettings {
    return {latencyMs: 0, rules: []};
}

// Returns the first armed rule that applies to this request and spends one of its uses. Every matching
// rule still waiting (`after`) counts the request.
export function takeFault(faults: FaultSettings, method: string, apiPath: string): FaultRule | undefined {
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
    }
    return chosen;
}
