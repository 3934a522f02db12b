// Words shared by the slash-command replies, the Settings section, the window and the inventory.
import {defineMessages} from 'react-intl';

export default defineMessages({
    statusActive: {id: 'token_manager.status.active', defaultMessage: 'Active'},
    statusDisabled: {id: 'token_manager.status.disabled', defaultMessage: 'Disabled'},
    statusExpired: {id: 'token_manager.status.expired', defaultMessage: 'Expired'},
    never: {id: 'token_manager.expiry.never', defaultMessage: 'Never'},
    columnOwner: {id: 'token_manager.column.owner', defaultMessage: 'Owner'},
    columnDescription: {id: 'token_manager.column.description', defaultMessage: 'Description'},
    columnId: {id: 'token_manager.column.id', defaultMessage: 'Token ID (not the secret)'},
    columnStatus: {id: 'token_manager.column.status', defaultMessage: 'Status'},
    columnExpires: {id: 'token_manager.column.expires', defaultMessage: 'Expires'},
    tokenIdLabel: {id: 'token_manager.token.id_label', defaultMessage: 'Token ID (not the secret)'},
    disable: {id: 'token_manager.action.disable', defaultMessage: 'Disable'},
    enable: {id: 'token_manager.action.enable', defaultMessage: 'Enable'},
    revoke: {id: 'token_manager.action.revoke', defaultMessage: 'Revoke'},
    rotate: {id: 'token_manager.action.rotate', defaultMessage: 'Rotate'},
    cancel: {id: 'token_manager.action.cancel', defaultMessage: 'Cancel'},
    close: {id: 'token_manager.action.close', defaultMessage: 'Close'},
    retry: {id: 'token_manager.action.retry', defaultMessage: 'Try again'},
    // On every view that lists tokens while EnableUserAccessTokens is off: listing still works, but no
    // non-bot token can log in (token-api.md §8).
    tokensDisabled: {
        id: 'token_manager.notice.tokens_disabled',
        defaultMessage:
            'Personal access tokens are disabled on this server: the tokens below cannot be used to log in, except those of bots, which still work. New tokens cannot be created. A System Admin can enable them in System Console › Integrations › Integration Management › Enable Personal Access Tokens.',
    },
    noTokenRole: {
        id: 'token_manager.notice.no_token_role',
        defaultMessage:
            'Your account is not allowed to use personal access tokens. A System Admin can allow it in System Console › User Management › Users › (your account) › Manage Roles › "Allow this account to generate personal access tokens".',
    },
});
