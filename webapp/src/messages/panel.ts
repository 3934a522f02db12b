// The Settings section, the Token Manager window and the My tokens view.
import {defineMessages} from 'react-intl';

export default defineMessages({
    pluginName: {id: 'token_manager.plugin.name', defaultMessage: 'Token Manager'},
    sectionTitle: {id: 'token_manager.settings.section_title', defaultMessage: 'Personal access tokens'},
    sectionIntro: {
        id: 'token_manager.settings.intro',
        defaultMessage:
            'Personal access tokens let scripts and integrations use Mattermost as you. Treat them like passwords.',
    },
    openManager: {id: 'token_manager.settings.open_manager', defaultMessage: 'Open Token Manager'},
    openInventory: {id: 'token_manager.settings.open_inventory', defaultMessage: 'Open the inventory of all tokens'},
    mainMenu: {id: 'token_manager.main_menu', defaultMessage: 'Token Manager'},
    modalTitle: {id: 'token_manager.modal.title', defaultMessage: 'Token Manager'},
    close: {id: 'token_manager.modal.close', defaultMessage: 'Close'},
    tabMine: {id: 'token_manager.modal.tab_mine', defaultMessage: 'My tokens'},
    tabAll: {id: 'token_manager.modal.tab_all', defaultMessage: 'All tokens'},
    tabsLabel: {id: 'token_manager.modal.tabs_label', defaultMessage: 'Token Manager views'},
    loading: {id: 'token_manager.mine.loading', defaultMessage: 'Loading your tokens…'},
    empty: {id: 'token_manager.mine.empty', defaultMessage: 'You have no personal access tokens yet.'},
    retry: {id: 'token_manager.action.retry', defaultMessage: 'Try again'},
    listLabel: {id: 'token_manager.mine.list_label', defaultMessage: 'Your personal access tokens'},
    tokensDisabled: {
        id: 'token_manager.mine.tokens_disabled',
        defaultMessage:
            'Personal access tokens are disabled on this server, so new tokens cannot be created and existing ones cannot log in. A System Admin can enable them in System Console › Integrations › Integration Management › Enable Personal Access Tokens.',
    },
    noTokenRole: {
        id: 'token_manager.mine.no_token_role',
        defaultMessage:
            'Your account is not allowed to use personal access tokens. A System Admin can allow it in System Console › User Management › Users › (your account) › Manage Roles › "Allow this account to generate personal access tokens".',
    },
    createTitle: {id: 'token_manager.create.title', defaultMessage: 'Create a token'},
    descriptionLabel: {id: 'token_manager.create.description_label', defaultMessage: 'Description'},
    descriptionPlaceholder: {
        id: 'token_manager.create.description_placeholder',
        defaultMessage: 'What is it for? e.g. CI pipeline',
    },
    expiryLabel: {id: 'token_manager.create.expiry_label', defaultMessage: 'Expires'},
    expiryDateLabel: {id: 'token_manager.create.expiry_date_label', defaultMessage: 'Expiry date'},
    expiry7d: {id: 'token_manager.create.expiry_7d', defaultMessage: 'In 7 days'},
    expiry30d: {id: 'token_manager.create.expiry_30d', defaultMessage: 'In 30 days'},
    expiry90d: {id: 'token_manager.create.expiry_90d', defaultMessage: 'In 90 days'},
    expiry1y: {id: 'token_manager.create.expiry_1y', defaultMessage: 'In 1 year'},
    expiryNever: {id: 'token_manager.create.expiry_never', defaultMessage: 'Never'},
    expiryMax: {
        id: 'token_manager.create.expiry_max',
        defaultMessage: 'Longest allowed ({maxDays, plural, one {# day} other {# days}})',
    },
    expiryCustom: {id: 'token_manager.create.expiry_custom', defaultMessage: 'On a date…'},
    policyNote: {
        id: 'token_manager.create.policy_note',
        defaultMessage: 'This server requires tokens to expire within {maxDays, plural, one {# day} other {# days}}.',
    },
    createButton: {id: 'token_manager.create.button', defaultMessage: 'Create token'},
    creating: {id: 'token_manager.create.creating', defaultMessage: 'Creating…'},
    created: {id: 'token_manager.create.created', defaultMessage: 'Created token “{description}”.'},
    tokenIdLabel: {id: 'token_manager.token.id_label', defaultMessage: 'Token ID (not the secret)'},
    expiresLabel: {id: 'token_manager.token.expires_label', defaultMessage: 'Expires'},
    lastUsedLabel: {id: 'token_manager.token.last_used_label', defaultMessage: 'Last used (approx.)'},
    lastUsedNone: {id: 'token_manager.token.last_used_none', defaultMessage: 'No session on record'},
    lastUsedHelp: {
        id: 'token_manager.token.last_used_help',
        defaultMessage:
            'From the sessions the token has opened: sessions end when a token is disabled, rotated or revoked, so this is approximate.',
    },
    disable: {id: 'token_manager.action.disable', defaultMessage: 'Disable'},
    enable: {id: 'token_manager.action.enable', defaultMessage: 'Enable'},
    revoke: {id: 'token_manager.action.revoke', defaultMessage: 'Revoke'},
    rotate: {id: 'token_manager.action.rotate', defaultMessage: 'Rotate'},
    actionsFor: {id: 'token_manager.token.actions_for', defaultMessage: '{action} {description}'},
    confirmDisableTitle: {id: 'token_manager.confirm.disable_title', defaultMessage: 'Disable this token?'},
    confirmDisableBody: {
        id: 'token_manager.confirm.disable_body',
        defaultMessage:
            'Integrations using “{description}” stop working until you enable it again. Its sessions are ended.',
    },
    confirmEnableTitle: {id: 'token_manager.confirm.enable_title', defaultMessage: 'Enable this token?'},
    confirmEnableBody: {
        id: 'token_manager.confirm.enable_body',
        defaultMessage: '“{description}” can log in again with its existing secret.',
    },
    confirmRevokeTitle: {id: 'token_manager.confirm.revoke_title', defaultMessage: 'Revoke this token?'},
    confirmRevokeBody: {
        id: 'token_manager.confirm.revoke_body',
        defaultMessage:
            '“{description}” is deleted for good and integrations using it stop working. This cannot be undone.',
    },
    confirmRotateTitle: {id: 'token_manager.confirm.rotate_title', defaultMessage: 'Rotate this token?'},
    confirmRotateBody: {
        id: 'token_manager.confirm.rotate_body',
        defaultMessage: '“{description}” gets a new secret, shown once; the current secret stops working at once.',
    },
    done: {id: 'token_manager.action.done', defaultMessage: 'Done: {action} “{description}”.'},
    rotatedTitle: {id: 'token_manager.rotate.title', defaultMessage: 'New secret for “{description}”'},
    createdTitle: {id: 'token_manager.create.reveal_title', defaultMessage: 'Your new token “{description}”'},
    adminOnlyNote: {
        id: 'token_manager.inventory.admin_note',
        defaultMessage: 'As a System Admin you can see and manage every token on the server.',
    },
});
