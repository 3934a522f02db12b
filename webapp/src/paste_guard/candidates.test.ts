// The candidate scan, the known-id filter and the rewrite: pure functions, table-tested.
import fc from 'fast-check';

import ActionTypes from '../action_types';
import {buildStore} from '../test/store';
import type {State} from '../types';
import {findCandidates, isKnownId, replaceSecrets, scanCandidates, secretPrefix} from './candidates';

// 26 characters of the id alphabet (no 0, 2, l, v).
const A = 'k3jd8xhq1ytwpofm9rnce5bsga';
const B = 'zz9y8x7w6u5t4s3r1qponmkjih';

describe('scanCandidates', () => {
    test.each([
        ['an empty message', '', []],
        ['plain prose', 'Please review the deployment notes before Friday.', []],
        ['a bare token', A, [A]],
        ['a token in a sentence', `my token is ${A}, keep it safe`, [A]],
        ['a curl line', `curl -H 'Authorization: Bearer ${A}' https://chat.example.com/api/v4/users/me`, [A]],
        ['a config snippet', `MM_TOKEN=${A}\nMM_URL=https://x`, [A]],
        ['an env name joined by underscore', `TOKEN_${A}`, [A]],
        ['a fenced code block', '```\n' + `token: "${A}"` + '\n```', [A]],
        ['inline code', `\`${A}\``, [A]],
        ['a URL path segment', `https://chat.example.com/team/pl/${A}?x=1`, [A]],
        ['a URL query value', `https://x/?access_token=${A}&y=2`, [A]],
        ['next to Japanese text', `トークンは${A}です`, [A]],
        ['at the start and end of lines', `${A}\n${B}`, [A, B]],
        ['a duplicate', `${A} and again ${A}`, [A]],
        ['two tokens in order of appearance', `${B} ${A} ${B}`, [B, A]],
        ['25 characters', A.slice(1), []],
        ['27 characters', `${A}a`, []],
        ['a letter glued on the front', `x${A}`, []],
        ['a digit glued on the end', `${A}7`, []],
        ['upper case', A.toUpperCase(), []],
        ['one upper-case letter', `K${A.slice(1)}`, []],
        ['containing 0', `0${A.slice(1)}`, []],
        ['containing 2', `${A.slice(0, 25)}2`, []],
        ['containing l', `l${A.slice(1)}`, []],
        ['containing v', `${A.slice(0, 10)}v${A.slice(11)}`, []],
        ['a UUID', '123e4567-e89b-12d3-a456-426614174000', []],
        ['a SHA-1', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', []],
        ['base64 with mixed case', 'U29tZSBzZWNyZXQgdGV4dCBoZXJlIQ==', []],
        ['a hyphenated join of two halves', `${A.slice(0, 13)}-${A.slice(13)}`, []],
    ])('%s', (_what, message, expected) => {
        expect(scanCandidates(message)).toEqual(expected);
    });

    test('every candidate is a whole 26-character word of the message (property)', () => {
        const alphabet = 'abcdefghijkmnopqrstuwxyz13456789';
        const idChar = fc.constantFrom(...alphabet);
        const piece = fc.oneof(
            fc.array(idChar, {minLength: 24, maxLength: 28}).map((c) => c.join('')),
            fc.string({maxLength: 8}),
            fc.constantFrom(' ', '\n', '`', '/', '=', '-', 'A', '0', 'é', '_'),
        );
        fc.assert(
            fc.property(fc.array(piece, {maxLength: 12}), (pieces) => {
                const message = pieces.join('');
                for (const word of scanCandidates(message)) {
                    expect(word).toMatch(/^[a-km-uw-z13-9]{26}$/);
                    const re = new RegExp(`(?<![A-Za-z0-9])${word}(?![A-Za-z0-9])`);
                    expect(re.test(message)).toBe(true);
                }
                const expected = [
                    ...new Set(message.match(/(?<![A-Za-z0-9])[a-km-uw-z13-9]{26}(?![A-Za-z0-9])/g) ?? []),
                ];
                expect(scanCandidates(message)).toEqual(expected);
            }),
        );
    });
});

describe('known ids are not candidates', () => {
    function stateWith(known: {posts?: string[]; channels?: string[]; teams?: string[]}): State {
        const {pluginStore} = buildStore();
        const state = pluginStore.getState();
        const table = (ids: string[] = []) => Object.fromEntries(ids.map((id) => [id, {id}]));
        return {
            ...state,
            entities: {
                ...state.entities,
                posts: {posts: table(known.posts)},
                channels: {channels: table(known.channels)},
                teams: {teams: table(known.teams)},
            },
        } as unknown as State;
    }

    test.each([
        ['a post id', {posts: [A]}],
        ['a channel id', {channels: [A]}],
        ['a team id', {teams: [A]}],
    ])('%s', (_what, known) => {
        const state = stateWith(known);
        expect(isKnownId(state, A)).toBe(true);
        expect(findCandidates(`see ${A} and ${B}`, state)).toEqual([B]);
    });

    test("a user id, and the plugin's own token ids (a token id is not a secret)", () => {
        const {pluginStore} = buildStore({user: {id: A}});
        pluginStore.dispatch({
            type: ActionTypes.RECEIVED_TOKENS,
            data: [{id: B, user_id: A, description: 'd', is_active: true}],
        });
        expect(findCandidates(`${A} ${B}`, pluginStore.getState())).toEqual([]);
    });

    test('inherited object keys are not known ids', () => {
        expect(isKnownId(stateWith({}), 'constructor')).toBe(false);
    });
});

describe('replaceSecrets', () => {
    const P = '[removed]';
    test.each([
        ['one occurrence', `token ${A}.`, `token ${P}.`],
        ['every occurrence', `${A}\n\`${A}\``, `${P}\n\`${P}\``],
        ['only the given secrets', `${A} ${B}`, `${P} ${B}`],
        ['not inside a longer word', `x${A} ${A}`, `x${A} ${P}`],
        ['nothing to replace', 'hello', 'hello'],
    ])('%s', (_what, message, expected) => {
        expect(replaceSecrets(message, new Set([A]), P)).toBe(expected);
    });
});

test('secretPrefix shows four characters and an ellipsis', () => {
    expect(secretPrefix(A)).toBe('k3jd…');
});
