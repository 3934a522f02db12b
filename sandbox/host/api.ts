// Requests to the server as the web app's Client4 makes them: session cookie, CSRF header, the site's base path.

export function sitePath(path: string): string {
    return `${window.basename ?? ''}${path}`;
}

export function apiUrl(path: string): string {
    return sitePath(`/api/v4${path}`);
}

// Client4.getProfilePictureUrl: what a post's avatar asks for.
export function profileImageUrl(userId: string, lastPictureUpdate = 0): string {
    return apiUrl(`/users/${userId}/image?_=${lastPictureUpdate}`);
}

function csrf(): string {
    return (
        document.cookie
            .split('; ')
            .find((c) => c.startsWith('MMCSRF='))
            ?.slice('MMCSRF='.length) ?? ''
    );
}

export interface ApiError extends Error {
    status: number;
    id?: string;
}

export async function hostFetch(path: string, init: RequestInit = {}, url = apiUrl(path)) {
    const response = await fetch(url, {
        ...init,
        credentials: 'include',
        headers: {
            'X-Requested-With': 'XMLHttpRequest',
            'X-CSRF-Token': csrf(),
            'Content-Type': 'application/json',
            ...(init.headers ?? {}),
        },
    });
    const isJson = (response.headers.get('Content-Type') ?? '').startsWith('application/json');
    const body = isJson ? await response.json() : await response.text();
    if (!response.ok) {
        throw Object.assign(new Error(body?.message ?? response.statusText), {status: response.status, id: body?.id});
    }
    return body;
}

// The sandbox's own controls (/sandbox/...), outside the Mattermost API.
export function sandboxFetch(path: string, init: RequestInit = {}) {
    return hostFetch(path, init, sitePath(`/sandbox${path}`));
}
