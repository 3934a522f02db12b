// Escaping for text users control (descriptions, usernames) in Markdown replies. Mattermost renders post
// messages as Markdown with autolinks and @mentions; every character that could start formatting, a link,
// a mention, HTML or a table is escaped, so the text shows exactly as typed and does nothing.

const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|<>~@:&"'=$%^]/g;

// Line breaks, including LINE SEPARATOR and PARAGRAPH SEPARATOR: renderers built on JavaScript regular
// expressions end a line (a table row) at those too. Each becomes a space.
const LINE_BREAKS = /\r\n?|[\n\u2028\u2029]/g;

export function oneLine(text: string): string {
    return text.replace(LINE_BREAKS, ' ');
}

export function escapeMarkdown(text: string): string {
    return oneLine(text).replace(MARKDOWN_SPECIALS, (char) => `\\${char}`);
}

// An inline code span that cannot be broken out of: the fence is longer than any backtick run inside. The
// renderer strips one space from each end of a span that starts and ends with one (and is not only
// spaces), so such text, and text starting or ending with a backtick, is padded with a space each side.
export function codeSpan(text: string): string {
    const clean = oneLine(text);
    if (clean === '') {
        return '` `';
    }
    const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const spaced = clean.startsWith(' ') && clean.endsWith(' ') && /[^ ]/.test(clean);
    const pad = clean.startsWith('`') || clean.endsWith('`') || spaced ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
