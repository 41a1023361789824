/**
 * axe-core (WCAG 2.0/2.1 A and AA, best practices) on what Backstory shows a reader, in the light and
 * dark colour schemes: the settings page (also with an entry open in "Browse entries"), the popup
 * (opened as a tab), the notebook and side panel, and a pinned card for an entry and for an ambiguous mention, in Chromium; the
 * cards in Firefox too. Serious and critical violations fail, and so does text whose colour contrast
 * axe could not work out.
 *
 * Firefox: Playwright's colour-scheme emulation has no effect on Firefox ESR (playwright-core 1.64
 * over WebDriver BiDi), so the dark scheme gets a second Firefox, started with Firefox's content
 * colour-scheme pref. Firefox's extension pages are not audited here: WebDriver BiDi refuses to
 * navigate a tab to a moz-extension: address unless Firefox runs with
 * MOZ_REMOTE_ALLOW_SYSTEM_ACCESS=1, and even then about one load in three loses its execution
 * context. They use the same stylesheets as in Chromium.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atLeast, auditPage, formatViolations } from '../support/axe';
import { type ExtensionBrowser, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { centreOf, waitForPaint } from './page-helpers';

const DEMO = readFileSync('assets/demo/article.html', 'utf8');

/**
 * "Assad" with as much evidence for Bashar as for Hafez al-Assad: an ambiguous mention. A news
 * article (a publication date, an <article>), where Backstory runs by default.
 */
const AMBIGUOUS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Remembering Hama</title>
<meta property="article:published_time" content="2024-12-08T09:00:00Z"></head>
<body><main><article><h1>Remembering Hama</h1><p>Assad was born in Qardaha. The Hama crackdown of 1982 is remembered
in Damascus, where the Syrian president met envoys from Moscow.</p></article></main></body></html>`;

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** The card, inside the open shadow root of Backstory's host element. */
const CARD = '[data-backstory-ui] >>> .card';

type ChromeTabs = { chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number }>> } } };

let server: StaticServer;
/** The Firefox pair (light, dark) starts while the Chromium tests run: a launch takes a few seconds. */
let firefoxLaunches: Promise<ExtensionBrowser>[] = [];
const darkProfile = mkdtempSync(join(tmpdir(), 'backstory-a11y-dark-'));

beforeAll(async () => {
  server = await startStaticServer({ '/demo.html': { body: DEMO }, '/ambiguous.html': { body: AMBIGUOUS_PAGE } });
  // Firefox ignores Playwright's colour-scheme emulation: the dark one is told by a pref (0 = dark)
  // in its prefs.js (Playwright writes its own prefs to user.js, which leaves this one alone).
  writeFileSync(join(darkProfile, 'prefs.js'), 'user_pref("layout.css.prefers-color-scheme.content-override", 0);\n');
  firefoxLaunches = [launchWithExtension('firefox'), launchWithExtension('firefox', { profileDir: darkProfile })];
  for (const launch of firefoxLaunches) launch.catch(() => undefined); // a failure is reported by the Firefox tests
});

afterAll(async () => {
  await Promise.all(firefoxLaunches.map(async (launch) => (await launch.catch(() => undefined))?.close()));
  rmSync(darkProfile, { recursive: true, force: true });
  await server?.close();
});

/**
 * The lowest contrast of any SVG <text> on the page against the page's background (the timeline's
 * labels sit on the page itself, nothing behind them but thin grid lines).
 */
function svgTextContrast(page: Page): Promise<number> {
  return page.evaluate(() => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const background = luminance(
      rgb(
        getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)'
          ? getComputedStyle(document.body).backgroundColor
          : getComputedStyle(document.documentElement).backgroundColor,
      ),
    );
    let lowest = Number.POSITIVE_INFINITY;
    for (const text of document.querySelectorAll('svg text')) {
      const fill = luminance(rgb(getComputedStyle(text).fill));
      const [hi, lo] = fill > background ? [fill, background] : [background, fill];
      lowest = Math.min(lowest, (hi + 0.05) / (lo + 0.05));
    }
    return lowest;
  });
}

/**
 * Audits the page (or the card) in a colour scheme: no serious or critical violation, and no text
 * whose contrast axe could not check.
 */
async function expectAccessible(page: Page, scheme: Scheme, include?: string, svgText = false): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `${scheme} scheme in effect`).toBe(
    scheme === 'dark',
  );
  const { violations, contrast } = await auditPage(page, { include });
  const serious = atLeast(violations, 'serious');
  expect(serious.length, `${page.url()} (${scheme}):\n${formatViolations(serious)}\n`).toBe(0);
  // axe leaves the text of an SVG picture unchecked (it cannot tell what is behind it): checked here instead.
  if (svgText) expect(await svgTextContrast(page), `SVG text contrast on ${page.url()} (${scheme})`).toBeGreaterThanOrEqual(4.5);
  const unchecked = svgText
    ? contrast.undetermined
        .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !node.html.startsWith('<text')) }))
        .filter((violation) => violation.nodes.length > 0)
    : contrast.undetermined;
  expect(unchecked.length, `contrast not checked on ${page.url()} (${scheme}):\n${formatViolations(unchecked)}\n`).toBe(0);
  expect(contrast.passed, 'elements whose contrast was checked').toBeGreaterThan(0);
}

async function openPage(browser: ExtensionBrowser, path: string, terms: number, highlight?: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  await waitForPaint(page, terms, highlight);
  return page;
}

/**
 * Clicks a term (which pins its card), waits until the card has its content, then lays all of it
 * out: axe checks the contrast of text on screen only, and the card scrolls inside a box about 540
 * px tall with its history folded in <details>. So for the audit the card gets no height limit (and
 * no fade-in), every <details> opens, and the window grows to the card's height.
 */
async function openCard(page: Page, text: string): Promise<void> {
  const { x, y } = await centreOf(page, text);
  await page.mouse.click(x, y);
  await page.locator('[data-backstory-ui] .card').waitFor({ state: 'visible', timeout: 5_000 });
  await page.waitForFunction(() => document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card[aria-busy="false"]'));
  const bottom = await page.evaluate(() => {
    const root = document.querySelector('[data-backstory-ui]')!.shadowRoot!;
    const style = document.createElement('style');
    // With no height limit nothing scrolls, so the scroll shadows (a background image axe cannot see through) go too.
    style.textContent = '.card { max-height: none !important; animation: none !important; } .card-body { background: none !important; }';
    root.append(style);
    for (const details of root.querySelectorAll('details')) details.open = true;
    return root.querySelector('.card')!.getBoundingClientRect().bottom;
  });
  const viewport = page.viewportSize() ?? { width: 1200, height: 900 };
  if (bottom + 16 > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.ceil(bottom) + 16 });
}

/**
 * A card in each colour scheme, the two side by side, each on a page of its own: auditPage lends
 * the card's host to <body> and puts it back, which makes the content script rescan and close the
 * card, so one card is audited once.
 */
function expectAccessibleCards(browserFor: (scheme: Scheme) => ExtensionBrowser, card: 'entry' | 'ambiguous'): Promise<unknown> {
  return Promise.all(
    SCHEMES.map(async (scheme) => {
      const browser = browserFor(scheme);
      if (card === 'entry') {
        const page = await openPage(browser, '/demo.html', 10);
        await openCard(page, "Hay'at Tahrir al-Sham");
        await expectAccessible(page, scheme, CARD);
        await page.close();
      } else {
        const page = await openPage(browser, '/ambiguous.html', 1, 'backstory-ambiguous');
        await openCard(page, 'Assad');
        expect(await page.locator('[data-backstory-ui] .candidates button').count()).toBe(2);
        await expectAccessible(page, scheme, CARD);
        await page.close();
      }
    }),
  );
}

interface SessionStorage {
  chrome: { storage: { session: { set(items: object): Promise<void>; remove(key: string): Promise<void> } } };
}

describe('accessibility (Chromium)', () => {
  let browser: ExtensionBrowser;
  let extension: string;
  let article: Page;

  beforeAll(async () => {
    browser = await launchWithExtension('chromium');
    // Node's URL gives "null" as the origin of a chrome-extension: address, so build it from the host.
    extension = `chrome-extension://${new URL(browser.worker!.url()).host}`;
    article = await openPage(browser, '/demo.html', 10);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the settings page, light and dark', async () => {
    const options = await browser.context.newPage();
    await options.goto(`${extension}/options.html`);
    await options.getByRole('checkbox', { name: 'Syria conflict: core reference' }).waitFor();
    for (const scheme of SCHEMES) await expectAccessible(options, scheme);
    await options.close();
  });

  it('the settings page with an entry open in "Browse entries", light and dark', async () => {
    const options = await browser.context.newPage();
    await options.goto(`${extension}/options.html`);
    await options.getByRole('searchbox', { name: 'Search entries' }).fill("Hay'at Tahrir al-Sham");
    const toggle = options.locator('.eb-toggle').filter({ has: options.locator('.eb-name', { hasText: /^Hay'at Tahrir al-Sham$/ }) });
    await toggle.click();
    await options.locator('.eb-detail:not([hidden])').getByText('Foreign Terrorist Organization').first().waitFor();
    for (const scheme of SCHEMES) await expectAccessible(options, scheme);
    await options.close();
  });

  it('the popup, light and dark', async () => {
    await article.bringToFront();
    const tabId = await browser.worker!.evaluate(
      async () => (await (globalThis as unknown as ChromeTabs).chrome.tabs.query({ active: true }))[0]?.id,
    );
    const popup = await browser.context.newPage();
    await popup.goto(`${extension}/popup.html?tab=${tabId}`);
    await popup.getByRole('region', { name: 'Organisation' }).waitFor({ timeout: 10_000 });
    for (const scheme of SCHEMES) await expectAccessible(popup, scheme);
    await popup.close();
  });

  it('an entry card, light and dark', () => expectAccessibleCards(() => browser, 'entry'));

  it('the full record, as a page and in the side panel, light and dark', async () => {
    const request = { id: 'hayat-tahrir-al-sham', articleDate: '2024-12-03', dateFrom: 'meta' };
    const dossier = await browser.context.newPage();
    await dossier.goto(`${extension}/dossier.html?id=${request.id}&date=${request.articleDate}&from=${request.dateFrom}`);
    await dossier.locator('.timeline svg').waitFor();
    await dossier.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    for (const scheme of SCHEMES) await expectAccessible(dossier, scheme, undefined, true);
    await dossier.close();

    await browser.worker!.evaluate(
      (value) => (globalThis as unknown as SessionStorage).chrome.storage.session.set({ panelDossier: value }),
      request,
    );
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(`${extension}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Full record', selected: true }).waitFor();
    await panel.locator('.timeline svg').waitFor();
    for (const scheme of SCHEMES) await expectAccessible(panel, scheme, undefined, true);
    await panel.screenshot({ path: '.output/sidepanel-dossier.png', fullPage: true });
    await panel.getByRole('tab', { name: 'Notebook' }).click();
    await panel.getByText('Nothing saved yet.').waitFor();
    await browser.worker!.evaluate(() => (globalThis as unknown as SessionStorage).chrome.storage.session.remove('panelDossier'));
    await panel.close();
  });

  it('an ambiguous card, light and dark', () => expectAccessibleCards(() => browser, 'ambiguous'));

  it('the notebook and the side panel, empty and with a saved article, light and dark', async () => {
    const notebook = await browser.context.newPage();
    await notebook.goto(`${extension}/notebook.html`);
    await notebook.getByText('Nothing saved yet.').waitFor();
    for (const scheme of SCHEMES) await expectAccessible(notebook, scheme);

    await article.bringToFront();
    const tabId = await browser.worker!.evaluate(
      async () => (await (globalThis as unknown as ChromeTabs).chrome.tabs.query({ active: true }))[0]?.id,
    );
    const popup = await browser.context.newPage();
    await popup.goto(`${extension}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Save article to notebook' }).click();
    await popup.getByText(/^Saved/).waitFor({ timeout: 10_000 });
    await popup.close();

    await notebook.locator('article.saved-article summary').waitFor();
    await notebook.locator('article.saved-article summary').click();
    await notebook.getByRole('button', { name: 'Add a note' }).first().click();
    for (const scheme of SCHEMES) await expectAccessible(notebook, scheme);
    await notebook.getByRole('button', { name: /^Entities/ }).click();
    await notebook.locator('article.entity').first().waitFor();
    for (const scheme of SCHEMES) await expectAccessible(notebook, scheme);
    await notebook.close();

    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(`${extension}/sidepanel.html`);
    await panel.locator('article.saved-article').waitFor();
    for (const scheme of SCHEMES) await expectAccessible(panel, scheme);
    await panel.screenshot({ path: '.output/sidepanel.png', fullPage: true });
    await panel.close();
  });
});

describe('accessibility of the card (Firefox)', () => {
  let browsers: Record<Scheme, ExtensionBrowser>;

  beforeAll(async () => {
    const [light, dark] = await Promise.all(firefoxLaunches);
    browsers = { light: light!, dark: dark! };
  });

  it('an entry card, light and dark', () => expectAccessibleCards((scheme) => browsers[scheme], 'entry'));

  it('an ambiguous card, light and dark', () => expectAccessibleCards((scheme) => browsers[scheme], 'ambiguous'));
});
