// Mattermost's rate limiter (server/channels/app/ratelimit.go): throttled's GCRA limiter (throttled/throttled
// rate.go) with RateQuota{MaxRate: PerSec(perSec), MaxBurst: burst} in a memory store of 10,000 keys. It
// wraps the whole HTTP handler, so a limited request never reaches routing, authentication or a handler:
// the answer is Go's http.Error(w, "limit exceeded", 429) plus the X-RateLimit-* and Retry-After headers.
// The key is the request's token (VaryByUser) or, without one, the remote address (VaryByRemoteAddr).

export interface RateLimitSettings {
    enabled: boolean;
    // RateLimitSettings.PerSec and MaxBurst (defaults 10 and 100).
    perSec: number;
    burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = {enabled: false, perSec: 10, burst: 100};

// MemoryStoreSize: the store is an LRU of this many keys.
const MAX_KEYS = 10000;

export interface RateLimitResult {
    limited: boolean;
    // throttled.RateLimitResult, in microseconds (-1 = not set).
    limit: number;
    remaining: number;
    resetAfterUs: number;
    retryAfterUs: number;
}

export class RateLimiter {
    readonly settings: RateLimitSettings;
    // Theoretical arrival time per key, in microseconds on the limiter's clock.
    private readonly tats = new Map<string, number>();
    private readonly emissionUs: number;
    private readonly toleranceUs: number;

    constructor(
        settings: RateLimitSettings,
        private readonly nowUs: () => number = () => Math.round(performance.now() * 1000),
    ) {
        if (!(settings.perSec > 0) || !(settings.burst > 0)) {
            // Config.IsValid rejects PerSec <= 0 and MaxBurst <= 0.
            throw new Error('perSec and burst must be greater than zero');
        }
        this.settings = {...settings};
        // throttled.PerSec(n): one request every second/n; the burst adds burst+1 intervals of tolerance.
        this.emissionUs = Math.floor(1_000_000 / settings.perSec);
        this.toleranceUs = this.emissionUs * (settings.burst + 1);
    }

    // GCRARateLimiter.RateLimit(key, 1).
    check(key: string): RateLimitResult {
        const now = this.nowUs();
        const stored = this.tats.get(key);
        const tat = stored ?? now;
        const newTat = Math.max(now, tat) + this.emissionUs;
        const allowAt = newTat - this.toleranceUs;
        const result: RateLimitResult = {
            limited: false,
            limit: this.settings.burst + 1,
            remaining: 0,
            resetAfterUs: 0,
            retryAfterUs: -1,
        };
        let ttl: number;
        if (now < allowAt) {
            result.limited = true;
            result.retryAfterUs = allowAt - now;
            ttl = tat - now;
        } else {
            ttl = newTat - now;
            this.remember(key, newTat);
        }
        const next = this.toleranceUs - ttl;
        result.remaining = next > -this.emissionUs ? Math.trunc(next / this.emissionUs) : -1;
        result.resetAfterUs = ttl;
        return result;
    }

    private remember(key: string, tat: number) {
        this.tats.delete(key);
        this.tats.set(key, tat);
        if (this.tats.size > MAX_KEYS) {
            this.tats.delete(this.tats.keys().next().value as string);
        }
    }
}

// setRateLimitHeaders (copied by Mattermost from throttled's http.go): seconds, rounded up; Retry-After
// only on a limited request.
export function rateLimitHeaders(result: RateLimitResult): Record<string, string> {
    const headers: Record<string, string> = {};
    if (result.limit >= 0) {
        headers['X-RateLimit-Limit'] = String(result.limit);
    }
    if (result.remaining >= 0) {
        headers['X-RateLimit-Remaining'] = String(result.remaining);
    }
    if (result.resetAfterUs >= 0) {
        headers['X-RateLimit-Reset'] = String(Math.ceil(result.resetAfterUs / 1_000_000));
    }
    if (result.retryAfterUs >= 0) {
        headers['Retry-After'] = String(Math.ceil(result.retryAfterUs / 1_000_000));
    }
    return headers;
}
