// /token replies: client-side ephemeral posts, and the registry of the ones this page made. The server
// accepts a post of the plugin's type from anyone in the channel, so the reply component renders only
// posts whose id is in this registry, with the blocks kept here (never those in the post): a post that
// came from the server, or any other post, is shown as inert text at most.
import {ephemeralPost, isCollapsedThreadsEnabled, receivedEphemeralPost} from './host';
import manifest from './manifest';
import type {AppDispatch, State} from './types';
import type {Reply} from './utils/reply';

// Posts of this type (in props.type) are rendered by components/slash_reply; the web app requires the
// `custom_` prefix for plugin post types.
export const REPLY_POST_TYPE = `custom_${manifest.id.replace(/-/g, '_')}_reply`;

// Replies are kept for as long as the page may show them; the oldest go first past this many.
const MAX_REPLIES = 500;

const replies = new Map<string, Reply>();

export interface ReplyTarget {
    channelId: string;
    rootId?: string;
}

export function postReply(dispatch: AppDispatch, state: State, target: ReplyTarget, reply: Reply, message: string) {
    const post = ephemeralPost({
        channelId: target.channelId,
        rootId: target.rootId,
        message,
        componentType: REPLY_POST_TYPE,
    });
    replies.set(post.id, reply);
    if (replies.size > MAX_REPLIES) {
        replies.delete(replies.keys().next().value!);
    }
    dispatch(receivedEphemeralPost(post, isCollapsedThreadsEnabled(state)));
    return post;
}

// The reply this page made for a post id, or undefined for anything else.
export function localReply(postId: unknown): Reply | undefined {
    return typeof postId === 'string' ? replies.get(postId) : undefined;
}

export function forgetReplies() {
    replies.clear();
}
