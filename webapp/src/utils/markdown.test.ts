import {codeSpan, escapeMarkdown} from './markdown';

test.each([
    ['@all', '\\@all'],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript\\:alert\\(1\\)\\)'],
    ['<b>', '\\<b\\>'],
    ['a | b', 'a \\| b'],
    ['line\nbreak', 'line break'],
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
    // The renderer strips one space from each end of ` x `: padded, the spaces survive (found by the
    // property "codeSpan cannot be broken out of", counterexample "\r\n\"\n" shown as `"`).
    [' x ', '`  x  `'],
    ['  ', '`  `'],
    [' x', '` x`'],
])('codeSpan(%p)', (input, output) => {
    expect(codeSpan(input)).toBe(output);
});
