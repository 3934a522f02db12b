// Looks for a secret everywhere it must not be: the page's text and attributes outside the element that is
// allowed to show it, every input and textarea value outside it, localStorage, sessionStorage, cookies, the
// URL, the actions the store has seen (sandboxHost.recordedActions(), what Redux DevTools or another
// plugin's middleware would see), the store's state, and the console messages and page errors so far.
// Returns every place found, empty when the secret is nowhere.
import type {Page} from '@playwright/test';

import type {LogEntry} from './fixtures';

export interface SecretSighting {
    where:
        | 'dom text'
        | 'dom attribute'
        | 'input value'
        | 'localStorage'
        | 'sessionStorage'
        | 'cookie'
        | 'url'
        | 'recorded action'
        | 'store state'
        | 'console';
    detail: string;
}

export interface HuntOptions {
    // The element that may show the secret now (e.g. the reveal); omit once nothing may show it.
    allowedIn?: string;
    // Console messages and page errors seen so far (the pageLog fixture).
    log?: LogEntry[];
}

export async function huntSecret(page: Page, secret: string, options: HuntOptions = {}): Promise<SecretSighting[]> {
    const inPage: SecretSighting[] = await page.evaluate(
        ({secret: s, allowedIn}) => {
            const found: Array<{where: any; detail: string}> = [];
            const allowed = allowedIn ? Array.from(document.querySelectorAll(allowedIn)) : [];
            const isAllowed = (node: Node | null) => allowed.some((a) => a === node || a.contains(node));
            const describe = (el: Element | null) => {
                if (!el) {
                    return '?';
                }
                const label = el.getAttribute('aria-label') ?? el.id ?? '';
                return `<${el.tagName.toLowerCase()}${label ? ` "${label}"` : ''}${el.className && typeof el.className === 'string' ? ` .${el.className.split(' ')[0]}` : ''}>`;
            };

            const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if ((node.textContent ?? '').includes(s) && !isAllowed(node)) {
                    found.push({where: 'dom text', detail: describe(node.parentElement)});
                }
            }
            for (const el of Array.from(document.querySelectorAll('*'))) {
                if (isAllowed(el)) {
                    continue;
                }
                for (const attr of Array.from(el.attributes)) {
                    if (attr.value.includes(s)) {
                        found.push({where: 'dom attribute', detail: `${describe(el)} ${attr.name}`});
                    }
                }
            }
            for (const field of Array.from(
                document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
            )) {
                if (field.value.includes(s) && !isAllowed(field)) {
                    found.push({where: 'input value', detail: describe(field)});
                }
            }
            for (const [name, storage] of [
                ['localStorage', window.localStorage],
                ['sessionStorage', window.sessionStorage],
            ] as const) {
                for (let i = 0; i < storage.length; i++) {
                    const key = storage.key(i) ?? '';
                    if (key.includes(s) || (storage.getItem(key) ?? '').includes(s)) {
                        found.push({where: name, detail: key});
                    }
                }
            }
            if (document.cookie.includes(s)) {
                found.push({where: 'cookie', detail: document.cookie.split('; ').find((c) => c.includes(s)) ?? ''});
            }
            if (window.location.href.includes(s)) {
                found.push({where: 'url', detail: window.location.href});
            }
            const host = (window as any).sandboxHost;
            (host?.recordedActions() ?? []).forEach((action: any, index: number) => {
                if (JSON.stringify(action).includes(s)) {
                    found.push({where: 'recorded action', detail: `#${index} ${action?.type ?? action}`});
                }
            });
            // The paths in the store's state that hold the secret.
            const seen = new WeakSet<object>();
            const search = (value: unknown, path: string) => {
                if (typeof value === 'string') {
                    if (value.includes(s)) {
                        found.push({where: 'store state', detail: path});
                    }
                } else if (value && typeof value === 'object' && !seen.has(value)) {
                    seen.add(value);
                    for (const [key, child] of Object.entries(value)) {
                        if (key !== '_owner') {
                            search(child, `${path}.${key}`);
                        }
                    }
                }
            };
            search(host?.store.getState(), 'state');
            return found;
        },
        {secret, allowedIn: options.allowedIn},
    );
    for (const entry of options.log ?? []) {
        if (entry.text.includes(secret)) {
            inPage.push({where: 'console', detail: `${entry.kind} ${entry.type}`});
        }
    }
    return inPage;
}
