// The sandbox's own control API under /sandbox/ (not part of Mattermost): seed, configuration, server
// generation, faults, the rate limiter, the request log, posts, users and simulated token use. Bodies and
// answers are JSON; a bad body is 400 {message}.
import type {Sandbox} from './app';
import {sessionForSecret, updateLastActivityIfNeeded} from './auth';
import {isSystemAdmin} from './context';
import {emptyFaultStats, faultSettingsProblem, randomFaults, type FaultRule, type RandomFaultSettings} from './faults';
import {COLLAPSED_THREADS, type FeatureLevel, type SandboxUser} from './model';
import {serializePost} from './post_routes';
import {Router} from './router';
import {SEED_NAMES, type SeedName} from './seed';

export interface ControlContext {
    // The parsed JSON body ({} when there is none).
    body: Record<string, any>;
    params: Record<string, string>;
}

export type ControlHandler = (c: ControlContext) => unknown;

export class ControlError extends Error {
    constructor(
        readonly status: number,
        message: string,
    ) {
        super(message);
    }
}

const LEVELS: FeatureLevel[] = ['classic', 'expiry', 'rotate'];

function check(ok: boolean, message: string) {
    if (!ok) {
        throw new ControlError(400, message);
    }
}

function userView(u: SandboxUser) {
    return {
        id: u.id,
        username: u.username,
        roles: u.roles,
        locale: u.locale,
        is_bot: u.is_bot,
        delete_at: u.delete_at,
        system_admin: isSystemAdmin(u),
    };
}

function faultsView(sb: Sandbox) {
    return {latencyMs: sb.faults.latencyMs, rules: sb.faults.rules, random: sb.faults.random?.settings ?? null};
}

export function controlRoutes(sb: Sandbox): Router<ControlHandler> {
    const findUser = (username: string): SandboxUser => {
        const user = sb.store.userByUsername(username);
        if (!user) {
            throw new ControlError(404, `no user ${username}`);
        }
        return user;
    };
    return new Router<ControlHandler>()
        .add('POST', '/reset', ({body}) => {
            const seed = (body.seed ?? 'default') as SeedName;
            check(SEED_NAMES.includes(seed), `seed must be one of ${SEED_NAMES.join(', ')}`);
            sb.reset(seed);
            return {status: 'OK', tokens: sb.store.tokens.size, users: sb.store.users.size};
        })
        .add('GET', '/config', () => sb.config)
        .add('POST', '/config', ({body}) => {
            const threads = body.CollapsedThreads;
            check(
                threads === undefined || COLLAPSED_THREADS.includes(threads),
                `CollapsedThreads must be one of ${COLLAPSED_THREADS.join(', ')}`,
            );
            Object.assign(sb.config, body);
            return sb.config;
        })
        .add('POST', '/feature', ({body}) => {
            check(LEVELS.includes(body.level), `level must be one of ${LEVELS.join(', ')}`);
            sb.featureLevel = body.level;
            return {level: sb.featureLevel};
        })
        .add('GET', '/faults', () => faultsView(sb))
        .add('POST', '/faults', ({body}) => {
            const problem = faultSettingsProblem(body);
            check(!problem, problem ?? '');
            sb.faults = {
                latencyMs: body.latencyMs ?? 0,
                rules: (body.rules ?? []) as FaultRule[],
                random: body.random ? randomFaults(body.random as RandomFaultSettings) : undefined,
            };
            sb.faultStats = emptyFaultStats();
            return faultsView(sb);
        })
        .add('GET', '/faults/stats', () => sb.faultStats)
        .add('GET', '/ratelimit', () => sb.rateLimitSettings)
        .add('POST', '/ratelimit', ({body}) => {
            const next = {...sb.rateLimitSettings, ...body};
            check(typeof next.enabled === 'boolean', 'enabled must be true or false');
            check(
                Number.isInteger(next.perSec) && next.perSec > 0 && Number.isInteger(next.burst) && next.burst > 0,
                'perSec and burst must be integers greater than zero',
            );
            sb.setRateLimit({enabled: next.enabled, perSec: next.perSec, burst: next.burst});
            return sb.rateLimitSettings;
        })
        .add('GET', '/requests', () => sb.requests)
        .add('DELETE', '/requests', () => {
            sb.requests = [];
            return {status: 'OK'};
        })
        .add('GET', '/posts', () => [...sb.store.posts.values()].map((p) => serializePost(sb.store.posts, p)))
        .add('POST', '/use-token', ({body}) => {
            // An integration using a token: its first authenticated request makes the session (whose last
            // activity is then its creation); `activity: false` stands for calls that record no activity.
            const token = sb.store.tokens.get(body.token_id);
            const session = token && sessionForSecret(sb, token.token);
            if (!session || (!sb.config.EnableUserAccessTokens && session.props.is_bot !== 'true')) {
                return {used: false};
            }
            if (body.activity !== false) {
                updateLastActivityIfNeeded(session);
            }
            return {
                used: true,
                session: {id: session.id, create_at: session.create_at, last_activity_at: session.last_activity_at},
            };
        })
        .add('POST', '/roles', ({body}) => {
            check(typeof body.roles === 'string', 'roles must be a string');
            findUser(String(body.username)).roles = body.roles;
            return {status: 'OK'};
        })
        .add('GET', '/users', () => [...sb.store.users.values()].map(userView))
        .add('POST', '/users/{username}', ({body, params}) => {
            const user = findUser(params.username);
            check(body.locale === undefined || typeof body.locale === 'string', 'locale must be a string');
            check(body.roles === undefined || typeof body.roles === 'string', 'roles must be a string');
            check(body.deleted === undefined || typeof body.deleted === 'boolean', 'deleted must be true or false');
            if (body.locale !== undefined) {
                user.locale = body.locale;
            }
            if (body.roles !== undefined) {
                user.roles = body.roles;
            }
            if (body.deleted === true && user.delete_at === 0) {
                // UpdateActive(false) revokes every session of the user, token sessions included.
                user.delete_at = Date.now();
                sb.store.deleteSessionsForUser(user.id);
            } else if (body.deleted === false) {
                user.delete_at = 0;
            }
            user.update_at = Date.now();
            return userView(user);
        });
}
