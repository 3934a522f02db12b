// The i18n check: every message is used, and unused ones are named.
import fs from 'fs';
import os from 'os';
import path from 'path';

import {collectMessages, unusedMessages} from './i18n';

test('a message no shipped file reads is reported; one read through its import is not', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-'));
    const messages = path.join(root, 'messages');
    fs.mkdirSync(messages);
    fs.writeFileSync(
        path.join(messages, 'words.ts'),
        "module.exports = {default: {used: {id: 'token_manager.t.used', defaultMessage: 'u'}, unused: {id: 'token_manager.t.unused', defaultMessage: 'n'}}};",
    );
    const source = path.join(root, 'component.tsx');
    fs.writeFileSync(source, "import words from './messages/words';\nexport const x = words.used;\n");
    expect(unusedMessages(messages, [source])).toEqual(['words.ts: unused (token_manager.t.unused) is not used']);
    fs.rmSync(root, {recursive: true});
});

test('the real messages: all valid, all used', () => {
    expect(collectMessages().problems).toEqual([]);
    expect(unusedMessages()).toEqual([]);
});
