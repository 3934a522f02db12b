// The API route table (below /api/v4), in gorilla/mux order: the first route whose template matches wins,
// so fixed paths come before the `{token_id}` and `{user_id}` patterns that would also match them.
// 'optional' routes are APIHandler routes (no session needed); all others are APISessionRequired.
import type {Sandbox} from './app';
import type {FeatureLevel} from './model';
import type {ApiHandler} from './pipeline';
import * as plugins from './plugin_routes';
import * as posts from './post_routes';
import {Router} from './router';
import * as system from './system_routes';
import * as tokens from './token_routes';
import * as users from './user_routes';

const ID = '[A-Za-z0-9]+';
const LEVELS: FeatureLevel[] = ['classic', 'expiry', 'rotate'];

export function apiRoutes(sb: Sandbox): Router<ApiHandler> {
    const env = (): tokens.TokenEnv => ({config: sb.config, featureLevel: sb.featureLevel, now: Date.now});
    const pluginState = (): plugins.PluginState => ({
        manifest: sb.options.pluginManifest,
        hasBundle: Boolean(sb.options.pluginDir),
        uploads: sb.pluginUploads,
        uploaded: sb.uploadedPlugins,
    });
    // Routes of newer server generations. Where the server has no rotate route, POST /users/tokens/rotate
    // still matches the path of GET /users/tokens/{token_id}, so the router answers 405.
    const since = (level: FeatureLevel) => () => LEVELS.indexOf(sb.featureLevel) >= LEVELS.indexOf(level);

    return new Router<ApiHandler>()
        .add('POST', '/users/login', users.login, 'optional')
        .add('POST', '/users/logout', users.logout, 'optional')
        .add('POST', '/users/ids', users.usersByIds)
        .add('GET', '/users/tokens', (c) => tokens.listAllTokens(c, env()))
        .add('POST', '/users/tokens/search', (c) => tokens.searchTokens(c, env()))
        .add('POST', '/users/tokens/revoke', tokens.revokeToken)
        .add('POST', '/users/tokens/disable', tokens.disableToken)
        .add('POST', '/users/tokens/enable', tokens.enableToken)
        .add('POST', '/users/tokens/rotate', (c) => tokens.rotateToken(c, env()), 'session', since('rotate'))
        .add(
            'GET',
            '/users/tokens/non_compliant/count',
            (c) => tokens.countNonCompliant(c, env()),
            'session',
            since('rotate'),
        )
        .add(
            'POST',
            '/users/tokens/non_compliant/revoke',
            (c) => tokens.revokeNonCompliant(c, env()),
            'session',
            since('rotate'),
        )
        .add('GET', `/users/tokens/{token_id:${ID}}`, (c) => tokens.getToken(c, env()))
        .add('POST', `/users/{user_id:${ID}}/tokens`, (c) => tokens.createToken(c, env()))
        .add('GET', `/users/{user_id:${ID}}/tokens`, (c) => tokens.listTokensForUser(c, env()))
        .add('GET', '/users/username/{username:[A-Za-z0-9.\\-_]+}', users.getUserByUsername)
        .add('GET', `/users/{user_id:${ID}}/sessions`, users.sessionsForUser)
        .add('GET', `/users/{user_id:${ID}}/image/default`, users.profileImage)
        .add('GET', `/users/{user_id:${ID}}/image`, users.profileImage)
        .add('GET', `/users/{user_id:${ID}}`, users.getUser)
        .add('POST', '/posts', posts.createPost)
        .add('PUT', `/posts/{post_id:${ID}}/patch`, posts.patchPost)
        .add('GET', '/roles/name/{role_name}', system.roleByName)
        .add('POST', '/roles/names', system.rolesByNames)
        .add('GET', '/config/client', (c) => system.clientConfig(c, sb.config, sb.featureLevel), 'optional')
        .add('GET', '/system/ping', system.ping, 'optional')
        .add('GET', '/plugins/webapp', () => plugins.webappPlugins(pluginState()), 'optional')
        .add('POST', '/plugins', (c) => plugins.uploadPlugin(c, pluginState()))
        .add('POST', '/plugins/{plugin_id}/enable', (c) => plugins.enablePlugin(c, pluginState()))
        .add('POST', '/commands/execute', system.executeCommand);
}
