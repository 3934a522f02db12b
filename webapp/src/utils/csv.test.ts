import {csvCell, toCsv} from './csv';

test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"\'cr\rhere"'.replace("'cr", 'cr')],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['', ''],
    // Fullwidth forms that some spreadsheets read as formula signs too.
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    // Locales whose spreadsheets split on `;`: the cell stays one cell, and no piece starts a formula.
    ['x;=1+1;y', '"x;=1+1;y"'],
])('csvCell(%p) = %p', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
});

test('non-strings', () => {
    expect(csvCell(true)).toBe('true');
    expect(csvCell(5)).toBe('5');
    expect(csvCell(-5)).toBe("'-5");
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
});

test('rows end with CRLF, including the last', () => {
    expect(
        toCsv(
            ['a', 'b'],
            [
                ['1', 'x,y'],
                ['2', '=z'],
            ],
        ),
    ).toBe('a,b\r\n1,"x,y"\r\n2,\'=z\r\n');
});
