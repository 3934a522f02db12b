// Pieces the host's views share: the plugins' registrations, an error boundary around plugin components,
// and text or icons registered as a string, an element or a component.
import React from 'react';
import {useSelector} from 'react-redux';

import type {HostState, PluginsState} from './store';

export class ErrorBoundary extends React.Component<{children: React.ReactNode; name: string}, {failed: boolean}> {
    override state = {failed: false};
    static getDerivedStateFromError() {
        return {failed: true};
    }
    override componentDidCatch(error: Error) {
        console.error(`Plugin component ${this.props.name} failed:`, error);
    }
    override render() {
        return this.state.failed ? (
            <div role='alert'>{`${this.props.name} failed to render.`}</div>
        ) : (
            this.props.children
        );
    }
}

export function usePlugins(): PluginsState {
    return useSelector((s: HostState) => s.plugins as PluginsState);
}

// The registry already turned components into elements; strings and elements render as they are.
export function renderResolvable(value: unknown): React.ReactNode {
    if (typeof value === 'function') {
        return React.createElement(value as React.ComponentType);
    }
    return value as React.ReactNode;
}
