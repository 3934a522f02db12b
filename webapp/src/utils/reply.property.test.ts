/** @jest-environment node */
// Properties of a /token reply's Markdown message over arbitrary user text, rendered the way the Mattermost
// web app renders posts (the sandbox host's renderer): every block is what the plugin made (a paragraph per
// paragraph, a table per table with exactly its cells), the only inline elements are the plugin's own
// (strong and code parts), and every part shows as typed after the documented transformations: line
// breaks → spaces, bidi controls → U+FFFD, user text wrapped in FSI … PDI.
import fc from 'fast-check';

import {afterHtmlParser, blockTags, mergeText, renderPost, segments, type Segment} from '../test/markdown_dom';
import {hostileText, runs} from '../test/property';
import {neutralizeBidi} from './bidi';
import {code, strong, text, user, type Inline} from './parts';
import {inlineToMarkdown, replyToMarkdown, type Block, type Reply} from './reply';

// Thousands of cases each: allow for a loaded machine (CI runs suites side by side on two cores).
jest.setTimeout(90_000);

const FSI = '\u2068';
const PDI = '\u2069';
const FALLBACKS = {reveal: 'The secret can be shown only once.', confirm: 'Repeat the command with --yes to go ahead.'};

// Line breaks (CR LF, CR, LF, U+2028, U+2029) become spaces.
const oneLine = (v: string) => v.replace(/\r\n?|[\n\u2028\u2029]/g, ' ');
const shown = (v: string) => afterHtmlParser(neutralizeBidi(oneLine(v)));

// What each part should show: the plugin's words as they are; user text isolated and neutralised; a code
// part's text exactly inside its code element (an empty one holds a space) — except, in a table cell, a
// code part with a pipe after an odd run of backslashes, which no code span there can show: it shows as
// isolated text.
function expected(parts: Inline[], inTable = false): Segment[] {
    const out: Segment[] = [];
    for (const part of parts) {
        switch (part.t) {
            case 'text':
                out.push({kind: 'text', v: afterHtmlParser(oneLine(part.v))});
                break;
            case 'user':
                out.push({kind: 'text', v: `${FSI}${shown(part.v)}${PDI}`});
                break;
            case 'strong':
                out.push({kind: 'strong', v: `${FSI}${shown(part.v)}${PDI}`});
                break;
            case 'code': {
                if (inTable && /(^|[^\\])(\\\\)*\\\|/.test(part.v)) {
                    out.push({kind: 'text', v: `${FSI}${shown(part.v)}${PDI}`});
                    break;
                }
                const inside = oneLine(part.v) === '' ? ' ' : shown(part.v);
                out.push({kind: 'text', v: FSI}, {kind: 'code', v: inside}, {kind: 'text', v: PDI});
                break;
            }
        }
    }
    return mergeStrong(mergeText(out));
}

// Strong parts side by side show as one bold run.
function mergeStrong(list: Segment[]): Segment[] {
    const out: Segment[] = [];
    for (const s of list) {
        const last = out[out.length - 1];
        if (s.kind === 'strong' && last?.kind === 'strong') {
            out[out.length - 1] = {kind: 'strong', v: last.v + s.v};
        } else {
            out.push(s);
        }
    }
    return out;
}

// The sandbox's renderer (marked 15) can hide a strong part behind a code span holding a backtick or a
// backslash: looking for `**` it first masks backslash escapes (inside code spans too, where CommonMark has
// none) and then pairs backticks one by one, so the masking can run past that span and over a strong part
// next to it (after it, or an empty one just before it), which then shows as text with its asterisks.
// CommonMark, and Mattermost's own renderer (which reads code spans in order), show it bold. Sequences with
// both are left out.
function renderedByMarkedAsIs(parts: Inline[]): boolean {
    const risky = parts.some((part) => part.t === 'code' && /[`\\]/.test(part.v));
    return !(risky && parts.some((part) => part.t === 'strong'));
}

// A sentence: the plugin's words and anything at all, in any order; at least one part shows something.
const pluginWord = fc.constantFrom('Token', 'Revoked', 'The token', 'Owner:', 'Matches (3)', 'Done.', 'Rotate');
const userPart = fc.oneof(
    hostileText({maxUnits: 20}).map(user),
    hostileText({maxUnits: 20}).map(code),
    hostileText({maxUnits: 20}).map(strong),
    hostileText({maxUnits: 20}).map(text),
);
const sentence = fc
    .array(
        fc.oneof(
            pluginWord.map((w) => text(` ${w} `)),
            userPart,
        ),
        {minLength: 1, maxLength: 7},
    )
    .filter((parts) => parts.some((p) => p.t !== 'text' || /[^ \t\r\n]/.test(p.v)))
    .filter(renderedByMarkedAsIs);

// A table cell holds parts (user text, ids, the plugin's words) but no plugin text at its edges that is
// only white space (cells are trimmed).
const cellPart = fc.oneof(
    hostileText({maxUnits: 10}).map(user),
    hostileText({maxUnits: 10}).map(code),
    hostileText({maxUnits: 10}).map(strong),
    pluginWord.map(text),
);
const cellParts = fc.array(cellPart, {maxLength: 3}).filter(renderedByMarkedAsIs);
const table = fc.integer({min: 1, max: 4}).chain((columns) =>
    fc.record({
        t: fc.constant('table' as const),
        head: fc.array(hostileText({maxUnits: 8}), {minLength: columns, maxLength: columns}),
        rows: fc.array(fc.array(cellParts, {minLength: columns, maxLength: columns}), {minLength: 1, maxLength: 3}),
    }),
);
const block: fc.Arbitrary<Block> = fc.oneof(
    sentence.map((c): Block => ({t: 'p', c})),
    table,
    fc.constant<Block>({t: 'reveal', handle: 'h1', tokenId: 'tok', description: 'd'}),
    sentence.map((question): Block => ({
        t: 'confirm',
        confirmId: 'c1',
        question,
        confirmLabel: 'Revoke',
        cancelLabel: 'Cancel',
        danger: true,
    })),
);

// Markdown drops white space at the edges of a line (the paragraph's, and around a line break).
const trimLines = (list: Segment[]): Segment[] => {
    const out = list.map((s) => ({...s}));
    out.forEach((s, i) => {
        if (s.kind !== 'text') {
            return;
        }
        if (i === 0 || out[i - 1].kind === 'br') {
            s.v = s.v.replace(/^[ \t]+/, '');
        }
        if (i === out.length - 1 || out[i + 1].kind === 'br') {
            s.v = s.v.replace(/[ \t]+$/, '');
        }
    });
    return mergeText(out);
};

const trimCell = (list: Segment[]): Segment[] => {
    const out = list.map((s) => ({...s}));
    const first = out[0];
    const last = out[out.length - 1];
    if (first?.kind === 'text') {
        first.v = first.v.trimStart();
    }
    if (last?.kind === 'text') {
        last.v = last.v.trimEnd();
    }
    return mergeText(out);
};

describe('inlineToMarkdown', () => {
    test('never throws, in a sentence or a table cell, and leaves no line break', () => {
        fc.assert(
            fc.property(fc.array(userPart, {maxLength: 8}), fc.boolean(), (parts, inTable) => {
                expect(inlineToMarkdown(parts, inTable)).not.toMatch(/[\r\n\u2028\u2029]/);
            }),
            runs(2000),
        );
    });

    test('a sentence renders as one paragraph of exactly its parts: no links, images, mentions or other markup', () => {
        fc.assert(
            fc.property(sentence, (parts) => {
                const root = renderPost(inlineToMarkdown(parts));
                expect(blockTags(root)).toEqual(['p']);
                expect(trimLines(segments(root.children[0]))).toEqual(trimLines(expected(parts)));
            }),
            runs(2000),
        );
    });

    test('user text never carries a bidi control out of its isolate: none left, every FSI closed by a PDI', () => {
        fc.assert(
            fc.property(sentence, (parts) => {
                const userParts = parts.filter((p) => p.t !== 'text');
                const markdown = inlineToMarkdown(userParts);
                expect(markdown).not.toMatch(/[\u202A-\u202E\u2066\u2067]/);
                expect(markdown.replace(/[^\u2068\u2069]/g, '')).toBe(`${FSI}${PDI}`.repeat(userParts.length));
            }),
            runs(2000),
        );
    });
});

describe('replyToMarkdown', () => {
    test('never throws', () => {
        fc.assert(
            fc.property(fc.array(block, {maxLength: 4}), (blocks) => {
                replyToMarkdown({blocks}, FALLBACKS);
            }),
            runs(2000),
        );
    });

    test('renders exactly its blocks: a paragraph per paragraph, a table per table, nothing the user text made', () => {
        fc.assert(
            fc.property(fc.array(block, {minLength: 1, maxLength: 3}), (blocks) => {
                const root = renderPost(replyToMarkdown({blocks} satisfies Reply, FALLBACKS));
                expect(blockTags(root)).toEqual(blocks.map((b) => (b.t === 'table' ? 'table' : 'p')));
                blocks.forEach((b, i) => {
                    const element = root.children[i];
                    if (b.t === 'p') {
                        expect(trimLines(segments(element))).toEqual(trimLines(expected(b.c)));
                    } else if (b.t === 'confirm') {
                        expect(trimLines(segments(element))).toEqual(
                            trimLines([...expected(b.question), {kind: 'br'}, {kind: 'text', v: FALLBACKS.confirm}]),
                        );
                    } else if (b.t === 'reveal') {
                        expect(segments(element)).toEqual([{kind: 'text', v: FALLBACKS.reveal}]);
                    }
                });
            }),
            runs(1000),
        );
    });

    test('table cells never gain or lose cells, and each shows exactly its parts', () => {
        fc.assert(
            fc.property(table, (t) => {
                const root = renderPost(replyToMarkdown({blocks: [t]}, FALLBACKS));
                expect(blockTags(root)).toEqual(['table']);
                const head = [...root.querySelectorAll('thead tr')].map((tr) => [...tr.children].map(segments));
                const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(segments));
                expect(head).toEqual([
                    t.head.map((h) => mergeText([{kind: 'text', v: afterHtmlParser(oneLine(h).trim())}])),
                ]);
                expect(rows).toEqual(t.rows.map((row) => row.map((cell) => trimCell(expected(cell, true)))));
            }),
            runs(1500),
        );
    });
});
