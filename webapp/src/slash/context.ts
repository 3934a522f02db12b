// What every /token subcommand works with: the store, where to answer, the user's language, and the ways
// to answer (a reply of blocks, one sentence, an explained failure).
import type {UserProfile} from '@mattermost/types/users';
import type {IntlShape, MessageDescriptor} from 'react-intl';
import type {TokenApiErrorFields} from 'server-bridge';

import {currentUser, userLocale} from '../host';
import {getIntl} from '../i18n';
import slash from '../messages/slash';
import {postReply} from '../replies';
import {getCapabilities} from '../selectors';
import type {AppDispatch, GetState} from '../types';
import {describeError, errorDetails, type ErrorContext} from '../utils/error_text';
import {formatParts, text, type Inline, type PartValue} from '../utils/parts';
import {replyToMarkdown, type Block, type Tone} from '../utils/reply';

export interface SlashArgs {
    channel_id: string;
    team_id?: string;
    root_id?: string;
}

export interface CommandStore {
    dispatch: AppDispatch;
    getState: GetState;
}

export class Context {
    readonly intl: IntlShape;

    constructor(
        readonly store: CommandStore,
        readonly args: SlashArgs,
    ) {
        this.intl = getIntl(userLocale(store.getState()));
    }

    get dispatch(): AppDispatch {
        return this.store.dispatch;
    }

    get state() {
        return this.store.getState();
    }

    get me(): UserProfile {
        return currentUser(this.state);
    }

    get caps() {
        return getCapabilities(this.state);
    }

    parts(descriptor: MessageDescriptor, values?: Record<string, PartValue>): Inline[] {
        return formatParts(this.intl, descriptor, values);
    }

    words(descriptor: MessageDescriptor, values?: Record<string, string | number>): string {
        return this.intl.formatMessage(descriptor, values);
    }

    paragraph(descriptor: MessageDescriptor, values?: Record<string, PartValue>, tone?: Tone): Block {
        return {t: 'p', c: this.parts(descriptor, values), tone};
    }

    post(blocks: Block[]) {
        const reply = {blocks};
        const message = replyToMarkdown(reply, {
            reveal: this.words(slash.revealFallback),
            confirm: this.words(slash.confirmFallback),
        });
        postReply(
            this.dispatch,
            this.state,
            {channelId: this.args.channel_id, rootId: this.args.root_id},
            reply,
            message,
        );
    }

    say(descriptor: MessageDescriptor, values?: Record<string, PartValue>, tone?: Tone) {
        this.post([this.paragraph(descriptor, values, tone)]);
    }

    failureReason(error: TokenApiErrorFields, context: ErrorContext = {}): string {
        return describeError(this.intl, error, context);
    }

    failureBlocks(
        error: TokenApiErrorFields,
        context: ErrorContext = {},
        values: Record<string, string | number> = {},
    ): Block[] {
        const details = errorDetails(this.intl, error);
        const blocks: Block[] = [{t: 'p', c: [text(describeError(this.intl, error, context, values))], tone: 'error'}];
        if (details) {
            blocks.push({t: 'p', c: [text(details)], tone: 'info'});
        }
        return blocks;
    }

    fail(error: TokenApiErrorFields, context: ErrorContext = {}, values: Record<string, string | number> = {}) {
        if (error.kind !== 'aborted') {
            this.post(this.failureBlocks(error, context, values));
        }
    }
}
