// One API request, in the order the server (and the network in front of it) handles it: the request log,
// latency, the rate limiter (outside everything else), injected faults, then routing, authentication and
// the route's handler. dispatchApi is the part behind the router and writes nothing to the socket, so a
// commit_drop fault can run it several times and the in-process benchmarks can call it directly.
import crypto from 'crypto';
import type http from 'http';

import type {Sandbox} from './app';
import {authenticate, parseAuthToken} from './auth';
import {RequestContext, notFound, type ApiRequest} from './context';
import {ApiError} from './errors';
import {latencyFor, takeFault, type Fault, type FaultKind} from './faults';
import {readBody, Reply, writePlainError} from './http';
import {SERVER_VERSIONS} from './model';
import {rateLimitHeaders, type RateLimitResult} from './rate_limit';

export interface RequestRecord {
    method: string;
    // Below /api/v4.
    path: string;
    query: string;
    // -1 when the connection was closed without an answer.
    status: number;
    fault?: FaultKind;
    // commit_drop: how many times the handler ran (and committed) before the connection was closed.
    commits?: number;
    // Answered 429 by the rate limiter.
    rateLimited?: boolean;
    auth: 'cookie' | 'bearer' | 'query' | 'none';
    // SHA-256 (hex) of the request body, when there is one: enough to tell whether a client sent the same
    // write twice without keeping what it wrote.
    bodyHash?: string;
    // When the request arrived (ms since the epoch).
    at: number;
}

export type ApiHandler = (c: RequestContext) => unknown;

export async function serveApi(
    sb: Sandbox,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    apiPath: string,
    query: URLSearchParams,
) {
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);
    const multipart = String(req.headers['content-type'] ?? '').startsWith('multipart/');
    const request: ApiRequest = {
        method,
        path: apiPath,
        query,
        headers: req.headers,
        rawBody: body.toString(multipart ? 'latin1' : 'utf8'),
        remoteAddress: req.socket.remoteAddress ?? '',
    };
    const record: RequestRecord = {
        method,
        path: apiPath,
        query: query.toString(),
        status: 0,
        auth: 'none',
        at: Date.now(),
    };
    if (body.length > 0) {
        record.bodyHash = crypto.createHash('sha256').update(body).digest('hex');
    }
    sb.requests.push(record);

    const latency = latencyFor(sb.faults, apiPath);
    if (latency > 0) {
        await new Promise((resolve) => setTimeout(resolve, latency));
    }
    const limit = checkRateLimit(sb, request);
    if (limit?.limited) {
        record.status = 429;
        record.rateLimited = true;
        writePlainError(res, 429, 'limit exceeded', rateLimitHeaders(limit));
        return;
    }
    sb.faultStats.considered += 1;
    const fault = takeFault(sb.faults, method, apiPath);
    if (fault) {
        record.fault = fault.kind;
        sb.faultStats.injected[fault.kind] += 1;
        await injectFault(sb, fault, request, record, req, res);
        return;
    }
    const reply = await dispatchApi(sb, request, record);
    reply.write(res, limit ? rateLimitHeaders(limit) : {});
}

// RateLimitHandler: keyed by the request's token, else by the remote address. Undefined when off.
export function checkRateLimit(sb: Sandbox, request: ApiRequest): RateLimitResult | undefined {
    if (!sb.rateLimiter) {
        return undefined;
    }
    return sb.rateLimiter.check(parseAuthToken(request)?.token ?? request.remoteAddress);
}

async function injectFault(
    sb: Sandbox,
    fault: Fault,
    request: ApiRequest,
    record: RequestRecord,
    req: http.IncomingMessage,
    res: http.ServerResponse,
) {
    switch (fault.kind) {
        case 'drop':
            record.status = -1;
            req.socket.destroy();
            return;
        case 'commit_drop':
            for (let i = 0; i < fault.commits; i++) {
                await dispatchApi(sb, request, record);
            }
            sb.faultStats.commits += fault.commits;
            record.commits = fault.commits;
            record.status = -1;
            req.socket.destroy();
            return;
        case '429': {
            // Indistinguishable from the rate limiter's own answer.
            const seconds = String(fault.retryAfterSeconds);
            record.status = 429;
            writePlainError(res, 429, 'limit exceeded', {
                'X-RateLimit-Limit': String(sb.rateLimitSettings.burst + 1),
                'X-RateLimit-Remaining': '0',
                'X-RateLimit-Reset': seconds,
                'Retry-After': seconds,
            });
            return;
        }
        default: {
            const status = Number(fault.kind);
            const reply = new Reply(sb.basePath);
            const requestId = sb.store.id();
            reply
                .header('X-Request-Id', requestId)
                .header('X-Version-Id', versionHeader(sb))
                .setStatus(status)
                .setJson(new ApiError(status, 'sandbox.fault.internal').body(requestId, false));
            record.status = status;
            reply.write(res);
        }
    }
}

function versionHeader(sb: Sandbox): string {
    return `${SERVER_VERSIONS[sb.featureLevel]}.sandbox.${sb.featureLevel}.false`;
}

// The router, authentication and the handler. Errors become the server's JSON error bodies.
export async function dispatchApi(sb: Sandbox, request: ApiRequest, record?: RequestRecord): Promise<Reply> {
    const reply = new Reply(sb.basePath);
    const requestId = sb.store.id();
    reply.header('X-Request-Id', requestId).header('X-Version-Id', versionHeader(sb));
    const match = sb.api.match(request.method, request.path);
    const parsed = parseAuthToken(request);
    if (record) {
        record.auth = !parsed ? 'none' : parsed.location === 'header' ? 'bearer' : parsed.location;
    }
    try {
        if (match.kind === 'method_not_allowed') {
            reply.setStatus(405).send('', 'text/plain; charset=utf-8');
        } else if (match.kind === 'not_found') {
            throw notFound();
        } else {
            const {session} = authenticate(sb, request, match.route.auth, reply);
            const c = new RequestContext({store: sb.store, session, params: match.params, request, reply});
            const value = await match.route.handler(c);
            if (!reply.raw) {
                reply.setJson(value);
            }
        }
    } catch (err) {
        if (!(err instanceof ApiError)) {
            throw err;
        }
        reply.setStatus(err.status).setJson(err.body(requestId, sb.config.EnableDeveloper));
    }
    if (record) {
        record.status = reply.status;
    }
    return reply;
}
