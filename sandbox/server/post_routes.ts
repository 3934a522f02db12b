// Posts (api4/post.go), plain enough for the host page to send messages and for tests to see what reached
// the server: createPost and patchPost, kept in memory. The sandbox has one channel, Town Square, that
// every user may post in; edit_others_posts is for System Admins.
import {updateLastActivityIfNeeded} from './auth';
import type {RequestContext} from './context';
import {ApiError, invalidBodyParam, permissionError} from './errors';
import {TOWN_SQUARE_ID, type SandboxPost} from './model';

// model.PostMessageMaxRunesV2
const MAX_MESSAGE_RUNES = 16383;
const CHANNELS = new Set([TOWN_SQUARE_ID]);

export function serializePost(posts: Map<string, SandboxPost>, post: SandboxPost) {
    const replies = [...posts.values()].filter((p) => p.root_id === post.id);
    return {
        ...post,
        props: {...post.props},
        reply_count: replies.length,
        last_reply_at: replies.reduce((latest, p) => Math.max(latest, p.create_at), 0),
        participants: null,
        metadata: {},
    };
}

// json.Decode into model.Post / model.PostPatch: a field of the wrong type fails the whole body.
function decodePost(c: RequestContext, fields: Record<string, 'string' | 'object' | 'boolean' | 'number'>) {
    const body = c.decodeObject('post');
    for (const [name, type] of Object.entries(fields)) {
        const value = body[name];
        if (value === undefined || value === null) {
            continue;
        }
        const ok = type === 'object' ? typeof value === 'object' && !Array.isArray(value) : typeof value === type;
        if (!ok) {
            throw invalidBodyParam('post');
        }
    }
    return body;
}

// Post.IsValid: custom_ types from anyone, system_ types, or none.
function checkType(type: string) {
    if (type !== '' && !type.startsWith('custom_') && !type.startsWith('system_')) {
        throw new ApiError(400, 'model.post.is_valid.type.app_error');
    }
}

export function createPost(c: RequestContext) {
    const body = decodePost(c, {
        channel_id: 'string',
        message: 'string',
        root_id: 'string',
        type: 'string',
        props: 'object',
        create_at: 'number',
        pending_post_id: 'string',
    });
    const userId = c.userId;
    const channelId = (body.channel_id as string | undefined) ?? '';
    const rootId = (body.root_id as string | undefined) ?? '';
    const message = (body.message as string | undefined) ?? '';
    const type = (body.type as string | undefined) ?? '';
    let createAt = (body.create_at as number | undefined) ?? 0;
    if (createAt !== 0 && !c.hasPermission('manage_system')) {
        createAt = 0;
    }
    // createPostChecks: create_post in the channel (a channel the user cannot see fails the same way).
    if (!CHANNELS.has(channelId)) {
        throw permissionError('create_post', userId);
    }
    if (rootId !== '') {
        const root = c.store.posts.get(rootId);
        if (!root) {
            throw new ApiError(400, 'api.post.create_post.root_id.app_error');
        }
        if (root.channel_id !== channelId) {
            throw new ApiError(400, 'api.post.create_post.channel_root_id.app_error');
        }
    }
    if ([...message].length > MAX_MESSAGE_RUNES) {
        throw new ApiError(400, 'model.post.is_valid.msg.app_error');
    }
    checkType(type);
    const now = createAt || Date.now();
    const post: SandboxPost = {
        id: c.store.id(),
        create_at: now,
        update_at: now,
        edit_at: 0,
        delete_at: 0,
        is_pinned: false,
        user_id: userId,
        channel_id: channelId,
        root_id: rootId,
        original_id: '',
        message,
        type,
        props: {...((body.props as Record<string, unknown> | undefined) ?? {})},
        hashtags: '',
        pending_post_id: (body.pending_post_id as string | undefined) ?? '',
    };
    c.store.posts.set(post.id, post);
    updateLastActivityIfNeeded(c.session);
    c.reply.setStatus(201);
    return serializePost(c.store.posts, post);
}

// patchPost: a post that does not exist is a permission error, as for one the caller cannot edit.
export function patchPost(c: RequestContext) {
    const postId = c.requirePostId();
    const patch = decodePost(c, {message: 'string', props: 'object', is_pinned: 'boolean'});
    const post = c.store.posts.get(postId);
    if (!post) {
        throw permissionError('edit_post', c.userId);
    }
    if (post.user_id !== c.userId && !c.hasPermission('manage_system')) {
        throw permissionError('edit_others_posts', c.userId);
    }
    const now = Date.now();
    if (typeof patch.message === 'string') {
        if ([...patch.message].length > MAX_MESSAGE_RUNES) {
            throw new ApiError(400, 'model.post.is_valid.msg.app_error');
        }
        if (patch.message !== post.message) {
            post.edit_at = now;
        }
        post.message = patch.message;
    }
    if (patch.props && typeof patch.props === 'object') {
        post.props = {...(patch.props as Record<string, unknown>)};
    }
    if (typeof patch.is_pinned === 'boolean') {
        post.is_pinned = patch.is_pinned;
    }
    post.update_at = now;
    return serializePost(c.store.posts, post);
}
