import manifest from './manifest';

const prefix = `${manifest.id}/`;

export default {
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
    RECEIVED_FEATURES: `${prefix}received_features`,
    OPEN_MODAL: `${prefix}open_modal`,
    CLOSE_MODAL: `${prefix}close_modal`,
} as const;
