import {defineMessages} from 'react-intl';

export default defineMessages({
    title: {id: 'token_manager.inventory.title', defaultMessage: 'Every token on the server'},
    loading: {
        id: 'token_manager.inventory.loading',
        defaultMessage:
            'Loading… {loaded, number} {loaded, plural, one {token} other {tokens}} so far ({pages, plural, one {# page} other {# pages}})',
    },
    loadingOf: {
        id: 'token_manager.inventory.loading_of',
        defaultMessage: 'Loading… {loaded, number} of about {total, number} tokens',
    },
    loadingHeld: {
        id: 'token_manager.inventory.loading_held',
        defaultMessage: 'The table shows the first {shown, number}; the rest appear when the load ends.',
    },
    loaded: {
        id: 'token_manager.inventory.loaded',
        defaultMessage: '{loaded, number} {loaded, plural, one {token} other {tokens}} on the server',
    },
    reload: {id: 'token_manager.inventory.reload', defaultMessage: 'Reload'},
    searchLabel: {id: 'token_manager.inventory.search_label', defaultMessage: 'Search description, owner, email or ID'},
    searchPlaceholder: {id: 'token_manager.inventory.search_placeholder', defaultMessage: 'e.g. deploy @alice'},
    statusFacet: {id: 'token_manager.inventory.facet_status', defaultMessage: 'Status'},
    expiryFacet: {id: 'token_manager.inventory.facet_expiry', defaultMessage: 'Expiry'},
    kindFacet: {id: 'token_manager.inventory.facet_kind', defaultMessage: 'Owner kind'},
    any: {id: 'token_manager.inventory.any', defaultMessage: 'Any'},
    expiryNever: {id: 'token_manager.inventory.expiry_never', defaultMessage: 'Never expires'},
    expiryExpired: {id: 'token_manager.inventory.expiry_expired', defaultMessage: 'Expired'},
    expirySoon: {id: 'token_manager.inventory.expiry_soon', defaultMessage: 'Expires within 7 days'},
    kindBot: {id: 'token_manager.inventory.kind_bot', defaultMessage: 'Bot'},
    kindDeactivated: {id: 'token_manager.inventory.kind_deactivated', defaultMessage: 'Deactivated'},
    kindAdmin: {id: 'token_manager.inventory.kind_admin', defaultMessage: 'System Admin'},
    kindUser: {id: 'token_manager.inventory.kind_user', defaultMessage: 'User'},
    showing: {id: 'token_manager.inventory.showing', defaultMessage: 'Showing {shown, number} of {total, number}'},
    tableLabel: {id: 'token_manager.inventory.table_label', defaultMessage: 'All personal access tokens'},
    selectAll: {id: 'token_manager.inventory.select_all', defaultMessage: 'Select all {count, number} shown'},
    selectRow: {id: 'token_manager.inventory.select_row', defaultMessage: 'Select {description} of {owner}'},
    sortBy: {id: 'token_manager.inventory.sort_by', defaultMessage: 'Sort by {column}'},
    ownerFilter: {id: 'token_manager.inventory.owner_filter', defaultMessage: 'Only tokens of @{username}'},
    clearOwner: {id: 'token_manager.inventory.clear_owner', defaultMessage: 'Show everyone'},
    drillDown: {id: 'token_manager.inventory.drill_down', defaultMessage: 'Show only the tokens of @{username}'},
    ownerSummary: {
        id: 'token_manager.inventory.owner_summary',
        defaultMessage: '{name} · {email} · {count, plural, one {# token} other {# tokens}}, {active, number} active',
    },
    selected: {
        id: 'token_manager.inventory.selected',
        defaultMessage: '{count, plural, one {# token} other {# tokens}} selected',
    },
    clearSelection: {id: 'token_manager.inventory.clear_selection', defaultMessage: 'Clear selection'},
    bulkDisable: {id: 'token_manager.inventory.bulk_disable', defaultMessage: 'Disable…'},
    bulkEnable: {id: 'token_manager.inventory.bulk_enable', defaultMessage: 'Enable…'},
    bulkRevoke: {id: 'token_manager.inventory.bulk_revoke', defaultMessage: 'Revoke…'},
    exportCsv: {
        id: 'token_manager.inventory.export_csv',
        defaultMessage: 'Export CSV ({count, plural, one {# row} other {# rows}})',
    },
    previewMore: {
        id: 'token_manager.inventory.preview_more',
        defaultMessage: '…and {count, plural, one {# more token} other {# more tokens}}.',
    },
    previewTitle: {
        id: 'token_manager.inventory.preview_title',
        defaultMessage:
            '{action, select, disable {Disable} enable {Enable} other {Revoke}} {count, plural, one {# token} other {# tokens}}?',
    },
    previewChange: {
        id: 'token_manager.inventory.preview_change',
        defaultMessage:
            'These {count, plural, one {# token} other {# tokens}} will be {action, select, disable {disabled: their integrations stop until enabled again} enable {enabled} other {revoked for good: this cannot be undone}}:',
    },
    previewUnchanged: {
        id: 'token_manager.inventory.preview_unchanged',
        defaultMessage:
            '{count, plural, one {# token is} other {# tokens are}} already {action, select, disable {disabled} other {active}} and will not change.',
    },
    previewNothing: {id: 'token_manager.inventory.preview_nothing', defaultMessage: 'Nothing to change.'},
    run: {
        id: 'token_manager.inventory.run',
        defaultMessage:
            '{action, select, disable {Disable} enable {Enable} other {Revoke}} {count, plural, one {# token} other {# tokens}}',
    },
    running: {id: 'token_manager.inventory.running', defaultMessage: 'Working… {done, number} of {count, number}.'},
    remaining: {
        id: 'token_manager.inventory.remaining',
        defaultMessage: 'About {seconds, plural, one {# second} other {# seconds}} left.',
    },
    cancelRun: {id: 'token_manager.inventory.cancel_run', defaultMessage: 'Stop'},
    resultTitle: {id: 'token_manager.inventory.result_title', defaultMessage: 'Result'},
    resultSummary: {
        id: 'token_manager.inventory.result_summary',
        defaultMessage:
            '{ok, plural, one {# token} other {# tokens}} {action, select, disable {disabled} enable {enabled} other {revoked}}, {failed, plural, =0 {no failures} one {# failure} other {# failures}}.',
    },
    resultCancelled: {
        id: 'token_manager.inventory.result_cancelled',
        defaultMessage:
            'Stopped. {ok, plural, one {# token} other {# tokens}} {action, select, disable {disabled} enable {enabled} other {revoked}} before stopping, {failed, plural, =0 {no failures} one {# failure} other {# failures}}.',
    },
    resultFailed: {id: 'token_manager.inventory.result_failed', defaultMessage: '{description} ({owner}): {reason}'},
    resultFailedLabel: {id: 'token_manager.inventory.result_failed_label', defaultMessage: 'Failures'},
    resultNotRun: {
        id: 'token_manager.inventory.result_not_run',
        defaultMessage: '{count, plural, one {# token was} other {# tokens were}} not changed because you stopped.',
    },
    noMatches: {id: 'token_manager.inventory.no_matches', defaultMessage: 'No token matches the search and filters.'},
    noTokens: {
        id: 'token_manager.inventory.no_tokens',
        defaultMessage: 'There are no personal access tokens on this server.',
    },
});
