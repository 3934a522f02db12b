// Replies of the /token slash command.
import {defineMessages} from 'react-intl';

export default defineMessages({
    helpTitle: {
        id: 'token_manager.slash.help.title',
        defaultMessage: 'Token Manager: manage your personal access tokens without leaving the channel.',
    },
    helpCommand: {id: 'token_manager.slash.help.column_command', defaultMessage: 'Command'},
    helpDoes: {id: 'token_manager.slash.help.column_does', defaultMessage: 'What it does'},
    helpHelp: {id: 'token_manager.slash.help.help', defaultMessage: 'Show this help.'},
    helpCreate: {
        id: 'token_manager.slash.help.create',
        defaultMessage:
            'Create a token for yourself and show its secret once. Expiry: 7d, 30d, 90d, 1y, a date (YYYY-MM-DD) or never, where the server supports expiry; under a lifetime policy the longest allowed is the default.',
    },
    helpList: {
        id: 'token_manager.slash.help.list',
        defaultMessage: "List your tokens, or another user's if you may manage them.",
    },
    helpDisable: {
        id: 'token_manager.slash.help.disable',
        defaultMessage:
            'Disable a token (reversible), by its ID, its exact description or a unique start of either. Its integrations stop until it is enabled again.',
    },
    helpEnable: {id: 'token_manager.slash.help.enable', defaultMessage: 'Enable a disabled token again.'},
    helpRevoke: {
        id: 'token_manager.slash.help.revoke',
        defaultMessage: 'Revoke a token for good (asks first unless --yes).',
    },
    helpRotate: {
        id: 'token_manager.slash.help.rotate',
        defaultMessage:
            "Replace a token's secret, keeping its ID and expiry, and show the new secret once (asks first unless --yes; only on servers that support rotation).",
    },
    helpDisableAll: {
        id: 'token_manager.slash.help.disable_all',
        defaultMessage: 'Panic button: disable every active token of yours at once; enable them again later.',
    },
    helpAdmin: {
        id: 'token_manager.slash.help.admin',
        defaultMessage: 'System Admins: search every token on the server by description, owner or ID.',
    },
    helpSettings: {id: 'token_manager.slash.help.settings', defaultMessage: 'Open the Token Manager window.'},
    helpIdNotSecret: {
        id: 'token_manager.slash.help.id_not_secret',
        defaultMessage:
            'A token ID identifies a token; it is not the secret and cannot log in. The secret is shown only once, when the token is created or rotated.',
    },
    helpPlatforms: {
        id: 'token_manager.slash.help.platforms',
        defaultMessage:
            '/token works in the Mattermost web and desktop apps, not in the mobile apps, and has no autocomplete. Replies are visible only to you and disappear when you reload.',
    },
    unknownSubcommand: {
        id: 'token_manager.slash.problem.unknown_subcommand',
        defaultMessage: '{subcommand} is not a /token command. Here is what /token can do:',
    },
    missingDescription: {
        id: 'token_manager.slash.problem.missing_description',
        defaultMessage: 'Say what the token is for, e.g. /token create CI pipeline --expires 90d',
    },
    missingTarget: {
        id: 'token_manager.slash.problem.missing_target',
        defaultMessage: 'Which token? Give its ID or description, e.g. /token {subcommand} CI pipeline',
    },
    unknownFlag: {
        id: 'token_manager.slash.problem.unknown_flag',
        defaultMessage: '{flag} is not an option of /token {subcommand}.',
    },
    flagNeedsValue: {
        id: 'token_manager.slash.problem.flag_needs_value',
        defaultMessage: '{flag} needs a value, e.g. --expires 30d',
    },
    flagTakesNoValue: {
        id: 'token_manager.slash.problem.flag_takes_no_value',
        defaultMessage: '{flag} takes no value: write it on its own.',
    },
    repeatedFlag: {
        id: 'token_manager.slash.problem.repeated_flag',
        defaultMessage: '{flag} is given more than once: give it once.',
    },
    repeatedUser: {
        id: 'token_manager.slash.problem.repeated_user',
        defaultMessage: 'Name one user only; {user} is a second one.',
    },
    badExpiry: {
        id: 'token_manager.slash.problem.bad_expiry',
        defaultMessage: '{value} is not an expiry. Use 7d, 30d, 90d, 1y, a date such as 2027-01-31, or never.',
    },
    conflictingFlags: {id: 'token_manager.slash.problem.conflicting_flags', defaultMessage: 'Choose one of {flags}.'},
    unexpectedArgument: {
        id: 'token_manager.slash.problem.unexpected_argument',
        defaultMessage: '/token {subcommand} does not take {value}.',
    },
    unclosedQuote: {
        id: 'token_manager.slash.problem.unclosed_quote',
        defaultMessage: 'A quotation mark is not closed.',
    },
    usage: {id: 'token_manager.slash.usage', defaultMessage: 'Usage: {usage}'},
    created: {
        id: 'token_manager.slash.created',
        defaultMessage:
            '{expiry, select, never {Created token {description} with ID {id}; it never expires.} none {Created token {description} with ID {id}.} other {Created token {description} with ID {id}; it expires on {date}.}}',
    },
    defaultExpiry: {
        id: 'token_manager.slash.default_expiry',
        defaultMessage:
            'This server requires an expiry, so the token expires after the longest allowed time ({maxDays, plural, one {# day} other {# days}}).',
    },
    revealFallback: {
        id: 'token_manager.slash.reveal_fallback',
        defaultMessage:
            'The secret can be shown only by the Token Manager plugin, once. If you missed it, rotate or revoke the token and create a new one.',
    },
    confirmFallback: {
        id: 'token_manager.slash.confirm_fallback',
        defaultMessage: 'Repeat the command with --yes to go ahead.',
    },
    createLostUnknown: {
        id: 'token_manager.slash.create_lost.unknown',
        defaultMessage:
            'The connection to the server dropped before it answered, and your tokens could not be checked afterwards. Do not simply try again: first list your tokens (/token list) and revoke any {description} whose secret you never saw.',
    },
    createLostNone: {
        id: 'token_manager.slash.create_lost.none',
        defaultMessage:
            'The connection to the server dropped before it answered. Your tokens were checked: no token {description} was created, so you can create it again.',
    },
    createLostOrphans: {
        id: 'token_manager.slash.create_lost.orphans',
        defaultMessage:
            'The connection to the server dropped before it answered, and your browser may have sent the request again. {count, plural, one {# token} other {# tokens}} {description} {count, plural, one {was} other {were}} created just now; {count, plural, one {its secret was} other {their secrets were}} never shown, so revoke {count, plural, one {it} other {them}} and create the token again.',
    },
    createLostMaybeOrphans: {
        id: 'token_manager.slash.create_lost.maybe_orphans',
        defaultMessage:
            'The connection to the server dropped before it answered. You now have {count, plural, one {# token} other {# tokens}} {description} with that expiry; any whose secret you never saw cannot be used. Revoke those, then create the token again.',
    },
    createResent: {
        id: 'token_manager.slash.create_resent',
        defaultMessage:
            'Your browser sent this request more than once after a connection problem, so {count, plural, one {# more token} other {# more tokens}} {description} {count, plural, one {was} other {were}} created; {count, plural, one {its secret was} other {their secrets were}} never shown. Revoke {count, plural, one {it} other {them}}:',
    },
    confirmRevokeOrphans: {
        id: 'token_manager.slash.confirm_revoke_orphans',
        defaultMessage: 'Revoke {count, plural, one {this token} other {these # tokens}} now?',
    },
    confirmRevokeOrphansButton: {
        id: 'token_manager.slash.confirm_revoke_orphans_button',
        defaultMessage: '{count, plural, one {Revoke it} other {Revoke all #}}',
    },
    revokedOrphans: {
        id: 'token_manager.slash.revoked_orphans',
        defaultMessage: 'Revoked {count, plural, one {# token} other {# tokens}}.',
    },
    revokeFailed: {
        id: 'token_manager.slash.revoke_failed',
        defaultMessage: 'Could not revoke {description} ({id}): {reason}',
    },
    listTitle: {
        id: 'token_manager.slash.list.title',
        defaultMessage:
            '{filter, select, active {{count, plural, =0 {No active tokens} one {# active token} other {# active tokens}} of {username}.} inactive {{count, plural, =0 {No disabled or expired tokens} one {# disabled or expired token} other {# disabled or expired tokens}} of {username}.} other {{count, plural, =0 {No tokens} one {# token} other {# tokens}} of {username}.}}',
    },
    emptyHint: {
        id: 'token_manager.slash.list.empty_hint',
        defaultMessage: "Create one with /token create '<description>'.",
    },
    noMatch: {
        id: 'token_manager.slash.resolve.no_match',
        defaultMessage: 'No token of @{username} matches {target}. Try /token list.',
    },
    ambiguous: {
        id: 'token_manager.slash.resolve.ambiguous',
        defaultMessage: '{target} matches {count} tokens. Use one of these IDs:',
    },
    disabled: {
        id: 'token_manager.slash.disabled',
        defaultMessage:
            'Disabled token {description} ({id}). Integrations using it stop working until you enable it again with /token enable {id}.',
    },
    alreadyDisabled: {
        id: 'token_manager.slash.already_disabled',
        defaultMessage: 'Token {description} ({id}) was already disabled.',
    },
    alreadyGone: {
        id: 'token_manager.slash.already_gone',
        defaultMessage: 'There is no token {id} any more: it was already revoked, so there is nothing to revoke.',
    },
    enabled: {id: 'token_manager.slash.enabled', defaultMessage: 'Enabled token {description} ({id}).'},
    alreadyEnabled: {
        id: 'token_manager.slash.already_enabled',
        defaultMessage: 'Token {description} ({id}) was already active.',
    },
    enabledExpired: {
        id: 'token_manager.slash.enabled_expired',
        defaultMessage: 'Note: it has expired, so it still cannot log in.',
    },
    revoked: {
        id: 'token_manager.slash.revoked',
        defaultMessage:
            'Revoked token {description} ({id}). It is gone for good; integrations using it have stopped working.',
    },
    confirmRevoke: {
        id: 'token_manager.slash.confirm_revoke',
        defaultMessage:
            'Revoke token {description} ({id}) of {username}? This cannot be undone: integrations using it stop working.',
    },
    confirmRevokeButton: {id: 'token_manager.slash.confirm_revoke_button', defaultMessage: 'Revoke token'},
    confirmRotate: {
        id: 'token_manager.slash.confirm_rotate',
        defaultMessage:
            '{expiry, select, never {Rotate token {description} ({id}) of {username}? Its current secret stops working at once; the new one, shown once, never expires.} other {Rotate token {description} ({id}) of {username}? Its current secret stops working at once; the new one, shown once, expires on {date}.}}',
    },
    confirmRotateButton: {id: 'token_manager.slash.confirm_rotate_button', defaultMessage: 'Rotate token'},
    rotated: {
        id: 'token_manager.slash.rotated',
        defaultMessage:
            '{expiry, select, never {Rotated token {description} ({id}): the old secret no longer works, and the new one never expires.} none {Rotated token {description} ({id}): the old secret no longer works.} other {Rotated token {description} ({id}): the old secret no longer works, and the new one expires on {date}.}}',
    },
    rotateLost: {
        id: 'token_manager.slash.rotate_lost',
        defaultMessage:
            'The connection to the server dropped before it answered, so token {description} ({id}) may have been rotated: then its old secret no longer works and the new one was never shown. Rotate it again to get a secret you can see.',
    },
    rotateUnsupported: {
        id: 'token_manager.slash.rotate_unsupported',
        defaultMessage:
            'This server cannot rotate tokens (it needs a newer Mattermost). Create a new token and revoke the old one instead.',
    },
    rotateDisabledToken: {
        id: 'token_manager.slash.rotate_disabled_token',
        defaultMessage: 'Token {description} ({id}) is disabled; enable it before rotating it.',
    },
    confirmDisableAll: {
        id: 'token_manager.slash.confirm_disable_all',
        defaultMessage:
            'Disable all {count, plural, one {# active token} other {# active tokens}} of yours? Integrations using them stop working until you enable the tokens again.',
    },
    confirmDisableAllButton: {id: 'token_manager.slash.confirm_disable_all_button', defaultMessage: 'Disable all'},
    cancelled: {id: 'token_manager.slash.cancelled', defaultMessage: 'Cancelled: nothing was changed.'},
    confirmExpired: {
        id: 'token_manager.slash.confirm_expired',
        defaultMessage: 'This confirmation has expired; run the command again.',
    },
    disabledAll: {
        id: 'token_manager.slash.disabled_all',
        defaultMessage:
            "Disabled {count, plural, one {# token} other {# tokens}}. Enable them one by one with /token enable '<id>'.",
    },
    disableAllNone: {
        id: 'token_manager.slash.disable_all_none',
        defaultMessage: 'You have no active tokens: nothing to disable.',
    },
    disableAllFailed: {
        id: 'token_manager.slash.disable_all_failed',
        defaultMessage: 'Could not disable {description} ({id}): {reason}',
    },
    adminOnly: {id: 'token_manager.slash.admin_only', defaultMessage: '/token admin needs the System Admin role.'},
    adminTitle: {
        id: 'token_manager.slash.admin.title',
        defaultMessage:
            '{count, plural, =0 {No tokens match} one {# token matches} other {# tokens match}} {terms} (of {total} on the server).',
    },
    adminTitleAll: {
        id: 'token_manager.slash.admin.title_all',
        defaultMessage:
            '{total, plural, =0 {There are no tokens} one {There is # token} other {There are # tokens}} on the server.',
    },
    adminTruncated: {
        id: 'token_manager.slash.admin.truncated',
        defaultMessage:
            'Showing the first {shown}. Narrow the search, or open the full inventory with /token settings.',
    },
    cannotManageOthers: {
        id: 'token_manager.slash.cannot_manage_others',
        defaultMessage:
            'You cannot manage @{username}\'s tokens: that needs the "edit other users" permission, which System Admins and User Managers have.',
    },
});
