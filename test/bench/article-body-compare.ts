/**
 * `npm run article:compare`: how well and how fast Backstory finds the article's own text, against
 * Mozilla's Readability (the reader view of Firefox) and against the article root alone (what
 * Backstory read before page furniture was left out). Each corpus page is loaded in headless
 * Chromium with its scripts stripped; each method runs once on its own fresh tab (cold, as the
 * content script runs).
 *
 * Accuracy is word overlap with a reference text of the article: precision (share of the words read
 * that are the article's) and recall (share of the article's words that were read). The reference
 * is, per page, `REFERENCE_DIR/NAME.html` when the environment variable ARTICLE_REFERENCE names
 * such a folder (Readability's test pages ship a reviewed `expected.html` for most corpus pages:
 * save each as NAME.html; Readability's own score against them is then close to 1 by
 * construction), else Readability's output on the page itself.
 *
 *   BACKSTORY_CORPUS=DIR      corpus pages (default ../shared/corpus/pages)
 *   ARTICLE_REFERENCE=DIR     reference article texts as NAME.html (optional)
 *   ARTICLE_PAGES=a,b         only these pages (names without .html)
 *   ARTICLE_RUNS=N            cold runs per method and page, the fastest kept (default 1; the
 *                             machine's other load only ever adds time)
 *
 * A measurement, not a test: it never fails on its figures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, requireBrowser } from '../support/browsers';
import { startStaticServer } from '../support/static-server';
import type * as PageApi from './article-body-page';
import { bundleScript } from './bundle';
import { median } from './stats';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const corpusDir = resolve(REPO, process.env.BACKSTORY_CORPUS ?? '../shared/corpus/pages');
const referenceDir = process.env.ARTICLE_REFERENCE ? resolve(process.env.ARTICLE_REFERENCE) : undefined;
type Method = 'articleRoot' | 'backstory' | 'readability';
const METHODS: Method[] = ['articleRoot', 'backstory', 'readability'];

/** Words of a text, lower-cased, counted (a bag: the same word twice counts twice). */
function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
const size = (words: Map<string, number>) => [...words.values()].reduce((a, b) => a + b, 0);

function overlap(read: string, reference: string): { precision: number; recall: number } {
  const a = bag(read);
  const b = bag(reference);
  let common = 0;
  for (const [word, count] of a) common += Math.min(count, b.get(word) ?? 0);
  return { precision: size(a) === 0 ? 0 : common / size(a), recall: size(b) === 0 ? 1 : common / size(b) };
}

function referenceText(name: string): string | undefined {
  if (!referenceDir) return undefined;
  const file = join(referenceDir, `${name}.html`);
  if (!existsSync(file)) return undefined;
  const window = new Window();
  try {
    window.document.write(readFileSync(file, 'utf8'));
    return window.document.body.textContent ?? '';
  } finally {
    window.close();
  }
}

function strip(html: string, script: string): string {
  let page = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
  page = page.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?(content-security-policy|refresh)[^>]*>/gi, '');
  const at = page.toLowerCase().lastIndexOf('</body>');
  const cut = at === -1 ? page.length : at;
  return `${page.slice(0, cut)}<script>${script}</script>${page.slice(cut)}`;
}

requireBrowser('chromium');
const bundle = await bundleScript('./article-body-page.ts', 'ArticleBodyBench');
const server = await startStaticServer({});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const only = process.env.ARTICLE_PAGES?.split(',');
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.html') && (only === undefined || only.includes(basename(f, '.html'))))
  .sort();
const rows: { name: string; ms: Record<Method, number>; precision: Record<Method, number>; recall: Record<Method, number> }[] = [];
let nonce = 0;
try {
  for (const file of files) {
    const name = basename(file, '.html');
    const html = readFileSync(join(corpusDir, file), 'utf8');
    const texts = {} as Record<Method, string>;
    const ms = {} as Record<Method, number>;
    const runs = Math.max(1, Number(process.env.ARTICLE_RUNS ?? 1));
    for (let run = 0; run < runs; run++)
      for (const method of METHODS) {
        // A fresh context and tab per method: each runs cold, on a page no other method has touched.
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const path = `/page/${name}-${++nonce}.html`;
        server.set(path, { body: strip(html, `/*${nonce}*/\n${bundle.replace(/<\/script/gi, '<\\/script')}`) });
        const tab = await context.newPage();
        await tab.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 30_000 });
        const result = await tab.evaluate(
          (fn) => (window as unknown as { ArticleBodyBench: typeof PageApi }).ArticleBodyBench[fn](),
          method,
        );
        texts[method] = result.text;
        ms[method] = Math.min(ms[method] ?? Number.POSITIVE_INFINITY, result.ms);
        await context.close();
      }
    const reference = referenceText(name) ?? texts.readability;
    const precision = {} as Record<Method, number>;
    const recall = {} as Record<Method, number>;
    for (const method of METHODS) ({ precision: precision[method], recall: recall[method] } = overlap(texts[method], reference));
    rows.push({ name, ms, precision, recall });
    const cell = (m: Method) => `${precision[m].toFixed(2)}/${recall[m].toFixed(2)} ${ms[m].toFixed(1)}ms`;
    console.log(
      `${name.padEnd(30)} root ${cell('articleRoot')}  backstory ${cell('backstory')}  readability ${cell('readability')}${referenceText(name) === undefined ? '  (reference: readability)' : ''}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
const withReference = rows.filter((row) => referenceText(row.name) !== undefined);
console.log(
  `\n${rows.length} pages; precision/recall against ${referenceDir ? `${withReference.length} reference texts, the rest against Readability` : "Readability's output"}`,
);
for (const method of METHODS) {
  const of = (pick: (row: (typeof rows)[number]) => number, set = rows) => median(set.map(pick)).toFixed(2);
  const low = (set: typeof rows) => Math.min(...set.map((r) => r.recall[method])).toFixed(2);
  console.log(
    `${method.padEnd(12)} median ${of((r) => r.ms[method])} ms (worst ${Math.max(...rows.map((r) => r.ms[method])).toFixed(1)} ms)` +
      `; precision median ${of((r) => r.precision[method])}, recall median ${of((r) => r.recall[method])}, lowest recall ${low(rows)}` +
      (withReference.length > 0
        ? `; on reference pages only: precision ${of((r) => r.precision[method], withReference)}, recall ${of((r) => r.recall[method], withReference)}`
        : ''),
  );
}
