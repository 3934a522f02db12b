// The README's layout section names every top-level file and folder the repository tracks (dotfiles, the
// lock file and the README aside), and nothing that is not there; folders it names one level down exist.
import {execFileSync} from 'child_process';
import fs from 'fs';
import path from 'path';

import {ROOT} from './paths';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

function layoutLines(): string[] {
    const start = README.indexOf('## Layout');
    const section = README.slice(start, README.indexOf('\n## ', start + 1));
    return (/```\n([\s\S]*?)```/.exec(section)?.[1] ?? '').split('\n');
}

test('the README layout matches the tree', () => {
    const lines = layoutLines();
    const named = new Set(lines.filter((line) => /^\S/.test(line)).map((line) => line.split(/[\s/]+/)[0]));
    const tracked = execFileSync('git', ['ls-files'], {cwd: ROOT, encoding: 'utf8'})
        .split('\n')
        .filter(Boolean)
        .map((file) => file.split('/')[0]);
    const topLevel = new Set(
        tracked.filter((name) => !name.startsWith('.') && name !== 'package-lock.json' && name !== 'README.md'),
    );
    expect([...named].filter((name) => !name.startsWith('.')).sort()).toEqual([...topLevel].sort());

    let parent = '';
    for (const line of lines) {
        if (/^\S/.test(line)) {
            parent = line.split(/\s+/)[0];
        }
        const sub = /^ {2}([a-z_]+\/)/.exec(line)?.[1];
        if (sub) {
            expect(fs.existsSync(path.join(ROOT, parent, sub))).toBe(true);
        }
    }
});
