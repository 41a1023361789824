/**
 * The article's date decides between an organisation and its successor that share a generic name:
 * "Syrian army" in a 2013 report is the Syrian Arab Army, in a 2025 report the army built after
 * Assad's fall (lib/packs/lifespan.ts, sent with the page's date by the content script).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { hoverForCard, waitForPaint } from './page-helpers';

const page = (date: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta property="og:type" content="article"><meta property="article:published_time" content="${date}T08:00:00Z">
<title>Army report</title></head><body><article><h1>Army report</h1>${body}</article></body></html>`;

// Both reports carry cue words of both armies (Damascus, regime forces; the defence ministry, the transitional government), so only the date can tell.
const BODY = `<p>Columns of the Syrian army moved towards the south on Tuesday, residents of Damascus said.</p>
<p>Officials of the defence ministry and of the transitional government said the regime forces had long held the road.</p>`;

describe.each<BrowserName>(['chromium', 'firefox'])('the article date in %s', (name) => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let tab: Page;

  beforeAll(async () => {
    server = await startStaticServer({
      '/news/2013/05/02/army.html': { body: page('2013-05-02', BODY) },
      '/news/2025/07/16/army.html': { body: page('2025-07-16', BODY) },
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
});
