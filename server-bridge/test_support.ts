// Shared set-up for tests that drive the bridge over real HTTP against the sandbox server.
import type {SandboxOptions} from '../sandbox/server/app';
import {startSandbox, type RunningSandbox} from '../sandbox/server/server';
import {client, configureClient} from './client';
import {setRetryPolicy} from './request';

export interface BridgeHarness {
    running: RunningSandbox;
    delays: number[];
    signIn: (username: string) => string;
    apiCalls: (filter?: (path: string) => boolean) => number;
    // Waits until no request has reached the sandbox for a while: a request the bridge called off after
    // sending it (a page past the end) still arrives, after the call that sent it has returned.
    quiet: () => Promise<void>;
}

const QUIET_MS = 50;

// Starts a sandbox, points the bridge's Client4 at it, and records (without waiting) every retry delay.
export async function startBridgeHarness(options: SandboxOptions = {}): Promise<BridgeHarness> {
    const running = await startSandbox(options);
    configureClient(running.siteUrl);
    const delays: number[] = [];
    setRetryPolicy({
        sleep: async (ms) => {
            delays.push(ms);
        },
    });
    return {
        running,
        delays,
        signIn: (username: string) => {
            const session = running.sandbox.loginSession(username);
            client.setToken(session.token);
            return session.token;
        },
        apiCalls: (filter = () => true) => running.sandbox.requests.filter((r) => filter(r.path)).length,
        quiet: async () => {
            for (let seen = -1; seen !== running.sandbox.requests.length;) {
                seen = running.sandbox.requests.length;
                await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
            }
        },
    };
}

// One harness for a test file: started before its tests, closed after them.
export function bridgeSuite(options: SandboxOptions = {}): BridgeHarness {
    const suite = {} as BridgeHarness;
    beforeAll(async () => {
        Object.assign(suite, await startBridgeHarness(options));
    });
    afterAll(() => suite.running.close());
    return suite;
}
