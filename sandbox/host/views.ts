// state.views: where the web app keeps UI state plugins can see or drive. Modals live in
// views.modals.modalState[modalId] = {open, dialogProps, dialogType} (reducers/views/modals.ts): MODAL_OPEN
// adds one, MODAL_CLOSE deletes it. The right-hand side shows the thread of views.rhs.selectedPostId.
import {combineReducers, type AnyAction} from 'redux';

export const USER_SETTINGS_MODAL = 'user_settings';

export interface ModalEntry {
    open: boolean;
    dialogProps?: Record<string, unknown>;
    dialogType?: unknown;
}

function modalState(state: Record<string, ModalEntry> = {}, action: AnyAction): Record<string, ModalEntry> {
    switch (action.type) {
        case 'MODAL_OPEN':
            return {
                ...state,
                [action.modalId]: {open: true, dialogProps: action.dialogProps, dialogType: action.dialogType},
            };
        case 'MODAL_CLOSE': {
            const next = {...state};
            delete next[action.modalId];
            return next;
        }
        default:
            return state;
    }
}

function rhs(state = {selectedPostId: '', selectedChannelId: ''}, action: AnyAction) {
    switch (action.type) {
        case 'SELECT_POST':
            return {selectedPostId: action.postId, selectedChannelId: action.channelId};
        case 'UPDATE_RHS_STATE':
            return action.state ? state : {selectedPostId: '', selectedChannelId: ''};
        case 'POST_REMOVED':
            return action.data.id === state.selectedPostId ? {selectedPostId: '', selectedChannelId: ''} : state;
        default:
            return state;
    }
}

// Translations by locale, plugins' strings merged in (RECEIVED_TRANSLATIONS, as actions/views/root.ts).
function i18n(state = {translations: {} as Record<string, Record<string, string>>}, action: AnyAction) {
    if (action.type === 'RECEIVED_TRANSLATIONS') {
        return {translations: {...state.translations, [action.data.locale]: action.data.translations}};
    }
    return state;
}

// The sandbox's own switch between its light and dark themes.
function theme(state = 'light', action: AnyAction) {
    return action.type === 'HOST_THEME' ? action.theme : state;
}

export const views = combineReducers({modals: combineReducers({modalState}), rhs, i18n, theme});
