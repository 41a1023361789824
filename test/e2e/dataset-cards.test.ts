/**
 * The bundled dataset as a reader meets it: one entry of each kind hovered on a page, in both
 * browsers, with the card showing that entry's own content.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { hoverForCard, stripRow, waitForPaint } from './page-helpers';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>Explainer</title>
<meta property="article:published_time" content="2019-06-01T08:00:00Z"></head>
<body><article>
<p>Hezbollah fighters crossed into Syria in 2013 to back the government.</p>
<p>The UN envoy Geir Pedersen met officials in Damascus on Monday.</p>
<p>Washington's Caesar Act targets those who deal with the Syrian state.</p>
<p>Survivors of the Ghouta chemical attack still wait for justice.</p>
<p>The group remains on the Foreign Terrorist Organization list.</p>
</article></body></html>`;

const SAMPLES: Array<[text: string, title: RegExp, kind: string]> = [
  ['Hezbollah', /^Hezbollah$/, 'Organisation'],
  ['Geir Pedersen', /^Geir Pedersen$/, 'Person'],
  ['Damascus', /^Damascus$/, 'Place'],
  ['Caesar Act', /^Caesar Syria Civilian Protection Act/, 'Document'],
  ['Ghouta chemical attack', /^Ghouta chemical attack/, 'Event'],
  ['Foreign Terrorist Organization', /^Foreign Terrorist Organization$/, 'Term'],
];

describe.each<BrowserName>(['chromium', 'firefox'])('dataset cards in %s', (name) => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startStaticServer({ '/explainer.html': { body: PAGE } });
    browser = await launchWithExtension(name);
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/explainer.html`);
    await waitForPaint(page, SAMPLES.length);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [text, title, kind] of SAMPLES) {
    it(`shows the ${kind.toLowerCase()} card for “${text}”`, async () => {
      const card = await hoverForCard(page, text);
      expect(await page.locator('[data-backstory-ui] h2').innerText()).toMatch(title);
      expect(await page.locator('[data-backstory-ui] .card-head .kind').innerText()).toBe(kind);
      expect((await page.locator('[data-backstory-ui] .summary').innerText()).length).toBeGreaterThan(20);
      expect(card).toContain('Full record');
      await page.mouse.move(2, 2);
      await page.locator('[data-backstory-ui] .card').waitFor({ state: 'detached' });
    });
  }

  it('shows the designations of an organisation at the article date (June 2019) and today', async () => {
    await hoverForCard(page, 'Hezbollah');
    const text = await page.locator('[data-backstory-ui] .card').innerText();
    expect(text).toMatch(/In force with \d+ of \d+ authorities today/);
    const heads = await page.locator('[data-backstory-ui] .strip thead th').allInnerTexts();
    expect(heads.slice(1)).toEqual(['On 1 Jun 2019', 'Today']);
    expect(await stripRow(page, /^US State Dept\.$/)).toBe('US State Dept. | Listed | Listed');
    await page.mouse.move(2, 2);
  });
});
