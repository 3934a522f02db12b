/** @jest-environment node */
// Counterexamples the reply properties (reply.property.test.ts) found, kept as plain examples.
import {renderMarkdown} from '../../../sandbox/host/markdown';
import {code, strong, text, user} from './parts';
import {inlineToMarkdown, replyToMarkdown} from './reply';

const FSI = '\u2068';
const PDI = '\u2069';

test('two strong parts side by side share one pair of asterisks (`****` would close nothing)', () => {
    const parts = [text('Token '), strong('a'), strong(''), strong('b'), text(' done')];
    expect(inlineToMarkdown(parts)).toBe(`Token **${FSI}a${PDI}${FSI}${PDI}${FSI}b${PDI}** done`);
    expect(renderMarkdown(inlineToMarkdown([strong(''), strong('')]))).toBe(
        `<p><strong>${FSI}${PDI}${FSI}${PDI}</strong></p>\n`,
    );
});

test('a sentence that starts with white space is not indented into a code block', () => {
    expect(inlineToMarkdown([text('    '), text(' Token')])).toBe('Token');
    expect(inlineToMarkdown([text('\t'), user('x')])).toBe(`${FSI}x${PDI}`);
    expect(renderMarkdown(inlineToMarkdown([text('     code? '), user('x')]))).toBe(`<p>code? ${FSI}x${PDI}</p>\n`);
});

describe('a code part in a table cell', () => {
    const cells = (value: string) => {
        const markdown = replyToMarkdown(
            {blocks: [{t: 'table', head: ['a', 'b'], rows: [[[code(value)], [text('x')]]]}]},
            {reveal: '', confirm: ''},
        );
        const html = renderMarkdown(markdown);
        return [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]);
    };

    test.each([
        ['a|b', `${FSI}<code>a|b</code>${PDI}`],
        ['a\\\\|b', `${FSI}<code>a\\\\|b</code>${PDI}`],
        // `\|` cannot be written inside a code span in a cell: it shows as text, in the same cell.
        ['a\\|b', `${FSI}a\\|b${PDI}`],
        ['\\\\\\|', `${FSI}\\\\\\|${PDI}`],
    ])('%p stays in its cell, as typed', (value, shown) => {
        expect(cells(value)).toEqual([shown, 'x']);
    });
});
