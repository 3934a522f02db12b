import {ephemeralPost, isCollapsedThreadsEnabled, receivedEphemeralPost, siteUrlFrom} from './host';

const state = (SiteURL?: string) => ({entities: {general: {config: {SiteURL}}}}) as any;

describe('siteUrlFrom', () => {
    test('uses the page origin and the web app base path, like getSiteURL()', () => {
        expect(
            siteUrlFrom(state('https://elsewhere.example.com'), {origin: 'https://chat.example.com'}, '/mattermost'),
        ).toBe('https://chat.example.com/mattermost');
        expect(siteUrlFrom(state(), {origin: 'https://chat.example.com'}, '')).toBe('https://chat.example.com');
        expect(siteUrlFrom(state(), {origin: 'https://chat.example.com'}, '/mm/')).toBe('https://chat.example.com/mm');
    });

    test('falls back to SiteURL without a page origin', () => {
        expect(siteUrlFrom(state('https://chat.example.com'), null, '')).toBe('https://chat.example.com');
        expect(siteUrlFrom(state('https://chat.example.com'), {origin: 'null'}, '')).toBe('https://chat.example.com');
    });
});

test("ephemeral posts are built as the web app builds them: System, dismiss only, the plugin's body by props.type", () => {
    const a = ephemeralPost({channelId: 'c', message: 'm', componentType: 'custom_x'}, 1000);
    const b = ephemeralPost({channelId: 'c', rootId: 'r', message: 'm', componentType: 'custom_x'}, 1000);
    expect(a).toMatchObject({
        user_id: '0',
        channel_id: 'c',
        root_id: '',
        message: 'm',
        type: 'system_ephemeral',
        create_at: 1000,
        update_at: 1000,
        props: {type: 'custom_x'},
        metadata: {embeds: [], emojis: [], files: [], images: {}},
        delete_at: 0,
    });
    expect(a.id).toMatch(/^[a-km-uw-z13-9]{26}$/);
    expect(a.id).not.toBe(b.id);
    expect(receivedEphemeralPost(b, true)).toEqual({type: 'RECEIVED_NEW_POST', data: b, features: {crtEnabled: true}});
});

describe('isCollapsedThreadsEnabled, as mattermost-redux computes it', () => {
    const with_ = (CollapsedThreads?: string, preference?: string) =>
        ({
            entities: {
                general: {config: {CollapsedThreads}},
                preferences: {
                    myPreferences: preference
                        ? {
                              'display_settings--collapsed_reply_threads': {
                                  category: 'display_settings',
                                  name: 'collapsed_reply_threads',
                                  value: preference,
                              },
                          }
                        : {},
                },
            },
        }) as unknown as Parameters<typeof isCollapsedThreadsEnabled>[0];
    test.each([
        [undefined, undefined, false],
        ['disabled', 'on', false],
        ['always_on', 'off', true],
        ['default_on', undefined, true],
        ['default_on', 'off', false],
        ['default_off', undefined, false],
        ['default_off', 'on', true],
    ])('config %p, preference %p -> %p', (config, preference, expected) => {
        expect(isCollapsedThreadsEnabled(with_(config, preference))).toBe(expected);
    });
});
