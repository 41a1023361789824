// Temporary visual check (not committed): card and dossier screenshots.
import { readFileSync } from 'node:fs';
import { launchWithExtension } from './test/support/browsers';
import { startStaticServer } from './test/support/static-server';

const OUT = '/work/tmp/shots';
const variants = (process.env.VARIANTS ?? 'light,narrow,zoom,dark,ar').split(',');
const term = process.env.TERM_TEXT ?? 'HTS';
const server = await startStaticServer({ '/demo.html': { body: readFileSync('assets/demo/article.html') } });
for (const v of variants) {
  const browser = await launchWithExtension('chromium', {
    colorScheme: v === 'dark' ? 'dark' : 'light',
    viewport: v === 'narrow' ? { width: 400, height: 800 } : v === 'zoom' ? { width: 600, height: 450 } : { width: 1200, height: 900 },
    uiLanguage: v === 'ar' ? 'ar' : undefined,
  });
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo.html`);
  await page.waitForFunction(() => (CSS.highlights.get('backstory')?.size ?? 0) > 0, undefined, { timeout: 15_000 });
  const box = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(t);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + t.length);
        r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
    }
    return undefined;
  }, term);
  if (!box) throw new Error('term not found');
  await page.mouse.move(box.x - 20, box.y + 80);
  await page.mouse.move(box.x, box.y, { steps: 3 });
  await page.waitForFunction(() => document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card-foot'), undefined, {
    timeout: 10_000,
  });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/card-${v}.png` });
  if (process.env.MENU) {
    await page.evaluate(() =>
      (document.querySelector('[data-backstory-ui]')!.shadowRoot!.querySelector('.menu-button') as HTMLElement).click(),
    );
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/card-${v}-menu.png` });
  }
  const id = browser.worker!.url().split('/')[2];
  const dossier = await browser.context.newPage();
  await dossier.goto(`chrome-extension://${id}/dossier.html?id=${process.env.ENTRY ?? 'hayat-tahrir-al-sham'}&date=2024-12-03&from=meta`);
  await dossier.waitForSelector('.dossier', { timeout: 10_000 });
  await dossier.waitForTimeout(300);
  await dossier.screenshot({ path: `${OUT}/dossier-${v}.png`, fullPage: process.env.FULL === '1' });
  await browser.close();
}
await server.close();
