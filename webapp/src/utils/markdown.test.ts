import {codeSpan, escapeMarkdown} from './markdown';

test.each([
    ['@all', '\\@all'],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript\\:alert\\(1\\)\\)'],
    ['<b>', '\\<b\\>'],
    ['a | b', 'a \\| b'],
    ['line\nbreak', 'line break'],
    // A table row ends at U+2028 or U+2029 for the renderer: the rest of the table fell out of it (found by
    // the property "table cells never gain or lose cells", counterexample a description "\u2029    ").
    ['line\u2028sep\u2029para\r\nend', 'line sep para end'],
    ['**x**', '\\*\\*x\\*\\*'],
    ['plain words', 'plain words'],
])('escapeMarkdown(%p)', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
});

test.each([
    ['abc', '`abc`'],
    ['a`b', '``a`b``'],
    ['``x``', '``` ``x`` ```'],
    ['`', '`` ` ``'],
    ['', '` `'],
    ['two\nlines', '`two lines`'],
    ['two\u2028lines', '`two lines`'],
    // The renderer strips one space from each end of ` x `: padded, the spaces survive (found by the
    // property "codeSpan cannot be broken out of", counterexample "\r\n\"\n" shown as `"`).
    [' x ', '`  x  `'],
    ['  ', '`  `'],
    [' x', '` x`'],
])('codeSpan(%p)', (input, output) => {
    expect(codeSpan(input)).toBe(output);
});
