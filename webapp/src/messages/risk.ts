// The inventory's risk view: counts, what each risk means, its fix, the server's policy count and the
// activity scan.
import {defineMessages} from 'react-intl';

export default defineMessages({
    title: {id: 'token_manager.risk.title', defaultMessage: 'Risks'},
    intro: {
        id: 'token_manager.risk.intro',
        defaultMessage:
            'Select a count to show only those tokens and fix them. Each counts enabled, unexpired tokens, except Expired.',
    },
    listLabel: {id: 'token_manager.risk.list_label', defaultMessage: 'Risk counts'},
    partial: {
        id: 'token_manager.risk.partial',
        defaultMessage: 'These count the tokens loaded so far.',
    },
    // A count and the name of its risk, e.g. "6 Never expire".
    countTile: {id: 'token_manager.risk.count_tile', defaultMessage: '<b>{count, number}</b> {name}'},
    nameNeverExpires: {id: 'token_manager.risk.name.never_expires', defaultMessage: 'Never expire'},
    nameSystemAdmin: {id: 'token_manager.risk.name.owner_system_admin', defaultMessage: 'System Admin owners'},
    nameDeactivated: {id: 'token_manager.risk.name.owner_deactivated', defaultMessage: 'Deactivated owners'},
    nameBot: {id: 'token_manager.risk.name.owner_bot', defaultMessage: 'Bots'},
    nameExpired: {id: 'token_manager.risk.name.expired', defaultMessage: 'Expired, not revoked'},
    nameOverPolicy: {
        id: 'token_manager.risk.name.over_policy',
        defaultMessage: 'Over the {days, plural, one {#-day} other {#-day}} lifetime policy',
    },
    nameNoActivity: {
        id: 'token_manager.risk.name.no_activity',
        defaultMessage: 'No recorded activity in {days, plural, one {# day} other {# days}}',
    },
    describeNeverExpires: {
        id: 'token_manager.risk.describe.never_expires',
        defaultMessage:
            'These tokens have no expiry date: they work until someone disables or revokes them. Fix: disable them (reversible); their owners can create replacements that expire.',
    },
    describeSystemAdmin: {
        id: 'token_manager.risk.describe.owner_system_admin',
        defaultMessage:
            "A System Admin's token can do everything the admin can, including managing every other token. Fix: disable them (reversible).",
    },
    describeDeactivated: {
        id: 'token_manager.risk.describe.owner_deactivated',
        defaultMessage:
            'These tokens stop working only while their owner is deactivated: they work again the moment the account is reactivated. Fix: revoke them.',
    },
    describeBot: {
        id: 'token_manager.risk.describe.owner_bot',
        defaultMessage:
            "Bot tokens keep working even when personal access tokens are turned off on the server, and nobody's login protects them. Fix: disable them (reversible) where the bot should not run.",
    },
    describeExpired: {
        id: 'token_manager.risk.describe.expired',
        defaultMessage: 'These tokens can no longer sign in, but stay on the server until revoked. Fix: revoke them.',
    },
    describeOverPolicy: {
        id: 'token_manager.risk.describe.over_policy',
        defaultMessage:
            'Enabled tokens of users (not bots) that never expire or expire more than {days, plural, one {# day} other {# days}} from now: the server would refuse to create them today. Fix: disable them (reversible); their owners can create replacements within the policy.',
    },
    describeNoActivity: {
        id: 'token_manager.risk.describe.no_activity',
        defaultMessage:
            'Enabled tokens of active users with no session on record, or none active in the {days, plural, one {last day} other {last # days}} before the check. This is no recorded activity, not proof of disuse: check with the owner before revoking. Fix: disable them (reversible).',
    },
    fixNeverExpires: {
        id: 'token_manager.risk.fix.never_expires',
        defaultMessage:
            '{count, plural, one {Disable the token that never expires…} other {Disable the # tokens that never expire…}}',
    },
    fixSystemAdmin: {
        id: 'token_manager.risk.fix.owner_system_admin',
        defaultMessage:
            '{count, plural, one {Disable the token of a System Admin…} other {Disable the # tokens of System Admins…}}',
    },
    fixDeactivated: {
        id: 'token_manager.risk.fix.owner_deactivated',
        defaultMessage:
            '{count, plural, one {Revoke the token of a deactivated user…} other {Revoke the # tokens of deactivated users…}}',
    },
    fixBot: {
        id: 'token_manager.risk.fix.owner_bot',
        defaultMessage: '{count, plural, one {Disable the bot token…} other {Disable the # bot tokens…}}',
    },
    fixExpired: {
        id: 'token_manager.risk.fix.expired',
        defaultMessage: '{count, plural, one {Revoke the expired token…} other {Revoke the # expired tokens…}}',
    },
    fixOverPolicy: {
        id: 'token_manager.risk.fix.over_policy',
        defaultMessage:
            '{count, plural, one {Disable the token over the policy…} other {Disable the # tokens over the policy…}}',
    },
    fixNoActivity: {
        id: 'token_manager.risk.fix.no_activity',
        defaultMessage:
            '{count, plural, one {Disable the token with no recorded activity in {days, number} days…} other {Disable the # tokens with no recorded activity in {days, number} days…}}',
    },
    nothingToFix: {id: 'token_manager.risk.nothing_to_fix', defaultMessage: 'Nothing to fix.'},
    filterRegion: {id: 'token_manager.risk.filter_region', defaultMessage: 'Only tokens at risk: {risk}'},
    clearFilter: {id: 'token_manager.risk.clear_filter', defaultMessage: 'Show all tokens'},
    noExpiry: {
        id: 'token_manager.risk.no_expiry',
        defaultMessage:
            'This server has no token expiry: every token works until it is disabled or revoked, so tokens that never expire or have expired are not counted.',
    },
    noPolicy: {
        id: 'token_manager.risk.no_policy',
        defaultMessage: 'No maximum token lifetime is set on this server, so no token is over a lifetime policy.',
    },
    serverCount: {id: 'token_manager.risk.server_count', defaultMessage: "Server's count: {count, number}"},
    serverCountInList: {
        id: 'token_manager.risk.server_count_in_list',
        defaultMessage: "by the server's count ({listed, number} in this list)",
    },
    serverCountDiffers: {
        id: 'token_manager.risk.server_count_differs',
        defaultMessage:
            "The server counts {server, plural, one {# token} other {# tokens}} over the lifetime policy; this list has {listed, number}. The server's count is current, while the list is as of its last load: tokens created, changed or revoked since, or whose owner could not be looked up, make the difference. Filtering and the fix act on the tokens in this list; reload it to compare again.",
    },
    withoutOwner: {
        id: 'token_manager.risk.without_owner',
        defaultMessage:
            '{count, plural, one {# token has an owner} other {# tokens have owners}} that could not be looked up, left out of the owner counts.',
    },
    scanButton: {id: 'token_manager.risk.scan', defaultMessage: 'Check recent activity'},
    scanAgain: {id: 'token_manager.risk.scan_again', defaultMessage: 'Check recent activity again'},
    scanCost: {
        id: 'token_manager.risk.scan_cost',
        defaultMessage:
            'Reads the sessions of the {owners, plural, one {# owner} other {# owners}} of enabled tokens, one request each; nothing is changed.',
    },
    scanAboutTitle: {id: 'token_manager.risk.scan_about_title', defaultMessage: 'What counts as recorded activity'},
    scanAbout: {
        id: 'token_manager.risk.scan_about',
        defaultMessage:
            'A token opens a session on the server the first time it is used. The server records activity on that session only on a few calls (such as reading users, posting or viewing a channel), and at most every 5 minutes, so a token used only for other calls shows its first use as its last. The session is deleted when the token is disabled, rotated or revoked and when its owner is deactivated. So a check finds tokens with no recorded activity, not unused ones: check with the owner before revoking.',
    },
    scanning: {
        id: 'token_manager.risk.scanning',
        defaultMessage: 'Checking recent activity… {done, number} of {total, plural, one {# owner} other {# owners}}',
    },
    scanStop: {id: 'token_manager.risk.scan_stop', defaultMessage: 'Stop checking'},
    scanStopping: {id: 'token_manager.risk.scan_stopping', defaultMessage: 'Stopping…'},
    scanDone: {
        id: 'token_manager.risk.scan_done',
        defaultMessage:
            'Recent activity checked for {done, number} of {total, plural, one {# owner} other {# owners}} at {time}.',
    },
    scanStopped: {
        id: 'token_manager.risk.scan_stopped',
        defaultMessage:
            'Stopped: recent activity checked for {done, number} of {total, plural, one {# owner} other {# owners}}; the activity counts cover only their tokens.',
    },
    scanFailedOwners: {
        id: 'token_manager.risk.scan_failed_owners',
        defaultMessage:
            '{failed, plural, one {# owner} other {# owners}} could not be checked; their tokens are left out of the activity counts.',
    },
});
