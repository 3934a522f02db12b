// The shipped languages (German is the longest): the plugin's Settings section, its window and the admin
// inventory render in the user's language after the user picks it (and the page is loaded again, as the web
// app registers plugins once), and no control or label in them is cut off.
import type {Locator} from '@playwright/test';

import de from '../webapp/src/i18n/de.json';
import es from '../webapp/src/i18n/es.json';
import fr from '../webapp/src/i18n/fr.json';
import ja from '../webapp/src/i18n/ja.json';
import {expect, test} from './fixtures';
import type {SandboxApp} from './pages';

// Elements inside `root` whose text does not fit: wider or taller than their box where overflow hides or
// ellipsises it. A cell that scrolls on purpose (overflow auto/scroll) is not counted, nor a description
// (user text, ellipsised by design with the whole of it in the cell's title).
async function cutOff(root: Locator): Promise<string[]> {
    return root.evaluate((el) => {
        const found: string[] = [];
        for (const node of Array.from(el.querySelectorAll<HTMLElement>('*'))) {
            if (!node.textContent?.trim() || node.getClientRects().length === 0) {
                continue;
            }
            // Screen-reader text, and user text whose cell shows the whole of it on hover, are not labels.
            if (node.closest('.token-manager-visually-hidden') || (node.title && node.querySelector('bdi'))) {
                continue;
            }
            const style = getComputedStyle(node);
            const clips = /hidden|clip/.test(style.overflowX + style.overflowY) || style.textOverflow === 'ellipsis';
            if (!clips) {
                continue;
            }
            if (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1) {
                found.push(`${node.tagName.toLowerCase()}.${node.className}: ${node.textContent.trim().slice(0, 60)}`);
            }
        }
        return found;
    });
}

async function signInSpeaking(app: SandboxApp, locale: string) {
    await app.signIn('admin');
    await app.setLocale(locale);
    await app.reload();
}

const LANGUAGES: Record<string, Record<string, string>> = {de, fr, es, ja};

for (const [locale, strings] of Object.entries(LANGUAGES)) {
    const t = (id: string) => strings[`token_manager.${id}`];

    test(`${locale}: the Settings section, the window and All tokens are translated and nothing is cut off`, async ({
        app,
    }) => {
        await signInSpeaking(app, locale);
        const settings = await app.openSettingsTab(t('plugin.name'));
        await expect(settings.getByRole('list', {name: t('mine.list_label')})).toBeVisible();
        await expect(settings.getByText(t('settings.section_title')).first()).toBeVisible();
        expect(await cutOff(settings)).toEqual([]);
        await app.settings.close();

        const modal = await app.openTokenManager();
        await expect(modal.getByRole('tab', {name: t('modal.tab_mine')})).toBeVisible();
        expect(await cutOff(modal)).toEqual([]);
        await modal.getByRole('tab', {name: t('modal.tab_all')}).click();
        await expect(modal.getByRole('list', {name: t('risk.list_label')})).toBeVisible();
        await expect(modal.getByRole('row').nth(5)).toBeVisible();
        expect(await cutOff(modal)).toEqual([]);
    });
}
