/**
 * Settings in a real browser (Chromium, where the options page URL is known from the worker):
 * changes apply to open pages without a reload, and survive a browser restart.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_PACKS, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { paintedTexts, waitForPaint } from './page-helpers';

/** The bit of the extension API the tests call inside the service worker. */
type ChromeTabs = { chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number }>> } } };

const DEMO = readFileSync('assets/demo/article.html', 'utf8');

/** An article among page furniture that names other places: a menu, a "more stories" list, a newsletter box. */
const FURNISHED = `<!doctype html><html lang="en"><head><meta property="og:type" content="article"><title>Shelling</title></head><body>
<nav><a href="/">Home</a> <a href="/idlib">Idlib</a> <a href="/world">World</a></nav>
<article><h1>Shelling near Aleppo</h1>
<p>The Syrian Observatory for Human Rights reported shelling near Aleppo on Monday morning.</p>
<p>Residents of Aleppo said the shelling stopped by noon; the Syrian Observatory for Human Rights counted the damage.</p>
<section class="related-stories"><h2>More stories</h2><ul>
<li><a href="/a">Hama prepares for talks</a></li><li><a href="/b">Idlib camps flood</a></li><li><a href="/c">Markets reopen</a></li></ul></section>
<div class="newsletter-box"><p>Sign up for our Hama and Idlib briefing.</p></div>
</article></body></html>`;

describe('settings (Chromium)', () => {
  let server: StaticServer;
  const profileDir = mkdtempSync(join(tmpdir(), 'backstory-settings-'));

  beforeAll(async () => {
    server = await startStaticServer({
      '/demo.html': { body: DEMO },
      '/furnished.html': { body: FURNISHED },
      '/weather.html': {
        body: '<!doctype html><html lang="en"><head><meta property="og:type" content="article"><title>Weather</title></head><body><article><h1>Rain tomorrow</h1><p>Rain is expected across the region tomorrow, with sun later in the week.</p></article></body></html>',
      },
      '/new-pack.html': {
        body: '<!doctype html><html lang="en"><head><meta property="og:type" content="article"></head><body><article><p>The Orontes Monitoring Group and the Syrian Observatory for Human Rights published counts.</p></article></body></html>',
      },
    });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('switching a pack off and on updates an open page without a reload; style changes apply live', async () => {
    const browser = await launchWithExtension('chromium', { profileDir });
    try {
      const extensionId = new URL(browser.worker!.url()).host;
      const article = await browser.context.newPage();
      await article.goto(`${server.origin}/demo.html`);
      await waitForPaint(article, 10);

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const packToggle = options.getByRole('checkbox', { name: 'Syria conflict: core reference' });
      await packToggle.waitFor();
      expect(
        await options
          .getByText(/entries · updated/)
          .first()
          .innerText(),
      ).toMatch(/Version \d+\.\d+\.\d+ · \d+ entries/);
      await options.screenshot({ path: '.output/options.png', fullPage: true });
      // The keyboard section lists the commands as the browser has them bound.
      const shortcuts = options.locator('.shortcuts li');
      await expect.poll(() => shortcuts.count()).toBe(3);
      // In the browser's order (Chromium lists the look-up command first).
      expect((await shortcuts.allInnerTexts()).sort()).toEqual([
        'Look up the selected text in Backstory: Alt+Shift+L',
        'Move to the next marked term and open its card: Alt+Shift+.',
        'Move to the previous marked term and open its card: Alt+Shift+,',
      ]);

      await packToggle.uncheck();
      await article.waitForFunction(() => (CSS.highlights.get('backstory')?.size ?? 0) === 0, undefined, { timeout: 10_000 });
      await packToggle.check();
      await waitForPaint(article, 10);

      await options.getByRole('radio', { name: 'Background tint' }).check();
      await article.waitForFunction(() => (CSS.highlights.get('backstory-tint')?.size ?? 0) > 10, undefined, { timeout: 10_000 });
      expect(await paintedTexts(article)).toEqual([]); // the underline highlight is gone

      // Each entity once by default (issue 14); every mention when asked, and back.
      const firstOnly = () => {
        const texts = [...(CSS.highlights.get('backstory-tint') ?? [])].map((r) => (r as Range).toString());
        return texts.filter((t) => t === 'HTS').length === 0 && texts.includes("Hay'at Tahrir al-Sham");
      };
      expect(await options.getByRole('radio', { name: 'The first mention of each entry' }).isChecked()).toBe(true);
      expect(await article.evaluate(firstOnly)).toBe(true);
      await options.getByRole('radio', { name: 'Every mention' }).check();
      await article.waitForFunction(
        () => [...(CSS.highlights.get('backstory-tint') ?? [])].some((r) => (r as Range).toString() === 'HTS'),
        undefined,
        { timeout: 10_000 },
      );
      await options.getByRole('radio', { name: 'The first mention of each entry' }).check();
      await article.waitForFunction(firstOnly, undefined, { timeout: 10_000 });

      // Names every reader knows (the United States, Russia, the UN) are left unmarked until asked for.
      const tinted = () => article.evaluate(() => [...(CSS.highlights.get('backstory-tint') ?? [])].map((r) => (r as Range).toString()));
      expect(await tinted()).not.toContain('Russia');
      await options.getByRole('checkbox', { name: /Also mark well-known names/ }).check();
      await article.waitForFunction(
        () => [...(CSS.highlights.get('backstory-tint') ?? [])].some((r) => (r as Range).toString() === 'Russia'),
        undefined,
        { timeout: 10_000 },
      );
      await options.getByRole('checkbox', { name: /Also mark well-known names/ }).uncheck();
      await expect.poll(tinted).not.toContain('Russia');

      // The theme applies to Backstory's own pages as well as to cards, at once.
      const background = () => options.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await options.getByRole('radio', { name: 'Light' }).check();
      await expect.poll(background).toBe('rgb(255, 255, 255)');
      await options.getByRole('radio', { name: 'Dark' }).check();
      await expect.poll(background).toBe('rgb(30, 34, 40)');
      await options.getByRole('radio', { name: 'Follow the system' }).check();
    } finally {
      await browser.close();
    }
  });

  it('marks the article, not the page furniture around it, and the whole page when asked (issue 14)', async () => {
    const browser = await launchWithExtension('chromium');
    try {
      const extensionId = new URL(browser.worker!.url()).host;
      const article = await browser.context.newPage();
      await article.goto(`${server.origin}/furnished.html`);
      await waitForPaint(article, 2);
      // The menu, the "more stories" list and the newsletter box name Idlib and Hama: none is marked,
      // and each entity of the article is marked once, where it first appears.
      expect(await paintedTexts(article)).toEqual(['Aleppo', 'Syrian Observatory for Human Rights']);

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const wholePage = options.getByRole('checkbox', { name: /Mark the whole page/ });
      expect(await wholePage.isChecked()).toBe(false);
      await wholePage.check();
      // Hama, named only in the furniture, is marked now (Idlib too, as an ambiguous name: city or province).
      await article.waitForFunction(
        () => [...(CSS.highlights.get('backstory') ?? [])].some((r) => (r as Range).toString() === 'Hama'),
        undefined,
        { timeout: 10_000 },
      );
      await wholePage.uncheck();
      await expect.poll(() => paintedTexts(article), { timeout: 10_000 }).toEqual(['Aleppo', 'Syrian Observatory for Human Rights']);
    } finally {
      await browser.close();
    }
  });

  it('imports a pack from a file: a malformed one changes nothing, a valid one marks its terms on an open page', async () => {
    const browser = await launchWithExtension('chromium');
    try {
      const extensionId = new URL(browser.worker!.url()).host;
      const article = await browser.context.newPage();
      await article.goto(`${server.origin}/new-pack.html`);
      await waitForPaint(article, 1);
      expect(await paintedTexts(article)).toEqual(['Syrian Observatory for Human Rights']);

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const file = options.getByLabel('Pack file');
      await file.setInputFiles('test/fixtures/packs/invalid.json');
      const alert = options.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/invalid\.json was not imported: \d+ problems/);
      expect(await alert.innerText()).toContain('$.entries[0].designations[0].events[0].date');
      expect(await options.locator('.pack').count()).toBe(BUNDLED_PACKS);

      await file.setInputFiles('test/fixtures/packs/import-e2e.json');
      await options.getByText('Imported Test import pack (1 entry) from import-e2e.json.').waitFor();
      expect(await options.locator('.pack').count()).toBe(BUNDLED_PACKS + 1);
      await article.waitForFunction(
        () => [...(CSS.highlights.get('backstory') ?? [])].some((r) => (r as Range).toString() === 'Orontes Monitoring Group'),
        undefined,
        { timeout: 10_000 },
      );

      await options.getByRole('button', { name: 'Remove Test import pack' }).click();
      await article.waitForFunction(() => (CSS.highlights.get('backstory')?.size ?? 0) === 1, undefined, { timeout: 10_000 });
      await options.screenshot({ path: '.output/options-import.png', fullPage: true });
    } finally {
      await browser.close();
    }
  });

  it('the popup lists the page’s entities by kind, and a click opens the first mention’s card', async () => {
    const browser = await launchWithExtension('chromium');
    try {
      const extensionId = new URL(browser.worker!.url()).host;
      const article = await browser.context.newPage();
      await article.goto(`${server.origin}/demo.html`);
      await waitForPaint(article, 10);
      // Backstory has no "tabs" permission, so the worker can't see URLs: the page just opened is the active tab.
      const activeTab = () =>
        browser.worker!.evaluate(async () => (await (globalThis as unknown as ChromeTabs).chrome.tabs.query({ active: true }))[0]?.id);
      await article.bringToFront();
      const tabId = await activeTab();
      expect(tabId).toBeGreaterThan(0);
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      const organisations = popup.getByRole('region', { name: 'Organisation' });
      await organisations.waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
        throw new Error(`popup shows: ${await popup.locator('body').innerText()} (${error})`);
      });
      const hts = organisations.getByRole('button', { name: /Hay'at Tahrir al-Sham/ });
      // HTS is on lists in the bundled data: it carries a marker, "Listed" only while a listing is confirmed.
      await popup.locator('.mark').first().waitFor({ timeout: 10_000 });
      expect(await hts.innerText()).toMatch(/^Hay'at Tahrir al-Sham\s+(Listed|Unconfirmed)\s+\d+/);
      // In each kind, listed entities come first, then unconfirmed ones, then the rest.
      const order = await popup
        .locator('.list section')
        .evaluateAll((sections) =>
          sections.map((section) =>
            [...section.querySelectorAll('.entity')].map((row) =>
              row.querySelector('.mark-listed') ? 0 : row.querySelector('.mark-unconfirmed') ? 1 : 2,
            ),
          ),
        );
      for (const ranks of order) expect(ranks).toEqual([...ranks].sort());
      expect(order.flat()).toContain(2);
      // It fits in Chrome's 600 px: the page does not scroll, the list of entities does.
      const fit = await popup.evaluate(() => {
        const list = document.querySelector('.list')!;
        return { page: document.body.getBoundingClientRect().height, list: list.scrollHeight - list.clientHeight };
      });
      expect(fit.page).toBeLessThanOrEqual(600);
      expect(fit.list).toBeGreaterThan(0);
      await popup.getByRole('button', { name: 'Save article to notebook' }).waitFor({ state: 'visible' });
      expect(
        await popup
          .getByRole('region', { name: 'Person' })
          .getByRole('button', { name: /Bashar al-Assad/ })
          .count(),
      ).toBe(1);
      expect(
        await popup
          .getByRole('region', { name: 'Place' })
          .getByRole('button', { name: /Aleppo/ })
          .count(),
      ).toBeGreaterThan(0);
      expect(await popup.getByText(/entities found; article dated 3 Dec 2024/).count()).toBe(1);
      await popup.screenshot({ path: '.output/popup.png', fullPage: true });

      await hts.click();
      // The mention the popup jumped to flashes so the eye finds it, then the flash goes.
      await article.waitForFunction(
        () => [...(CSS.highlights.get('backstory-flash') ?? [])].map((r) => (r as Range).toString()).join() === "Hay'at Tahrir al-Sham",
        undefined,
        { timeout: 5_000 },
      );
      await article.waitForFunction(
        () => !CSS.highlights.has('backstory-flash') || CSS.highlights.get('backstory-flash')!.size === 0,
        undefined,
        {
          timeout: 5_000,
        },
      );
      const card = article.locator('[data-backstory-ui] .card');
      await card.waitFor({ state: 'visible' });
      expect(await article.locator('[data-backstory-ui] h2').innerText()).toBe("Hay'at Tahrir al-Sham");

      // A page where no content script runs: the popup says why instead of showing nothing.
      const blank = await browser.context.newPage();
      await blank.goto('about:blank');
      await blank.bringToFront();
      const blankId = await activeTab();
      const blankPopup = await browser.context.newPage(); // the first popup closed itself after the click
      await blankPopup.goto(`chrome-extension://${extensionId}/popup.html?tab=${blankId}`);
      await blankPopup.getByText(/Backstory isn’t running on this page/).waitFor();

      // A news page where nothing is found: the popup says what Backstory knows.
      const weather = await browser.context.newPage();
      await weather.goto(`${server.origin}/weather.html`);
      await weather.bringToFront();
      const weatherId = await activeTab();
      const weatherPopup = await browser.context.newPage();
      await weatherPopup.goto(`chrome-extension://${extensionId}/popup.html?tab=${weatherId}`);
      await weatherPopup.getByText('No known entities on this page.').waitFor({ timeout: 10_000 });
      const coverage = weatherPopup.getByRole('region', { name: 'What it knows' });
      await coverage.getByText('Syria conflict: core reference').waitFor();
      expect(await coverage.getByRole('listitem').count()).toBe(BUNDLED_PACKS);
      expect(await coverage.getByRole('button', { name: 'Browse entries' }).count()).toBe(1);
    } finally {
      await browser.close();
    }
  });

  it('the settings page’s section links mark the section in view and take the keyboard there, wide and 400 px narrow', async () => {
    const browser = await launchWithExtension('chromium');
    try {
      const options = await browser.context.newPage();
      await options.goto(`${browser.extensionOrigin}/options.html`);
      await options.getByRole('checkbox', { name: 'Syria conflict: core reference' }).waitFor();
      const nav = options.getByRole('navigation', { name: 'Sections' });
      const current = () => nav.locator('[aria-current="true"]').innerText();
      expect(await current()).toBe('Sources');

      await nav.getByRole('link', { name: 'Data' }).focus();
      await options.keyboard.press('Enter');
      await expect.poll(current, { timeout: 5_000 }).toBe('Data');
      const headingTop = () => options.getByRole('heading', { name: 'Data', level: 2 }).evaluate((h) => h.getBoundingClientRect().top);
      expect(await headingTop()).toBeGreaterThanOrEqual(0);
      expect(await headingTop()).toBeLessThan(100);
      // The next Tab goes on from the section, not from the links.
      await options.keyboard.press('Tab');
      expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Export settings and notebook');

      // 400 px: the links become a bar that stays at the top while the page scrolls.
      await options.setViewportSize({ width: 400, height: 800 });
      await nav.getByRole('link', { name: 'Keyboard' }).click();
      await expect.poll(current, { timeout: 5_000 }).toBe('Keyboard');
      expect(await nav.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBe(0);
      expect(await headingTop()).toBeLessThan(0); // Data has scrolled away above
      expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    } finally {
      await browser.close();
    }
  });

  it('keeps settings across a browser restart', async () => {
    const browser = await launchWithExtension('chromium', { profileDir });
    try {
      const extensionId = new URL(browser.worker!.url()).host;
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const tint = options.getByRole('radio', { name: 'Background tint' });
      await tint.waitFor();
      await expect.poll(() => tint.isChecked()).toBe(true);
      expect(await options.getByRole('radio', { name: 'The first mention of each entry' }).isChecked()).toBe(true);
      expect(await options.getByRole('checkbox', { name: 'Syria conflict: core reference' }).isChecked()).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
