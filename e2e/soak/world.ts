// What the soak drives and checks against: the page (through the sandbox host), the sandbox server's own
// state and request log, and the seeded choices.
import type {Page} from 'playwright-core';

import type {RequestRecord} from '../../sandbox/server/app';
import type {RunningSandbox} from '../../sandbox/server/server';
import type {SandboxToken} from '../../sandbox/server/model';
import {SandboxApp} from '../pages';
import type {FetchRecord} from './checks';

export interface SoakLog {
    pageErrors: string[];
    consoleErrors: string[];
    console: string[];
}

// A small seeded generator (mulberry32), so a run can be repeated from its seed.
export function seededRandom(seed: number) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (n: number) => Math.floor(next() * n),
        pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    };
}

export type Random = ReturnType<typeof seededRandom>;

export class World {
    readonly app: SandboxApp;
    private createCount = 0;

    constructor(
        readonly page: Page,
        readonly running: RunningSandbox,
        readonly random: Random,
        readonly log: SoakLog,
    ) {
        this.app = new SandboxApp(page, running.siteUrl);
    }

    get sandbox() {
        return this.running.sandbox;
    }

    serverToken(id: string): SandboxToken | undefined {
        return this.sandbox.store.tokens.get(id);
    }

    serverTokens(): SandboxToken[] {
        return [...this.sandbox.store.tokens.values()];
    }

    adminId(): string {
        return this.sandbox.user('admin').id;
    }

    nextDescription(): string {
        this.createCount += 1;
        return `Soak create ${this.createCount}`;
    }

    // The API requests made since `from` (an index into the sandbox's request log).
    requestsSince(from: number): RequestRecord[] {
        return this.sandbox.requests.slice(from);
    }

    // The fetch() calls the page made since `from` (see FETCH_RECORDER).
    async fetchesSince(from: number): Promise<FetchRecord[]> {
        return this.page.evaluate((start) => ((window as any).__soakFetches ?? []).slice(start), from);
    }

    async fetchCount(): Promise<number> {
        return this.page.evaluate(() => ((window as any).__soakFetches ?? []).length);
    }

    // The plugin's slice of the host's store.
    async pluginState(): Promise<{
        tokens: Record<string, {id: string; is_active: boolean}>;
        inventory: {status: string};
    }> {
        return this.page.evaluate(() =>
            JSON.parse(JSON.stringify((window as any).sandboxHost.store.getState()['plugins-token-manager'])),
        );
    }
}

// Records every fetch() of the page (method, URL, body, status): where the plugin sends, so a write the
// browser re-sent by itself after a dropped connection is told apart from one the plugin sent twice. The
// soak's tokens never travel in a request body.
export const FETCH_RECORDER = `(() => {
    const original = window.fetch.bind(window);
    window.__soakFetches = [];
    window.fetch = async (input, init = {}) => {
        const record = {method: (init.method || 'GET').toUpperCase(), url: String(input.url || input), body: typeof init.body === 'string' ? init.body : '', status: 0};
        window.__soakFetches.push(record);
        try {
            const response = await original(input, init);
            record.status = response.status;
            return response;
        } catch (err) {
            record.status = -1;
            throw err;
        }
    };
})();`;
