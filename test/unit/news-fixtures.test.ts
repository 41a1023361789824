/**
 * The content script's "is this a news article?" pipeline on whole pages (test/fixtures/news):
 * findArticleRoot → readDateSignals → detectPublicationDate → readNewsSignals → newsEvidence.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../lib/page/collect';
import { newsEvidence } from '../../lib/page/news-detect';
import { readDateSignals, readNewsSignals } from '../../lib/page/page-signals';
import { detectPublicationDate } from '../../lib/page/pubdate';

// jsdom has no type declarations in this project; the little used here is typed by hand.
interface Jsdom {
  readonly window: { readonly document: Document; close(): void };
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string; virtualConsole: unknown }) => Jsdom;
  VirtualConsole: new () => unknown;
};

const opened: Jsdom[] = [];
afterAll(() => {
  for (const dom of opened) dom.window.close();
});

/** A fixture as the browser would show it at `url` (no scripts run, nothing loads). */
function load(name: string, url: string): Document {
  const html = readFileSync(new URL(`../fixtures/news/${name}.html`, import.meta.url), 'utf8');
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  opened.push(dom);
  return dom.window.document;
}

/** What refreshPageFacts in the content script computes. */
function examine(doc: Document) {
  const root = findArticleRoot(doc);
  const dates = readDateSignals(doc, root);
  const publicationDate = detectPublicationDate(dates);
  const signals = readNewsSignals(doc, dates, publicationDate);
  return { root, dates, publicationDate, signals, evidence: newsEvidence(signals) };
}

describe('news article with Open Graph tags (article-news.html)', () => {
  const url = 'https://news.example.com/world/2024/03/05/ceasefire-talks-resume';
  const page = examine(load('article-news', url));

  it('takes the story, not the teaser in the sidebar, as the article', () => {
    expect(page.root.tagName).toBe('ARTICLE');
    expect(page.root.querySelector('h1')?.textContent).toBe('Ceasefire talks resume in Geneva');
  });

  it('reads the metadata and the <time> elements, article header first', () => {
    expect(page.dates.metas).toContainEqual(['og:type', 'article']);
    expect(page.dates.metas).toContainEqual(['article:published_time', '2024-03-05T08:15:00+01:00']);
    expect(page.dates.metas).toContainEqual(['article:modified_time', '2024-03-06T10:00:00+01:00']);
    expect(page.dates.metas).toHaveLength(8); // the charset <meta> has no content
    expect(page.dates.jsonLd).toEqual([]);
    // Article header, article, page (the masthead header has no <time>).
    expect(page.dates.times).toEqual(['2024-03-05T08:15:00+01:00', '2024-03-05T08:15:00+01:00', '2024-03-05T08:15:00+01:00']);
    expect(page.dates.url).toBe(url);
  });

  it('dates it from the published-time meta, not the modified time', () => {
    expect(page.publicationDate).toEqual({ date: '2024-03-05', from: 'meta' });
  });

  it('is news, by og:type', () => {
    expect(page.signals.itemTypes).toEqual([]);
    expect(page.signals.articleElements).toBe(2);
    expect(page.evidence).toBe('og:type');
  });
});

describe('blog post without metadata (article-blog.html)', () => {
  const page = examine(load('article-blog', 'https://blog.example.net/council-meeting'));

  it('dates it from the <time> in the article header', () => {
    expect(page.root.className).toBe('post');
    expect(page.dates.metas).toEqual([]);
    expect(page.dates.times).toEqual(['2023-11-14', '2023-11-14', '2023-11-14']);
    expect(page.publicationDate).toEqual({ date: '2023-11-14', from: 'time' });
  });

  it('is news, by an <article> with a date', () => {
    expect(page.signals.articleElements).toBe(1);
    expect(page.evidence).toBe('article-with-date');
  });

  it('would not be news without its date', () => {
    expect(newsEvidence({ ...page.signals, publicationDate: undefined })).toBeUndefined();
  });
});

describe('shop product page (not-news-shop.html)', () => {
  const page = examine(load('not-news-shop', 'https://shop.example.com/products/trail-runner-3'));

  it('reads its product metadata and structured data', () => {
    expect(page.root.tagName).toBe('MAIN');
    expect(page.dates.metas).toContainEqual(['og:type', 'product']);
    expect(page.dates.jsonLd).toHaveLength(1);
    expect(JSON.parse(page.dates.jsonLd[0]!)['@type']).toBe('Product');
    expect(page.signals.itemTypes).toEqual(['https://schema.org/Product']);
    expect(page.signals.articleElements).toBe(0);
  });

  // What happens today, not a goal: any <time> on the page can date it, here a customer review's.
  it("takes a review's <time> as the page date (review dates inside the Product JSON-LD are not read)", () => {
    expect(page.dates.times).toEqual(['2024-01-20', '2024-01-20']);
    expect(page.publicationDate).toEqual({ date: '2024-01-20', from: 'time' });
  });

  it('is not news', () => {
    expect(page.evidence).toBeUndefined();
  });
});

describe('search results page (not-news-search.html)', () => {
  const page = examine(load('not-news-search', 'https://search.example.com/search?q=geneva+ceasefire+talks'));

  it('has three <article> results but no date', () => {
    expect(page.root.tagName).toBe('MAIN');
    expect(page.signals.articleElements).toBe(3);
    expect(page.dates.times).toEqual([]);
    expect(page.publicationDate).toBeUndefined();
  });

  it('is not news', () => {
    expect(page.dates.metas).toContainEqual(['og:type', 'website']);
    expect(page.evidence).toBeUndefined();
  });
});

describe('documentation page (not-news-docs.html, Docusaurus-style "last updated")', () => {
  const page = examine(load('not-news-docs', 'https://docs.example.com/guides/configuration'));

  it('has one <article> and no article metadata', () => {
    expect(page.root.tagName).toBe('ARTICLE');
    expect(page.signals.articleElements).toBe(1);
    expect(page.dates.metas.map(([name]) => name)).toEqual(['og:title', 'og:url', 'docusaurus_version', 'docsearch:language']);
    expect(page.signals.itemTypes).toEqual([]);
  });

  // The "last updated" time (itemprop="dateModified") is not a publication date, so this
  // documentation page has no date and does not count as news.
  it('does not take the "last updated" time as a publication date', () => {
    expect(page.publicationDate).toBeUndefined();
  });

  it('is not news', () => {
    expect(page.evidence).toBeUndefined();
  });
});

// Detection reads metadata, structured data and <article> elements, never the page's words, so a
// German, Spanish or Italian page is recognised the same way as an English one ("Uhr",
// "Aktualisiert", "Actualizado", "Aggiornato" play no part).
describe('German, Spanish and Italian news pages (article-de, article-es, article-it)', () => {
  it('German page with only JSON-LD and a "date" meta: news by JSON-LD, dated from the meta', () => {
    const page = examine(load('article-de', 'https://nachrichten.example.de/ausland/syrien-gespraeche-100.html'));
    expect(page.root.querySelector('h1')?.textContent).toBe('Gespräche über Gefangenenlager im Nordosten Syriens');
    expect(page.root.textContent).not.toContain('Impressum');
    expect(page.publicationDate).toEqual({ date: '2026-12-06', from: 'meta' });
    expect(page.evidence).toBe('json-ld');
  });

  it('Spanish page with schema.org microdata only: news by microdata, dated from its datePublished <time>', () => {
    const page = examine(load('article-es', 'https://diario.example.es/internacional/onu-acceso-humanitario'));
    expect(page.dates.metas).toEqual([]);
    expect(page.signals.itemTypes).toEqual(['https://schema.org/NewsArticle']);
    expect(page.publicationDate).toEqual({ date: '2026-12-05', from: 'time' });
    expect(page.evidence).toBe('microdata');
  });

  it('Italian page whose og:type says "website": news by its <article> and the date in its address', () => {
    const page = examine(load('article-it', 'https://quotidiano.example.it/esteri/2026/12/04/siria-riapre-il-valico'));
    expect(page.dates.metas).toContainEqual(['og:type', 'website']);
    expect(page.publicationDate).toEqual({ date: '2026-12-04', from: 'url' });
    expect(page.evidence).toBe('article-with-date');
  });

  it('the same Italian page at an address without a date has no date and is not news (the words on the page are not read)', () => {
    const page = examine(load('article-it', 'https://quotidiano.example.it/esteri/siria-riapre-il-valico'));
    expect(page.publicationDate).toBeUndefined();
    expect(page.evidence).toBeUndefined();
  });
});
