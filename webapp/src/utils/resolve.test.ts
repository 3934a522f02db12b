import {looksLikeTokenId, resolveToken} from './resolve';

const tokens = [
    {id: 'aaaa1111aaaa1111aaaa1111aa', description: 'CI pipeline'},
    {id: 'bbbb2222bbbb2222bbbb2222bb', description: 'CI pipeline (old)'},
    {id: 'cccc3333cccc3333cccc3333cc', description: 'Deploy'},
    {id: 'dddd4444dddd4444dddd4444dd', description: 'deploy'},
    {id: 'eeee5555eeee5555eeee5555ee', description: 'Backup'},
];

test.each([
    ['an id', 'cccc3333cccc3333cccc3333cc', 'cccc3333cccc3333cccc3333cc'],
    ['an exact description', 'CI pipeline', 'aaaa1111aaaa1111aaaa1111aa'],
    ['an exact description, case-sensitive first', 'deploy', 'dddd4444dddd4444dddd4444dd'],
    ['a case-insensitive description', 'BACKUP', 'eeee5555eeee5555eeee5555ee'],
    ['a unique prefix of a description', 'back', 'eeee5555eeee5555eeee5555ee'],
    ['a unique prefix of an id', 'bbbb22', 'bbbb2222bbbb2222bbbb2222bb'],
    ['surrounding spaces', '  Backup ', 'eeee5555eeee5555eeee5555ee'],
])('finds a token by %s', (_what, target, id) => {
    expect(resolveToken(tokens, target)).toEqual({kind: 'found', token: tokens.find((t) => t.id === id)});
});

test('an ambiguous prefix lists the candidates', () => {
    expect(resolveToken(tokens, 'ci')).toEqual({kind: 'ambiguous', candidates: [tokens[0], tokens[1]]});
    expect(resolveToken(tokens, 'DEPLOY')).toEqual({kind: 'ambiguous', candidates: [tokens[2], tokens[3]]});
});

test('no match', () => {
    expect(resolveToken(tokens, 'nothing')).toEqual({kind: 'none'});
});

test('looksLikeTokenId', () => {
    expect(looksLikeTokenId('aaaa1111aaaa1111aaaa1111aa')).toBe(true);
    expect(looksLikeTokenId('CI pipeline')).toBe(false);
    expect(looksLikeTokenId('AAAA1111AAAA1111AAAA1111AA')).toBe(false);
});
