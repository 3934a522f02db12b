// Typed react-redux hooks: components dispatch thunks and read selectors through these only.
import {useDispatch, useSelector, type TypedUseSelectorHook} from 'react-redux';

import type {AppDispatch, State} from './types';

export const useAppDispatch = (): AppDispatch => useDispatch<AppDispatch>();
export const useAppSelector: TypedUseSelectorHook<State> = useSelector;
