/**
 * The built extension in real Chromium and Firefox ESR, against pages served from 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launchWithExtension } from '../support/browsers';
import { type RefusingProxy, startRefusingProxy } from '../support/refusing-proxy';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { fullRecordFromCard } from './firefox-extension-pages';
import {
  centreOf,
  domFingerprint,
  hoverForCard,
  openFullRecord,
  paintedInChrome,
  paintedTexts,
  stripRow,
  waitForPaint,
} from './page-helpers';

const DEMO = readFileSync('assets/demo/article.html', 'utf8');

const TARIFF_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>Tariff classification guide</title></head>
<body><main><h1>Classifying imports</h1><p>Every import entering the United States is classified under the HTS before duty is assessed.
Customs brokers look up the tariff line for each product and apply the duty rate it lists.</p></main></body></html>`;

const DYNAMIC_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>Live updates</title>
<meta property="article:published_time" content="2024-12-08T09:00:00Z"></head>
<body><main id="feed"><p>Live coverage begins. Rebels entered Aleppo overnight.</p></main></body></html>`;

const MILLION_NODES_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>Huge page</title></head>
<body><main><p id="first">Rebels entered Aleppo.</p><div id="bulk"></div></main>
<script>
  const bulk = document.getElementById('bulk');
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < 1000000; i++) fragment.append(document.createTextNode(i % 1000 === 0 ? ' Idlib ' : ' x '));
  bulk.append(fragment);
</script></body></html>`;

const RESTLESS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>Restless page</title></head>
<body><main id="feed"><p>Rebels entered Aleppo.</p></main>
<script>
  let n = 0;
  setInterval(() => {
    const p = document.createElement('p');
    p.textContent = 'Tick ' + (n++) + ' from Damascus';
    document.getElementById('feed').append(p);
  }, 5);
</script></body></html>`;

const SPA_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>Live app</title>
<meta property="article:published_time" content="2024-12-03T10:00:00Z"></head>
<body><main id="app"><p>First story: rebels entered Aleppo.</p></main>
<script>
  window.openSecondStory = () => {
    history.pushState({}, '', '/app/2026/03/01/second-story');
    document.querySelector('meta[property="article:published_time"]').setAttribute('content', '2026-03-01T10:00:00Z');
    document.getElementById('app').innerHTML = '<p>Second story: a reporter visited Hay&#39;at Tahrir al-Sham positions.</p>';
  };
</script></body></html>`;

const browsers: BrowserName[] = ['chromium', 'firefox'];

describe.each(browsers)('Backstory in %s', (name) => {
  let server: StaticServer;
  let proxy: RefusingProxy;
  let browser: ExtensionBrowser;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    server = await startStaticServer({
      '/news/demo-article.html': { body: DEMO },
      '/trade/tariffs.html': { body: TARIFF_PAGE },
      '/live/updates.html': { body: DYNAMIC_PAGE },
      '/bad/million.html': { body: MILLION_NODES_PAGE },
      '/bad/restless.html': { body: RESTLESS_PAGE },
      '/app/story.html': { body: SPA_PAGE },
    });
    proxy = await startRefusingProxy();
    browser = await launchWithExtension(name, { proxyPort: proxy.port });
    browser.context.on('request', (request) => requested.push(request.url()));
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  it('marks the known entities of the demo article', async () => {
    await page.goto(`${server.origin}/news/demo-article.html`);
    await waitForPaint(page, 10);
    const painted = await paintedTexts(page);
    for (const expected of [
      "Hay'at Tahrir al-Sham",
      'HTS',
      'Aleppo',
      'Idlib province',
      'State Department',
      'UN Security Council Resolution 2254',
      'Syrian Observatory for Human Rights',
      'Bashar al-Assad',
      'Foreign Terrorist Organization',
    ]) {
      expect(painted, expected).toContain(expected);
    }
    // The pronoun "us" in a quote is not the United States, and nothing outside the article is
    // marked; the United States itself is a well-known name, left unmarked unless the reader asks.
    expect(painted).not.toContain('us');
    expect(painted).not.toContain('US');
    expect(await paintedInChrome(page)).toBe(0);
  });

  it('shows a glance card with the status on the article date and today', async () => {
    const text = await hoverForCard(page, "Hay'at Tahrir al-Sham");
    expect(text).toContain("Hay'at Tahrir al-Sham");
    expect(text).toContain('Organisation');
    expect(text).toMatch(/In force with \d+ of \d+ authorities today; lifted by \d+ since the article/);
    expect(await stripRow(page, /^UN$/)).toBe('UN | Listed | Removed 27 Feb 2026');
    expect(await stripRow(page, /FTO$/)).toBe('US State Dept. FTO | Listed | Removed 8 Jul 2025');
    // The glance leaves the history and sources to the full record.
    expect(await page.locator('[data-backstory-ui] .history').count()).toBe(0);
    const label = await page.locator('[data-backstory-ui] .card').getAttribute('aria-labelledby');
    expect(label).toBe('backstory-card-title');
  });

  it('opens the full record beside the article, with the timeline, sources and related entries as links', async () => {
    // A click pins the card, so it stays while the pointer goes to its button.
    const { x, y } = await centreOf(page, "Hay'at Tahrir al-Sham");
    await page.mouse.click(x, y);
    const dossier =
      name === 'chromium' ? await openFullRecord(browser, page) : await fullRecordFromCard(browser, page, "Hay'at Tahrir al-Sham");
    try {
      const text = (await dossier.locator('.dossier').innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('Article dated 3 Dec 2024');
      expect(text).toMatch(/On the article’s date \(3 Dec 2024\) Listed/);
      expect(text).toContain('Foreign Terrorist Organization');
      expect(text).toMatch(/Since the article: .*removed on 8 Jul 2025/);
      const lanes = await dossier.locator('.timeline svg').getAttribute('aria-label');
      expect(lanes).toContain('UN: listed from 14 May 2014 to 27 Feb 2026 (Removed).');
      const links = dossier.locator('.sources a');
      expect(await links.count()).toBeGreaterThan(2);
      for (const rel of await links.evaluateAll((as) => as.map((a) => a.getAttribute('rel')))) {
        expect(rel).toBe('noopener noreferrer');
      }
      await dossier.locator('.related a', { hasText: 'al-Nusra Front' }).first().click();
      await dossier.getByRole('heading', { level: 1, name: 'al-Nusra Front' }).waitFor({ timeout: 10_000 });
      // The article's date goes with it.
      expect((await dossier.locator('.dossier').innerText()).replace(/\s+/g, ' ')).toContain('Article dated 3 Dec 2024');
    } finally {
      await dossier.close();
    }
    await page.bringToFront();
    await page.locator('[data-backstory-ui] .card').getByRole('button', { name: 'Close card' }).click();
    await page.locator('[data-backstory-ui] .card').waitFor({ state: 'detached', timeout: 3_000 });
  });

  it('closes the card when the pointer leaves, and Escape closes a pinned card', async () => {
    await page.mouse.move(5, 5);
    await page.locator('[data-backstory-ui] .card').waitFor({ state: 'detached', timeout: 3_000 });
    const { x, y } = await centreOf(page, 'Aleppo', 0);
    await page.mouse.click(x, y);
    await page.locator('[data-backstory-ui] .card').waitFor({ state: 'visible' });
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    expect(await page.locator('[data-backstory-ui] .card').isVisible()).toBe(true); // pinned
    await page.keyboard.press('Escape');
    await page.locator('[data-backstory-ui] .card').waitFor({ state: 'detached', timeout: 3_000 });
  });

  it('never rewrites the page: the only change is one host element', async () => {
    const fresh = await browser.context.newPage();
    // Same HTML with the extension's content scripts unable to run is not possible here, so compare against the source.
    await fresh.goto(`${server.origin}/news/demo-article.html`);
    await waitForPaint(fresh, 10);
    const before = await domFingerprint(fresh);
    await hoverForCard(fresh, 'Aleppo', 1);
    const after = await domFingerprint(fresh);
    expect(after).toBe(before);
    const parsed = await fresh.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.body.querySelectorAll('*').length;
    }, DEMO);
    expect(await fresh.evaluate(() => document.body.querySelectorAll('*').length)).toBe(parsed);
    expect(await fresh.evaluate(() => document.querySelectorAll('[data-backstory-ui]').length)).toBe(1);
    await fresh.close();
  });

  it('does not take HTS on a tariff page for the Syrian group', async () => {
    const trade = await browser.context.newPage();
    await trade.goto(`${server.origin}/trade/tariffs.html`);
    await waitForPaint(trade, 1);
    await hoverForCard(trade, 'HTS');
    expect(await trade.locator('[data-backstory-ui] h2').innerText()).toMatch(/^Harmonized Tariff Schedule/);
    await trade.close();
  });

  it('marks text added after load', async () => {
    const live = await browser.context.newPage();
    await live.goto(`${server.origin}/live/updates.html`);
    await waitForPaint(live, 1);
    await live.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Update: the Syrian Observatory for Human Rights reports fighting near Hama.';
      document.getElementById('feed')!.append(p);
    });
    await live.waitForFunction(() => (CSS.highlights.get('backstory')?.size ?? 0) >= 3, undefined, { timeout: 5_000 });
    expect(await paintedTexts(live)).toEqual(['Aleppo', 'Syrian Observatory for Human Rights', 'Hama']);
    await live.close();
  });

  it('rescans after an in-page (SPA) navigation and uses the new article’s date', async () => {
    const app = await browser.context.newPage();
    await app.goto(`${server.origin}/app/story.html`);
    await waitForPaint(app, 1);
    expect(await paintedTexts(app)).toEqual(['Aleppo']);
    await app.evaluate(() => (window as unknown as { openSecondStory: () => void }).openSecondStory());
    await app.waitForFunction(
      () => [...(CSS.highlights.get('backstory') ?? [])].some((r) => (r as Range).toString().includes('Tahrir')),
      undefined,
      {
        timeout: 10_000,
      },
    );
    // The date is re-read on navigation (WXT's location watcher polls about once a second).
    await expect
      .poll(
        async () => {
          const text = await hoverForCard(app, "Hay'at Tahrir al-Sham");
          await app.mouse.move(2, 2);
          await app.locator('[data-backstory-ui] .card').waitFor({ state: 'detached' });
          return text;
        },
        { timeout: 10_000, interval: 500 },
      )
      .toContain('On 1 Mar 2026');
    await app.close();
  });

  it('stays bounded on a page with a million text nodes', async () => {
    const huge = await browser.context.newPage();
    await huge.goto(`${server.origin}/bad/million.html`);
    await waitForPaint(huge, 1);
    const painted = await paintedTexts(huge);
    expect(painted[0]).toBe('Aleppo');
    // Collection stops at its node limit (100,000), so the painted set is bounded, not a million ranges.
    expect(painted.length).toBeLessThanOrEqual(101);
    expect(await hoverForCard(huge, 'Aleppo')).toContain('Aleppo');
    await huge.close();
  });

  it('backs off on a page that mutates forever and keeps working', async () => {
    const restless = await browser.context.newPage();
    await restless.goto(`${server.origin}/bad/restless.html`);
    await waitForPaint(restless, 1);
    // Each rescan installs a new Highlight object: count them over six seconds of constant mutation.
    const rescans = await restless.evaluate(async () => {
      const seen = new Set<unknown>();
      const until = performance.now() + 6000;
      while (performance.now() < until) {
        seen.add(CSS.highlights.get('backstory'));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return seen.size;
    });
    expect(rescans).toBeGreaterThan(1); // new text is still picked up…
    expect(rescans).toBeLessThan(15); // …but not every 250 ms (that would be 24)
    expect(await hoverForCard(restless, 'Aleppo')).toContain('Aleppo');
    await restless.close();
  });

  it('sends no network request outside the machine', () => {
    // Every request from pages and the extension (service worker included) stayed on 127.0.0.1 or
    // inside the extension itself (the worker reads its bundled dataset files from its own origin)…
    // The extension's own files (its dataset, the full-record page a test opened): read from inside the browser.
    const ownFiles = /^(chrome|moz)-extension:\/\/[^/]+\//;
    expect(requested.filter((url) => !url.startsWith(server.origin) && !ownFiles.test(url))).toEqual([]);
    // …and nothing else reached the proxy, apart from Chromium's own sign-in and updater pings,
    // which it makes with or without any extension loaded.
    const browserOwn = /^(CONNECT )?(https?:\/\/)?(accounts\.google\.com|update\.googleapis\.com|clients2\.google\.com)[:/]/;
    expect(proxy.requests.filter((url) => !(name === 'chromium' && browserOwn.test(url)))).toEqual([]);
  });
});

describe('keyboard path (Chromium)', () => {
  it('the next-term command scrolls to a term and opens its card with focus', async () => {
    const server = await startStaticServer({ '/a.html': { body: DEMO } });
    const browser = await launchWithExtension('chromium');
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/a.html`);
      await waitForPaint(page, 10);
      await page.bringToFront();
      const moved = await browser.worker!.evaluate(() =>
        (globalThis as unknown as { backstoryNavigate: (d: number) => Promise<boolean> }).backstoryNavigate(1),
      );
      expect(moved).toBe(true);
      const card = page.locator('[data-backstory-ui] .card');
      await card.waitFor({ state: 'visible' });
      expect(await card.getAttribute('role')).toBe('dialog');
      await page.waitForFunction(() =>
        document.querySelector('[data-backstory-ui]')?.shadowRoot?.activeElement?.classList.contains('card'),
      );
      const [first, second] = await paintedTexts(page);
      expect(await page.locator('[data-backstory-ui] h2').innerText()).toBe(first);
      await browser.worker!.evaluate(() =>
        (globalThis as unknown as { backstoryNavigate: (d: number) => Promise<boolean> }).backstoryNavigate(1),
      );
      await page.waitForFunction(
        (title) => document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('h2')?.textContent === title,
        second === 'Resolution 2254' ? 'UN Security Council Resolution 2254' : second,
      );
      expect(await page.evaluate(() => CSS.highlights.get('backstory-active')?.size)).toBe(1);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
