// The plugin's slice, at state['plugins-' + manifest.id]. Tokens are kept by id with the secret removed:
// a secret never enters the store, whatever an action carries.
import type {UserAccessToken, UserProfile} from '@mattermost/types/users';
import {combineReducers, type AnyAction} from 'redux';
import type {TokenApiErrorFields, TokenUsage} from 'server-bridge';

import ActionTypes from './action_types';

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
    startedAt: number;
    // The count of the last complete load: the server has no count, so a reload shows progress against it.
    lastTotal?: number;
    error?: TokenApiErrorFields;
}

export interface ModalState {
    open: boolean;
    tab: 'mine' | 'all';
}

function withoutSecret(token: UserAccessToken): StoredToken {
    const {token: _secret, ...rest} = token;
    return rest;
}

function tokens(state: Record<string, StoredToken> = {}, action: AnyAction): Record<string, StoredToken> {
    switch (action.type) {
        case ActionTypes.RECEIVED_TOKENS: {
            const next = {...state};
            if (action.replaceUserId) {
                for (const [id, token] of Object.entries(next)) {
                    if (token.user_id === action.replaceUserId) {
                        delete next[id];
                    }
                }
            }
            for (const token of action.data as UserAccessToken[]) {
                next[token.id] = withoutSecret(token);
            }
            return next;
        }
        case ActionTypes.RECEIVED_TOKEN:
            return {...state, [action.data.id]: withoutSecret(action.data)};
        case ActionTypes.INVENTORY_FINISHED: {
            // A full inventory is the truth: drop tokens revoked since they were loaded.
            const present = new Set<string>(action.tokenIds);
            return Object.fromEntries(Object.entries(state).filter(([id]) => present.has(id)));
        }
        case ActionTypes.TOKEN_STATUS_CHANGED: {
            const token = state[action.tokenId];
            return token ? {...state, [action.tokenId]: {...token, is_active: action.isActive}} : state;
        }
        case ActionTypes.TOKEN_REVOKED: {
            if (!state[action.tokenId]) {
                return state;
            }
            const {[action.tokenId]: _gone, ...rest} = state;
            return rest;
        }
        default:
            return state;
    }
}

function summarize(user: UserProfile): OwnerSummary {
    return {
        id: user.id,
        username: user.username,
        first_name: user.first_name,
        last_name: user.last_name,
        nickname: user.nickname,
        email: user.email,
        is_bot: Boolean(user.is_bot),
        delete_at: user.delete_at,
        roles: user.roles,
    };
}

function owners(state: Record<string, OwnerSummary> = {}, action: AnyAction): Record<string, OwnerSummary> {
    if (action.type !== ActionTypes.RECEIVED_OWNERS) {
        return state;
    }
    const next = {...state};
    for (const user of action.data as UserProfile[]) {
        next[user.id] = summarize(user);
    }
    return next;
}

function usage(state: Record<string, TokenUsage> = {}, action: AnyAction): Record<string, TokenUsage> {
    if (action.type !== ActionTypes.RECEIVED_USAGE) {
        return state;
    }
    const replaced = new Set<string>(action.tokenIds);
    const next = Object.fromEntries(Object.entries(state).filter(([id]) => !replaced.has(id)));
    for (const entry of action.data as TokenUsage[]) {
        next[entry.tokenId] = entry;
    }
    return next;
}

const initialInventory: InventoryState = {status: 'idle', loaded: 0, pages: 0, startedAt: 0};

function inventory(state: InventoryState = initialInventory, action: AnyAction): InventoryState {
    switch (action.type) {
        case ActionTypes.INVENTORY_STARTED:
            return {status: 'loading', loaded: 0, pages: 0, startedAt: action.at, lastTotal: state.lastTotal};
        case ActionTypes.INVENTORY_PROGRESS:
            return {...state, loaded: action.loaded, pages: action.pages};
        case ActionTypes.INVENTORY_FINISHED:
            return {...state, status: 'loaded', loaded: action.tokenIds.length, lastTotal: action.tokenIds.length};
        case ActionTypes.INVENTORY_FAILED:
            return {...state, status: 'error', error: action.error};
        default:
            return state;
    }
}

function features(state: {expiry?: boolean; rotate?: boolean} = {}, action: AnyAction) {
    if (action.type !== ActionTypes.RECEIVED_FEATURES) {
        return state;
    }
    return {...state, ...action.data};
}

function modal(state: ModalState = {open: false, tab: 'mine'}, action: AnyAction): ModalState {
    switch (action.type) {
        case ActionTypes.OPEN_MODAL:
            return {open: true, tab: action.tab ?? state.tab};
        case ActionTypes.CLOSE_MODAL:
            return {...state, open: false};
        default:
            return state;
    }
}

const reducer = combineReducers({tokens, owners, usage, inventory, features, modal});

export default reducer;
export type PluginState = ReturnType<typeof reducer>;
