// Renders post messages roughly as Mattermost does: GitHub-flavoured Markdown, raw HTML shown as text,
// links only for safe schemes, @mentions highlighted. Plugins must escape what users typed; this shows
// what happens when they do not.
import {Marked, type Tokens} from 'marked';

const SAFE_SCHEMES = /^(https?:|mailto:|tel:|\/|#)/i;

export function escapeHtml(text: string): string {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

const marked = new Marked({
    gfm: true,
    breaks: true,
    renderer: {
        html(token: Tokens.HTML | Tokens.Tag) {
            return escapeHtml(token.text);
        },
        link(token: Tokens.Link) {
            const text = this.parser.parseInline(token.tokens);
            if (!SAFE_SCHEMES.test(token.href.trim())) {
                return text;
            }
            return `<a href="${escapeHtml(token.href)}" rel="noreferrer" target="_blank">${text}</a>`;
        },
        image(token: Tokens.Image) {
            if (!SAFE_SCHEMES.test(token.href.trim())) {
                return escapeHtml(token.text);
            }
            return `<img src="${escapeHtml(token.href)}" alt="${escapeHtml(token.text)}">`;
        },
        text(token: Tokens.Text | Tokens.Escape) {
            const html =
                'tokens' in token && token.tokens
                    ? this.parser.parseInline(token.tokens)
                    : 'escaped' in token && token.escaped
                      ? token.text
                      : escapeHtml(token.text);
            return html.replace(/(^|[\s(>])@([a-z0-9][a-z0-9._-]*)/gi, '$1<span class="mention">@$2</span>');
        },
    },
});

export function renderMarkdown(message: string): string {
    return marked.parse(message, {async: false}) as string;
}
