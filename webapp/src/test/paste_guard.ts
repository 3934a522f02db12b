// Shared by the paste guard's tests: a user profile with every field the plugin reads, the console silenced
// and recorded, and the check that a secret reached neither the store, an action nor the console.
import type {UserProfile} from '@mattermost/types/users';

import type {TestStore} from './store';

export const profile = (fields: Partial<UserProfile>) =>
    ({
        first_name: '',
        last_name: '',
        nickname: '',
        email: '',
        is_bot: false,
        delete_at: 0,
        roles: '',
        ...fields,
    }) as UserProfile;

// Call at a test file's top level; clear the spies before each test.
export function silenceConsole() {
    return (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
        jest.spyOn(console, m).mockImplementation(() => undefined),
    );
}

export function expectNotInStoreOrConsole(
    secret: string,
    built: TestStore,
    consoleSpies: ReturnType<typeof silenceConsole>,
) {
    expect(JSON.stringify(built.dispatched)).not.toContain(secret);
    expect(JSON.stringify(built.store.getState())).not.toContain(secret);
    for (const spy of consoleSpies) {
        expect(JSON.stringify(spy.mock.calls)).not.toContain(secret);
    }
}
