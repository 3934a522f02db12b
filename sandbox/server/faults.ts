// Fault injection: latency on every API request and a queue of failure rules consumed one request at a time.

export interface FaultRule {
    kind: '429' | '500' | '503' | 'drop';
    // How many matching requests fail (then the rule is spent).
    count: number;
    // Only requests whose path (below /api/v4) contains this text; all API requests when absent.
    path?: string;
    method?: string;
    retryAfterSeconds?: number;
}

export interface FaultSettings {
    latencyMs: number;
    rules: FaultRule[];
}

export function emptyFaults(): FaultSettings {
    return {latencyMs: 0, rules: []};
}

// Returns the rule that applies to this request and spends one of its uses.
export function takeFault(faults: FaultSettings, method: string, apiPath: string): FaultRule | undefined {
    const rule = faults.rules.find((r) => r.count > 0 && (!r.path || apiPath.includes(r.path)) && (!r.method || r.method.toUpperCase() === method));
    if (rule) {
        rule.count -= 1;
    }
    return rule;
}
