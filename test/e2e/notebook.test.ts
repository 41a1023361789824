/**
 * Sites, card actions, the notebook and data files in a real browser (Chromium, where extension
 * page URLs are known from the worker).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { chooseCardAction, hoverForCard, paintedTexts, waitForPaint } from './page-helpers';

type ChromeTabs = { chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number }>> } } };

const DEMO = readFileSync('assets/demo/article.html', 'utf8');
// The demo article with the outlet's name in its metadata (the demo itself names none: the host stands in).
const NAMED_DEMO = DEMO.replace(
  '<meta property="og:type"',
  '<meta property="og:site_name" content="Demo Daily">\n<meta property="og:type"',
);
// Names Backstory knows, on a page with no sign of being a news article.
const PLAIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reading list</title></head>
<body><main><h1>Reading list</h1><p>Background reading on Hay'at Tahrir al-Sham and the Syrian Democratic Forces.</p></main></body></html>`;

const extensionId = (browser: ExtensionBrowser) => new URL(browser.worker!.url()).host;

async function activeTabId(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.worker!.evaluate(
    async () => (await (globalThis as unknown as ChromeTabs).chrome.tabs.query({ active: true }))[0]?.id,
  );
  if (id === undefined) throw new Error('no active tab');
  return id;
}

async function openPopup(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await activeTabId(browser, page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${extensionId(browser)}/popup.html?tab=${tabId}`);
  return popup;
}

async function downloaded(page: Page, start: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), start()])) as [Download, unknown];
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('sites, card actions, notebook and data (Chromium)', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer({
      '/demo.html': { body: DEMO },
      '/named.html': { body: NAMED_DEMO },
      '/plain.html': { body: PLAIN_PAGE },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('leaves pages that are not news articles alone, and one click in the popup turns a site on and off', async () => {
    const browser = await launchWithExtension('chromium');
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/plain.html`);
      const popup = await openPopup(browser, page);
      await popup.getByText('Off: this page doesn’t look like a news article.').waitFor({ timeout: 10_000 });
      expect(await paintedTexts(page)).toEqual([]);
      await popup.screenshot({ path: '.output/popup-site-off.png' });

      await popup.getByRole('button', { name: 'Turn on for this site' }).click();
      await waitForPaint(page, 2);
      expect(await paintedTexts(page)).toEqual(["Hay'at Tahrir al-Sham", 'Syrian Democratic Forces']);
      await popup.getByText('On: this site is on your allow list.').waitFor();

      await popup.getByRole('button', { name: 'Turn off for this site' }).click();
      await page.waitForFunction(() => (CSS.highlights.get('backstory')?.size ?? 0) === 0, undefined, { timeout: 10_000 });
      await popup.getByText('Off: this site is on your block list.').waitFor();

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${extensionId(browser)}/options.html`);
      const blocked = options.getByRole('list', { name: 'Never run on' });
      await blocked.waitFor();
      expect(await blocked.innerText()).toContain('127.0.0.1');
      // The lists are editable in settings too: off the block list, the mode decides again.
      await options.getByRole('button', { name: 'Remove 127.0.0.1 from Never run on' }).click();
      await options.getByRole('radio', { name: 'On every site' }).check();
      await waitForPaint(page, 2);
      await options.getByLabel('Add a site').first().fill('not a site');
      await options.getByRole('button', { name: 'Add' }).first().click();
      await options.getByText(/“not a site” is not a site/).waitFor();
    } finally {
      await browser.close();
    }
  });

  it('a news page loaded while its site was blocked is marked once the site leaves the block list', async () => {
    const browser = await launchWithExtension('chromium');
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/demo.html`);
      await waitForPaint(page, 10);
      const popup = await openPopup(browser, page);
      await popup.getByRole('button', { name: 'Turn off for this site' }).click();
      await popup.getByText('Off: this site is on your block list.').waitFor();
      await page.reload(); // now loaded while blocked: Backstory reads nothing of it
      await page.waitForTimeout(1_000);
      expect(await paintedTexts(page)).toEqual([]);

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${extensionId(browser)}/options.html`);
      await options.getByRole('button', { name: 'Remove 127.0.0.1 from Never run on' }).click();
      await waitForPaint(page, 10); // news mode: the page is read now, found to be an article, and marked
    } finally {
      await browser.close();
    }
  });

  it('card actions: save the article, copy a citation, hide an entry on this site', async () => {
    const browser = await launchWithExtension('chromium');
    try {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      // Every mention marked, so that hiding an entry is seen to take all its names (the Arabic one
      // comes after the English one, and only the first mention is marked by default).
      const settings = await browser.context.newPage();
      await settings.goto(`chrome-extension://${extensionId(browser)}/options.html`);
      await settings.getByRole('radio', { name: 'Every mention' }).check();
      await settings.getByRole('status').getByText('Saved').waitFor();
      await settings.close();
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/demo.html`);
      await waitForPaint(page, 10);
      await hoverForCard(page, 'Hama');
      const card = page.locator('[data-backstory-ui] .card');
      await card.getByRole('button', { name: 'Pin' }).click();
      expect(await card.getByRole('button', { name: 'Pinned' }).getAttribute('aria-pressed')).toBe('true');
      await page.screenshot({ path: '.output/card-actions.png' });

      await chooseCardAction(page, 'Copy citation');
      await card.getByText('Citation copied.').waitFor();
      const citation = await page.evaluate(() => navigator.clipboard.readText());
      expect(citation).toMatch(/^Hama \(place\)\. /);
      expect(citation).toMatch(/\nSources:\n\[1\] .+\. .+\. https?:\/\/\S+ \(accessed \d{4}-\d{2}-\d{2}\)\n/);

      await card.getByRole('button', { name: 'Save article' }).click();
      await card.getByText(/Saved to your notebook with \d+ entities\./).waitFor();

      const before = await paintedTexts(page);
      expect(before).toContain('Hama');
      // Arabic names are tinted, not underlined (dots under them would read as the letters' own).
      const arabicBefore = await paintedTexts(page, 'backstory-script');
      expect(arabicBefore).toContain('حماة');
      expect(before).not.toContain('حماة');
      await chooseCardAction(page, 'Not this here');
      await page.waitForFunction(
        () => ![...(CSS.highlights.get('backstory') ?? [])].some((r) => (r as Range).toString() === 'Hama'),
        undefined,
        {
          timeout: 10_000,
        },
      );
      expect(await card.count()).toBe(0);
      // Every name of the entry goes, the Arabic one too; nothing else does.
      expect(await paintedTexts(page)).toEqual(before.filter((text) => text !== 'Hama'));
      expect(await paintedTexts(page, 'backstory-script')).toEqual(arabicBefore.filter((text) => text !== 'حماة'));

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${extensionId(browser)}/options.html`);
      await options.getByRole('button', { name: 'Show hama again on 127.0.0.1' }).click();
      await page.waitForFunction(
        () => [...(CSS.highlights.get('backstory') ?? [])].some((r) => (r as Range).toString() === 'Hama'),
        undefined,
        {
          timeout: 10_000,
        },
      );
    } finally {
      await browser.close();
    }
  });

  it('saves an article from the popup; the notebook shows it and exports Markdown and CSV', async () => {
    const browser = await launchWithExtension('chromium');
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/named.html`);
      await waitForPaint(page, 10);
      const popup = await openPopup(browser, page);
      await popup.getByRole('button', { name: 'Save article to notebook' }).click();
      await popup.getByText(/^Saved “Rebels push south from Aleppo.*” with \d+ entities\.$/).waitFor({ timeout: 10_000 });

      const notebook = await browser.context.newPage();
      await notebook.goto(`chrome-extension://${extensionId(browser)}/notebook.html`);
      const saved = notebook.locator('article.saved-article');
      await saved.waitFor();
      expect(await saved.getByRole('heading').getByRole('link').innerText()).toMatch(/^Rebels push south from Aleppo/);
      // The outlet as the page names itself (og:site_name), not the host.
      expect(await saved.locator('.meta').first().innerText()).toMatch(/^Demo Daily · published 3 Dec 2024 · saved /);
      await saved.locator('summary').click();
      const hts = saved.locator('ul.found > li', { hasText: "Hay'at Tahrir al-Sham" }).first();
      expect(await hts.innerText()).toContain("written as “Hay'at Tahrir al-Sham”, “HTS”");
      // What the card said then: the article's date and the day saved.
      const status = await hts.locator('.saved-status').innerText();
      expect(status).toMatch(
        /^Designations when saved:\s+On the article’s date \(3 Dec 2024\): listed by \d+ of \d+\.\s+UN Security Council, [\s\S]*\s+When saved \(\d+ \w+ \d{4}\): in force with \d+ of \d+\./,
      );

      // Each sentence once: the opening sentence names four entities and is quoted once, with all of them.
      const quotes = await saved.locator('ol.passages blockquote').allInnerTexts();
      expect(quotes.length).toBeGreaterThan(3);
      expect(new Set(quotes).size).toBe(quotes.length);
      const opening = saved.locator('ol.passages > li', { hasText: 'Opposition fighters led by' });
      expect(await opening.count()).toBe(1);
      const named = await opening.locator('.named').innerText();
      for (const name of ["Hay'at Tahrir al-Sham", 'Hama', 'Idlib', 'Aleppo']) expect(named).toContain(name);
      // A passage is a sentence, not the paragraph: the next sentence of that paragraph is quoted on its own.
      expect(await opening.locator('blockquote').innerText()).not.toContain('The group grew out of');
      expect(await opening.getByRole('link', { name: 'Open the article at this passage' }).getAttribute('href')).toMatch(
        new RegExp(`^${server.origin}/named\\.html#:~:text=Opposition%20fighters%20led%20by,`),
      );
      const jolani = saved.locator('ol.passages > li', { hasText: 'Abu Mohammad al-Jolani' });
      expect(await jolani.locator('blockquote').innerText()).not.toContain('al-Nusra Front');

      await saved.getByRole('button', { name: 'Add a note' }).click();
      await saved.getByLabel('Your note on this article').fill('Compare with the Reuters write-up.');
      await notebook.getByLabel('Search the notebook').click(); // leaving the field saves the note
      await saved.getByText('Note saved.').waitFor();
      await notebook.getByLabel('Search the notebook').fill('reuters');
      expect(await notebook.locator('article.saved-article').count()).toBe(1);
      await notebook.getByLabel('Search the notebook').fill('no such thing anywhere');
      await notebook.getByText('Nothing matches “no such thing anywhere”.').waitFor();
      await notebook.getByLabel('Search the notebook').fill('');

      await notebook.getByRole('button', { name: /^Entities/ }).click();
      const entity = notebook.locator('article.entity', { hasText: "Hay'at Tahrir al-Sham" }).first();
      expect(await entity.locator('.outlets').innerText()).toMatch(/Demo Daily: “HTS” ×\d+, “Hay'at Tahrir al-Sham” ×1/);
      expect(await entity.locator('.in-articles .saved-status').innerText()).toContain('On the article’s date (3 Dec 2024)');
      await notebook.screenshot({ path: '.output/notebook.png', fullPage: true });

      const markdown = await downloaded(notebook, () => notebook.getByRole('button', { name: 'Export Markdown' }).click());
      expect(markdown.name).toMatch(/^backstory-notebook-\d{4}-\d{2}-\d{2}\.md$/);
      expect(markdown.text).toMatch(/^# Backstory notebook\n/);
      expect(markdown.text).toContain(`### [Rebels push south from Aleppo`);
      expect(markdown.text).toContain(`](${server.origin}/named.html)`);
      expect(markdown.text).toContain('\nDemo Daily (127.0.0.1) · published 2024-12-03 · saved ');
      expect(markdown.text).toMatch(/\n {2}- On the article's date \(2024-12-03\): listed by \d+ of \d+/);
      expect(markdown.text.split("Opposition fighters led by Hay'at Tahrir al-Sham").length - 1).toBe(1);
      expect(markdown.text).toContain('Compare with the Reuters write-up.');
      expect(markdown.text).toContain('## Entities');

      const csv = await downloaded(notebook, () => notebook.getByRole('button', { name: 'Export CSV' }).click());
      const rows = csv.text.trimEnd().split('\r\n');
      expect(rows[0]).toBe(
        'article_title,article_url,outlet,site,published_on,saved_at,passage,sentence,prefix,suffix,' +
          'entity_ids,entity_names,entity_kinds,text_used,listed_on_article_date,in_force_when_saved',
      );
      const openingRows = rows.filter((row) => row.includes('Opposition fighters led by'));
      expect(openingRows).toHaveLength(1);
      expect(openingRows[0]).toContain(`,${server.origin}/named.html,Demo Daily,127.0.0.1,2024-12-03,`);
      expect(openingRows[0]).toMatch(/,"?hayat-tahrir-al-sham; /);
    } finally {
      await browser.close();
    }
  });

  it('the popup opens the notebook in the side panel', async () => {
    const browser = await launchWithExtension('chromium');
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/demo.html`);
      await waitForPaint(page, 10);
      const popup = await openPopup(browser, page);
      const sidePanelButton = popup.getByRole('button', { name: 'Side panel' });
      await sidePanelButton.waitFor();
      await popup.waitForTimeout(200); // the popup reads its window id as it opens
      await sidePanelButton.click();
      type Contexts = {
        chrome: { runtime: { getContexts(filter: object): Promise<Array<{ contextType: string; documentUrl?: string }>> } };
      };
      const sidePanels = () =>
        browser.worker!.evaluate(async () =>
          (await (globalThis as unknown as Contexts).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map(
            (c) => new URL(c.documentUrl ?? '').pathname,
          ),
        );
      await expect.poll(sidePanels, { timeout: 10_000 }).toEqual(['/sidepanel.html']);
    } finally {
      await browser.close();
    }
  });

  it('a data export re-imports exactly; a malformed file shows its problems and changes nothing', async () => {
    const browser = await launchWithExtension('chromium');
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/demo.html`);
      await waitForPaint(page, 10);
      const popup = await openPopup(browser, page);
      await popup.getByRole('button', { name: 'Save article to notebook' }).click();
      await popup.getByText(/^Saved/).waitFor({ timeout: 10_000 });

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${extensionId(browser)}/options.html`);
      await options.getByRole('radio', { name: 'Background tint' }).check();
      await options.getByRole('radio', { name: 'On every site' }).check();
      const exportData = () => downloaded(options, () => options.getByRole('button', { name: 'Export settings and notebook' }).click());
      const first = await exportData();
      expect(first.name).toMatch(/^backstory-data-\d{4}-\d{2}-\d{2}\.json$/);
      const withoutTime = (text: string) => ({ ...JSON.parse(text), exportedAt: undefined });
      expect(withoutTime(first.text).settings.highlightStyle).toBe('background');
      expect(withoutTime(first.text).notebook.articles).toHaveLength(1);
      // The demo names no outlet: the host stands in, and the file says nothing it does not know.
      expect(withoutTime(first.text).notebook.articles[0]).toMatchObject({ site: '127.0.0.1' });
      expect(withoutTime(first.text).notebook.articles[0]).not.toHaveProperty('outlet');

      const file = join(tmpdir(), `backstory-data-${Date.now()}.json`);
      writeFileSync(file, first.text);
      await options.getByRole('button', { name: 'Reset settings…' }).click();
      await options.getByRole('button', { name: 'Reset settings' }).click();
      await options.getByRole('button', { name: 'Erase notebook…' }).click();
      await options.getByRole('button', { name: 'Erase notebook' }).click();
      await options.getByText('Notebook erased.').waitFor();
      expect(await options.getByRole('radio', { name: 'Dotted underline' }).isChecked()).toBe(true);

      await options.getByLabel('Import a data file').setInputFiles(file);
      await options.getByText(/Imported backstory-data-\d+\.json: your settings and a notebook of 1 article\./).waitFor();
      expect(await options.getByRole('radio', { name: 'Background tint' }).isChecked()).toBe(true);
      const second = await exportData();
      expect(withoutTime(second.text)).toEqual(withoutTime(first.text));
      expect(second.text.replace(/"exportedAt": "[^"]+"/, '')).toBe(first.text.replace(/"exportedAt": "[^"]+"/, ''));

      const broken = JSON.parse(first.text);
      broken.settings.theme = 'sepia';
      broken.notebook.articles[0].url = 'javascript:alert(1)';
      const brokenFile = join(tmpdir(), `backstory-broken-${Date.now()}.json`);
      writeFileSync(brokenFile, JSON.stringify(broken));
      await options.getByLabel('Import a data file').setInputFiles(brokenFile);
      const alert = options.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('nothing changed');
      expect(await alert.innerText()).toContain('settings.theme: must be one of');
      expect(await alert.innerText()).toContain('notebook.articles[0].url');
      const third = await exportData();
      expect(withoutTime(third.text)).toEqual(withoutTime(first.text));
      await options.screenshot({ path: '.output/options-data.png', fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
