import {ephemeralPost, receivedEphemeralPost, siteUrlFrom} from './host';

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

test('ephemeral posts are client-side system posts with unique ids', () => {
    const a = ephemeralPost({channelId: 'c', message: 'm', type: 't'}, 1000);
    const b = ephemeralPost({channelId: 'c', message: 'm', type: 't'}, 1000);
    expect(a).toMatchObject({
        user_id: '0',
        channel_id: 'c',
        root_id: '',
        message: 'm',
        type: 't',
        create_at: 1000,
        props: {},
        delete_at: 0,
    });
    expect(a.id).not.toBe(b.id);
    expect(receivedEphemeralPost({channelId: 'c', rootId: 'r', message: 'm', type: 't'})).toMatchObject({
        type: 'RECEIVED_NEW_POST',
        channelId: 'c',
        data: {root_id: 'r'},
    });
});
