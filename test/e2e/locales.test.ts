/**
 * Backstory in the browser's language (issue 14): Chromium running in Arabic (`--lang=ar`) gets the
 * Arabic messages, and the extension's pages and the card on a news page are laid out right to left
 * with lang="ar"; in French, left to right with lang="fr". Chromium only: Firefox takes its language
 * from a language pack this machine does not have.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/browsers';
import type { Catalogue } from '../support/chrome-i18n';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { hoverForCard, waitForPaint } from './page-helpers';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-12-03T08:00:00Z"><title>Rebels push south</title></head>
<body><article><h1>Rebels push south</h1>
<p>Opposition fighters led by Hay'at Tahrir al-Sham pressed south towards Hama on Tuesday.</p>
</article></body></html>`;

const messages = (locale: string): Catalogue => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));

describe.each([
  ['ar', 'rtl'],
  ['fr', 'ltr'],
] as const)('Chromium in %s', (language, dir) => {
  const m = messages(language);
  const text = (key: string) => m[key]!.message;
  let server: StaticServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startStaticServer({ '/news/2024/12/03/rebels.html': { body: PAGE } });
    browser = await launchWithExtension('chromium', { uiLanguage: language });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const langAndDir = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

  it(`lays out the settings page ${dir} in the language, with its messages`, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.extensionOrigin}/options.html`);
    await page.getByRole('heading', { level: 1, name: text('options_title') }).waitFor();
    expect(await langAndDir(page)).toEqual([language, dir]);
    expect(await page.title()).toBe(text('options_title'));
    await page.getByRole('heading', { name: text('sites_heading'), exact: true }).waitFor();
    await page.close();
  });

  it(`shows the card ${dir} in the language, whatever the page's`, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/news/2024/12/03/rebels.html`);
    await waitForPaint(page, 1);
    const card = await hoverForCard(page, "Hay'at Tahrir al-Sham");
    expect(card).toContain(text('card_save'));
    expect(card).toContain(text('kind_organization'));
    const layer = await page.evaluate(() => {
      const element = document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.layer') as HTMLElement | null;
      return [element?.lang, element?.dir];
    });
    expect(layer).toEqual([language, dir]);
    expect(await langAndDir(page)).toEqual(['en', '']); // the page itself is untouched
    await page.close();
  });
});
