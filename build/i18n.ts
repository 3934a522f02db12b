// i18n: every UI string is a react-intl descriptor with an explicit id in webapp/src/messages/*.ts.
//   --write  regenerates webapp/src/i18n/en.json from them (`make i18n-extract`)
//   --check  fails when en.json is stale, an id is defined twice with different text, an id is outside the
//            token_manager. namespace, a message does not parse as ICU MessageFormat, a descriptor is
//            defined outside the messages modules, or a message is used nowhere in the shipped code; and, for
//            every other locale file in webapp/src/i18n (de.json, fr.json…), when it lacks an id, has an id
//            English does not, a message does not parse, or its arguments differ from the English ones.
import fs from 'fs';
import path from 'path';

import {parse, TYPE, type MessageFormatElement} from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';

import {ROOT} from './paths';

const MESSAGES_DIR = path.join(ROOT, 'webapp/src/messages');
const SOURCE_DIR = path.join(ROOT, 'webapp/src');
const I18N_DIR = path.join(ROOT, 'webapp/src/i18n');
const EN_JSON = path.join(I18N_DIR, 'en.json');

type Descriptor = {id: string; defaultMessage: string};

export function collectMessages(dir = MESSAGES_DIR): {messages: Record<string, string>; problems: string[]} {
    const messages: Record<string, string> = {};
    const problems: string[] = [];
    for (const file of fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .sort()) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const module = require(path.join(dir, file));
        const descriptors = Object.values(module.default ?? {}) as Descriptor[];
        for (const d of descriptors) {
            if (!d.id?.startsWith('token_manager.')) {
                problems.push(`${file}: id ${d.id} is not in the token_manager. namespace`);
            }
            if (messages[d.id] !== undefined && messages[d.id] !== d.defaultMessage) {
                problems.push(`${file}: id ${d.id} is defined twice with different text`);
            }
            try {
                // As react-intl parses it: a stray `<` starts a tag, so literal angle brackets need quotes.
                parse(d.defaultMessage);
            } catch (err) {
                problems.push(`${file}: ${d.id} is not valid ICU MessageFormat (${(err as Error).message})`);
            }
            messages[d.id] = d.defaultMessage;
        }
    }
    return {messages, problems};
}

function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            return full === MESSAGES_DIR ? [] : sourceFiles(full);
        }
        return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
    });
}

export function strayDescriptors(): string[] {
    return sourceFiles(SOURCE_DIR)
        .filter((file) => /defaultMessage\s*[:=]/.test(fs.readFileSync(file, 'utf8')))
        .map((file) => `${path.relative(ROOT, file)} defines a message outside webapp/src/messages`);
}

// Messages no shipped file reads: every `import x from '…/messages/<module>'` is followed to the property
// accesses `x.key` of its files.
export function unusedMessages(dir = MESSAGES_DIR, sources = sourceFiles(SOURCE_DIR)): string[] {
    const used = new Set<string>();
    for (const file of sources) {
        const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const bound = new Map<string, string>();
        for (const statement of source.statements) {
            if (
                ts.isImportDeclaration(statement) &&
                ts.isStringLiteral(statement.moduleSpecifier) &&
                statement.importClause?.name
            ) {
                const target = path.resolve(path.dirname(file), statement.moduleSpecifier.text);
                if (path.dirname(target) === dir) {
                    bound.set(statement.importClause.name.text, path.basename(target));
                }
            }
        }
        const visit = (node: ts.Node) => {
            if (
                ts.isPropertyAccessExpression(node) &&
                ts.isIdentifier(node.expression) &&
                bound.has(node.expression.text)
            ) {
                used.add(`${bound.get(node.expression.text)}.${node.name.text}`);
            }
            ts.forEachChild(node, visit);
        };
        visit(source);
    }
    const unused: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const module = require(path.join(dir, file));
        for (const [key, descriptor] of Object.entries(module.default ?? {}) as Array<[string, Descriptor]>) {
            if (!used.has(`${file.replace(/\.ts$/, '')}.${key}`)) {
                unused.push(`${file}: ${key} (${descriptor.id}) is not used`);
            }
        }
    }
    return unused;
}

// The arguments a message uses, with their kind (`count:plural`, `date`, `action:select`…), so a translation
// that drops, renames or retypes one is caught.
export function messageArguments(message: string): string[] {
    const found = new Set<string>();
    const walk = (elements: MessageFormatElement[]) => {
        for (const element of elements) {
            switch (element.type) {
                case TYPE.argument:
                case TYPE.number:
                case TYPE.date:
                case TYPE.time:
                    found.add(`${element.value}:${TYPE[element.type]}`);
                    break;
                case TYPE.plural:
                case TYPE.select:
                    found.add(`${element.value}:${TYPE[element.type]}`);
                    Object.values(element.options).forEach((option) => walk(option.value));
                    break;
                case TYPE.tag:
                    walk(element.children);
                    break;
                default:
                    break;
            }
        }
    };
    walk(parse(message));
    return [...found].sort();
}

// Every locale besides English: complete, nothing extra, valid ICU, the same arguments as English.
export function checkLocales(english: Record<string, string>, dir = I18N_DIR): string[] {
    const problems: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'en.json')) {
        const messages = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, string>;
        for (const id of Object.keys(english)) {
            if (typeof messages[id] !== 'string' || messages[id].trim() === '') {
                problems.push(`${file}: ${id} is missing`);
                continue;
            }
            try {
                const expected = messageArguments(english[id]).join(', ');
                const actual = messageArguments(messages[id]).join(', ');
                if (expected !== actual) {
                    problems.push(`${file}: ${id} has arguments [${actual}], English has [${expected}]`);
                }
            } catch (err) {
                problems.push(`${file}: ${id} is not valid ICU MessageFormat (${(err as Error).message})`);
            }
        }
        for (const id of Object.keys(messages).filter((id) => !(id in english))) {
            problems.push(`${file}: ${id} is not an English message`);
        }
    }
    return problems;
}

export function renderEnJson(messages: Record<string, string>): string {
    const sorted = Object.fromEntries(Object.entries(messages).sort(([a], [b]) => a.localeCompare(b)));
    return JSON.stringify(sorted, null, 4) + '\n';
}

function main() {
    const {messages, problems} = collectMessages();
    problems.push(...strayDescriptors(), ...unusedMessages(), ...checkLocales(messages));
    const wanted = renderEnJson(messages);
    if (process.argv.includes('--write')) {
        fs.writeFileSync(EN_JSON, wanted);
        console.log(`Wrote ${path.relative(ROOT, EN_JSON)} (${Object.keys(messages).length} messages).`);
    } else if (fs.readFileSync(EN_JSON, 'utf8') !== wanted) {
        problems.push('webapp/src/i18n/en.json is stale: run `make i18n-extract`');
    }
    if (problems.length > 0) {
        console.error(`i18n check failed:\n  - ${problems.join('\n  - ')}`);
        process.exit(1);
    }
    if (!process.argv.includes('--write')) {
        console.log(`i18n: ${Object.keys(messages).length} messages, en.json up to date.`);
    }
}

if (require.main === module) {
    main();
}
