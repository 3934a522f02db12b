// The grammar table is the one source: the help reply, the parser and the README all follow it.
import fs from 'fs';
import path from 'path';

import {GRAMMAR, SUBCOMMANDS} from './grammar';
import {parseCommand} from './parser';

const README = fs.readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');

// The README's command table, with GFM's escaped pipes undone.
function readmeUsages(): string[] {
    const start = README.indexOf('## The `/token` command');
    const section = README.slice(start, README.indexOf('\n## ', start + 1));
    return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1].replace(/\\\|/g, '|'));
}

test('the README lists every subcommand with exactly the usage the help shows, and nothing else', () => {
    expect(readmeUsages()).toEqual(SUBCOMMANDS.map((name) => GRAMMAR[name].usage));
});

test.each(SUBCOMMANDS)('%s: every flag its usage shows is accepted, and no other', (name) => {
    const usage = GRAMMAR[name].usage;
    const shown = [...usage.matchAll(/--[a-z-]+/g)].map((m) => m[0]);
    expect([...new Set(shown)].sort()).toEqual([...GRAMMAR[name].flags].sort());
    expect(usage.includes('[@user]')).toBe(GRAMMAR[name].user);
    const operand =
        name === 'create' || name === 'admin' ? 'x' : name.match(/^(disable|enable|revoke|rotate)$/) ? 'x' : '';
    for (const flag of GRAMMAR[name].flags) {
        const value = flag === '--expires' ? ' 7d' : '';
        const result = parseCommand(`/token ${name} ${operand} ${flag}${value}`);
        expect(result.ok ? 'ok' : result.problem.id).toBe('ok');
    }
});
