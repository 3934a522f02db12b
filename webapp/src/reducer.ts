// The plugin's slice, at state['plugins-' + manifest.id]. It holds data only, and never a secret: the
// actions that fill it carry StoredTokens, which have no `token` field.
import type {UserAccessToken} from '@mattermost/types/users';
import {combineReducers} from 'redux';
import type {DetectedFeatures, TokenApiErrorFields, TokenUsage} from 'server-bridge';

import ActionTypes, {type PluginAction} from './action_types';

export type StoredToken = Omit<UserAccessToken, 'token'>;

export interface OwnerSummary {
    id: string;
    username: string;
    first_name: string;
    last_name: string;
    nickname: string;
    email: string;
    is_bot: boolean;
    delete_at: number;
    roles: string;
}

export interface InventoryState {
    status: 'idle' | 'loading' | 'loaded' | 'error';
    loaded: number;
    pages: number;
    // The count of the last complete load: the server has no count, so a reload shows progress against it.
    lastTotal?: number;
    error?: TokenApiErrorFields;
}

export type TokenManagerTab = 'mine' | 'all';

export interface ModalState {
    open: boolean;
    tab: TokenManagerTab;
    // The inventory opens filtered to this owner.
    ownerId?: string;
}

type Tokens = Record<string, StoredToken>;

function without<V>(record: Record<string, V>, keep: (value: V, key: string) => boolean): Record<string, V> {
    const next: Record<string, V> = {};
    for (const key of Object.keys(record)) {
        if (keep(record[key], key)) {
            next[key] = record[key];
        }
    }
    return next;
}

function tokens(state: Tokens = {}, action: PluginAction): Tokens {
    switch (action.type) {
        case ActionTypes.RECEIVED_TOKENS: {
            const next = action.replaceUserId ? without(state, (t) => t.user_id !== action.replaceUserId) : {...state};
            for (const token of action.data) {
                next[token.id] = token;
            }
            return next;
        }
        case ActionTypes.RECEIVED_TOKEN:
            return {...state, [action.data.id]: action.data};
        case ActionTypes.INVENTORY_FINISHED: {
            // A full inventory is the truth: drop tokens revoked since they were loaded (and keep the same
            // object when there are none, so 100,000 rows are not sorted again for nothing).
            const present = new Set(action.tokenIds);
            return Object.keys(state).every((id) => present.has(id))
                ? state
                : without(state, (_t, id) => present.has(id));
        }
        case ActionTypes.INVENTORY_CLEARED:
            return without(state, (t) => t.user_id === action.keepUserId);
        case ActionTypes.TOKEN_STATUS_CHANGED: {
            const token = state[action.tokenId];
            return token ? {...state, [action.tokenId]: {...token, is_active: action.isActive}} : state;
        }
        case ActionTypes.TOKEN_REVOKED:
            return state[action.tokenId] ? without(state, (_t, id) => id !== action.tokenId) : state;
        case ActionTypes.PLUGIN_RESET:
            return {};
        default:
            return state;
    }
}

// The users whose complete token list the store holds (so a failed create can be reconciled exactly).
function listedUsers(state: Record<string, true> = {}, action: PluginAction): Record<string, true> {
    switch (action.type) {
        case ActionTypes.RECEIVED_TOKENS:
            return action.replaceUserId ? {...state, [action.replaceUserId]: true} : state;
        case ActionTypes.INVENTORY_CLEARED:
            return without(state, (_v, id) => id === action.keepUserId);
        case ActionTypes.PLUGIN_RESET:
            return {};
        default:
            return state;
    }
}

function owners(state: Record<string, OwnerSummary> = {}, action: PluginAction): Record<string, OwnerSummary> {
    switch (action.type) {
        case ActionTypes.RECEIVED_OWNERS: {
            const next = {...state};
            for (const owner of action.data) {
                next[owner.id] = owner;
            }
            return next;
        }
        case ActionTypes.INVENTORY_CLEARED:
        case ActionTypes.PLUGIN_RESET:
            return {};
        default:
            return state;
    }
}

function usage(state: Record<string, TokenUsage> = {}, action: PluginAction): Record<string, TokenUsage> {
    switch (action.type) {
        case ActionTypes.RECEIVED_USAGE: {
            const replaced = new Set(action.tokenIds);
            const next = without(state, (_u, id) => !replaced.has(id));
            for (const entry of action.data) {
                next[entry.tokenId] = entry;
            }
            return next;
        }
        case ActionTypes.PLUGIN_RESET:
            return {};
        default:
            return state;
    }
}

const initialInventory: InventoryState = {status: 'idle', loaded: 0, pages: 0};

function inventory(state: InventoryState = initialInventory, action: PluginAction): InventoryState {
    switch (action.type) {
        case ActionTypes.INVENTORY_STARTED:
            return {status: 'loading', loaded: 0, pages: 0, lastTotal: state.lastTotal};
        case ActionTypes.INVENTORY_PROGRESS:
            return {...state, loaded: action.loaded, pages: action.pages};
        case ActionTypes.INVENTORY_FINISHED:
            return {...state, status: 'loaded', loaded: action.tokenIds.length, lastTotal: action.tokenIds.length};
        case ActionTypes.INVENTORY_FAILED:
            return {...state, status: 'error', error: action.error};
        case ActionTypes.INVENTORY_CLEARED:
        case ActionTypes.PLUGIN_RESET:
            return initialInventory;
        default:
            return state;
    }
}

function features(state: DetectedFeatures = {}, action: PluginAction): DetectedFeatures {
    switch (action.type) {
        case ActionTypes.RECEIVED_FEATURES:
            return {...state, ...action.data};
        case ActionTypes.PLUGIN_RESET:
            return {};
        default:
            return state;
    }
}

const closedModal: ModalState = {open: false, tab: 'mine'};

function modal(state: ModalState = closedModal, action: PluginAction): ModalState {
    switch (action.type) {
        case ActionTypes.OPEN_MODAL:
            return {open: true, tab: action.tab, ownerId: action.ownerId};
        case ActionTypes.CLOSE_MODAL:
            return {...state, open: false};
        case ActionTypes.PLUGIN_RESET:
            return closedModal;
        default:
            return state;
    }
}

const combined = combineReducers({tokens, listedUsers, owners, usage, inventory, features, modal});

export type PluginState = ReturnType<typeof combined>;

// Forgetting the inventory forgets the usage of every token it brought in (an activity scan reads every
// owner's sessions): only the usage of the tokens still held stays.
export default function reducer(state: PluginState | undefined, action: PluginAction): PluginState {
    const next = combined(state, action);
    if (action.type !== ActionTypes.INVENTORY_CLEARED) {
        return next;
    }
    return {...next, usage: without(next.usage, (_u, id) => next.tokens[id] !== undefined)};
}
