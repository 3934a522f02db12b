// The model of a /token reply: blocks of localized parts. One model, two renderers: `replyToMarkdown` for
// the post's message (what shows where the plugin's component does not: the plugin disabled, another
// client) and the React component in components/slash_reply. Neither ever holds a token secret: a reveal
// block names a handle in secret_handoff, a confirm block an id in confirmations.
import {isolate, isolateMarkup, neutralizeBidi} from './bidi';
import {codeSpan, escapeMarkdown} from './markdown';
import type {Inline} from './parts';

export type Tone = 'error' | 'success' | 'info';

export type Block =
    | {t: 'p'; c: Inline[]; tone?: Tone}
    | {t: 'table'; head: string[]; rows: Inline[][][]}
    | {t: 'reveal'; handle: string; tokenId: string; description: string}
    | {t: 'confirm'; confirmId: string; question: Inline[]; confirmLabel: string; cancelLabel: string; danger: boolean};

export interface Reply {
    blocks: Block[];
}

const INLINE_KINDS = new Set(['text', 'user', 'code', 'strong']);
const TONES = new Set([undefined, 'error', 'success', 'info']);

function isString(value: unknown): value is string {
    return typeof value === 'string';
}

function isParts(value: unknown): value is Inline[] {
    return (
        Array.isArray(value) &&
        value.every((p) => typeof p === 'object' && p !== null && INLINE_KINDS.has(p.t) && isString(p.v))
    );
}

function isBlock(value: unknown): value is Block {
    if (typeof value !== 'object' || value === null) {
        return false;
    }
    const b = value as Record<string, unknown>;
    switch (b.t) {
        case 'p':
            return isParts(b.c) && TONES.has(b.tone as string | undefined);
        case 'table':
            return (
                Array.isArray(b.head) &&
                b.head.every(isString) &&
                Array.isArray(b.rows) &&
                b.rows.every((row) => Array.isArray(row) && row.every(isParts))
            );
        case 'reveal':
            return isString(b.handle) && isString(b.tokenId) && isString(b.description);
        case 'confirm':
            return (
                isString(b.confirmId) &&
                isParts(b.question) &&
                isString(b.confirmLabel) &&
                isString(b.cancelLabel) &&
                typeof b.danger === 'boolean'
            );
        default:
            return false;
    }
}

// The block schema, checked before anything is rendered.
export function isReply(value: unknown): value is Reply {
    return (
        typeof value === 'object' &&
        value !== null &&
        Array.isArray((value as Reply).blocks) &&
        (value as Reply).blocks.every(isBlock)
    );
}

// A pipe after an odd run of backslashes: no code span in a table cell can show it (see below).
const BACKSLASHED_PIPE = /(^|[^\\])(\\\\)*\\\|/;

// In a table cell a pipe ends the cell even inside a code span unless it is escaped (GFM), and the escape
// is the cell's: `\|` shows as `|` and `\\|` ends the cell, so a code part holding `\|` is shown as
// plain (escaped) text there instead.
function partToMarkdown(part: Inline, inTable: boolean): string {
    switch (part.t) {
        case 'code': {
            if (inTable && BACKSLASHED_PIPE.test(part.v)) {
                return isolate(escapeMarkdown(part.v));
            }
            const span = codeSpan(neutralizeBidi(part.v));
            return isolateMarkup(inTable ? span.replace(/\|/g, '\\|') : span);
        }
        case 'strong':
            return `**${isolate(escapeMarkdown(part.v))}**`;
        case 'user':
            return isolate(escapeMarkdown(part.v));
        default:
            return escapeMarkdown(part.v);
    }
}

export function inlineToMarkdown(parts: Inline[], inTable = false): string {
    let markdown = '';
    let afterStrong = false;
    for (const part of parts) {
        const piece = partToMarkdown(part, inTable);
        if (piece === '') {
            continue;
        }
        // Two strong parts in a row would meet as `****`, which closes nothing: they share one pair.
        markdown = part.t === 'strong' && afterStrong ? markdown.slice(0, -2) + piece.slice(2) : markdown + piece;
        afterStrong = part.t === 'strong';
    }
    // It starts a line (a paragraph, a question, a cell): four spaces or a tab there would make a code
    // block, and Markdown drops white space at the start of a line anyway.
    return markdown.replace(/^[ \t]+/, '');
}

export function replyToMarkdown(reply: Reply, fallbacks: {reveal: string; confirm: string}): string {
    return reply.blocks
        .map((block) => {
            switch (block.t) {
                case 'p':
                    return inlineToMarkdown(block.c);
                case 'table': {
                    const head = `| ${block.head.map(escapeMarkdown).join(' | ')} |`;
                    const rule = `|${block.head.map(() => ' --- ').join('|')}|`;
                    const rows = block.rows.map(
                        (row) => `| ${row.map((cell) => inlineToMarkdown(cell, true)).join(' | ')} |`,
                    );
                    return [head, rule, ...rows].join('\n');
                }
                case 'reveal':
                    return fallbacks.reveal;
                case 'confirm':
                    return `${inlineToMarkdown(block.question)}\n${fallbacks.confirm}`;
            }
            return '';
        })
        .join('\n\n');
}
