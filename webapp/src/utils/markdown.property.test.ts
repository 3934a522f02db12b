/** @jest-environment node */
// Properties of the Markdown escaping over arbitrary text, rendered the way the Mattermost web app renders
// posts (the sandbox host's renderer): escaped text is inert and shows as typed (line breaks as spaces);
// a code span cannot be broken out of and shows exactly its input.
import fc from 'fast-check';

import {afterHtmlParser, blockTags, renderPost, segments} from '../test/markdown_dom';
import {hostileText, runs} from '../test/property';
import {codeSpan, escapeMarkdown} from './markdown';

// Thousands of cases each: allow for a loaded machine (CI runs suites side by side on two cores).
jest.setTimeout(90_000);

// Line breaks (CR LF, CR, LF, U+2028, U+2029) become spaces, as documented; the HTML parser drops NUL.
const oneLine = (text: string) => text.replace(/\r\n?|[\n\u2028\u2029]/g, ' ');
const asTyped = (text: string) => afterHtmlParser(oneLine(text));

describe('escapeMarkdown', () => {
    test('never throws, and leaves no line break', () => {
        fc.assert(
            fc.property(hostileText({long: true}), (text) => {
                expect(escapeMarkdown(text)).not.toMatch(/[\r\n\u2028\u2029]/);
            }),
            runs(3000),
        );
    });

    test('inside a sentence: one paragraph of plain text, exactly as typed (line breaks as spaces)', () => {
        fc.assert(
            fc.property(hostileText(), (text) => {
                const root = renderPost(`Token ${escapeMarkdown(text)} done`);
                expect(blockTags(root)).toEqual(['p']);
                expect(segments(root.children[0])).toEqual([{kind: 'text', v: `Token ${asTyped(text)} done`}]);
            }),
            runs(2000),
        );
    });

    // At the start of a line, four spaces or a tab would indent it into a code block: a caller that starts
    // a line with escaped text drops its leading white space first, as inlineToMarkdown does.
    test('as a whole message (leading white space dropped): at most one paragraph of plain text, as typed', () => {
        const edges = (text: string) => text.replace(/^[ \t]+|[ \t]+$/g, '');
        fc.assert(
            fc.property(hostileText(), (text) => {
                const markdown = edges(escapeMarkdown(text));
                const root = renderPost(markdown);
                expect(blockTags(root)).toEqual(markdown === '' ? [] : ['p']);
                const shown = afterHtmlParser(edges(oneLine(text)));
                expect(segments(root.children[0] ?? root)).toEqual(shown === '' ? [] : [{kind: 'text', v: shown}]);
            }),
            runs(2000),
        );
    });
});

describe('codeSpan', () => {
    test('never throws, and leaves no line break', () => {
        fc.assert(
            fc.property(hostileText({long: true}), (text) => {
                expect(codeSpan(text)).not.toMatch(/[\r\n\u2028\u2029]/);
            }),
            runs(3000),
        );
    });

    test('cannot be broken out of: one code element holding exactly the input, the sentence around it intact', () => {
        fc.assert(
            fc.property(hostileText(), (text) => {
                const root = renderPost(`Token ${codeSpan(text)} done`);
                const inside = asTyped(text);
                expect(blockTags(root)).toEqual(['p']);
                expect(segments(root.children[0])).toEqual([
                    {kind: 'text', v: 'Token '},
                    // An empty span would not be a code span: it holds one space.
                    {kind: 'code', v: oneLine(text) === '' ? ' ' : inside},
                    {kind: 'text', v: ' done'},
                ]);
            }),
            runs(2000),
        );
    });
});
