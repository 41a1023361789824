/**
 * `npm run icons`: renders assets/icon/icon.svg to public/icon/<size>.png (16, 32, 48, 128), where
 * WXT finds them for the manifest's `icons` and the toolbar button. Headless Chromium draws the SVG,
 * so no image library is needed. At 16 and 32 px the parts marked `data-detail` are left out: thin
 * lines that small turn to grey mush.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireBrowser } from '../test/support/browsers';

const SOURCE = join('assets', 'icon', 'icon.svg');
const OUT = join('public', 'icon');
const SIZES = [16, 32, 48, 128] as const;
const SMALL = 32;
/** The store icon keeps a transparent margin (Chrome Web Store: 96 px of artwork inside 128). */
const MARGIN: Partial<Record<(typeof SIZES)[number], number>> = { 128: 16 };

async function main() {
  const svg = readFileSync(SOURCE, 'utf8');
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: requireBrowser('chromium'), args: CHROMIUM_ARGS, headless: true });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
      await page.evaluate(
        ([size, margin, small]) => {
          const icon = document.querySelector('svg')!;
          icon.setAttribute('width', String(size - 2 * margin));
          icon.setAttribute('height', String(size - 2 * margin));
          icon.style.margin = `${margin}px`;
          if (size <= small) for (const detail of icon.querySelectorAll('[data-detail]')) detail.remove();
        },
        [size, MARGIN[size] ?? 0, SMALL] as const,
      );
      await page.screenshot({ path: join(OUT, `${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`Icons written to ${OUT}/: ${SIZES.join(', ')} px`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
