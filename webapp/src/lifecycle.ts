// Whether the plugin is still running. uninitialize() stops it: reads in flight are cancelled (by the
// bridge), and work that finishes afterwards (a write that was already sent) must do nothing visible.
import {abortReads} from 'server-bridge';

let running = true;

export function isRunning(): boolean {
    return running;
}

export function start() {
    running = true;
}

export function stop() {
    running = false;
    abortReads();
}
