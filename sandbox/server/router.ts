// A route table in gorilla/mux's terms: templates with `{name}` or `{name:regexp}` segments, tried in the
// order they were added. A path that matches some route but not with this method is a method mismatch
// (405); a path no route matches is not found (404).

// How a route treats the caller's token: APISessionRequired ('session'), or APIHandler ('optional': a
// valid session is used when there is one, an invalid token is ignored).
export type AuthMode = 'session' | 'optional';

export interface Route<H> {
    method: string;
    template: string;
    pattern: RegExp;
    keys: string[];
    handler: H;
    auth: AuthMode;
    // A route that exists only sometimes (a newer server generation's); absent routes are skipped.
    when?: () => boolean;
}

export type RouteMatch<H> =
    | {kind: 'found'; route: Route<H>; params: Record<string, string>}
    | {kind: 'method_not_allowed'}
    | {kind: 'not_found'};

export class Router<H> {
    private readonly routes: Route<H>[] = [];

    add(method: string, template: string, handler: H, auth: AuthMode = 'session', when?: () => boolean): this {
        const keys: string[] = [];
        const source = template.replace(/\{(\w+)(?::([^}]+))?\}/g, (_m, key: string, re?: string) => {
            keys.push(key);
            return `(${re ?? '[^/]+'})`;
        });
        this.routes.push({method, template, pattern: new RegExp(`^${source}$`), keys, handler, auth, when});
        return this;
    }

    match(method: string, path: string): RouteMatch<H> {
        let pathMatched = false;
        for (const route of this.routes) {
            const m = route.when && !route.when() ? null : route.pattern.exec(path);
            if (!m) {
                continue;
            }
            pathMatched = true;
            if (route.method === method) {
                const params = Object.fromEntries(route.keys.map((k, i) => [k, safeDecode(m[i + 1])]));
                return {kind: 'found', route, params};
            }
        }
        return pathMatched ? {kind: 'method_not_allowed'} : {kind: 'not_found'};
    }
}

function safeDecode(value: string): string {
    try {
        return decodeURIComponent(value);
    } catch {
        return value;
    }
}
