// The plugin's action types (namespaced by the manifest id) and the union of the actions it dispatches.
// No action ever carries a token's secret: every token in an action is a StoredToken.
import type {TokenApiErrorFields, TokenUsage} from 'server-bridge';
import type {DetectedFeatures} from 'server-bridge';

import manifest from './manifest';
import type {OwnerSummary, StoredToken, TokenManagerTab} from './reducer';

const prefix = `${manifest.id}/`;

const ActionTypes = {
    RECEIVED_TOKENS: `${prefix}received_tokens`,
    RECEIVED_TOKEN: `${prefix}received_token`,
    TOKEN_STATUS_CHANGED: `${prefix}token_status_changed`,
    TOKEN_REVOKED: `${prefix}token_revoked`,
    RECEIVED_OWNERS: `${prefix}received_owners`,
    RECEIVED_USAGE: `${prefix}received_usage`,
    INVENTORY_STARTED: `${prefix}inventory_started`,
    INVENTORY_PROGRESS: `${prefix}inventory_progress`,
    INVENTORY_FINISHED: `${prefix}inventory_finished`,
    INVENTORY_FAILED: `${prefix}inventory_failed`,
    INVENTORY_CLEARED: `${prefix}inventory_cleared`,
    RECEIVED_FEATURES: `${prefix}received_features`,
    OPEN_MODAL: `${prefix}open_modal`,
    CLOSE_MODAL: `${prefix}close_modal`,
    PLUGIN_RESET: `${prefix}plugin_reset`,
} as const;

export default ActionTypes;

type T = typeof ActionTypes;

export type PluginAction =
    // A user's tokens (replaceUserId: the complete list of that user's tokens) or a page of the inventory.
    | {type: T['RECEIVED_TOKENS']; data: StoredToken[]; replaceUserId?: string}
    | {type: T['RECEIVED_TOKEN']; data: StoredToken}
    | {type: T['TOKEN_STATUS_CHANGED']; tokenId: string; isActive: boolean}
    | {type: T['TOKEN_REVOKED']; tokenId: string}
    | {type: T['RECEIVED_OWNERS']; data: OwnerSummary[]}
    | {type: T['RECEIVED_USAGE']; data: TokenUsage[]; tokenIds: string[]}
    | {type: T['INVENTORY_STARTED']}
    | {type: T['INVENTORY_PROGRESS']; loaded: number; pages: number}
    | {type: T['INVENTORY_FINISHED']; tokenIds: string[]}
    | {type: T['INVENTORY_FAILED']; error: TokenApiErrorFields}
    // Everything the inventory brought in (other users' tokens, owners, their usage) is forgotten.
    | {type: T['INVENTORY_CLEARED']; keepUserId: string}
    | {type: T['RECEIVED_FEATURES']; data: DetectedFeatures}
    // ownerId: open the inventory on that owner's tokens (the paste guard).
    | {type: T['OPEN_MODAL']; tab: TokenManagerTab; ownerId?: string}
    | {type: T['CLOSE_MODAL']}
    | {type: T['PLUGIN_RESET']};
