/** @jest-environment node */
// Properties of the CSV writer over arbitrary cells, read back with a strict RFC 4180 parser: it never
// throws, reading gives back exactly the cells written (an apostrophe before a cell a spreadsheet would take
// for a formula, nothing else changed), and no cell starts a formula. The inventory export, whose rows come
// from the server, round-trips every description the server accepts.
import fc from 'fast-check';

import {checkDescription} from '../../../server-bridge/validation';
import type {OwnerSummary, StoredToken} from '../reducer';
import {hostileText, runs} from '../test/property';
import {toCsv} from './csv';
import {CSV_HEADER, csvRow} from './inventory_rows';

// Thousands of cases each: allow for a loaded machine (CI runs suites side by side on two cores).
jest.setTimeout(90_000);

// = + - @ tab CR and the fullwidth ＝ ＋ － ＠.
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

// RFC 4180, strictly: records end with CRLF (the last one too, as toCsv writes); a field is either quoted
// (quotes inside doubled; commas, CR and LF allowed) or holds no quote, comma, CR or LF at all.
function parseCsv(text: string): string[][] {
    const records: string[][] = [];
    let i = 0;
    while (i < text.length) {
        const fields: string[] = [];
        for (;;) {
            let value = '';
            if (text[i] === '"') {
                i++;
                for (;;) {
                    if (i >= text.length) {
                        throw new Error('unterminated quoted field');
                    }
                    if (text[i] === '"') {
                        if (text[i + 1] !== '"') {
                            i++;
                            break;
                        }
                        i++;
                    }
                    value += text[i++];
                }
            } else {
                while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
                    if (text[i] === '"' || text[i] === '\n') {
                        throw new Error(`${JSON.stringify(text[i])} in an unquoted field at ${i}`);
                    }
                    value += text[i++];
                }
            }
            fields.push(value);
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text.startsWith('\r\n', i)) {
                i += 2;
                break;
            }
            throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 3))}`);
        }
        records.push(fields);
    }
    return records;
}

type Cell = string | number | boolean | null | undefined;

// What a cell reads back as: its text, with an apostrophe first where a spreadsheet would see a formula.
function readBack(value: Cell): string {
    const text = value === null || value === undefined ? '' : String(value);
    return FORMULA_STARTS.includes(text[0]) ? `'${text}` : text;
}

const cell: fc.Arbitrary<Cell> = fc.oneof(
    {arbitrary: hostileText({maxUnits: 12}), weight: 8},
    {arbitrary: fc.integer(), weight: 1},
    {arbitrary: fc.double(), weight: 1},
    {arbitrary: fc.boolean(), weight: 1},
    {arbitrary: fc.constantFrom(null, undefined), weight: 1},
);

// A header and rows of one width, as an export has.
const sheet = fc
    .integer({min: 1, max: 6})
    .chain((width) =>
        fc.tuple(
            fc.array(hostileText({maxUnits: 6}), {minLength: width, maxLength: width}),
            fc.array(fc.array(cell, {minLength: width, maxLength: width}), {maxLength: 6}),
        ),
    );

describe('toCsv', () => {
    test('never throws, whatever the cells hold', () => {
        fc.assert(
            fc.property(
                fc.array(hostileText({long: true}), {maxLength: 6}),
                fc.array(fc.array(cell, {maxLength: 8}), {maxLength: 8}),
                (header, rows) => {
                    expect(typeof toCsv(header, rows)).toBe('string');
                },
            ),
            runs(3000),
        );
    });

    test('reads back (RFC 4180) as exactly the cells written, an apostrophe before a would-be formula', () => {
        fc.assert(
            fc.property(sheet, ([header, rows]) => {
                expect(parseCsv(toCsv(header, rows))).toEqual([header, ...rows].map((row) => row.map(readBack)));
            }),
            runs(4000),
        );
    });

    test('no cell read back starts with = + - @ tab CR ＝ ＋ － ＠', () => {
        fc.assert(
            fc.property(sheet, ([header, rows]) => {
                const cells = parseCsv(toCsv(header, rows)).flat();
                expect(cells.filter((value) => FORMULA_STARTS.includes(value[0]))).toEqual([]);
            }),
            runs(4000),
        );
    });
});

describe('the inventory export', () => {
    const NOW = Date.UTC(2026, 10, 23);
    // Any description the server accepts: not blank, at most 255 UTF-8 bytes.
    const description = hostileText({maxUnits: 60}).filter((d) => checkDescription(d) === undefined);
    const owner: fc.Arbitrary<OwnerSummary | undefined> = fc.option(
        fc.record({
            id: fc.constant('u'),
            username: hostileText({maxUnits: 6}),
            first_name: hostileText({maxUnits: 6}),
            last_name: hostileText({maxUnits: 6}),
            nickname: hostileText({maxUnits: 6}),
            email: hostileText({maxUnits: 6}),
            is_bot: fc.boolean(),
            delete_at: fc.nat(),
            roles: fc.constantFrom('system_user', 'system_user system_admin'),
        }),
        {nil: undefined},
    );
    // What the server may send: expires_at is any int64 ≥ 0 (0 = never), or absent on older servers.
    const expiresAt = fc.option(
        fc.oneof(
            fc.constant(0),
            fc.integer({min: 0, max: 2 ** 53}),
            fc.bigInt({min: 0n, max: 2n ** 63n - 1n}).map(Number),
        ),
        {nil: undefined},
    );

    test('every description the server accepts reads back exactly (after an apostrophe, if a formula)', () => {
        fc.assert(
            fc.property(description, owner, expiresAt, fc.boolean(), (d, o, expires, active) => {
                const token: StoredToken = {
                    id: 't',
                    user_id: 'u',
                    description: d,
                    is_active: active,
                    expires_at: expires,
                };
                const [header, row] = parseCsv(toCsv(CSV_HEADER, [csvRow(token, o, NOW)]));
                expect(header).toEqual(CSV_HEADER);
                expect(row[CSV_HEADER.indexOf('description')]).toBe(readBack(d));
                expect(row).toHaveLength(CSV_HEADER.length);
            }),
            runs(3000),
        );
    });
});
