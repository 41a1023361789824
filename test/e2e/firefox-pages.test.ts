/**
 * The settings page, popup and notebook in real Firefox. Firefox will not let a test navigate a
 * tab to a moz-extension: address, so the tests enter the extension the way a reader can: the
 * card's "Save article", then "Open notebook", and from that page on by the extension's own links
 * and addresses (./firefox-extension-pages.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_PACKS, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { demoNotebook, type ExtensionApi, openFrom } from './firefox-extension-pages';
import { centreOf, chooseCardAction, paintedTexts, waitForPaint } from './page-helpers';

const DEMO = readFileSync('assets/demo/article.html', 'utf8');
const NEW_PACK_PAGE =
  '<!doctype html><html lang="en"><head><meta property="og:type" content="article"><title>Counts</title></head><body><article><p>The Orontes Monitoring Group and the Syrian Observatory for Human Rights published counts.</p></article></body></html>';

/** The tab whose content script reports entities (Backstory has no "tabs" permission to read URLs). */
function articleTabId(extensionPage: Page): Promise<number | undefined> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const summary = await api.tabs.sendMessage(tab.id, { backstory: 'pageSummary', params: {} }).catch(() => undefined);
      if ((summary as { entities?: unknown[] } | undefined)?.entities?.length) return tab.id;
    }
    return undefined;
  });
}

/**
 * The text of the file a button offers for download. Playwright reports no download events for
 * Firefox extension pages, so this reads the blob the page hands to its download link (the
 * download itself is covered in Chromium).
 */
async function downloaded(page: Page, start: () => Promise<void>): Promise<string> {
  await page.evaluate(() => {
    const state = globalThis as unknown as { lastDownload?: Promise<string> };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) state.lastDownload = fetch(this.href).then((response) => response.text());
      else click.call(this);
    };
  });
  await start();
  return page.evaluate(async () => {
    const state = globalThis as unknown as { lastDownload?: Promise<string> };
    const text = await state.lastDownload;
    state.lastDownload = undefined;
    if (text === undefined) throw new Error('the page offered no download');
    return text;
  });
}

// Should a whole test still fail that way, it is run again in a fresh browser.
describe('extension pages (Firefox)', () => {
  let server: StaticServer;
  const profileDir = mkdtempSync(join(tmpdir(), 'backstory-firefox-pages-'));

  beforeAll(async () => {
    server = await startStaticServer({
      '/demo.html': { body: DEMO },
      '/new-pack.html': { body: NEW_PACK_PAGE },
      '/packs/import-e2e.json': { body: readFileSync('test/fixtures/packs/import-e2e.json'), type: 'application/json' },
    });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('saves from the card; the notebook exports Markdown and CSV; the popup lists the entities and opens a card', {
    retry: 4,
  }, async () => {
    const browser = await launchWithExtension('firefox');
    try {
      const { article, notebook } = await demoNotebook(browser, `${server.origin}/demo.html`);
      const saved = notebook.locator('article.saved-article');
      expect(await saved.getByRole('link').innerText()).toMatch(/^Rebels push south from Aleppo/);
      const markdown = await downloaded(notebook, () => notebook.getByRole('button', { name: 'Export Markdown' }).click());
      expect(markdown).toMatch(/^# Backstory notebook\n/);
      expect(markdown).toContain(`](${server.origin}/demo.html)`);
      const csv = await downloaded(notebook, () => notebook.getByRole('button', { name: 'Export CSV' }).click());
      expect(csv.split('\r\n')[0]).toBe(
        'article_title,article_url,outlet,site,published_on,saved_at,passage,sentence,prefix,suffix,' +
          'entity_ids,entity_names,entity_kinds,text_used,listed_on_article_date,in_force_when_saved',
      );
      expect(csv).toContain('; Hama;');
      // Each quoted sentence once.
      expect(csv.split('Opposition fighters led by').length - 1).toBe(1);
      await notebook.screenshot({ path: '.output/firefox-notebook.png' });

      const tabId = await articleTabId(notebook);
      expect(tabId).toBeGreaterThan(0);
      const popup = await openFrom(browser, notebook, `/popup.html?tab=${tabId}`, 'Backstory');
      const organisations = popup.getByRole('region', { name: 'Organisation' });
      await organisations.waitFor({ timeout: 10_000 });
      await popup.screenshot({ path: '.output/firefox-popup.png' });
      await organisations.getByRole('button', { name: /Hay'at Tahrir al-Sham/ }).click();
      await article.locator('[data-backstory-ui] .card').waitFor({ state: 'visible' });
      expect(await article.locator('[data-backstory-ui] h2').innerText()).toBe("Hay'at Tahrir al-Sham");
    } finally {
      await browser.close();
    }
  });

  it('settings: a pack switched off unmarks an open page; a malformed import changes nothing; a pack from a URL marks a new term; a data export re-imports exactly', {
    retry: 4,
  }, async () => {
    const browser = await launchWithExtension('firefox');
    try {
      const { article, notebook } = await demoNotebook(browser, `${server.origin}/demo.html`);
      const settings = await openFrom(browser, notebook, '/options.html', 'Backstory settings');
      const packToggle = settings.getByRole('checkbox', { name: 'Syria conflict: core reference' });
      await packToggle.waitFor({ timeout: 15_000 });

      await packToggle.uncheck();
      await article.waitForFunction(() => (CSS.highlights.get('backstory')?.size ?? 0) === 0, undefined, { timeout: 10_000 });
      await packToggle.check();
      await waitForPaint(article, 10);

      await settings.getByLabel('Pack file').setInputFiles('test/fixtures/packs/invalid.json');
      const alert = settings.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/invalid\.json was not imported: \d+ problems/);
      expect(await settings.locator('.pack').count()).toBe(BUNDLED_PACKS);

      const counts = await browser.context.newPage();
      await counts.goto(`${server.origin}/new-pack.html`);
      await waitForPaint(counts, 1);
      expect(await paintedTexts(counts)).toEqual(['Syrian Observatory for Human Rights']);
      // Firefox runs with optional-permission prompts off (test/support/browsers.ts): the host is granted as if the user agreed.
      await settings.getByLabel('Or a pack’s address').fill(`${server.origin}/packs/import-e2e.json`);
      await settings.getByRole('button', { name: 'Import from URL' }).click();
      await settings.getByText(`Imported Test import pack (1 entry) from ${server.origin}/packs/import-e2e.json.`).waitFor();
      expect(await settings.locator('.pack', { hasText: 'Test import pack' }).innerText()).toMatch(
        /From http:\/\/127\.0\.0\.1:\d+\/packs\/import-e2e\.json, last fetched/,
      );
      await counts.waitForFunction(
        () => [...(CSS.highlights.get('backstory') ?? [])].some((r) => (r as Range).toString() === 'Orontes Monitoring Group'),
        undefined,
        { timeout: 10_000 },
      );
      await settings.getByRole('radio', { name: 'Background tint' }).check();
      await settings.screenshot({ path: '.output/firefox-options.png', fullPage: true });

      const first = await downloaded(settings, () => settings.getByRole('button', { name: 'Export settings and notebook' }).click());
      const file = join(tmpdir(), `backstory-firefox-data-${Date.now()}.json`);
      writeFileSync(file, first);
      await settings.getByRole('button', { name: 'Reset settings…' }).click();
      await settings.getByRole('button', { name: 'Reset settings' }).click();
      await settings.getByText('Settings reset to their defaults.').waitFor();
      expect(await settings.getByRole('radio', { name: 'Dotted underline' }).isChecked()).toBe(true);
      await settings.getByLabel('Import a data file').setInputFiles(file);
      await settings.getByText(/your settings and a notebook of 1 article\./).waitFor();
      expect(await settings.getByRole('radio', { name: 'Background tint' }).isChecked()).toBe(true);
      const second = await downloaded(settings, () => settings.getByRole('button', { name: 'Export settings and notebook' }).click());
      const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '');
      expect(withoutTime(second)).toBe(withoutTime(first));
    } finally {
      await browser.close();
    }
  });

  it('keeps settings across a browser restart (a site turned off from the card stays off)', async () => {
    // Two names for the same test server: turning one site off must leave the other on.
    const otherSite = server.origin.replace('127.0.0.1', 'localhost');
    let browser = await launchWithExtension('firefox', { profileDir });
    try {
      const article = await browser.context.newPage();
      await article.goto(`${server.origin}/demo.html`);
      await waitForPaint(article, 10);
      const { x, y } = await centreOf(article, 'Hama');
      await article.mouse.click(x, y);
      await chooseCardAction(article, 'Off for this site');
      await article.waitForFunction(() => (CSS.highlights.get('backstory')?.size ?? 0) === 0, undefined, { timeout: 10_000 });
    } finally {
      await browser.close();
    }
    browser = await launchWithExtension('firefox', { profileDir });
    try {
      const other = await browser.context.newPage();
      await other.goto(`${otherSite}/demo.html`);
      await waitForPaint(other, 10);
      const blocked = await browser.context.newPage();
      await blocked.goto(`${server.origin}/demo.html`);
      await waitForPaint(other, 10); // the extension is up and running in this profile
      await blocked.waitForTimeout(1_500);
      expect(await paintedTexts(blocked)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
