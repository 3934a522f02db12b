// The paste guard's message hooks. A message without a candidate passes at once, with no request. With
// candidates, the server is asked (check.ts); only a token it confirms live stops the message, and then the
// hook's promise waits for the user's answer in the dialog while the web app keeps the draft. Not a live
// token, or the server could not be asked: the message goes as it is and nothing is shown. The hooks never
// throw (a throw would reject the user's submit).
import type {Post} from '@mattermost/types/posts';
import type {IntlShape} from 'react-intl';

import {currentUser, userLocale} from '../host';
import {getIntl} from '../i18n';
import {isRunning} from '../lifecycle';
import messages from '../messages/paste_guard';
import type {MessageHookResult} from '../plugin_registry';
import type {PluginStore} from '../types';
import {findCandidates, replaceSecrets, secretPrefix} from './candidates';
import {checkCandidates} from './check';
import {addCheck, type Answer, type KeepReason} from './pending';

const KEPT = {
    cancelled: messages.keptCancelled,
    opened: messages.keptOpened,
    revoked: messages.keptRevoked,
    stopped: messages.keptStopped,
} as const;

export function keptMessage(intl: IntlShape, reason: KeepReason, edit: boolean): string {
    return intl.formatMessage(KEPT[reason], {edit: edit ? 'yes' : 'no'});
}

type WithMessage = {message?: string};

async function checkAndAsk<P extends WithMessage>(
    store: PluginStore,
    post: P,
    message: string,
    candidates: string[],
    edit: boolean,
): Promise<MessageHookResult<P>> {
    const {live} = await checkCandidates(candidates);
    if (live.length === 0) {
        return {post};
    }
    const intl = () => getIntl(userLocale(store.getState()));
    if (!isRunning()) {
        return {error: {message: keptMessage(intl(), 'stopped', edit)}};
    }
    const me = currentUser(store.getState())?.id;
    const secrets = new Set(live.map((f) => f.secret));
    return new Promise((resolve) => {
        addCheck({
            edit,
            findings: live.map((f) => ({
                prefix: secretPrefix(f.secret),
                owner: f.owner,
                self: f.owner.id === me,
                tokenId: f.tokenId,
            })),
            finish: (answer: Answer) => {
                if (answer.kind === 'post') {
                    resolve({post});
                } else if (answer.kind === 'remove') {
                    const placeholder = intl().formatMessage(messages.placeholder);
                    resolve({post: {...post, message: replaceSecrets(message, secrets, placeholder)}});
                } else {
                    resolve({error: {message: keptMessage(intl(), answer.reason, edit)}});
                }
            },
        });
    });
}

function guard<P extends WithMessage>(store: PluginStore, post: P, edit: boolean): Promise<MessageHookResult<P>> {
    try {
        const message = post?.message;
        if (!isRunning() || typeof message !== 'string') {
            return Promise.resolve({post});
        }
        const candidates = findCandidates(message, store.getState());
        if (candidates.length === 0) {
            return Promise.resolve({post});
        }
        // A failure of the plugin itself lets the message through, as a server that cannot be asked does.
        return checkAndAsk(store, post, message, candidates, edit).catch(() => ({post}));
    } catch {
        return Promise.resolve({post});
    }
}

export function createMessageWillBePostedHook(store: PluginStore) {
    return (post: Post): Promise<MessageHookResult<Post>> => guard(store, post, false);
}

// Best effort: the web app's inline editor has not called this hook since about 10.5.
export function createMessageWillBeUpdatedHook(store: PluginStore) {
    return (newPost: Partial<Post>, _oldPost?: Post): Promise<MessageHookResult<Partial<Post>>> =>
        guard(store, newPost, true);
}
