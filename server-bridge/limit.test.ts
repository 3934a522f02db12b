import {createLimiter} from './limit';

test('never runs more than the limit at once, even in bursts, and runs everything', async () => {
    const run = createLimiter(3);
    let active = 0;
    let peak = 0;
    const task = async (i: number) => {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, (i % 4) + 1));
        active -= 1;
        return i;
    };
    const first = Array.from({length: 20}, (_, i) => run(() => task(i)));
    await new Promise((r) => setTimeout(r, 2));
    const second = Array.from({length: 20}, (_, i) => run(() => task(i + 20)));
    expect(await Promise.all([...first, ...second])).toEqual(Array.from({length: 40}, (_, i) => i));
    expect(peak).toBe(3);
});

test('a failing task frees its slot', async () => {
    const run = createLimiter(1);
    await expect(run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await run(() => Promise.resolve(2))).toBe(2);
});

test('rejects a limit that is not a positive integer', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
    expect(() => createLimiter(1.5)).toThrow(RangeError);
});
