// A bridge error in words a user can act on, plus the facts an admin needs (status, error id, request id).
// Local checks (validation problems) and server errors share one table of messages.
import type {IntlShape, MessageDescriptor} from 'react-intl';
import {isRouteMissing, type TokenApiErrorFields, type ValidationProblem} from 'server-bridge';

import errors from '../messages/errors';

export interface ErrorContext {
    // The request was about another user's tokens.
    others?: boolean;
    // The request needed manage_system (the inventory, the server's search).
    admin?: boolean;
}

// The one table from a problem's id (a local check, or the server's id for the same rule) to its words.
const PROBLEM_MESSAGES: Record<string, MessageDescriptor> = {
    'token_manager.validation.description_required': errors.descriptionRequired,
    'token_manager.validation.description_too_long': errors.descriptionTooLong,
    'token_manager.validation.expiry_unsupported': errors.expiryUnsupported,
    'token_manager.validation.expiry_required': errors.expiryRequired,
    'token_manager.validation.expiry_in_past': errors.expiryInPast,
    'token_manager.validation.expiry_too_far': errors.expiryTooFar,
    'token_manager.validation.expiry_invalid': errors.expiryInvalid,
    'token_manager.validation.search_term_required': errors.searchTermRequired,
    'app.user_access_token.disabled': errors.disabled,
    'app.user_access_token.expires_at_in_past.app_error': errors.expiryInPast,
    'app.user_access_token.expires_at_required.app_error': errors.expiryRequired,
    'app.user_access_token.expires_at_too_far.app_error': errors.expiryTooFar,
    'model.user_access_token.is_valid.description.app_error': errors.descriptionTooLong,
};

// A validation problem found before sending anything.
export function problemText(intl: IntlShape, problem: ValidationProblem, maxDays: number | null): string {
    const {id, ...params} = problem;
    return intl.formatMessage(PROBLEM_MESSAGES[id], {maxDays: maxDays ?? 0, bytes: 0, ...params});
}

export function describeError(
    intl: IntlShape,
    error: TokenApiErrorFields,
    context: ErrorContext = {},
    values: Record<string, string | number> = {},
): string {
    if (isRouteMissing(error)) {
        return intl.formatMessage(errors.unsupported);
    }
    const known = PROBLEM_MESSAGES[error.serverErrorId];
    if (known) {
        return intl.formatMessage(known, {maxDays: 0, bytes: 256, ...values, ...error.params});
    }
    switch (error.kind) {
        case 'disabled':
            return intl.formatMessage(errors.disabled);
        case 'unauthorized':
            return intl.formatMessage(errors.unauthorized);
        case 'forbidden':
            if (context.admin) {
                return intl.formatMessage(errors.forbiddenAdmin);
            }
            return intl.formatMessage(context.others ? errors.forbiddenOthers : errors.forbiddenTokenRole);
        case 'not_found':
            return intl.formatMessage(errors.notFound);
        case 'rate_limited':
            return intl.formatMessage(errors.rateLimited);
        case 'network':
            return intl.formatMessage(errors.network);
        case 'server':
            return intl.formatMessage(errors.server, {status: error.status});
        default:
            return intl.formatMessage(errors.invalid, {message: error.message});
    }
}

// What a failed rotate must add when it may have happened even so: the connection dropped before the
// answer, or the server (or a proxy in front of it) answered 5xx, which can come after the rotation was
// saved; a browser may also have re-sent the request on its own after a dropped connection. Other failures
// (429, 4xx) come before anything is changed, and add nothing.
export function rotateFailureNote(error: TokenApiErrorFields): MessageDescriptor | undefined {
    return error.kind === 'network' || error.kind === 'server' ? errors.rotateUncertain : undefined;
}

// "Status 403, error id api.context.permissions.app_error, request id …" — empty for local checks.
export function errorDetails(intl: IntlShape, error: TokenApiErrorFields): string {
    if (error.status === 0 && error.kind !== 'network') {
        return '';
    }
    return intl.formatMessage(errors.details, {
        status: error.status || '—',
        errorId: error.serverErrorId || '—',
        requestId: error.requestId || '—',
    });
}
