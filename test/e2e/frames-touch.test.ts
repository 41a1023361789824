/**
 * Wherever the reader reads (issue 16): text inside an open shadow root and inside a same-origin
 * frame is marked and its card opens; frames of another origin and pixel frames are left alone;
 * a tap opens a card, a tap elsewhere closes it, and a term inside a link shows its card on the
 * first tap and follows the link on the second.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { centreOf, paintedTexts, waitForPaint } from './page-helpers';

const fixture = (name: string) => readFileSync(`test/fixtures/frames/${name}`, 'utf8');
const CARD = '[data-backstory-ui] .card';
/** The underline colour of a resolved mark (entrypoints/content/highlights.css). */
const UNDERLINE_RGB = [31, 111, 235] as const;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The box of `text` inside the open shadow root of `hostSelector`, in the page's viewport. */
function boxInShadow(page: Page, hostSelector: string, text: string): Promise<Box> {
  return page.evaluate(
    ([selector, needle]) => {
      const root = document.querySelector(selector)?.shadowRoot;
      if (!root) throw new Error(`no open shadow root on ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
      }
      throw new Error(`"${needle}" is not in the shadow root`);
    },
    [hostSelector, text] as const,
  );
}

/** Highlighted ranges whose text sits in a shadow tree, as "name:text". */
function paintedInShadow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const range of highlight as unknown as Iterable<Range>) {
        if (range.startContainer.getRootNode() instanceof ShadowRoot) found.push(`${name}:${range.toString()}`);
      }
    }
    return found.sort();
  });
}

/** Pixels of the underline colour in a box of the page (a screenshot, read back through a canvas). */
async function underlinePixels(page: Page, box: Box): Promise<number> {
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) + 6 };
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(
    async ([data, rgb]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (Math.abs(pixels[i]! - rgb[0]) < 40 && Math.abs(pixels[i + 1]! - rgb[1]) < 40 && Math.abs(pixels[i + 2]! - rgb[2]) < 40) count++;
      }
      return count;
    },
    [png, UNDERLINE_RGB] as const,
  );
}

async function waitForCardText(scope: Page | Frame): Promise<string> {
  const card = scope.locator(CARD);
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  await scope.waitForFunction(() => document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card[aria-busy="false"]'));
  return (await card.innerText()).replace(/\s+/g, ' ');
}

async function hoverAt(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(Math.max(1, x - 40), Math.max(1, y - 40));
  await page.mouse.move(x, y, { steps: 4 });
}

const browsers: BrowserName[] = ['chromium', 'firefox'];

describe.each(browsers)('shadow roots and frames in %s', (name) => {
  let server: StaticServer;
  let other: StaticServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    // A second server is a second origin (another port): the advertiser's frame.
    other = await startStaticServer({ '/frames/frame-updates.html': { body: fixture('frame-updates.html') } });
    server = await startStaticServer({
      '/frames/shadow-article.html': { body: fixture('shadow-article.html') },
      '/frames/frame-article.html': { body: fixture('frame-article.html').replace('CROSS_ORIGIN', other.origin) },
      '/frames/frame-updates.html': { body: fixture('frame-updates.html') },
    });
    browser = await launchWithExtension(name);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await other?.close();
  });

  it('marks a term inside an open shadow root, paints it there, and opens its card', async () => {
    await page.goto(`${server.origin}/frames/shadow-article.html`);
    await waitForPaint(page, 3);
    expect(await paintedInShadow(page)).toEqual(['backstory:Aleppo', "backstory:Hay'at Tahrir al-Sham"]);
    // The light-tree term is still there (ranges in two trees have no order to sort them by).
    expect(
      await page.evaluate(() => [...(CSS.highlights.get('backstory') ?? [])].map((range) => (range as Range).toString()).sort()),
    ).toEqual(['Aleppo', 'Damascus', "Hay'at Tahrir al-Sham"]);
    // The underline is drawn inside the shadow tree, not only registered.
    const term = await boxInShadow(page, 'story-body', 'Aleppo');
    expect(await underlinePixels(page, term)).toBeGreaterThan(5);
    await hoverAt(page, term.x + term.width / 2, term.y + term.height / 2);
    expect(await waitForCardText(page)).toContain('Aleppo');
  });

  it('watches the shadow root: text added inside it later is marked', async () => {
    await page.goto(`${server.origin}/frames/shadow-article.html`);
    await waitForPaint(page, 3);
    await page.evaluate(() => (window as unknown as { addLateParagraph: () => void }).addLateParagraph());
    await page.waitForFunction(
      () => [...(CSS.highlights.get('backstory') ?? [])].some((r) => (r as Range).toString() === 'Syrian Democratic Forces'),
      {
        timeout: 10_000,
      },
    );
  });

  it('marks a term inside a same-origin frame in that frame, and opens its card there', async () => {
    // Which frames load the content script (Chromium reports the module request of the frame starter).
    const loads: string[] = [];
    const onRequest = (request: Request) => {
      if (request.url().endsWith('/content-scripts/content.js')) loads.push(request.frame().url());
    };
    browser.context.on('request', onRequest);
    await page.goto(`${server.origin}/frames/frame-article.html`);
    const frame = async (id: string) => (await (await page.$(`#${id}`))!.contentFrame())!;
    const live = await frame('live');
    await waitForPaint(live, 2);
    expect(await paintedTexts(live)).toEqual(["Hay'at Tahrir al-Sham", 'Aleppo']);
    // The top page's own text names nothing it knows; the frame of another origin and the 1×1
    // frame hold the same words but are left alone (their frame starter stops at its first check).
    expect(await paintedTexts(page)).toEqual([]);
    const left = [await frame('other'), await frame('pixel')];
    for (const f of left) {
      await f.waitForLoadState('load');
      expect(await f.locator('p').first().innerText()).toContain('Aleppo');
    }
    await page.waitForTimeout(1500);
    for (const f of left) expect(await f.evaluate(() => CSS.highlights.size)).toBe(0);
    browser.context.off('request', onRequest);
    if (name === 'chromium') {
      // Only the frame that can hold the article loaded the content script (the frame starter in
      // the others stopped at its first check); the top page has it from the manifest. The 1×1
      // frame has the same address as the live one: exactly one load.
      expect(loads).toEqual([`${server.origin}/frames/frame-updates.html`]);
    }

    // Hover the term inside the frame: the card opens in the frame's own document.
    const offset = await page.evaluate(() => {
      const frame = document.getElementById('live')!;
      const rect = frame.getBoundingClientRect();
      return { x: rect.left + frame.clientLeft, y: rect.top + frame.clientTop };
    });
    const inner = await live.evaluate(() => {
      const text = document.querySelector('p')!.firstChild as Text;
      const at = text.data.indexOf('Aleppo');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'Aleppo'.length);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await hoverAt(page, offset.x + inner.x, offset.y + inner.y);
    expect(await waitForCardText(live)).toContain('Aleppo');
    expect(await page.locator(CARD).count()).toBe(0);
  });
});

describe('keyboard commands reach a term inside a shadow root (Chromium)', () => {
  it('the next-term command opens the first mark, which sits in the component', async () => {
    const server = await startStaticServer({ '/a.html': { body: fixture('shadow-article.html') } });
    const browser = await launchWithExtension('chromium');
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/a.html`);
      await waitForPaint(page, 3);
      await page.bringToFront();
      const navigate = () =>
        browser.worker!.evaluate(() =>
          (globalThis as unknown as { backstoryNavigate: (d: number) => Promise<boolean> }).backstoryNavigate(1),
        );
      expect(await navigate()).toBe(true);
      await page.locator(CARD).waitFor({ state: 'visible' });
      await page.waitForFunction(
        () => document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('h2')?.textContent === "Hay'at Tahrir al-Sham",
      );
      expect(await paintedTexts(page, 'backstory-active')).toEqual(["Hay'at Tahrir al-Sham"]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('touch (Chromium, touch emulation at phone width)', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startStaticServer({
      '/frames/touch-article.html': { body: fixture('touch-article.html') },
      '/frames/touch-linked.html': { body: fixture('touch-linked.html') },
    });
    browser = await launchWithExtension('chromium', { hasTouch: true, viewport: { width: 360, height: 740 } });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a tap opens the card, which fits the phone-width viewport, and a tap elsewhere closes it', async () => {
    await page.goto(`${server.origin}/frames/touch-article.html`);
    await waitForPaint(page, 2);
    const term = await centreOf(page, 'Aleppo');
    await page.touchscreen.tap(term.x, term.y);
    expect(await waitForCardText(page)).toContain('Aleppo');
    const box = (await page.locator(CARD).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // On a touch screen (pointer: coarse) the card's buttons are tall enough for a finger.
    const heights = await page.evaluate(() =>
      [...document.querySelector('[data-backstory-ui]')!.shadowRoot!.querySelectorAll('.card button')].map(
        (b) => b.getBoundingClientRect().height,
      ),
    );
    expect(heights.length).toBeGreaterThan(0);
    // 32 px at rest; layout in fractional units may report 31.99998 (a fresh-clone run did).
    expect(Math.min(...heights)).toBeGreaterThan(31.9);
    // The card covers the lines below the term at this width: tap the heading above it.
    const blank = await centreOf(page, 'Read on a phone');
    await page.touchscreen.tap(blank.x, blank.y);
    await page.locator(CARD).waitFor({ state: 'hidden', timeout: 5_000 });
  });

  it('the first tap on a term inside a link opens its card without following the link; the second follows it', async () => {
    await page.goto(`${server.origin}/frames/touch-article.html`);
    await waitForPaint(page, 2);
    const term = await centreOf(page, "Hay'at Tahrir al-Sham");
    await page.touchscreen.tap(term.x, term.y);
    expect(await waitForCardText(page)).toContain("Hay'at Tahrir al-Sham");
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${server.origin}/frames/touch-article.html`);
    await page.touchscreen.tap(term.x, term.y);
    await page.waitForURL(`${server.origin}/frames/touch-linked.html`, { timeout: 5_000 });
  });
});
