// Renders a post message the way the Mattermost web app does (the sandbox host's renderer) and reads the
// result back as a DOM, for the Markdown property tests.
import {JSDOM} from 'jsdom';

import {renderMarkdown} from '../../../sandbox/host/markdown';

const {document} = new JSDOM('').window;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function renderPost(markdown: string): HTMLElement {
    const root = document.createElement('div');
    // jsdom's HTML parser (parse5) throws on two lone low surrogates in a row, where a browser keeps them:
    // they are made U+FFFD first (and afterHtmlParser does the same to the text expected).
    root.innerHTML = renderMarkdown(markdown).replace(LONE_SURROGATE, '\uFFFD');
    return root;
}

// What the HTML parser keeps of text: it drops U+0000 (as every browser does), whatever Markdown made of it;
// lone surrogates are U+FFFD here (see renderPost).
export function afterHtmlParser(text: string): string {
    return text.replace(/\0/g, '').replace(LONE_SURROGATE, '\uFFFD');
}

// What a block of inline content shows: runs of text and the inline elements the plugin's own parts make.
// Any other element (a link, an image, a mention, emphasis the plugin did not ask for) shows up by name.
export type Segment = {kind: 'text' | 'strong' | 'code'; v: string} | {kind: 'br'} | {kind: 'other'; html: string};

export function segments(element: Element): Segment[] {
    const out: Segment[] = [];
    for (const node of element.childNodes) {
        if (node.nodeType === node.TEXT_NODE) {
            out.push({kind: 'text', v: node.textContent ?? ''});
        } else if (node.nodeType === node.ELEMENT_NODE) {
            const el = node as Element;
            const tag = el.tagName.toLowerCase();
            if ((tag === 'strong' || tag === 'code') && el.children.length === 0 && el.attributes.length === 0) {
                out.push({kind: tag, v: el.textContent ?? ''});
            } else if (tag === 'br' && el.attributes.length === 0) {
                out.push({kind: 'br'});
            } else {
                out.push({kind: 'other', html: el.outerHTML});
            }
        } else {
            out.push({kind: 'other', html: `node type ${node.nodeType}`});
        }
    }
    return mergeText(out);
}

// Adjacent text runs joined, empty ones dropped.
export function mergeText(list: Segment[]): Segment[] {
    const out: Segment[] = [];
    for (const s of list) {
        const last = out[out.length - 1];
        if (s.kind === 'text' && s.v === '') {
            continue;
        }
        if (s.kind === 'text' && last?.kind === 'text') {
            out[out.length - 1] = {kind: 'text', v: last.v + s.v};
        } else {
            out.push(s);
        }
    }
    return out;
}

// The names of the top-level elements a message rendered to (p, table, pre, ul, h1, blockquote, …).
export function blockTags(root: Element): string[] {
    return [...root.children].map((el) => el.tagName.toLowerCase());
}
