// A counting semaphore: at most `concurrency` tasks run at once; the rest wait in order. A finishing
// task hands its slot straight to the next waiter, so the bound holds even under bursts.
export function createLimiter(concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
    }
    let active = 0;
    const waiting: Array<() => void> = [];
    return async function run<T>(task: () => Promise<T>): Promise<T> {
        if (active >= concurrency) {
            await new Promise<void>((resolve) => waiting.push(resolve));
        } else {
            active += 1;
        }
        try {
            return await task();
        } finally {
            const next = waiting.shift();
            if (next) {
                next();
            } else {
                active -= 1;
            }
        }
    };
}

export type Limiter = ReturnType<typeof createLimiter>;
