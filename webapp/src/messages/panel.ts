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
    tabMine: {id: 'token_manager.modal.tab_mine', defaultMessage: 'My tokens'},
    tabAll: {id: 'token_manager.modal.tab_all', defaultMessage: 'All tokens'},
    tabsLabel: {id: 'token_manager.modal.tabs_label', defaultMessage: 'Token Manager views'},
    loading: {id: 'token_manager.mine.loading', defaultMessage: 'Loading your tokens…'},
    empty: {id: 'token_manager.mine.empty', defaultMessage: 'You have no personal access tokens yet.'},
    listLabel: {id: 'token_manager.mine.list_label', defaultMessage: 'Your personal access tokens'},
    disableAll: {
        id: 'token_manager.mine.disable_all',
        defaultMessage: 'Disable all {count, number} active tokens…',
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
    createLostUnknown: {
        id: 'token_manager.create.lost_unknown',
        defaultMessage:
            'The connection to the server dropped before it answered, and your tokens could not be checked afterwards. Do not simply try again: reload your tokens first and revoke any “{description}” whose secret you never saw.',
    },
    createLostNone: {
        id: 'token_manager.create.lost_none',
        defaultMessage:
            'The connection to the server dropped before it answered. Your tokens were checked: no token “{description}” was created, so you can create it again.',
    },
    createLostOrphans: {
        id: 'token_manager.create.lost_orphans',
        defaultMessage:
            'The connection to the server dropped before it answered, and your browser may have sent the request again. {count, plural, one {# token} other {# tokens}} “{description}” {count, plural, one {was} other {were}} created just now; {count, plural, one {its secret was} other {their secrets were}} never shown, so revoke {count, plural, one {it} other {them}} and create the token again.',
    },
    createLostMaybeOrphans: {
        id: 'token_manager.create.lost_maybe_orphans',
        defaultMessage:
            'The connection to the server dropped before it answered. You now have {count, plural, one {# token} other {# tokens}} “{description}” with that expiry; any whose secret you never saw cannot be used. Revoke those, then create the token again.',
    },
    createResent: {
        id: 'token_manager.create.resent',
        defaultMessage:
            'Your browser sent this request more than once after a connection problem, so {count, plural, one {# more token} other {# more tokens}} “{description}” {count, plural, one {was} other {were}} created; {count, plural, one {its secret was} other {their secrets were}} never shown. Revoke {count, plural, one {it} other {them}}:',
    },
    revokeOrphans: {
        id: 'token_manager.create.revoke_orphans',
        defaultMessage: '{count, plural, one {Revoke it} other {Revoke all #}}',
    },
    revokedOrphans: {
        id: 'token_manager.create.revoked_orphans',
        defaultMessage: 'Revoked {count, plural, one {# token} other {# tokens}}.',
    },
    expiresLabel: {id: 'token_manager.token.expires_label', defaultMessage: 'Expires'},
    lastActivityLabel: {id: 'token_manager.token.last_activity_label', defaultMessage: 'Last recorded activity'},
    lastActivityNone: {id: 'token_manager.token.last_activity_none', defaultMessage: 'None on record'},
    lastActivityHelp: {
        id: 'token_manager.token.last_activity_help',
        defaultMessage:
            'From the sessions the token has opened. The server records activity only on a few calls (such as reading users or posting) and at most every 5 minutes, and sessions end when a token is disabled, rotated or revoked, so a token can have been used more recently than this.',
    },
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
    rotateExpiry: {
        id: 'token_manager.rotate.expiry',
        defaultMessage: '{never, select, yes {The token will never expire.} other {The token will expire on {date}.}}',
    },
    rotateExpiryLabel: {
        id: 'token_manager.rotate.expiry_label',
        defaultMessage: 'The token has expired. New expiry',
    },
    done: {
        id: 'token_manager.action.done',
        defaultMessage:
            '{action, select, disable {Disabled “{description}”.} enable {Enabled “{description}”.} revoke {Revoked “{description}”.} other {Rotated “{description}”.}}',
    },
    rotatedTitle: {id: 'token_manager.rotate.title', defaultMessage: 'New secret for “{description}”'},
    createdTitle: {id: 'token_manager.create.reveal_title', defaultMessage: 'Your new token “{description}”'},
});
