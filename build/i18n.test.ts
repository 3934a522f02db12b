// The i18n check: every message is used, and unused ones are named.
import fs from 'fs';
import os from 'os';
import path from 'path';

import {checkLocales, collectMessages, unusedMessages} from './i18n';

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

test('a locale must have every English id, nothing else, and the same arguments', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'locales-'));
    const english = {
        'token_manager.a': '{count, plural, one {# token} other {# tokens}} of {username}',
        'token_manager.b': 'Plain',
        'token_manager.c': '{action, select, disable {Off} other {On}}',
    };
    fs.writeFileSync(
        path.join(root, 'de.json'),
        JSON.stringify({
            'token_manager.a': '{count, plural, one {# Token} other {# Tokens}} von {user}',
            'token_manager.c': '{action} aus',
            'token_manager.z': 'Extra',
        }),
    );
    fs.writeFileSync(
        path.join(root, 'fr.json'),
        JSON.stringify({
            'token_manager.a': '{count, plural, one {# jeton} other {# jetons}} de {username}',
            'token_manager.b': 'Simple',
            'token_manager.c': '{action, select, disable {Désactivé} other {Activé}}',
        }),
    );
    expect(checkLocales(english, root)).toEqual([
        'de.json: token_manager.a has arguments [count:plural, user:argument], English has [count:plural, username:argument]',
        'de.json: token_manager.b is missing',
        'de.json: token_manager.c has arguments [action:argument], English has [action:select]',
        'de.json: token_manager.z is not an English message',
    ]);
    fs.rmSync(root, {recursive: true});
});

test('German, French, Spanish and Japanese ship complete, and the plugin registers each of them', async () => {
    const {messages} = collectMessages();
    expect(checkLocales(messages)).toEqual([]);
    const shipped = fs
        .readdirSync(path.join(__dirname, '../webapp/src/i18n'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace(/\.json$/, ''))
        .sort();
    expect(shipped).toEqual(['de', 'en', 'es', 'fr', 'ja']);
    const {LOCALES, getTranslations} = await import('../webapp/src/i18n');
    expect(Object.keys(LOCALES).sort()).toEqual(shipped);
    for (const locale of shipped) {
        expect(Object.keys(LOCALES[locale]).sort()).toEqual(Object.keys(messages).sort());
    }
    // A regional variant gets its language; an unknown locale gets English.
    expect(getTranslations('de-AT')).toEqual(LOCALES.de);
    expect(getTranslations('pt-BR')).toEqual(LOCALES.en);
});
