// Checks that mirror the server's own (shared/mattermost/token-api.md §5), so that nothing is sent that the
// server would reject. Used by the bridge as a guard and by the UI for messages.

export const MAX_DESCRIPTION_BYTES = 255;
export const DAY_MS = 24 * 60 * 60 * 1000;

export type ValidationProblem =
    | {id: 'token_manager.validation.description_required'}
    | {id: 'token_manager.validation.description_too_long'; bytes: number}
    | {id: 'token_manager.validation.expiry_unsupported'}
    | {id: 'token_manager.validation.expiry_required'; maxDays: number}
    | {id: 'token_manager.validation.expiry_in_past'}
    | {id: 'token_manager.validation.expiry_too_far'; maxDays: number}
    | {id: 'token_manager.validation.expiry_invalid'};

// Go's len(): UTF-8 bytes.
export function utf8Length(text: string): number {
    let bytes = 0;
    for (const char of text) {
        const code = char.codePointAt(0)!;
        bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    }
    return bytes;
}

export function checkDescription(description: string): ValidationProblem | undefined {
    if (description.trim() === '') {
        return {id: 'token_manager.validation.description_required'};
    }
    const bytes = utf8Length(description);
    if (bytes > MAX_DESCRIPTION_BYTES) {
        return {id: 'token_manager.validation.description_too_long', bytes};
    }
    return undefined;
}

export interface ExpiryRules {
    supportsExpiry: boolean;
    // 0 or null: no policy.
    maxLifetimeDays: number | null;
}

// expiresAt: Unix ms, 0 = never, undefined = not given (the server treats it as 0).
export function checkExpiry(
    expiresAt: number | undefined,
    rules: ExpiryRules,
    now = Date.now(),
): ValidationProblem | undefined {
    const maxDays = rules.maxLifetimeDays ?? 0;
    if (!rules.supportsExpiry) {
        return expiresAt ? {id: 'token_manager.validation.expiry_unsupported'} : undefined;
    }
    const value = expiresAt ?? 0;
    if (!Number.isInteger(value) || value < 0) {
        return {id: 'token_manager.validation.expiry_invalid'};
    }
    if (value === 0) {
        return maxDays > 0 ? {id: 'token_manager.validation.expiry_required', maxDays} : undefined;
    }
    if (value <= now) {
        return {id: 'token_manager.validation.expiry_in_past'};
    }
    if (maxDays > 0 && value > now + maxDays * DAY_MS) {
        return {id: 'token_manager.validation.expiry_too_far', maxDays};
    }
    return undefined;
}

export function describeProblem(problem: ValidationProblem): string {
    switch (problem.id) {
        case 'token_manager.validation.description_required':
            return 'A description is required.';
        case 'token_manager.validation.description_too_long':
            return `The description is ${problem.bytes} bytes long; the server allows at most ${MAX_DESCRIPTION_BYTES}.`;
        case 'token_manager.validation.expiry_unsupported':
            return 'This server does not support token expiry.';
        case 'token_manager.validation.expiry_required':
            return `This server requires an expiry date within ${problem.maxDays} days.`;
        case 'token_manager.validation.expiry_in_past':
            return 'The expiry date must be in the future.';
        case 'token_manager.validation.expiry_too_far':
            return `The expiry date must be within ${problem.maxDays} days.`;
        case 'token_manager.validation.expiry_invalid':
            return 'The expiry date is not valid.';
    }
}
