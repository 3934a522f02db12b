// Reads from the host's state and the plugin's slice. Simple paths are read directly instead of importing
// mattermost-redux selectors, which would add about 17 KB to the bundle.
import {capabilitiesFromState, type Capabilities} from 'server-bridge';

import manifest from './manifest';
import type {PluginState, StoredToken} from './reducer';
import type {State} from './types';
import {compareTokens} from './utils/token_order';

export const pluginStateKey = `plugins-${manifest.id}` as const;

export function getPluginState(state: State): PluginState {
    return state[pluginStateKey];
}

export function getCurrentUserId(state: State): string {
    return state.entities.users.currentUserId;
}

let capsInputs: unknown[] = [];
let capsValue: Capabilities | undefined;

// Memoized on the state it reads (current user, roles, config, detected features), so components that
// select it re-render only when one of those changes.
export function getCapabilities(state: State): Capabilities {
    const features = getPluginState(state)?.features ?? {};
    const inputs = [
        state.entities.users.currentUserId,
        state.entities.users.profiles,
        state.entities.roles,
        state.entities.general?.config,
        features,
    ];
    if (!capsValue || inputs.some((input, i) => input !== capsInputs[i])) {
        capsInputs = inputs;
        capsValue = capabilitiesFromState(state, features);
    }
    return capsValue;
}

// Whether to offer Rotate: the server must have expiry (rotation came after it) and not have refused a
// rotate already; tokens must be enabled and the user allowed to create them. Whether the server really
// has rotation is learnt from its answer to the first rotate.
export function canRotate(caps: Capabilities): boolean {
    return caps.supportsExpiry && caps.supportsRotate !== false && caps.tokensEnabled && caps.canCreate;
}

let lastTokens: Record<string, StoredToken> | undefined;
let lastUserId = '';
let lastMine: StoredToken[] = [];

// The current user's tokens, sorted by description then id; memoized on the slice's identity.
export function getMyTokens(state: State): StoredToken[] {
    const tokens = getPluginState(state).tokens;
    const userId = getCurrentUserId(state);
    if (tokens !== lastTokens || userId !== lastUserId) {
        lastTokens = tokens;
        lastUserId = userId;
        lastMine = Object.values(tokens)
            .filter((t) => t.user_id === userId)
            .sort(compareTokens);
    }
    return lastMine;
}

export function getUserTokens(state: State, userId: string): StoredToken[] {
    return Object.values(getPluginState(state).tokens)
        .filter((t) => t.user_id === userId)
        .sort(compareTokens);
}
