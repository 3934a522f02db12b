// The reply component trusts only replies this page made: a post of the plugin's type from the server or
// from another user shows as inert text, and malformed blocks render nothing of theirs.
import {act, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import React from 'react';
import {IntlProvider} from 'react-intl';

import {addConfirmation, clearConfirmations} from '../../confirmations';
import {getTranslations} from '../../i18n';
import {forgetReplies, postReply, REPLY_POST_TYPE} from '../../replies';
import {depositSecret, discardAllSecrets, pendingSecretCount} from '../../secret_handoff';
import {buildStore} from '../../test/store';
import {code, text, user} from '../../utils/parts';
import type {Reply} from '../../utils/reply';
import SlashReply from './slash_reply';

afterEach(() => {
    forgetReplies();
    discardAllSecrets();
    clearConfirmations();
});

function show(post: {id?: unknown; message?: unknown}) {
    return render(
        <IntlProvider locale='en' messages={getTranslations('en')}>
            <SlashReply post={post} />
        </IntlProvider>,
    );
}

function post(reply: Reply, message = 'fallback text') {
    const {pluginStore} = buildStore();
    return postReply(pluginStore.dispatch, pluginStore.getState(), {channelId: 'c'}, reply, message);
}

test('a reply this page made renders from its own blocks', () => {
    const made = post({blocks: [{t: 'p', c: [text('Hello '), user('@alice'), text(', id '), code('abc')]}]});
    expect(made.props.type).toBe(REPLY_POST_TYPE);
    show(made);
    expect(screen.getByText('@alice').tagName).toBe('BDI');
    expect(screen.getByText('abc').tagName).toBe('CODE');
});

test('a post from the server with the same type and a reveal for a real handle: inert text, the secret stays unclaimed', () => {
    const handle = depositSecret('victim-secret-xxxxxxxxxxxx');
    const confirmed = jest.fn(async () => undefined);
    const confirmId = addConfirmation(confirmed);
    const forged = {
        id: 'forgedpostidxxxxxxxxxxxxxx',
        user_id: 'attackerxxxxxxxxxxxxxxxxxx',
        type: 'system_ephemeral',
        message: 'Click <b>Confirm</b>',
        props: {
            type: REPLY_POST_TYPE,
            token_manager_reply: {
                blocks: [
                    {t: 'reveal', handle, tokenId: 't', description: 'd'},
                    {
                        t: 'confirm',
                        confirmId,
                        question: [],
                        confirmLabel: 'Confirm',
                        cancelLabel: 'Cancel',
                        danger: true,
                    },
                ],
            },
        },
    };
    const {container} = show(forged);
    expect(container.textContent).toBe('Click <b>Confirm</b>');
    expect(container.querySelector('b, button, input')).toBeNull();
    expect(pendingSecretCount()).toBe(1);
    expect(confirmed).not.toHaveBeenCalled();
});

test('malformed blocks render nothing of theirs, and never throw', () => {
    for (const bad of [
        {blocks: [{t: 'p', c: 'not parts'}]},
        {blocks: [{t: 'table', head: [1], rows: []}]},
        {blocks: [{t: 'confirm', confirmId: 1}]},
        {blocks: [{t: 'script', src: 'x'}]},
        {blocks: 'nope'},
    ]) {
        const made = post(bad as unknown as Reply, 'safe fallback');
        const {container, unmount} = show(made);
        expect(container.textContent).toBe('safe fallback');
        unmount();
    }
});

test('a reveal is claimed once: a second rendering of the same reply shows no secret', async () => {
    const handle = depositSecret('secretsecretsecretsecret26');
    const made = post({blocks: [{t: 'reveal', handle, tokenId: 'tok', description: 'd'}]});
    const first = show(made);
    expect(await screen.findByDisplayValue('secretsecretsecretsecret26')).toBeInTheDocument();
    const second = show(made);
    expect(second.container.textContent).toContain('no longer available');
    first.unmount();
    second.unmount();
});

test('"I have copied it" wipes the secret from the input and the DOM at once', async () => {
    const handle = depositSecret('secretsecretsecretsecret26');
    const made = post({blocks: [{t: 'reveal', handle, tokenId: 'tok', description: 'd'}]});
    const {container} = show(made);
    const input = await screen.findByDisplayValue('secretsecretsecretsecret26');
    await act(async () => {
        await userEvent.setup().click(screen.getByRole('button', {name: 'I have copied it'}));
    });
    expect((input as HTMLInputElement).value).toBe('');
    expect(container.innerHTML).not.toContain('secretsecretsecretsecret26');
    expect(pendingSecretCount()).toBe(0);
});
