/** @jest-environment node */
import fs from 'fs';
import path from 'path';

import {transformSync} from '@babel/core';

import plugin from './babel_strip_default_messages';

function strip(code: string): string {
    return transformSync(code, {plugins: [plugin], babelrc: false, configFile: false})!.code!;
}

test('drops defaultMessage from defineMessages descriptors and keeps the ids', () => {
    const out = strip(
        "export default defineMessages({a: {id: 'x.a', defaultMessage: 'Hello'}, b: {id: 'x.b', defaultMessage: 'Bye', description: 'd'}});",
    );
    expect(out).not.toContain('defaultMessage');
    expect(out).toContain("id: 'x.a'");
    expect(out).toContain("description: 'd'");
});

test('leaves other calls alone', () => {
    expect(strip("other({a: {id: 'x', defaultMessage: 'y'}});")).toContain('defaultMessage');
});

test('every id the bundle keeps has its English text in en.json', () => {
    const en = JSON.parse(fs.readFileSync(path.join(__dirname, '../webapp/src/i18n/en.json'), 'utf8'));
    const dir = path.join(__dirname, '../webapp/src/messages');
    for (const file of fs.readdirSync(dir)) {
        const ids = [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/id: '([^']+)'/g)].map((m) => m[1]);
        for (const id of ids) {
            expect([id, typeof en[id]]).toEqual([id, 'string']);
        }
    }
});
