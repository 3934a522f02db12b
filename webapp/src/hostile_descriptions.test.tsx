/** @jest-environment node */
// Hostile descriptions through every reply that shows one: the Markdown message (rendered the way the
// Mattermost web app renders posts, by the sandbox host's renderer) and the plugin's React component must
// both show the text exactly as typed and do nothing else: no links, images, HTML, mentions or tables.
import {JSDOM} from 'jsdom';
import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {IntlProvider} from 'react-intl';

import {renderMarkdown} from '../../sandbox/host/markdown';
import {bridgeSuite} from '../../server-bridge/test_support';
import SlashReply from './components/slash_reply/slash_reply';
import {getTranslations} from './i18n';
import {discardAllSecrets} from './secret_handoff';
import {slashHarness, type PostedReply} from './test/slash_harness';
import {neutralizeBidi} from './utils/bidi';

const HOSTILE = [
    '@all please rotate',
    '@channel @here',
    '[click me](javascript:alert(1))',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '`code` and ``` fences ```',
    '| a | b |\n|---|---|\n| c | d |',
    '**bold** _em_ ~~gone~~ # heading',
    '> quoted\n- listed',
    '![pic](https://example.com/p.png)',
    'https://evil.example/phish www.evil.example',
    'a'.repeat(255),
    '🔑 deploy key 🚀 émoji',
    'שלום عربي \u202Egnp.exe',
    '&amp; &lt;b&gt; \\*',
    ':smile: #hashtag $VAR',
];

const h = bridgeSuite();
afterAll(discardAllSecrets);

// Markdown has no <bdi>: line breaks become spaces and bidirectional controls are neutralised.
const asShown = (text: string) => neutralizeBidi(text.replace(/\r\n?|\n/g, ' '));

function inertness(html: string) {
    const {document} = new JSDOM(`<body>${html}</body>`).window;
    return {
        document,
        links: document.querySelectorAll('a').length,
        images: document.querySelectorAll('img').length,
        scripts: document.querySelectorAll('script, iframe, object, embed').length,
        handlers: [...document.querySelectorAll('*')].filter((e) =>
            [...e.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        mentions: document.querySelectorAll('.mention').length,
        headings: document.querySelectorAll('h1, h2, h3, h4, h5, h6, blockquote').length,
        tables: document.querySelectorAll('table').length,
        text: document.body.textContent ?? '',
    };
}

function renderReact(post: PostedReply) {
    const html = renderToStaticMarkup(
        <IntlProvider locale='en' messages={getTranslations('en')}>
            <SlashReply post={{id: post.id, message: post.message}} />
        </IntlProvider>,
    );
    return inertness(html);
}

describe.each(HOSTILE.map((d) => [JSON.stringify(d).slice(0, 40), d]))('description %s', (_label, description) => {
    // What a user can type after /token create (a quoted word cannot hold quotes or line breaks).
    const typable = !description.includes('"') && !description.includes('\n');
    let listed: PostedReply;
    let created: PostedReply;
    let admin: PostedReply;

    beforeAll(async () => {
        h.running.sandbox.reset();
        const alice = slashHarness(h, 'alice');
        // The create path, through the parser (quoted, so the words stay as they are).
        if (typable) {
            created = (await alice.run(`/token create "${description}"`)).replies[0];
        } else {
            h.running.sandbox.store.addToken(h.running.sandbox.user('alice').id, description);
        }
        listed = (await alice.run('/token list')).replies[0];
        const admins = slashHarness(h, 'admin');
        admin = (await admins.run('/token admin @alice')).replies[0];
        h.signIn('alice');
    });

    test('/token list: the Markdown message renders inert and shows the text as typed', () => {
        const shown = inertness(renderMarkdown(listed.message));
        expect(shown).toMatchObject({
            links: 0,
            images: 0,
            scripts: 0,
            handlers: 0,
            mentions: 0,
            headings: 0,
            tables: 1,
        });
        expect(shown.text).toContain(asShown(description));
        // One row per token: the description's pipes did not add cells or rows.
        expect(shown.document.querySelectorAll('tbody tr')).toHaveLength(5);
        expect(shown.document.querySelectorAll('tbody tr:first-child td')).toHaveLength(4);
    });

    test('/token list: the React reply renders inert and shows the text as typed', () => {
        const shown = renderReact(listed);
        expect(shown).toMatchObject({links: 0, images: 0, scripts: 0, handlers: 0, tables: 1});
        expect(shown.text).toContain(description);
    });

    test('/token admin: both renderings stay inert', () => {
        for (const shown of [inertness(renderMarkdown(admin.message)), renderReact(admin)]) {
            expect(shown).toMatchObject({links: 0, images: 0, scripts: 0, handlers: 0, mentions: 0, tables: 1});
        }
    });

    if (typable) {
        test('/token create: the confirmation line stays inert', () => {
            expect(created.reply.blocks.some((b) => b.t === 'reveal')).toBe(true);
            const markdown = inertness(renderMarkdown(created.message));
            expect(markdown).toMatchObject({
                links: 0,
                images: 0,
                scripts: 0,
                handlers: 0,
                mentions: 0,
                headings: 0,
                tables: 0,
            });
            expect(markdown.text).toContain(asShown(description.trim()));
            expect(renderReact(created)).toMatchObject({links: 0, images: 0, scripts: 0, handlers: 0});
        });
    }
});

// An RTL override in a description must not reorder the plugin's own words around it: in React every piece
// of user text is isolated in <bdi>; in Markdown the controls are neutralised and the text isolated.
describe('bidirectional overrides', () => {
    const SPOOF = 'safe\u202Edi nekot';

    test.each(['list', 'revoke', 'rotate', 'disable-all'])(
        '/token %s keeps the override inside the user text',
        async (which) => {
            h.running.sandbox.reset();
            h.running.sandbox.store.addToken(h.running.sandbox.user('alice').id, SPOOF);
            const alice = slashHarness(h, 'alice');
            const command =
                which === 'list'
                    ? '/token list'
                    : which === 'disable-all'
                      ? '/token disable-all'
                      : `/token ${which} "${SPOOF}"`;
            const reply = (await alice.run(command)).replies[0];
            const html = renderToStaticMarkup(
                <IntlProvider locale='en' messages={getTranslations('en')}>
                    <SlashReply post={{id: reply.id, message: reply.message}} />
                </IntlProvider>,
            );
            const {document} = new JSDOM(`<body>${html}</body>`).window;
            // Every text node holding the override sits inside a <bdi>.
            const walker = document.createTreeWalker(document.body, 4);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.textContent?.includes('\u202E')) {
                    expect(node.parentElement?.closest('bdi')).not.toBeNull();
                }
            }
            // The Markdown fallback holds no override at all, and every isolate is closed.
            expect(reply.message).not.toMatch(/[\u202A-\u202E]/);
            expect((reply.message.match(/\u2068/g) ?? []).length).toBe((reply.message.match(/\u2069/g) ?? []).length);
        },
    );
});
