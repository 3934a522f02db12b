// The model of a /token reply: blocks of localized parts. One model, two renderers: `replyToMarkdown` for
// the post's message (what Mattermost shows if the plugin's post component is missing) and the React
// component in components/slash_reply. Neither ever holds a token secret.
import {codeSpan, escapeMarkdown} from './markdown';
import type {Inline} from './parts';

export type Block =
    | {t: 'p'; c: Inline[]; tone?: 'error' | 'success' | 'info'}
    | {t: 'ul'; items: Inline[][]}
    | {t: 'table'; head: string[]; rows: Inline[][][]}
    | {t: 'reveal'; revealId: string; tokenId: string; description: string}
    | {t: 'confirm'; confirmId: string; question: Inline[]; confirmLabel: string; cancelLabel: string; danger: boolean};

export interface Reply {
    blocks: Block[];
}

// In a table cell a pipe ends the cell even inside a code span unless it is escaped (GFM).
export function inlineToMarkdown(parts: Inline[], inTable = false): string {
    return parts
        .map((part) => {
            switch (part.t) {
                case 'code':
                    return inTable ? codeSpan(part.v).replace(/\|/g, '\\|') : codeSpan(part.v);
                case 'strong':
                    return `**${escapeMarkdown(part.v)}**`;
                default:
                    return escapeMarkdown(part.v);
            }
        })
        .join('');
}

export function replyToMarkdown(reply: Reply, fallbacks: {reveal: string; confirm: string}): string {
    return reply.blocks
        .map((block) => {
            switch (block.t) {
                case 'p':
                    return inlineToMarkdown(block.c);
                case 'ul':
                    return block.items.map((item) => `- ${inlineToMarkdown(item)}`).join('\n');
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
