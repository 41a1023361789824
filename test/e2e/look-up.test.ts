/**
 * "Look up in Backstory" (issue 16): a name the page left unmarked, selected and looked up from the
 * context menu (its handler called directly: headless browsers open no native menus) or with the
 * keyboard command, which reads the page's own selection.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { waitForPaint } from './page-helpers';

// Written for this test. "Joulani" is a spelling the packs do not list, so nothing marks it.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks in Damascus</title>
<meta property="article:published_time" content="2025-03-02T08:00:00Z"></head>
<body><main><article><h1>Talks in Damascus</h1>
<p>Envoys met in Aleppo on Sunday. Local papers still call the interim leader Joulani, the name he used as a commander.</p>
<p>Nobody could say what the word xyzzyqor meant.</p>
</article></main></body></html>`;

type LookUp = { backstoryLookUp(tabId: number, text?: string): Promise<boolean> };
type Tabs = { chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number }>> } } };

describe('look up a selection (Chromium)', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await startStaticServer({ '/talks.html': { body: PAGE } });
    browser = await launchWithExtension('chromium');
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/talks.html`);
    await waitForPaint(page, 1);
    await page.bringToFront();
    tabId = (await browser.worker!.evaluate(
      async () => (await (globalThis as unknown as Tabs).chrome.tabs.query({ active: true }))[0]?.id,
    ))!;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Selects a word of the page, as a reader's drag would. */
  const select = (word: string) =>
    page.evaluate((needle) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`${needle} is not on the page`);
    }, word);

  const card = () => page.locator('[data-backstory-ui] .card');
  const closeCard = async () => {
    await card().getByRole('button', { name: 'Close card' }).click();
    await card().waitFor({ state: 'detached' });
  };

  it('finds the person behind a transliteration the page did not mark, from the context menu', async () => {
    expect(await page.evaluate(() => [...(CSS.highlights.get('backstory') ?? [])].map((r) => (r as Range).toString()))).not.toContain(
      'Joulani',
    );
    await select('Joulani');
    const asked = await browser.worker!.evaluate(([id, text]) => (globalThis as unknown as LookUp).backstoryLookUp(id, text), [
      tabId,
      'Joulani',
    ] as const);
    expect(asked).toBe(true);
    await card().waitFor({ state: 'visible' });
    expect(await card().locator('h2').innerText()).toBe('Looked up “Joulani”');
    const candidates = await card().locator('.candidates button').allInnerTexts();
    expect(candidates[0]).toMatch(/^Ahmed al-Sharaa/);
    await card()
      .getByRole('button', { name: /^Ahmed al-Sharaa/ })
      .click();
    await page.waitForFunction(
      () => document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('h2')?.textContent === 'Ahmed al-Sharaa',
    );
    expect(await card().locator('.kind').first().innerText()).toBe('Person');
    await closeCard();
  });

  it('says so when nothing comes close, and offers nothing', async () => {
    await select('xyzzyqor');
    await browser.worker!.evaluate(([id, text]) => (globalThis as unknown as LookUp).backstoryLookUp(id, text), [
      tabId,
      'xyzzyqor',
    ] as const);
    await card().waitFor({ state: 'visible' });
    expect(await card().innerText()).toContain('Nothing in the enabled packs comes close to this.');
    expect(await card().locator('.candidates button').count()).toBe(0);
    await closeCard();
  });

  it('reads the page’s own selection for the keyboard command', async () => {
    await select('Aleppo');
    await browser.worker!.evaluate((id) => (globalThis as unknown as LookUp).backstoryLookUp(id), tabId);
    await page.waitForFunction(
      () => document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('h2')?.textContent === 'Aleppo',
    );
    // The card takes focus, as the keyboard path's cards do.
    await page.waitForFunction(() => document.querySelector('[data-backstory-ui]')?.shadowRoot?.activeElement?.classList.contains('card'));
    await closeCard();
  });
});
