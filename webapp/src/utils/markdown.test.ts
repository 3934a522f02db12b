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
])('codeSpan(%p)', (input, output) => {
    expect(codeSpan(input)).toBe(output);
});
