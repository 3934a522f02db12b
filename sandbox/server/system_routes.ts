// Roles, the client config, ping and slash commands.
import type {RequestContext} from './context';
import {ApiError} from './errors';
import {ROLE_PERMISSIONS, SERVER_VERSIONS, type FeatureLevel, type SandboxConfig} from './model';

function role(name: string) {
    const permissions = ROLE_PERMISSIONS[name];
    if (!permissions) {
        return undefined;
    }
    return {
        id: `role_${name}`.padEnd(26, 'x').slice(0, 26),
        name,
        display_name: `authentication.roles.${name}.name`,
        description: '',
        permissions,
        scheme_managed: false,
        built_in: true,
        create_at: 0,
        update_at: 0,
        delete_at: 0,
    };
}

export function roleByName(c: RequestContext) {
    const found = role(c.params.role_name);
    if (!found) {
        throw new ApiError(404, 'app.role.get_by_name.app_error');
    }
    return found;
}

export function rolesByNames(c: RequestContext) {
    return c
        .decodeNonEmptyArray('rolenames')
        .map((n) => role(String(n)))
        .filter(Boolean);
}

// GET /config/client?format=old: GenerateLimitedClientConfig without a session, GenerateClientConfig with
// one (config/client.go). Every value is a string.
export function clientConfig(c: RequestContext, config: SandboxConfig, featureLevel: FeatureLevel) {
    const base: Record<string, string> = {
        Version: SERVER_VERSIONS[featureLevel],
        BuildNumber: SERVER_VERSIONS[featureLevel],
        SiteURL: config.SiteURL,
        SiteName: 'Token Manager Sandbox',
        DiagnosticsEnabled: 'false',
    };
    if (!c.maybeSession) {
        return base;
    }
    const full: Record<string, string> = {
        ...base,
        EnableUserAccessTokens: String(config.EnableUserAccessTokens),
        EnableDeveloper: String(config.EnableDeveloper),
        EnableBotAccountCreation: 'true',
        CollapsedThreads: config.CollapsedThreads,
    };
    if (featureLevel !== 'classic') {
        full.MaximumPersonalAccessTokenLifetimeDays = String(config.MaximumPersonalAccessTokenLifetimeDays);
    }
    return full;
}

export function ping() {
    return {status: 'OK', ActiveSearchBackend: 'database'};
}

// No server-side command is registered in the sandbox: every command is unknown.
export function executeCommand(c: RequestContext) {
    const body = c.decodeObject('command_args');
    const command = typeof body.command === 'string' ? body.command : '';
    const trigger = command.trim().split(/\s+/)[0] ?? '';
    throw new ApiError(404, 'api.command.execute_command.not_found.app_error', {
        Trigger: trigger.replace(/^\//, ''),
    });
}
