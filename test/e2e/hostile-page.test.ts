/**
 * Issue 15, faults 3 to 5, in both browsers: a page must not open, read or work the card, must not
 * be able to switch cards off by claiming an element name, and the card must stay open while the
 * reader's pointer moves into it. The page-facing checks load the shipped build (closed shadow
 * root); the checks that read the card load the testing build (the same code, root left open).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type BuildKind, type ExtensionBrowser, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { centreOf, hoverForCard, waitForPaint } from './page-helpers';

const ARTICLE = `<p>Fighters of Hay'at Tahrir al-Sham entered Aleppo on Friday, and residents of Idlib watched the
news closely. Later in the day, commanders of Hay'at Tahrir al-Sham spoke to reporters.</p>`;
const page = (title: string, script = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-12-01T08:00:00Z"><title>${title}</title>
<script>${script}</script></head><body><main><article><h1>${title}</h1>${ARTICLE}</article></main></body></html>`;

const CLAIMS_NAME = `customElements.define('backstory-ui', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }); }
});`;

/** The page's own view of Backstory's host, if any: does it exist, and can the page see inside it? */
function pageView(p: Page) {
  return p.evaluate(() => {
    const host = document.querySelector('[data-backstory-ui]');
    return { host: host !== null, shadowRoot: host?.shadowRoot !== null && host?.shadowRoot !== undefined };
  });
}

/** What the page finds at a point just below a word: Backstory's host when the card covers it. */
function hostAt(p: Page, x: number, y: number) {
  return p.evaluate(
    ([px, py]) => document.elementFromPoint(px as number, py as number)?.hasAttribute('data-backstory-ui') ?? false,
    [x, y],
  );
}

const browsers: BrowserName[] = ['chromium', 'firefox'];

describe.each(browsers)('a hostile page in %s', (name) => {
  let server: StaticServer;
  const opened: ExtensionBrowser[] = [];
  const launch = async (build: BuildKind) => {
    const browser = await launchWithExtension(name, { build });
    opened.push(browser);
    return browser;
  };

  beforeAll(async () => {
    server = await startStaticServer({
      '/news/plain.html': { body: page('Plain story') },
      '/news/claims-name.html': { body: page('Story on a page that defines backstory-ui', CLAIMS_NAME) },
    });
  });
  afterAll(async () => {
    for (const browser of opened) await browser.close();
    await server.close();
  });

  describe('shipped build', () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launch('shipped');
    });

    it('opens no card for synthetic pointer and click events, and creates nothing in the page', async () => {
      const tab = await browser.context.newPage();
      await tab.goto(`${server.origin}/news/plain.html`);
      await waitForPaint(tab, 2);
      const { x, y } = await centreOf(tab, "Hay'at Tahrir al-Sham");
      await tab.evaluate(
        async ([px, py]) => {
          const at = { clientX: px as number, clientY: py as number, bubbles: true, composed: true };
          const target = document.elementFromPoint(px as number, py as number)!;
          for (let i = 0; i < 20; i++) {
            target.dispatchEvent(new PointerEvent('pointermove', at));
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          target.dispatchEvent(new MouseEvent('click', at));
        },
        [x, y],
      );
      await tab.waitForTimeout(800); // longer than the hover delay
      expect(await pageView(tab)).toEqual({ host: false, shadowRoot: false });
      await tab.close();
    });

    it('keeps the open card closed to the page: its host shows no shadow root', async () => {
      const tab = await browser.context.newPage();
      await tab.goto(`${server.origin}/news/plain.html`);
      await waitForPaint(tab, 2);
      const { x, y } = await centreOf(tab, "Hay'at Tahrir al-Sham");
      await tab.mouse.move(x - 40, y - 40);
      await tab.mouse.move(x, y, { steps: 4 });
      await expect.poll(() => hostAt(tab, x, y + 40), { timeout: 5_000 }).toBe(true);
      expect(await pageView(tab)).toEqual({ host: true, shadowRoot: false });
      await tab.close();
    });

    it('still opens cards on a page that defined a custom element named backstory-ui first', async () => {
      const tab = await browser.context.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`${server.origin}/news/claims-name.html`);
      await waitForPaint(tab, 2);
      const { x, y } = await centreOf(tab, "Hay'at Tahrir al-Sham");
      await tab.mouse.move(x - 40, y - 40);
      await tab.mouse.move(x, y, { steps: 4 });
      await expect.poll(() => hostAt(tab, x, y + 40), { timeout: 5_000 }).toBe(true);
      expect(errors).toEqual([]);
      await tab.close();
    });
  });

  describe('testing build', () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launch('testing');
    });

    it('keeps the card open while the pointer moves from the term into it, and its buttons work', async () => {
      const tab = await browser.context.newPage();
      await tab.goto(`${server.origin}/news/plain.html`);
      await waitForPaint(tab, 2);
      await hoverForCard(tab, "Hay'at Tahrir al-Sham");
      const card = tab.locator('[data-backstory-ui] .card');
      const box = (await card.boundingBox())!;
      const start = await centreOf(tab, "Hay'at Tahrir al-Sham");
      // Down from the word into the card, the way a reader's hand goes, then rest there.
      await tab.mouse.move(box.x + 40, start.y, { steps: 3 });
      await tab.mouse.move(box.x + 40, box.y + 30, { steps: 6 });
      await tab.waitForTimeout(1_000);
      expect(await card.isVisible()).toBe(true);
      const pin = card.getByRole('button', { name: 'Pin' });
      await pin.click();
      expect(await card.getByRole('button', { name: 'Pinned' }).getAttribute('aria-pressed')).toBe('true');
      await tab.close();
    });

    it('ignores a click the page synthesises on the card’s own buttons', async () => {
      const tab = await browser.context.newPage();
      await tab.goto(`${server.origin}/news/plain.html`);
      await waitForPaint(tab, 2);
      await hoverForCard(tab, "Hay'at Tahrir al-Sham");
      const pressed = await tab.evaluate(() => {
        const root = document.querySelector('[data-backstory-ui]')!.shadowRoot!;
        const pin = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Pin')!;
        pin.click();
        return pin.getAttribute('aria-pressed');
      });
      await tab.waitForTimeout(200);
      expect(pressed).toBe('false');
      expect(await tab.locator('[data-backstory-ui] .card').getByRole('button', { name: 'Pin' }).getAttribute('aria-pressed')).toBe(
        'false',
      );
      await tab.close();
    });
  });
});
