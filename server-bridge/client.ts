// The one Client4 the plugin uses. It sends the browser's session cookie (credentials: 'include') and the
// CSRF header from the MMCSRF cookie on writes, exactly as the web app's own Client4 does.
import Client4 from '@mattermost/client/lib/client4';

export const client = new Client4();

// Site URL without trailing slashes; a subpath such as https://host/mattermost is kept.
export function normalizeSiteUrl(siteUrl: string): string {
    return siteUrl.trim().replace(/\/+$/, '');
}

export function configureClient(siteUrl: string) {
    client.setUrl(normalizeSiteUrl(siteUrl));
}

export const routes = {
    users: () => client.getUsersRoute(),
    user: (userId: string) => client.getUserRoute(userId),
    tokens: () => `${client.getUsersRoute()}/tokens`,
    roles: () => client.getRolesRoute(),
};
