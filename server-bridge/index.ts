// server-bridge: the only code that talks to the Mattermost server. Typed token operations over the
// logged-in user's Client4 session; every failure is a TokenApiError.
export {client, configureClient, normalizeSiteUrl} from './client';
export {TokenApiError, isTokenApiError, abortedError, type TokenErrorKind, type TokenApiErrorFields} from './errors';
export {setRetryPolicy, requestStats, resetRequestStats, abortReads, type RetryPolicy} from './request';
export {createLimiter, type Limiter} from './limit';
export {
    createToken,
    createProblem,
    getToken,
    revokeToken,
    disableToken,
    enableToken,
    rotateToken,
    searchTokens,
    listUserTokens,
    listAllTokens,
    sortTokens,
    compareIds,
    DEFAULT_CONCURRENCY,
    type CreateTokenOptions,
    type RotateTokenOptions,
    type ListAllOptions,
    type ListProgress,
} from './tokens';
export {getUsersByIds, getUserByUsername, USER_BATCH_SIZE} from './users';
export {loadInventory, type Inventory, type InventoryOptions} from './inventory';
export {getTokenUsage, scanTokenUsage, type TokenUsage, type UserUsageResult, type UsageScanOptions} from './usage';
export {countNonCompliantTokens} from './policy';
export {whoseToken, identifyToken, type LiveToken, type TokenCheckOptions} from './token_owner';
export {
    capabilitiesFromState,
    expiryFromTokens,
    isRouteMissing,
    type Capabilities,
    type DetectedFeatures,
} from './capabilities';
export {
    checkDescription,
    checkExpiry,
    utf8Length,
    MAX_DESCRIPTION_BYTES,
    DAY_MS,
    type ValidationProblem,
    type ExpiryRules,
} from './validation';
