/**
 * `npm run screenshots`: every surface a reader sees, in Chromium, light and dark, written to
 * .output/screenshots/ to be looked at: the welcome page that opens on install, the demo page with a
 * card, the popup, the settings page section by section, the notebook (articles and entities) and
 * the side panel. The welcome page is also taken 400 px wide, and it and the popup right to left
 * (the layout an Arabic translation gets; the words stay English until there is one).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { centreOf } from '../test/e2e/page-helpers';
import { launchWithExtension, welcomePage } from '../test/support/browsers';
import { readClosedCard } from '../test/support/closed-card';
import { startStaticServer } from '../test/support/static-server';

const OUT = join('.output', 'screenshots');

type ChromeTabs = { chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number }>> } } };

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer({ '/demo.html': { body: readFileSync('assets/demo/article.html') } });
  for (const scheme of ['light', 'dark'] as const) {
    const browser = await launchWithExtension('chromium', {
      build: 'shipped',
      colorScheme: scheme,
      viewport: { width: 1200, height: 900 },
      welcome: 'keep',
    });
    try {
      const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(OUT, `${scheme}-${name}.png`), fullPage });
      /** The same page right to left, as an Arabic or Hebrew translation would lay it out. */
      const rtlShot = async (page: Page, name: string) => {
        await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
        await shot(page, `${name}-rtl`, true);
        await page.evaluate(() => document.documentElement.setAttribute('dir', 'ltr'));
      };

      const welcome = await welcomePage(browser.context);
      await welcome.setViewportSize({ width: 1200, height: 900 });
      await welcome
        .getByText(/^\d+ entries$/)
        .first()
        .waitFor({ timeout: 10_000 });
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
      await popup.getByRole('region', { name: 'Organisation' }).waitFor({ timeout: 10_000 });
      await popup.getByRole('button', { name: 'Save article to notebook' }).click();
      await popup.getByText(/^Saved/).waitFor({ timeout: 10_000 });
      await shot(popup, 'popup', true);
      await rtlShot(popup, 'popup');

      const options = await browser.context.newPage();
      await options.goto(`${browser.extensionOrigin}/options.html`);
      await options.getByRole('checkbox', { name: 'Syria conflict: core reference' }).waitFor();
      for (const section of ['sources', 'display', 'sites', 'data', 'keyboard', 'browse', 'about']) {
        const element = options.locator(`section[aria-labelledby="${section}-title"]`);
        await element.screenshot({ path: join(OUT, `${scheme}-options-${section}.png`) });
      }
      await shot(options, 'options-top');

      const notebook = await browser.context.newPage();
      await notebook.goto(`${browser.extensionOrigin}/notebook.html`);
      await notebook.locator('article.saved-article summary').click();
      await shot(notebook, 'notebook-articles', true);
      await notebook.getByRole('button', { name: /^Entities/ }).click();
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
