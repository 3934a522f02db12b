// The paste guard: the dialog shown when a message holds a live access token, and the sentences the web
// app shows under the message box when the draft is kept. `edit` is yes when a posted message is edited.
import {defineMessages} from 'react-intl';

export default defineMessages({
    title: {
        id: 'token_manager.paste_guard.title',
        defaultMessage:
            '{count, plural, one {This message contains a live access token} other {This message contains # live access tokens}}',
    },
    intro: {
        id: 'token_manager.paste_guard.intro',
        defaultMessage:
            '{count, plural, one {Anyone who can read the channel could use it to act as its owner in Mattermost.} other {Anyone who can read the channel could use them to act as their owners in Mattermost.}} {edit, select, yes {Your changes have not been saved.} other {Your message has not been sent.}}',
    },
    listLabel: {id: 'token_manager.paste_guard.list_label', defaultMessage: 'Live tokens in the message'},
    ownerSelf: {id: 'token_manager.paste_guard.owner_self', defaultMessage: '{secret} is your own token.'},
    ownerUser: {
        id: 'token_manager.paste_guard.owner_user',
        defaultMessage:
            '{hasName, select, yes {{secret} is a token of {username} ({name}).} other {{secret} is a token of {username}.}}',
    },
    ownerBot: {
        id: 'token_manager.paste_guard.owner_bot',
        defaultMessage: '{secret} is a token of the bot {username}.',
    },
    tokenNamed: {
        id: 'token_manager.paste_guard.token_named',
        defaultMessage: 'Token “{description}”, ID {id} (the ID is not the secret).',
    },
    tokenId: {id: 'token_manager.paste_guard.token_id', defaultMessage: 'Token ID {id} (the ID is not the secret).'},
    unidentified: {
        id: 'token_manager.paste_guard.unidentified',
        defaultMessage:
            '{canOpen, select, yes {The server does not say for certain which token this is, so it is not revoked from here: find it in the list of tokens.} other {The server does not say for certain which token this is, so it is not revoked from here: ask its owner or a System Admin to revoke it.}}',
    },
    notAllowed: {
        id: 'token_manager.paste_guard.not_allowed',
        defaultMessage:
            '{self, select, yes {Your account is not allowed to revoke tokens: ask a System Admin to revoke it.} other {Only its owner or a System Admin can revoke it.}}',
    },
    revoke: {id: 'token_manager.paste_guard.revoke', defaultMessage: 'Revoke it now'},
    revoking: {id: 'token_manager.paste_guard.revoking', defaultMessage: 'Revoking…'},
    revoked: {id: 'token_manager.paste_guard.revoked', defaultMessage: 'Revoked: this token no longer works.'},
    openTokens: {
        id: 'token_manager.paste_guard.open_tokens',
        defaultMessage: "{self, select, yes {Open your tokens} other {Open the owner's tokens}}",
    },
    remove: {
        id: 'token_manager.paste_guard.remove',
        defaultMessage: '{count, plural, one {Remove it from the message} other {Remove them from the message}}',
    },
    postAnyway: {
        id: 'token_manager.paste_guard.post_anyway',
        defaultMessage: '{edit, select, yes {Save anyway} other {Post anyway}}',
    },
    confirmTitle: {
        id: 'token_manager.paste_guard.confirm_title',
        defaultMessage: '{count, plural, one {Post the live token?} other {Post the live tokens?}}',
    },
    confirmSelf: {
        id: 'token_manager.paste_guard.confirm_self',
        defaultMessage: 'Anyone in the channel can use it to act as you.',
    },
    confirmOther: {
        id: 'token_manager.paste_guard.confirm_other',
        defaultMessage: 'Anyone in the channel can use it to act as {username}.',
    },
    confirmMany: {
        id: 'token_manager.paste_guard.confirm_many',
        defaultMessage: 'Anyone in the channel can use them to act as their owners: {owners}.',
    },
    confirmPost: {
        id: 'token_manager.paste_guard.confirm_post',
        defaultMessage: '{count, plural, one {Post the live token} other {Post the live tokens}}',
    },
    back: {id: 'token_manager.paste_guard.back', defaultMessage: 'Back'},
    revokedTitle: {
        id: 'token_manager.paste_guard.revoked_title',
        defaultMessage: '{count, plural, one {The token was revoked} other {The tokens were revoked}}',
    },
    revokedBody: {
        id: 'token_manager.paste_guard.revoked_body',
        defaultMessage:
            '{edit, select, yes {It no longer works. Save your changes with the token removed, or keep editing?} other {It no longer works. Post your message with the token removed, or keep editing?}}',
    },
    postRemoved: {
        id: 'token_manager.paste_guard.post_removed',
        defaultMessage: '{edit, select, yes {Save with the token removed} other {Post with the token removed}}',
    },
    keepEditing: {id: 'token_manager.paste_guard.keep_editing', defaultMessage: 'Keep editing'},
    // Put in the message in place of each live token.
    placeholder: {id: 'token_manager.paste_guard.placeholder', defaultMessage: '[personal access token removed]'},
    // Shown by the web app under the message box; the draft is kept.
    keptCancelled: {
        id: 'token_manager.paste_guard.kept_cancelled',
        defaultMessage:
            '{edit, select, yes {Not saved: the message contains a live access token.} other {Not sent: the message contains a live access token.}}',
    },
    keptOpened: {
        id: 'token_manager.paste_guard.kept_opened',
        defaultMessage:
            '{edit, select, yes {Not saved: the message contains a live access token. Revoke it, or remove it from the message.} other {Not sent: the message contains a live access token. Revoke it, or remove it from the message.}}',
    },
    keptRevoked: {
        id: 'token_manager.paste_guard.kept_revoked',
        defaultMessage:
            '{edit, select, yes {Not saved: the token was revoked, and you can finish editing.} other {Not sent: the token was revoked, and you can finish editing your message.}}',
    },
    keptStopped: {
        id: 'token_manager.paste_guard.kept_stopped',
        defaultMessage:
            '{edit, select, yes {Not saved: Token Manager was turned off while it checked the message for live access tokens. Check it and save again.} other {Not sent: Token Manager was turned off while it checked the message for live access tokens. Check it and send it again.}}',
    },
});
