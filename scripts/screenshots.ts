/**
 * `npm run screenshots`: every surface a reader sees, in Chromium, light and dark, written to
 * .output/screenshots/ to be looked at: the welcome page that opens on install, the demo page with a
 * card, the popup, the settings page section by section, the notebook (articles and entities) and
 * the side panel. The welcome page is also taken 400 px wide, and it and the popup right to left.
 *
 * Then the same surfaces in each translation, light only, the browser running in that language
 * (`fr-light-card.png`, `ar-light-popup.png`…). SCREENSHOT_LANG picks the languages, comma-separated:
 * `SCREENSHOT_LANG=ar npm run screenshots` (default: en,fr,ar; "en" is light and dark).
 *
 * Last, the store images (1280×800 screenshots and the 440×280 promo tile) in .output/store/
 * (scripts/store-images.ts; `npm run store:images` makes only those).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { centreOf } from '../test/e2e/page-helpers';
import { launchWithExtension, welcomePage } from '../test/support/browsers';
import type { Catalogue } from '../test/support/chrome-i18n';
import { readClosedCard } from '../test/support/closed-card';
import { startStaticServer } from '../test/support/static-server';
import { captureStoreImages, STORE_OUT } from './store-images';

const OUT = join('.output', 'screenshots');

/**
 * The messages of `language`, for finding the pages' elements: text(key) as it is, pattern(key) with
 * its placeholders matching anything (and any space any space: Playwright normalises them), and
 * plural(base) matching any of a plural message's forms.
 */
function messages(language: string) {
  const catalogue: Catalogue = JSON.parse(readFileSync(join('public/_locales', language, 'messages.json'), 'utf8'));
  const source = (key: string) =>
    catalogue[key]!.message.split(/\$[A-Za-z0-9_]+\$/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
      .join('.*');
  return {
    text: (key: string) => catalogue[key]!.message,
    pattern: (key: string) => new RegExp(`^${source(key)}$`),
    plural: (base: string) =>
      new RegExp(
        `^(?:${Object.keys(catalogue)
          .filter((key) => key.startsWith(`${base}_`) && /_(zero|one|two|few|many|other)$/.test(key))
          .map(source)
          .join('|')})$`,
      ),
  };
}

type ChromeTabs = { chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number }>> } } };

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer({ '/demo.html': { body: readFileSync('assets/demo/article.html') } });
  const languages = (process.env.SCREENSHOT_LANG ?? 'en,fr,ar').split(',').map((language) => language.trim());
  const runs = languages.flatMap((language) =>
    language === 'en' ? (['light', 'dark'] as const).map((scheme) => ({ language, scheme })) : [{ language, scheme: 'light' as const }],
  );
  for (const { language, scheme } of runs) {
    const m = messages(language);
    const english = language === 'en';
    const browser = await launchWithExtension('chromium', {
      build: 'shipped',
      colorScheme: scheme,
      viewport: { width: 1200, height: 900 },
      welcome: 'keep',
      ...(english ? {} : { uiLanguage: language }),
    });
    const prefix = english ? scheme : `${language}-${scheme}`;
    try {
      const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(OUT, `${prefix}-${name}.png`), fullPage });
      /** The same page right to left, as an Arabic or Hebrew translation would lay it out. */
      const rtlShot = async (page: Page, name: string) => {
        if (!english) return; // a translation is shot in its own direction
        await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
        await shot(page, `${name}-rtl`, true);
        await page.evaluate(() => document.documentElement.setAttribute('dir', 'ltr'));
      };

      const welcome = await welcomePage(browser.context);
      await welcome.setViewportSize({ width: 1200, height: 900 });
      await welcome.getByText(m.plural('welcome_pack_entries')).first().waitFor({ timeout: 10_000 });
      await welcome.locator('kbd').first().waitFor();
      await shot(welcome, 'welcome', true);
      await rtlShot(welcome, 'welcome');
      await welcome.setViewportSize({ width: 400, height: 800 });
      await shot(welcome, 'welcome-400px', true);
      await welcome.close();
      const article = await browser.context.newPage();
      await article.goto(`${server.origin}/demo.html`);
      await article.waitForFunction(() => (CSS.highlights.get('backstory')?.size ?? 0) > 10, undefined, { timeout: 15_000 });
      const { x, y } = await centreOf(article, "Hay'at Tahrir al-Sham");
      await article.mouse.click(x, y);
      await readClosedCard(article);
      await article.waitForTimeout(300); // let the card's fade-in finish
      await shot(article, 'card');

      await article.bringToFront();
      const tabId = await browser.worker!.evaluate(
        async () => (await (globalThis as unknown as ChromeTabs).chrome.tabs.query({ active: true }))[0]?.id,
      );
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 360, height: 700 });
      await popup.goto(`${browser.extensionOrigin}/popup.html?tab=${tabId}`);
      await popup.getByRole('region', { name: m.text('kind_organization') }).waitFor({ timeout: 10_000 });
      await popup.getByRole('button', { name: m.text('popup_save') }).click();
      await popup.getByText(m.plural('popup_saved')).waitFor({ timeout: 10_000 });
      await shot(popup, 'popup', true);
      await rtlShot(popup, 'popup');

      const options = await browser.context.newPage();
      await options.goto(`${browser.extensionOrigin}/options.html`);
      await options.getByRole('checkbox', { name: 'Syria conflict: core reference' }).waitFor();
      for (const section of ['sources', 'display', 'sites', 'data', 'keyboard', 'browse', 'about']) {
        const element = options.locator(`section[aria-labelledby="${section}-title"]`);
        await element.screenshot({ path: join(OUT, `${prefix}-options-${section}.png`) });
      }
      await shot(options, 'options-top');

      const notebook = await browser.context.newPage();
      await notebook.goto(`${browser.extensionOrigin}/notebook.html`);
      await notebook.locator('article.saved-article summary').click();
      await shot(notebook, 'notebook-articles', true);
      await notebook.getByRole('button', { name: m.pattern('notebook_view_entities') }).click();
      await shot(notebook, 'notebook-entities');

      const panel = await browser.context.newPage();
      await panel.setViewportSize({ width: 360, height: 800 });
      await panel.goto(`${browser.extensionOrigin}/sidepanel.html`);
      await panel.locator('article.saved-article').waitFor();
      await shot(panel, 'sidepanel');
    } finally {
      await browser.close();
    }
  }
  await server.close();
  console.log(`Screenshots in ${OUT}/`);
  const storeImages = await captureStoreImages();
  console.log(`Store images in ${STORE_OUT}/: ${storeImages.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
