// The expiry reminder: a small card, shown at most once a day, naming tokens that expire within 7 days or
// expired within the last 7 days.
import {defineMessages} from 'react-intl';

export default defineMessages({
    title: {
        id: 'token_manager.reminder.title',
        defaultMessage:
            '{kind, select, expiring {{count, plural, one {A personal access token expires soon} other {# personal access tokens expire soon}}} expired {{count, plural, one {A personal access token has expired} other {# personal access tokens have expired}}} other {{count, plural, one {A personal access token expires soon or has expired} other {# personal access tokens expire soon or have expired}}}}',
    },
    intro: {
        id: 'token_manager.reminder.intro',
        defaultMessage:
            'Integrations that use an expired token stop working.{rotate, select, yes { Rotate gives it a new secret and a new expiry.} other {}}',
    },
    expiring: {
        id: 'token_manager.reminder.expiring',
        defaultMessage:
            '“{description}” {days, plural, =0 {expires today} =1 {expires tomorrow} other {expires in # days}}',
    },
    expired: {
        id: 'token_manager.reminder.expired',
        defaultMessage:
            '“{description}” {days, plural, =0 {expired today} =1 {expired yesterday} other {expired # days ago}}',
    },
    more: {
        id: 'token_manager.reminder.more',
        defaultMessage: '{count, plural, other {And # more: see the Token Manager.}}',
    },
    dismiss: {id: 'token_manager.reminder.dismiss', defaultMessage: 'Dismiss'},
    rotateExpiryLabel: {id: 'token_manager.reminder.rotate_expiry_label', defaultMessage: 'New expiry'},
});
