// A tiny raw-HTTP client for tests of the sandbox's contract (deliberately not the bridge), and the set-up
// every contract test file shares: one sandbox per file, reset before each test.
import type {Sandbox, SandboxOptions} from './app';
import {startSandbox, type RunningSandbox} from './server';

export interface Call {
    status: number;
    body: any;
    headers: Headers;
}

export interface CallOptions {
    as?: string;
    token?: string;
    body?: unknown;
    raw?: string;
    headers?: Record<string, string>;
}

export const ID = /^[a-km-uw-z13-9]{26}$/;

export function apiClient(running: RunningSandbox) {
    return async function api(method: string, path: string, options: CallOptions = {}): Promise<Call> {
        const headers: Record<string, string> = {...options.headers};
        const token = options.token ?? (options.as ? running.sandbox.loginSession(options.as).token : undefined);
        if (token) {
            headers.Authorization = `Bearer ${token}`;
        }
        return call(`${running.siteUrl}/api/v4${path}`, method, headers, options);
    };
}

async function call(url: string, method: string, headers: Record<string, string>, options: CallOptions): Promise<Call> {
    const response = await fetch(url, {
        method,
        headers,
        body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
        body = JSON.parse(text);
    } catch {
        // not JSON
    }
    return {status: response.status, body, headers: response.headers};
}

export interface ContractSuite {
    running: RunningSandbox;
    api: ReturnType<typeof apiClient>;
    sb: () => Sandbox;
    // The sandbox's control API: control('POST', '/faults', {...}).
    control: (method: string, path: string, body?: unknown) => Promise<Call>;
    userId: (username: string) => string;
}

export function contractSuite(options: SandboxOptions = {}): ContractSuite {
    const suite = {
        sb: () => suite.running.sandbox,
        control: (method: string, path: string, body?: unknown) =>
            call(`${suite.running.siteUrl}/sandbox${path}`, method, {}, {body}),
        userId: (username: string) => suite.running.sandbox.user(username).id,
    } as ContractSuite;
    beforeAll(async () => {
        suite.running = await startSandbox(options);
        suite.api = apiClient(suite.running);
    });
    afterAll(() => suite.running.close());
    beforeEach(() => suite.running.sandbox.reset());
    return suite;
}

// The server's error shape (token-api.md §3): JSON with exactly this Content-Type, the request id twice.
export function expectError(result: Call, status: number, id: string) {
    expect(result.status).toBe(status);
    expect(result.body).toMatchObject({id, status_code: status, detailed_error: ''});
    expect(result.body.request_id).toMatch(ID);
    expect(typeof result.body.message).toBe('string');
    expect(result.headers.get('Content-Type')).toBe('application/json');
    expect(result.headers.get('X-Request-Id')).toBe(result.body.request_id);
}
