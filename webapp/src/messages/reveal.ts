import {defineMessages} from 'react-intl';

export default defineMessages({
    groupLabel: {id: 'token_manager.reveal.group_label', defaultMessage: 'New secret for token {description}'},
    warning: {
        id: 'token_manager.reveal.warning',
        defaultMessage:
            'Copy the secret now and keep it somewhere safe, such as a password manager. It will not be shown again, and it disappears if you leave this view.',
    },
    secretLabel: {id: 'token_manager.reveal.secret_label', defaultMessage: 'Access token (the secret)'},
    copy: {id: 'token_manager.reveal.copy', defaultMessage: 'Copy'},
    copied: {id: 'token_manager.reveal.copied', defaultMessage: 'Copied to the clipboard.'},
    copyFailed: {
        id: 'token_manager.reveal.copy_failed',
        defaultMessage: 'Could not copy automatically: the secret is selected, press Ctrl+C (⌘C on a Mac).',
    },
    idNotSecret: {
        id: 'token_manager.reveal.id_not_secret',
        defaultMessage: 'Token ID {id} is not the secret: it only names the token.',
    },
    done: {id: 'token_manager.reveal.done', defaultMessage: 'I have copied it'},
    redacted: {
        id: 'token_manager.reveal.redacted',
        defaultMessage:
            'Secret hidden. It cannot be shown again; if it is lost, rotate or revoke the token and create a new one.',
    },
    close: {id: 'token_manager.reveal.close', defaultMessage: 'Close'},
    leaveTitle: {id: 'token_manager.reveal.leave_title', defaultMessage: 'Close without copying?'},
    leaveBody: {
        id: 'token_manager.reveal.leave_body',
        defaultMessage:
            'The secret cannot be shown again. If you close now without copying it, you will have to rotate or revoke the token.',
    },
    leaveConfirm: {id: 'token_manager.reveal.leave_confirm', defaultMessage: 'Close without copying'},
    leaveCancel: {id: 'token_manager.reveal.leave_cancel', defaultMessage: 'Keep it open'},
    missing: {
        id: 'token_manager.reveal.missing',
        defaultMessage:
            'The secret is no longer available here: it is shown only once, in the view where the token was created.',
    },
});
