// CSV (RFC 4180: comma separated, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes
// doubled), with spreadsheet formula injection neutralised: a cell starting with =, +, -, @, tab or
// carriage return gets a leading apostrophe, so Excel, Sheets and LibreOffice show it as text.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
    let text = value === null || value === undefined ? '' : String(value);
    if (FORMULA_START.test(text)) {
        text = `'${text}`;
    }
    if (/[",\r\n]/.test(text)) {
        return `"${text.replace(/"/g, '""')}"`;
    }
    return text;
}

export function toCsv(header: string[], rows: Array<Array<string | number | boolean | null | undefined>>): string {
    return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
