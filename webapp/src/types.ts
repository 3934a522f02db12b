// The types that tie the plugin's thunks, reducer and components to the web app's store. The web app's
// store is mattermost-redux's, with redux-thunk: a dispatched function is called with (dispatch, getState).
import type {GlobalState} from '@mattermost/types/store';
import type {TokenApiErrorFields} from 'server-bridge';

import type {PluginAction} from './action_types';
import type {PluginState} from './reducer';
import type {pluginStateKey} from './selectors';

export type State = GlobalState & {[K in typeof pluginStateKey]: PluginState};

// What every thunk returns: {data} or {error}, never a throw (mattermost-redux's convention).
export type Result<T> = {data: T; error?: undefined} | {data?: undefined; error: TokenApiErrorFields};

export type GetState = () => State;
export type Thunk<R> = (dispatch: AppDispatch, getState: GetState) => Promise<R>;
export type AppThunk<T> = Thunk<Result<T>>;

// Actions the plugin dispatches into the web app's store besides its own: the host's post and modal actions.
export interface HostAction {
    type: string;
    [key: string]: unknown;
}

export interface AppDispatch {
    <R>(thunk: Thunk<R>): Promise<R>;
    <A extends PluginAction | HostAction>(action: A): A;
}

// The part of the web app's store the plugin uses.
export interface PluginStore {
    dispatch: AppDispatch;
    getState: GetState;
    subscribe: (listener: () => void) => () => void;
}
