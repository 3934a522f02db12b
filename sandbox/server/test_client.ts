// A tiny raw-HTTP client for tests of the sandbox's contract (deliberately not the bridge).
import type {RunningSandbox} from './server';

export interface Call {
    status: number;
    body: any;
    headers: Headers;
}

export function apiClient(running: RunningSandbox) {
    return async function api(
        method: string,
        path: string,
        options: {as?: string; token?: string; body?: unknown; raw?: string; headers?: Record<string, string>} = {},
    ): Promise<Call> {
        const headers: Record<string, string> = {...options.headers};
        const token = options.token ?? (options.as ? running.sandbox.loginSession(options.as).token : undefined);
        if (token) {
            headers.Authorization = `Bearer ${token}`;
        }
        const response = await fetch(`${running.siteUrl}/api/v4${path}`, {
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
    };
}
