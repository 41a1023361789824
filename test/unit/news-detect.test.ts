import { describe, expect, it } from 'vitest';
import { type NewsSignals, newsEvidence } from '../../lib/page/news-detect';

/** Signals of a page with nothing on it, plus what the test sets. */
const page = (signals: Partial<NewsSignals> = {}): NewsSignals => ({
  metas: [],
  jsonLd: [],
  itemTypes: [],
  articleElements: 0,
  publicationDate: undefined,
  ...signals,
});
const ld = (value: unknown): string => JSON.stringify(value);

describe('newsEvidence: JSON-LD', () => {
  it('finds a NewsArticle', () => {
    expect(newsEvidence(page({ jsonLd: [ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H' })] }))).toBe(
      'json-ld',
    );
  });

  it('finds other article types, whatever their case', () => {
    for (const type of ['Article', 'BlogPosting', 'ReportageNewsArticle', 'LiveBlogPosting', 'newsarticle']) {
      expect(newsEvidence(page({ jsonLd: [ld({ '@type': type })] })), type).toBe('json-ld');
    }
  });

  it('finds an article inside @graph (Yoast and similar)', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'The Daily Example' },
        { '@type': 'WebSite', url: 'https://news.example.com/' },
        { '@type': 'NewsArticle', headline: 'Talks resume' },
      ],
    };
    expect(newsEvidence(page({ jsonLd: [ld(graph)] }))).toBe('json-ld');
  });

  it('finds an article in an array @type, a top-level array, or under mainEntity', () => {
    expect(newsEvidence(page({ jsonLd: [ld({ '@type': ['WebPage', 'NewsArticle'] })] }))).toBe('json-ld');
    expect(newsEvidence(page({ jsonLd: [ld([{ '@type': 'BreadcrumbList' }, { '@type': 'Article' }])] }))).toBe('json-ld');
    expect(newsEvidence(page({ jsonLd: [ld({ '@type': 'WebPage', mainEntity: { '@type': 'BlogPosting' } })] }))).toBe('json-ld');
  });

  it('reads types written as schema.org URLs', () => {
    expect(newsEvidence(page({ jsonLd: [ld({ '@type': 'https://schema.org/NewsArticle' })] }))).toBe('json-ld');
    expect(newsEvidence(page({ jsonLd: [ld({ '@type': 'http://schema.org/Article' })] }))).toBe('json-ld');
  });

  it('ignores broken JSON-LD and goes on to the next block and the other signals', () => {
    expect(newsEvidence(page({ jsonLd: ['{"@type": "NewsArticle",'] }))).toBeUndefined();
    expect(newsEvidence(page({ jsonLd: ['{ broken', ld({ '@type': 'NewsArticle' })] }))).toBe('json-ld');
    expect(newsEvidence(page({ jsonLd: ['{ broken'], metas: [['og:type', 'article']] }))).toBe('og:type');
  });

  it('does not count types that are no article', () => {
    const product = { '@context': 'https://schema.org', '@type': 'Product', name: 'Shoe', review: { '@type': 'Review' } };
    expect(newsEvidence(page({ jsonLd: [ld(product)] }))).toBeUndefined();
    expect(newsEvidence(page({ jsonLd: [ld({ '@type': ['WebPage', 'FAQPage'] })] }))).toBeUndefined();
    // Only @type counts: an article named as a value elsewhere proves nothing.
    expect(newsEvidence(page({ jsonLd: [ld({ '@type': 'WebPage', name: 'NewsArticle', about: 'Article' })] }))).toBeUndefined();
    expect(newsEvidence(page({ jsonLd: ['null', '42', '"NewsArticle"', '[]'] }))).toBeUndefined();
  });

  it('stops at a depth limit rather than walking without end', () => {
    let deep: Record<string, unknown> = { '@type': 'NewsArticle' };
    for (let i = 0; i < 10; i++) deep = { '@type': 'WebPage', mainEntity: deep };
    expect(newsEvidence(page({ jsonLd: [ld(deep)] }))).toBeUndefined();
  });
});

describe('newsEvidence: other signals', () => {
  it('finds microdata article item types, full URLs or several in one attribute', () => {
    expect(newsEvidence(page({ itemTypes: ['https://schema.org/NewsArticle'] }))).toBe('microdata');
    expect(newsEvidence(page({ itemTypes: ['http://schema.org/WebPage', 'http://schema.org/Article'] }))).toBe('microdata');
    expect(newsEvidence(page({ itemTypes: ['https://schema.org/WebPage  https://schema.org/BlogPosting'] }))).toBe('microdata');
    expect(newsEvidence(page({ itemTypes: ['https://schema.org/Product', 'https://schema.org/Offer'] }))).toBeUndefined();
  });

  it('finds og:type article, whatever the case and surrounding space', () => {
    expect(newsEvidence(page({ metas: [['og:type', 'article']] }))).toBe('og:type');
    expect(newsEvidence(page({ metas: [['OG:TYPE', ' Article ']] }))).toBe('og:type');
    expect(newsEvidence(page({ metas: [['og:type', 'website']] }))).toBeUndefined();
    expect(newsEvidence(page({ metas: [['og:type', 'product']] }))).toBeUndefined();
    expect(newsEvidence(page({ metas: [['og:type', 'articles']] }))).toBeUndefined();
  });

  it('finds a published-time meta, whatever its case', () => {
    expect(newsEvidence(page({ metas: [['article:published_time', '2024-03-05T08:15:00Z']] }))).toBe('published-meta');
    expect(newsEvidence(page({ metas: [['datePublished', '2024-03-05']] }))).toBe('published-meta');
    expect(newsEvidence(page({ metas: [['parsely-pub-date', '2024-03-05']] }))).toBe('published-meta');
    // A modified time or a generic date is no evidence of an article.
    expect(newsEvidence(page({ metas: [['article:modified_time', '2024-03-05']] }))).toBeUndefined();
    expect(newsEvidence(page({ metas: [['date', '2024-03-05']] }))).toBeUndefined();
  });

  it('counts an <article> only together with a publication date', () => {
    const date = { date: '2024-03-05', from: 'time' } as const;
    expect(newsEvidence(page({ articleElements: 1, publicationDate: date }))).toBe('article-with-date');
    expect(newsEvidence(page({ articleElements: 3 }))).toBeUndefined();
    expect(newsEvidence(page({ publicationDate: date }))).toBeUndefined();
  });

  it('reports the strongest evidence first', () => {
    const all = page({
      jsonLd: [ld({ '@type': 'NewsArticle' })],
      itemTypes: ['https://schema.org/NewsArticle'],
      metas: [
        ['og:type', 'article'],
        ['article:published_time', '2024-03-05'],
      ],
      articleElements: 1,
      publicationDate: { date: '2024-03-05', from: 'meta' },
    });
    expect(newsEvidence(all)).toBe('json-ld');
    expect(newsEvidence({ ...all, jsonLd: [] })).toBe('microdata');
    expect(newsEvidence({ ...all, jsonLd: [], itemTypes: [] })).toBe('og:type');
    expect(newsEvidence({ ...all, jsonLd: [], itemTypes: [], metas: [['article:published_time', '2024-03-05']] })).toBe('published-meta');
    expect(newsEvidence({ ...all, jsonLd: [], itemTypes: [], metas: [] })).toBe('article-with-date');
  });

  it('finds nothing on a page with no signals, a website or a shop', () => {
    expect(newsEvidence(page())).toBeUndefined();
    expect(
      newsEvidence(
        page({
          metas: [
            ['og:type', 'website'],
            ['description', 'Breaking news and articles'],
          ],
          jsonLd: [ld({ '@type': 'WebSite', name: 'Example' })],
          itemTypes: ['https://schema.org/WebPage'],
        }),
      ),
    ).toBeUndefined();
    expect(
      newsEvidence(
        page({
          metas: [
            ['og:type', 'product'],
            ['product:price:amount', '129.00'],
          ],
          jsonLd: [ld({ '@type': 'Product', offers: { '@type': 'Offer' } })],
          itemTypes: ['https://schema.org/Product'],
        }),
      ),
    ).toBeUndefined();
  });
});
