// CSV (RFC 4180: comma separated, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes
// doubled), with spreadsheet formula injection neutralised: a cell starting with =, +, -, @, tab or
// carriage return, or their fullwidth forms ＝ ＋ － ＠ (which some spreadsheets read as formulas too), gets a
// leading apostrophe, so Excel, Sheets and LibreOffice show it as text. Semicolons are quoted as well, so
// locales whose spreadsheets split on `;` keep a cell whole.

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
    let text = value === null || value === undefined ? '' : String(value);
    if (FORMULA_START.test(text)) {
        text = `'${text}`;
    }
    if (/[",;\r\n]/.test(text)) {
        return `"${text.replace(/"/g, '""')}"`;
    }
    return text;
}

export function toCsv(header: string[], rows: Array<Array<string | number | boolean | null | undefined>>): string {
    return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
