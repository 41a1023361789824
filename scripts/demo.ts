/**
 * `npm start`: Backstory on the bundled demo article.
 * With a display: opens Chromium with the extension loaded on the demo page and waits until it is closed.
 * Without one: runs headless, hovers each marked term, prints each card's text and writes screenshots
 * under .output/demo/.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../test/support/browsers';
import { readClosedCard, waitForNoCard } from '../test/support/closed-card';
import { startStaticServer } from '../test/support/static-server';

const OUT = join('.output', 'demo');
const PAGE_PATH = '/news/2024/12/03/rebels-push-south-from-aleppo.html';

interface Term {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly ambiguous: boolean;
}

async function main() {
  const server = await startStaticServer({ [PAGE_PATH]: { body: readFileSync('assets/demo/article.html') } });
  const url = `${server.origin}${PAGE_PATH}`;
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.BACKSTORY_HEADLESS !== '1';
  const browser = await launchWithExtension('chromium', {
    build: 'shipped',
    headless: !headed,
    viewport: headed ? null : { width: 1280, height: 900 },
  });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);

  if (headed) {
    console.log(
      `Backstory is loaded in Chromium on the demo article: ${url}\nHover a marked term to see its card. Close the browser window to finish.`,
    );
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    await server.close();
    return;
  }

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  await page.waitForFunction(() => (CSS.highlights.get('backstory')?.size ?? 0) > 0, undefined, { timeout: 15_000 });
  await page.screenshot({ path: join(OUT, '00-page.png') });

  const count = await page.evaluate(
    () => (CSS.highlights.get('backstory')?.size ?? 0) + (CSS.highlights.get('backstory-ambiguous')?.size ?? 0),
  );
  console.log(`Backstory demo: ${url}\n${count} mentions marked. Hovering each distinct term:\n`);

  const seen = new Set<string>();
  let shot = 1;
  for (let i = 0; i < count; i++) {
    // Scroll the i-th mention (document order) into view and read where it is.
    const term = await page.evaluate((n): Term | undefined => {
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      const all = ['backstory', 'backstory-ambiguous'].flatMap((name) =>
        [...(CSS.highlights.get(name) ?? [])].map((range) => ({ range: range as Range, ambiguous: name !== 'backstory' })),
      );
      all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      const item = all[n];
      if (!item) return undefined;
      item.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = item.range.getClientRects()[0];
      if (!rect) return undefined;
      return { text: item.range.toString(), x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, ambiguous: item.ambiguous };
    }, i);
    if (!term || seen.has(term.text)) continue;
    seen.add(term.text);
    await page.mouse.move(term.x - 30, term.y + 60);
    await page.mouse.move(term.x, term.y, { steps: 3 });
    await page.waitForTimeout(250); // the card's 120 ms fade-in, so the screenshot shows it whole
    const text = (await readClosedCard(page)).replace(/\n{2,}/g, '\n').trim();
    const file = join(OUT, `${String(shot++).padStart(2, '0')}-${term.text.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}.png`);
    await page.screenshot({ path: file });
    console.log(`── “${term.text}”${term.ambiguous ? ' (ambiguous)' : ''} → ${file}`);
    console.log(
      `${text
        .split('\n')
        .map((line) => `   ${line}`)
        .join('\n')}\n`,
    );
    await page.mouse.move(5, 5);
    await waitForNoCard(page);
  }
  console.log(`${seen.size} cards shown; screenshots in ${OUT}/`);
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
