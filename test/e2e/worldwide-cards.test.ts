/**
 * The worldwide designations pack as a reader meets it (issue 10), in both browsers: a group one
 * authority has delisted while another still lists it, read on a page dated before the removal.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { hoverForCard, stripRow, waitForPaint } from './page-helpers';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article">
<meta property="article:published_time" content="2015-03-10T08:00:00Z"><title>Old files reopened</title></head>
<body><article><h1>Old files reopened</h1>
<p>Prosecutors reopened files on the Abu Nidal Organization, the Palestinian splinter group behind the 1985 airport attacks.</p>
<p>Investigators said the group's surviving members were now old men.</p>
<p>In Tokyo, the trial of a former member of Aum Shinrikyo was adjourned.</p>
</article></body></html>`;

describe.each<BrowserName>(['chromium', 'firefox'])('worldwide pack cards in %s', (name) => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startStaticServer({ '/news/2015/03/10/files.html': { body: PAGE } });
    browser = await launchWithExtension(name);
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/news/2015/03/10/files.html`);
    await waitForPaint(page, 1);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a US listing removed since the article beside an EU listing still in force', async () => {
    await hoverForCard(page, 'Abu Nidal Organization');
    const card = page.locator('[data-backstory-ui] .card');
    expect(await card.locator('h2').innerText()).toBe('Abu Nidal Organization');
    const heads = await card.locator('.strip thead th').allInnerTexts();
    expect(heads.slice(1)).toEqual(['On 10 Mar 2015', 'Today']);
    expect(await stripRow(page, /^US State Dept\.$/)).toBe('US State Dept. | Listed | Removed 1 Jun 2017');
    // Confirmed on 17 Aug 2026: in force until that confirmation is a year old, then shown as unconfirmed.
    expect(await stripRow(page, /^EU$/)).toMatch(/^EU \| Listed \| (Listed|Unconfirmed)$/);
  });

  it('shows a listing that a later list no longer names as removed by that list’s date, the day not known', async () => {
    await page.mouse.move(2, 2);
    await page.locator('[data-backstory-ui] .card').waitFor({ state: 'detached' });
    await hoverForCard(page, 'Aum Shinrikyo');
    expect(await stripRow(page, /^EU$/)).toBe('EU | Listed | Removed by 17 Aug 2026');
  });
});
