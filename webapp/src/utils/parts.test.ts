// Sentences with parts put in by react-intl's rich values: nothing in a value can act as a placeholder.
import {defineMessages} from 'react-intl';

import {getIntl} from '../i18n';
import {code, formatParts, plainText, text, user} from './parts';

const m = defineMessages({
    sentence: {id: 'test.sentence', defaultMessage: 'Token {description} ({id}) failed: {reason}'},
    reordered: {id: 'test.reordered', defaultMessage: '{id} is {description}'},
});

test('parts come back as themselves, in the sentence order', () => {
    const parts = formatParts(getIntl('en'), m.reordered, {description: user('CI'), id: code('abc')});
    expect(parts).toEqual([code('abc'), text(' is '), user('CI')]);
});

test('a server message that looks like the old NUL placeholders stays text', () => {
    const reason = 'boom \u00000\u0000 and \u00001\u0000';
    const parts = formatParts(getIntl('en'), m.sentence, {description: user('CI'), id: code('abc'), reason});
    expect(plainText(parts)).toBe(`Token CI (abc) failed: ${reason}`);
    expect(parts.filter((p) => p.t === 'code')).toEqual([code('abc')]);
});

test('numbers and plain strings are ordinary ICU values', () => {
    expect(formatParts(getIntl('en'), m.sentence, {description: 'a', id: 1, reason: 'r'})).toEqual([
        text('Token a (1) failed: r'),
    ]);
});
