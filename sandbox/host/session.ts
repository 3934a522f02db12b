// Signing in and out, and the theme switch: what the web app does at start-up (loadConfigAndMe) and on login.
import {hostFetch} from './api';
import {loadTranslationsFor} from './i18n';
import {loadPlugins} from './loader';
import {dispatch} from './store';
import {applyTheme, type ThemeName} from './theme';

let whenSignedIn: () => void = () => undefined;

export function onSignedIn(callback: () => void) {
    whenSignedIn = callback;
}

export function setTheme(theme: ThemeName) {
    localStorage.setItem('sandbox-theme', theme);
    applyTheme(theme);
    dispatch({type: 'HOST_THEME', theme});
    dispatch({
        type: 'RECEIVED_PREFERENCES',
        data: [{category: 'theme', name: '', value: JSON.stringify({type: theme === 'dark' ? 'Onyx' : 'Denim'})}],
    });
}

export async function signIn(loginId: string, password: string) {
    await hostFetch('/users/login', {method: 'POST', body: JSON.stringify({login_id: loginId, password})});
    await startSession();
}

export async function signOut() {
    await hostFetch('/users/logout', {method: 'POST'}).catch(() => undefined);
    window.location.reload();
}

// The client config as the server sends it, the user, their roles; then the page, then the plugins.
export async function startSession(): Promise<boolean> {
    // Like the web app: without the MMUSERID cookie there is no session to resume, so do not ask.
    if (!document.cookie.split('; ').some((c) => c.startsWith('MMUSERID='))) {
        return false;
    }
    let user;
    try {
        user = await hostFetch('/users/me');
    } catch {
        return false;
    }
    const config = await hostFetch('/config/client?format=old');
    const roles = await hostFetch('/roles/names', {method: 'POST', body: JSON.stringify(user.roles.split(' '))});
    dispatch({type: 'CLIENT_CONFIG_RECEIVED', data: config});
    dispatch({type: 'RECEIVED_ME', data: user});
    dispatch({type: 'RECEIVED_ROLES', data: roles});
    dispatch(loadTranslationsFor());
    whenSignedIn();
    await loadPlugins();
    return true;
}
