/**
 * `npm run news:report`: runs the content script's "is this a news article?" pipeline over saved
 * pages and reports what evidence each one gave. Real news pages are read from BACKSTORY_CORPUS
 * (default ../shared/corpus/pages; other people's pages, read in place and never copied here), the
 * negatives (shops, docs, search results: not-news-*.html) and small articles (article-*.html)
 * from test/fixtures/news.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { findArticleRoot } from '../lib/page/collect';
import { type NewsEvidence, type NewsSignals, newsEvidence } from '../lib/page/news-detect';
import { readDateSignals, readNewsSignals } from '../lib/page/page-signals';
import { detectPublicationDate, type PublicationDate } from '../lib/page/pubdate';

// jsdom has no type declarations in this project; the little used here is typed by hand.
interface Jsdom {
  readonly window: { readonly document: Document; close(): void };
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url?: string; virtualConsole: unknown }) => Jsdom;
  VirtualConsole: new () => unknown;
};

const CORPUS = resolve(process.env.BACKSTORY_CORPUS ?? '../shared/corpus/pages');
const FIXTURES = resolve('test/fixtures/news');
/** Stands in for the address of a saved page that does not state its own (no date can come from it). */
const PLACEHOLDER_URL = 'https://example.invalid/';

interface PageResult {
  readonly name: string;
  /** The page's own canonical or og:url address; PLACEHOLDER_URL when it states none. */
  readonly url: string;
  readonly evidence: NewsEvidence | undefined;
  readonly date: PublicationDate | undefined;
  readonly signals: NewsSignals;
}

/** The URL the page was served from, as far as the page says (the content script sees the real one). */
function pageUrl(html: string): string {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  dom.window.close();
  for (const candidate of candidates) {
    try {
      if (candidate && /^https?:$/.test(new URL(candidate).protocol)) return new URL(candidate).href;
    } catch {
      // a relative or broken canonical link: try the next one
    }
  }
  return PLACEHOLDER_URL;
}

/** The same steps as refreshPageFacts in entrypoints/content/controller.ts. */
function examine(name: string, html: string): PageResult {
  // No scripts run and no resources load (jsdom's defaults); CSS and markup errors are not ours.
  const url = pageUrl(html);
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const root = findArticleRoot(doc);
  const dates = readDateSignals(doc, root);
  const date = detectPublicationDate(dates);
  const signals = readNewsSignals(doc, dates, date);
  const evidence = newsEvidence(signals);
  dom.window.close();
  return { name, url, evidence, date, signals };
}

/** @type values named in the page's JSON-LD (unparseable blocks reported as such). */
function jsonLdTypes(texts: readonly string[]): string[] {
  const types: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    for (const type of ([] as unknown[]).concat(record['@type'] ?? [])) if (typeof type === 'string') types.push(type);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) visit(record[key], depth + 1);
  };
  for (const text of texts) {
    try {
      visit(JSON.parse(text), 0);
    } catch {
      types.push('(broken JSON)');
    }
  }
  return types;
}

/** What a page without evidence does have, to judge whether another signal would catch it. */
function describeSignals({ signals, date, url }: PageResult): string {
  const og = signals.metas.find(([name]) => name.toLowerCase() === 'og:type')?.[1];
  const dateMetas = signals.metas
    .map(([name]) => name)
    .filter((name) => /date|time|publish/i.test(name))
    .slice(0, 6);
  const parts = [
    `og:type=${og === undefined ? '-' : JSON.stringify(og)}`,
    `json-ld=${JSON.stringify(jsonLdTypes(signals.jsonLd))}`,
    `itemtypes=${JSON.stringify([...new Set(signals.itemTypes)].slice(0, 6))}`,
    `<article>=${signals.articleElements}`,
    `date=${date ? `${date.date} (${date.from})` : '-'}`,
    `date metas=${JSON.stringify(dateMetas)}`,
    `url=${url === PLACEHOLDER_URL ? '(not stated)' : url}`,
  ];
  return parts.join('  ');
}

function htmlFiles(dir: string, prefix = ''): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => file.startsWith(prefix) && file.endsWith('.html'))
      .sort();
  } catch {
    return [];
  }
}

function report(title: string, dir: string, expectNews: boolean, prefix = ''): { detected: number; total: number } {
  const files = htmlFiles(dir, prefix);
  console.log(`\n## ${title} (${dir})\n`);
  if (files.length === 0) {
    console.log('No .html files found.');
    return { detected: 0, total: 0 };
  }
  const results = files.map((file) => examine(file.replace(/\.html$/, ''), readFileSync(join(dir, file), 'utf8')));
  const width = Math.max(...results.map((r) => r.name.length));
  for (const result of results) {
    const found = result.evidence ?? 'NONE';
    const date = result.date ? `  date ${result.date.date} (${result.date.from})` : '';
    console.log(`${result.name.padEnd(width)}  ${found}${date}`);
    // Misses on news pages and hits on negatives are the ones to look at.
    if ((result.evidence === undefined) === expectNews) console.log(`${' '.repeat(width)}    ${describeSignals(result)}`);
  }
  const detected = results.filter((r) => r.evidence !== undefined).length;
  const percent = ((detected / results.length) * 100).toFixed(1);
  console.log(`\n${detected} of ${results.length} pages detected as news (${percent}%)`);
  return { detected, total: results.length };
}

console.log('# News detection report');
report('News pages (corpus)', CORPUS, true);
// Fixtures named not-news-*.html are pages Backstory must leave alone; article-*.html are articles.
report('Not news (test/fixtures/news/not-news-*)', FIXTURES, false, 'not-news-');
report('Articles (test/fixtures/news/article-*)', FIXTURES, true, 'article-');
