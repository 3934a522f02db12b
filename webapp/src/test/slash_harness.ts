// Runs /token commands against the sandbox over HTTP with a store shaped like the web app's, and captures
// the ephemeral replies the handler posts.
import {
    applyMiddleware,
    combineReducers,
    legacy_createStore as createStore,
    type AnyAction,
    type Middleware,
} from 'redux';

import type {BridgeHarness} from '../../../server-bridge/test_support';
import {RECEIVED_NEW_POST} from '../host';
import {REPLY_PROP} from '../post_type';
import reducer from '../reducer';
import {pluginStateKey} from '../selectors';
import {runTokenCommand, type CommandStore} from '../slash_command';
import type {Reply} from '../utils/reply';

const ROLE_PERMISSIONS: Record<string, string[]> = {
    system_user: [],
    system_user_access_token: ['create_user_access_token', 'read_user_access_token', 'revoke_user_access_token'],
    system_user_manager: ['edit_other_users'],
    system_admin: [
        'manage_system',
        'edit_other_users',
        'create_user_access_token',
        'read_user_access_token',
        'revoke_user_access_token',
    ],
};

export interface PostedReply {
    message: string;
    reply: Reply;
    type: string;
    user_id: string;
    channel_id: string;
}

export function slashHarness(h: BridgeHarness, username: string, config: Record<string, string> = {}) {
    h.signIn(username);
    const user = h.running.sandbox.user(username);
    const posts: PostedReply[] = [];
    const entities = (
        state = {
            users: {
                currentUserId: user.id,
                profiles: {[user.id]: {id: user.id, username: user.username, roles: user.roles, locale: 'en'}},
            },
            roles: {
                roles: Object.fromEntries(
                    Object.entries(ROLE_PERMISSIONS).map(([name, permissions]) => [name, {name, permissions}]),
                ),
            },
            general: {config: {EnableUserAccessTokens: 'true', MaximumPersonalAccessTokenLifetimeDays: '0', ...config}},
        },
    ) => state;
    const thunk: Middleware =
        ({dispatch, getState}) =>
        (next) =>
        (action: unknown) =>
            typeof action === 'function' ? action(dispatch, getState) : next(action);
    const capture: Middleware = () => (next) => (action) => {
        const a = action as AnyAction;
        if (a.type === RECEIVED_NEW_POST) {
            posts.push({
                message: a.data.message,
                reply: a.data.props[REPLY_PROP],
                type: a.data.type,
                user_id: a.data.user_id,
                channel_id: a.channelId,
            });
        }
        return next(action);
    };
    const store = createStore(
        combineReducers({entities, [pluginStateKey]: reducer}),
        applyMiddleware(thunk, capture),
    ) as unknown as CommandStore;
    const run = async (command: string) => {
        const before = posts.length;
        h.running.sandbox.requests = [];
        await runTokenCommand(command, {channel_id: 'channel1', team_id: 'team1', root_id: ''}, store);
        return {replies: posts.slice(before), requests: h.running.sandbox.requests.map((r) => `${r.method} ${r.path}`)};
    };
    return {store, posts, run};
}

// The reply's visible words (the model, not the Markdown): handy for assertions.
export function replyText(reply: Reply): string {
    return reply.blocks
        .map((block) => {
            switch (block.t) {
                case 'p':
                    return block.c.map((p) => p.v).join('');
                case 'ul':
                    return block.items.map((i) => i.map((p) => p.v).join('')).join('\n');
                case 'table':
                    return [
                        block.head.join(' | '),
                        ...block.rows.map((r) => r.map((c) => c.map((p) => p.v).join('')).join(' | ')),
                    ].join('\n');
                case 'confirm':
                    return `${block.question.map((p) => p.v).join('')} [${block.confirmLabel}] [${block.cancelLabel}]`;
                case 'reveal':
                    return `[reveal ${block.tokenId}]`;
            }
            return '';
        })
        .join('\n');
}
