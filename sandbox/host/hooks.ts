// actions/hooks.ts: the plugins' hooks, run in registration order. A hook that throws or rejects is not
// caught here; the caller decides, as the web app's callers do.
import type {HostDispatch, HostPost, HostState} from './store';

type Hook = (...args: any[]) => any;

function hooksOf(state: HostState, name: string): Hook[] {
    return (state.plugins.components[name] ?? []).map((c) => c.hook as Hook).filter(Boolean);
}

export interface CommandArgs {
    channel_id: string;
    team_id: string;
    root_id: string;
}

// {error} stops; {} consumes the command (later hooks are skipped); {message, args} passes it on rewritten.
export function runSlashCommandWillBePostedHooks(originalMessage: string, originalArgs: CommandArgs) {
    return async (_dispatch: HostDispatch, getState: () => HostState) => {
        let message: string | undefined = originalMessage;
        let args: CommandArgs | undefined = originalArgs;
        for (const hook of hooksOf(getState(), 'SlashCommandWillBePosted')) {
            const result = await hook(message, args);
            if (result) {
                if ('error' in result) {
                    return {error: result.error};
                }
                message = result.message;
                args = result.args;
                if (Object.keys(result).length === 0) {
                    break;
                }
            }
        }
        return {data: {message, args}};
    };
}

// {error} stops and keeps the draft; {post} replaces the post (a result without `post` leaves it undefined,
// as in the web app).
export function runMessageWillBePostedHooks(originalPost: HostPost) {
    return async (_dispatch: HostDispatch, getState: () => HostState) => {
        let post = originalPost;
        for (const hook of hooksOf(getState(), 'MessageWillBePosted')) {
            const result = await hook(post);
            if (result) {
                if ('error' in result) {
                    return {error: result.error};
                }
                post = result.post;
            }
        }
        return {data: post};
    };
}

// hook(newPost, oldPost): newPost is {id, channel_id, message} as the editor builds it.
export function runMessageWillBeUpdatedHooks(newPost: Partial<HostPost>, oldPost: HostPost) {
    return async (_dispatch: HostDispatch, getState: () => HostState) => {
        let post = newPost;
        for (const hook of hooksOf(getState(), 'MessageWillBeUpdated')) {
            const result = await hook(post, oldPost);
            if (result) {
                if ('error' in result) {
                    return {error: result.error};
                }
                post = result.post;
            }
        }
        return {data: post};
    };
}
