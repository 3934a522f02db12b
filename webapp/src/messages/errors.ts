// Words for failures: what happened and what the user can do next.
import {defineMessages} from 'react-intl';

export default defineMessages({
    disabled: {
        id: 'token_manager.error.disabled',
        defaultMessage:
            'Personal access tokens are disabled on this server. A System Admin can enable them in System Console › Integrations › Integration Management › Enable Personal Access Tokens.',
    },
    unauthorized: {
        id: 'token_manager.error.unauthorized',
        defaultMessage: 'Your session has expired. Reload the page and log in again, then retry.',
    },
    forbiddenTokenRole: {
        id: 'token_manager.error.forbidden_token_role',
        defaultMessage:
            'Your account is not allowed to use personal access tokens. A System Admin can allow it in System Console › User Management › Users › (your account) › Manage Roles › "Allow this account to generate personal access tokens".',
    },
    forbiddenOthers: {
        id: 'token_manager.error.forbidden_others',
        defaultMessage:
            'You cannot manage another user\'s tokens: that needs the "edit other users" permission (System Admins and User Managers have it), and only System Admins can manage a System Admin\'s tokens.',
    },
    forbiddenAdmin: {id: 'token_manager.error.forbidden_admin', defaultMessage: 'This needs the System Admin role.'},
    notFound: {
        id: 'token_manager.error.not_found',
        defaultMessage: 'That token no longer exists: it may have been revoked. List your tokens to see what is left.',
    },
    unsupported: {
        id: 'token_manager.error.unsupported',
        defaultMessage: 'This server does not support that yet: it needs a newer version of Mattermost.',
    },
    notFoundUser: {id: 'token_manager.error.not_found_user', defaultMessage: 'There is no user called @{username}.'},
    invalid: {id: 'token_manager.error.invalid', defaultMessage: 'The server rejected the request: {message}'},
    rateLimited: {
        id: 'token_manager.error.rate_limited',
        defaultMessage: 'The server is rate limiting requests. Wait a moment and try again.',
    },
    server: {
        id: 'token_manager.error.server',
        defaultMessage:
            'The server had a problem ({status}). Try again; if it persists, give your System Admin the request id.',
    },
    rotateUncertain: {
        id: 'token_manager.error.rotate_uncertain',
        defaultMessage:
            'The server did not confirm the rotation, so it may have happened even so: then the old secret no longer works and the new one was never shown. If the old secret stops working, rotate the token again to get a secret you can see.',
    },
    network: {
        id: 'token_manager.error.network',
        defaultMessage: 'Could not reach the server. Check your connection and try again.',
    },
    details: {
        id: 'token_manager.error.details',
        defaultMessage: 'Status {status}, error id {errorId}, request id {requestId}',
    },
    descriptionRequired: {
        id: 'token_manager.validation.description_required',
        defaultMessage: 'A description is required: say what the token is for, e.g. "CI pipeline".',
    },
    descriptionTooLong: {
        id: 'token_manager.validation.description_too_long',
        defaultMessage:
            'The description is {bytes} bytes long; the server allows at most 255 bytes (emoji and accented letters take more than one).',
    },
    expiryUnsupported: {
        id: 'token_manager.validation.expiry_unsupported',
        defaultMessage:
            'This server does not support token expiry: leave the expiry out, or ask a System Admin to upgrade Mattermost.',
    },
    expiryRequired: {
        id: 'token_manager.validation.expiry_required',
        defaultMessage: 'This server requires an expiry within {maxDays, plural, one {# day} other {# days}}.',
    },
    expiryInPast: {id: 'token_manager.validation.expiry_in_past', defaultMessage: 'The expiry must be in the future.'},
    expiryTooFar: {
        id: 'token_manager.validation.expiry_too_far',
        defaultMessage:
            'This server allows tokens to live at most {maxDays, plural, one {# day} other {# days}}: choose an earlier expiry.',
    },
    expiryInvalid: {id: 'token_manager.validation.expiry_invalid', defaultMessage: 'That expiry is not valid.'},
    searchTermRequired: {
        id: 'token_manager.validation.search_term_required',
        defaultMessage: 'A search term is required.',
    },
});
