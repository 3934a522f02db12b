// Runs /token commands against the sandbox over HTTP with the test store, and captures the ephemeral
// replies the handler posts (with the blocks this page keeps for them).
import type {UnknownAction} from 'redux';

import type {BridgeHarness} from '../../../server-bridge/test_support';
import {RECEIVED_NEW_POST} from '../host';
import {localReply} from '../replies';
import {runTokenCommand, type SlashArgs} from '../slash_command';
import type {Reply} from '../utils/reply';
import {buildStore} from './store';

export interface PostedReply {
    id: string;
    message: string;
    reply: Reply;
    type: string;
    componentType: string;
    user_id: string;
    channel_id: string;
    root_id: string;
    crtEnabled: boolean;
}

function postedReply(action: UnknownAction): PostedReply | undefined {
    if (action.type !== RECEIVED_NEW_POST) {
        return undefined;
    }
    const post = action.data as {
        id: string;
        message: string;
        type: string;
        user_id: string;
        channel_id: string;
        root_id: string;
        props: {type: string};
    };
    const features = action.features as {crtEnabled: boolean} | undefined;
    return {
        id: post.id,
        message: post.message,
        reply: localReply(post.id)!,
        type: post.type,
        componentType: post.props.type,
        user_id: post.user_id,
        channel_id: post.channel_id,
        root_id: post.root_id,
        crtEnabled: Boolean(features?.crtEnabled),
    };
}

export function slashHarness(
    h: BridgeHarness,
    username: string,
    config: Record<string, string | undefined> = {},
    preferences: Record<string, string> = {},
) {
    h.signIn(username);
    const user = h.running.sandbox.user(username);
    const built = buildStore({user: {id: user.id, username: user.username, roles: user.roles}, config, preferences});
    const replies = () => built.dispatched.map(postedReply).filter((p): p is PostedReply => Boolean(p));
    const run = async (command: string, args: Partial<SlashArgs> = {}) => {
        const before = replies().length;
        h.running.sandbox.requests = [];
        await runTokenCommand(
            command,
            {channel_id: 'channel1', team_id: 'team1', root_id: '', ...args},
            built.pluginStore,
        );
        return {
            replies: replies().slice(before),
            requests: h.running.sandbox.requests.map((r) => `${r.method} ${r.path}`),
        };
    };
    return {...built, replies, run};
}

// The reply's visible words (the model, not the Markdown): handy for assertions.
export function replyText(reply: Reply): string {
    const parts = (c: Array<{v: string}>) => c.map((p) => p.v).join('');
    return reply.blocks
        .map((block) => {
            switch (block.t) {
                case 'p':
                    return parts(block.c);
                case 'table':
                    return [block.head.join(' | '), ...block.rows.map((r) => r.map(parts).join(' | '))].join('\n');
                case 'confirm':
                    return `${parts(block.question)} [${block.confirmLabel}] [${block.cancelLabel}]`;
                case 'reveal':
                    return `[reveal ${block.tokenId}]`;
            }
            return '';
        })
        .join('\n');
}
