/**
 * The store images, written to .output/store/ by `npm run screenshots` (and alone by
 * `npm run store:images`): five 1280×800 screenshots and the 440×280 small promo tile, the sizes
 * the Chrome Web Store asks for (addons.mozilla.org takes the same screenshots). Chromium, the
 * shipped build, English, light. Every file is checked for its exact pixel size before the script
 * ends (scripts/store-assets.ts); a wrong size fails the run.
 *
 * The capture is generic: it hovers the first marked name of the demo article, whatever it is, and
 * waits for whatever card opens, so a redesigned card needs no change here. Headless Chromium has
 * no toolbar and no side panel, so two screenshots are composed from real captures: the popup page
 * laid over the article where a toolbar popup drops down, and the side-panel page beside the
 * article at the panel's width.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../test/support/browsers';
import { readClosedCard, waitForNoCard } from '../test/support/closed-card';
import { startStaticServer } from '../test/support/static-server';
import { PROMO_TILE_SIZE, SCREENSHOT_SIZE, STORE_IMAGES, type StoreImage, storeImageProblem } from './store-assets';

export const STORE_OUT = join('.output', 'store');
/** Chromium's side panel opens at about this width. */
const PANEL_WIDTH = 360;
const POPUP_WIDTH = 360;

type ChromeTabs = { chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number }>> } } };

const messages = JSON.parse(readFileSync(join('public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = (key: string): string => {
  const found = messages[key];
  if (!found) throw new Error(`no English message ${key}`);
  return found.message;
};

const image = (file: string): StoreImage => {
  const found = STORE_IMAGES.find((spec) => spec.file === file);
  if (!found) throw new Error(`no store image named ${file}`);
  return found;
};

/** Waits for the first marks, then hovers the first marked name in reading order and waits for its card. */
async function openFirstCard(page: Page): Promise<string> {
  await page.waitForFunction(
    () => [...CSS.highlights.keys()].some((name) => name.startsWith('backstory') && (CSS.highlights.get(name)?.size ?? 0) > 0),
    undefined,
    {
      timeout: 15_000,
    },
  );
  const point = await page.evaluate(() => {
    const ranges: Range[] = [];
    for (const [name, highlight] of CSS.highlights) {
      // Resolved and ambiguous marks, underlined or tinted; not the transient "active"/"flash" ones.
      if (/^backstory(-script)?(-ambiguous)?$/.test(name)) for (const range of highlight) if (range instanceof Range) ranges.push(range);
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const first = ranges.find((range) => range.getClientRects().length > 0);
    if (!first) return undefined;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = first.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: first.toString() };
  });
  if (!point) throw new Error('no marked name is visible on the demo article');
  await page.mouse.move(Math.max(1, point.x - 60), Math.max(1, point.y - 60));
  await page.mouse.move(point.x, point.y, { steps: 5 });
  await readClosedCard(page, 10_000);
  await page.waitForTimeout(400); // the card's fade-in
  return point.text;
}

/** Lays captured images on a blank page of the given size and shoots it (no extension page, no content script). */
async function compose(
  context: BrowserContext,
  size: { width: number; height: number },
  layers: Array<{ png: Buffer; x: number; y: number; width: number; height: number; raised?: boolean }>,
): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(size);
    const html = layers
      .map(
        (layer) =>
          `<img src="data:image/png;base64,${layer.png.toString('base64')}" style="position:absolute;left:${layer.x}px;top:${layer.y}px;` +
          `width:${layer.width}px;height:${layer.height}px;${layer.raised ? 'border:1px solid #c9ced6;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.28);' : ''}">`,
      )
      .join('');
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:#fff;overflow:hidden}</style>${html}`);
    await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
    return await page.screenshot();
  } finally {
    await page.close();
  }
}

/** The small promo tile: the icon, the name and one line, drawn from assets/icon/icon.svg. */
async function promoTile(context: BrowserContext): Promise<Buffer> {
  const svg = readFileSync(join('assets', 'icon', 'icon.svg'), 'utf8');
  const page = await context.newPage();
  try {
    await page.setViewportSize(PROMO_TILE_SIZE);
    await page.setContent(`<!doctype html>
<style>
  html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; }
  body { background: linear-gradient(160deg, #0e2f57 0%, #07182e 100%); color: #fff;
         font-family: system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif; display: flex; align-items: center; gap: 26px; padding: 0 34px; box-sizing: border-box; }
  svg { width: 120px; height: 120px; flex: none; filter: drop-shadow(0 6px 14px rgba(0,0,0,.35)); }
  h1 { margin: 0 0 10px; font-size: 40px; line-height: 1.05; letter-spacing: -.01em; }
  p { margin: 0; font-size: 18px; line-height: 1.4; color: #dbe7f5; }
  mark { background: none; color: #fff; text-decoration: underline dotted #ffc233 3px; text-underline-offset: 4px; }
</style>
${svg}
<div><h1>${en('ext_name')}</h1><p>Sourced context for the <mark>names</mark> in the news.</p></div>`);
    return await page.screenshot();
  } finally {
    await page.close();
  }
}

export async function captureStoreImages(): Promise<string[]> {
  rmSync(STORE_OUT, { recursive: true, force: true });
  mkdirSync(STORE_OUT, { recursive: true });
  const server = await startStaticServer({ '/demo.html': { body: readFileSync('assets/demo/article.html') } });
  let browser: ExtensionBrowser | undefined;
  const written: string[] = [];
  const save = (file: string, png: Buffer) => {
    const problem = storeImageProblem(image(file), png);
    if (problem) throw new Error(problem);
    writeFileSync(join(STORE_OUT, file), png);
    written.push(file);
  };
  try {
    browser = await launchWithExtension('chromium', { build: 'shipped', colorScheme: 'light', viewport: SCREENSHOT_SIZE });
    const { context } = browser;

    const article = await context.newPage();
    await article.goto(`${server.origin}/demo.html`);
    const marked = await openFirstCard(article);
    save('screenshot-1-card.png', await article.screenshot());
    console.log(`  card of the first mark: "${marked}"`);

    // Close the card (pointer away, Escape) and go back to the top for the popup's background.
    await article.mouse.move(5, 5);
    await article.keyboard.press('Escape');
    await waitForNoCard(article, 10_000);
    await article.evaluate(() => window.scrollTo(0, 0));
    const articleTop = await article.screenshot();

    await article.bringToFront();
    const tabId = await browser.worker!.evaluate(
      async () => (await (globalThis as unknown as ChromeTabs).chrome.tabs.query({ active: true }))[0]?.id,
    );
    const popup = await context.newPage();
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 700 });
    await popup.goto(`${browser.extensionOrigin}/popup.html?tab=${tabId}`);
    // The popup lists the entities found once the page has answered; its save button puts the article in the notebook.
    await popup.getByRole('region').first().waitFor({ timeout: 10_000 });
    await popup.getByRole('button', { name: en('popup_save') }).click();
    await popup.getByText(/^Saved /).waitFor({ timeout: 10_000 });
    const popupHeight = Math.min(SCREENSHOT_SIZE.height - 24, await popup.evaluate(() => document.documentElement.scrollHeight));
    await popup.setViewportSize({ width: POPUP_WIDTH, height: popupHeight });
    const popupPng = await popup.screenshot();
    save(
      'screenshot-3-popup.png',
      await compose(context, SCREENSHOT_SIZE, [
        { png: articleTop, x: 0, y: 0, ...SCREENSHOT_SIZE },
        { png: popupPng, x: SCREENSHOT_SIZE.width - POPUP_WIDTH - 16, y: 8, width: POPUP_WIDTH, height: popupHeight, raised: true },
      ]),
    );
    await popup.close();

    // The article at the width the side panel leaves it, and the panel beside it.
    const articleWidth = SCREENSHOT_SIZE.width - PANEL_WIDTH - 1;
    await article.setViewportSize({ width: articleWidth, height: SCREENSHOT_SIZE.height });
    await article.evaluate(() => window.scrollTo(0, 0));
    await article.waitForTimeout(300);
    const narrowArticle = await article.screenshot();
    const panel = await context.newPage();
    await panel.setViewportSize({ width: PANEL_WIDTH, height: SCREENSHOT_SIZE.height });
    await panel.goto(`${browser.extensionOrigin}/sidepanel.html`);
    await panel.locator('article').first().waitFor({ timeout: 10_000 });
    await panel.waitForTimeout(300);
    const panelPng = await panel.screenshot();
    save(
      'screenshot-2-side-panel.png',
      await compose(context, SCREENSHOT_SIZE, [
        { png: narrowArticle, x: 0, y: 0, width: articleWidth, height: SCREENSHOT_SIZE.height },
        { png: panelPng, x: articleWidth + 1, y: 0, width: PANEL_WIDTH, height: SCREENSHOT_SIZE.height },
      ]),
    );
    await panel.close();

    const options = await context.newPage();
    await options.goto(`${browser.extensionOrigin}/options.html`);
    await options.getByRole('checkbox').first().waitFor({ timeout: 10_000 });
    await options.waitForTimeout(300);
    save('screenshot-4-settings.png', await options.screenshot());

    const notebook = await context.newPage();
    await notebook.goto(`${browser.extensionOrigin}/notebook.html`);
    const saved = notebook.locator('article summary').first();
    await saved.waitFor({ timeout: 10_000 });
    await saved.click();
    await notebook.waitForTimeout(300);
    save('screenshot-5-notebook.png', await notebook.screenshot());

    save('promo-small-440x280.png', await promoTile(context));
  } finally {
    await browser?.close();
    await server.close();
  }
  const missing = STORE_IMAGES.filter((spec) => !written.includes(spec.file));
  if (missing.length > 0) throw new Error(`store images not written: ${missing.map((spec) => spec.file).join(', ')}`);
  return written;
}

// Run alone: `npm run store:images`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  captureStoreImages()
    .then((files) => console.log(`Store images in ${STORE_OUT}/: ${files.join(', ')}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
