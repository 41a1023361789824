/**
 * The article's date decides between an organisation and its successor that share a generic name:
 * "Syrian army" in a 2013 report is the Syrian Arab Army, in a 2025 report the army built after
 * Assad's fall (lib/packs/lifespan.ts, sent with the page's date by the content script). A
 * time-bound name ("Syrian government" for the government formed in 2025) marks only in its time.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { hoverForCard, paintedTexts, waitForPaint } from './page-helpers';

const page = (date: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta property="og:type" content="article"><meta property="article:published_time" content="${date}T08:00:00Z">
<title>Army report</title></head><body><article><h1>Army report</h1>${body}</article></body></html>`;

// Both reports carry cue words of both armies (Damascus, regime forces; the defence ministry, the transitional government), so only the date can tell.
const BODY = `<p>Columns of the Syrian army moved towards the south on Tuesday, residents of Damascus said.</p>
<p>Officials of the defence ministry and of the transitional government said the regime forces had long held the road.</p>`;

// Damascus marks on both pages, so a page with no government mark has still been scanned.
const GOVERNMENT = '<p>The Syrian government said on Monday that talks with the rebels would resume in Damascus.</p>';

describe.each<BrowserName>(['chromium', 'firefox'])('the article date in %s', (name) => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let tab: Page;

  beforeAll(async () => {
    server = await startStaticServer({
      '/news/2013/05/02/army.html': { body: page('2013-05-02', BODY) },
      '/news/2025/07/16/army.html': { body: page('2025-07-16', BODY) },
      '/news/2013/05/03/government.html': { body: page('2013-05-03', GOVERNMENT) },
      '/news/2026/01/20/government.html': { body: page('2026-01-20', GOVERNMENT) },
    });
    browser = await launchWithExtension(name);
    tab = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cardTitleOn = async (path: string) => {
    await tab.goto(`${server.origin}${path}`);
    await waitForPaint(tab, 1);
    await hoverForCard(tab, 'Syrian army');
    const title = await tab.locator('[data-backstory-ui] .card h2').innerText();
    await tab.mouse.move(2, 2);
    return title;
  };

  it('reads "Syrian army" as the army of the article’s time', async () => {
    expect(await cardTitleOn('/news/2013/05/02/army.html')).toBe('Syrian Arab Army');
    expect(await cardTitleOn('/news/2025/07/16/army.html')).toBe('Syrian Army (since 2025)');
  });

  it('marks "Syrian government" as the transitional government in 2026, and not at all in 2013', async () => {
    await tab.goto(`${server.origin}/news/2013/05/03/government.html`);
    await waitForPaint(tab, 1);
    expect(await paintedTexts(tab)).toEqual(['Damascus']);
    await tab.goto(`${server.origin}/news/2026/01/20/government.html`);
    await waitForPaint(tab, 2);
    expect(await paintedTexts(tab)).toEqual(['Syrian government', 'Damascus']);
    await hoverForCard(tab, 'Syrian government');
    expect(await tab.locator('[data-backstory-ui] .card h2').innerText()).toBe('Syrian transitional government');
    await tab.mouse.move(2, 2);
  });
});
