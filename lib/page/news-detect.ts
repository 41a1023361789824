/**
 * Does a page look like a news article? Backstory's default is to run only there, so a shop, a
 * web mail or a search page is left alone. DOM-free: the content script gathers the signals.
 */
import type { DateSignals, PublicationDate } from './pubdate';

export interface NewsSignals extends Pick<DateSignals, 'metas' | 'jsonLd'> {
  /** itemtype attributes of microdata items on the page. */
  readonly itemTypes: readonly string[];
  /** Number of <article> elements. */
  readonly articleElements: number;
  /** The publication date found, if any (from lib/pubdate). */
  readonly publicationDate: PublicationDate | undefined;
}

export type NewsEvidence = 'json-ld' | 'microdata' | 'og:type' | 'published-meta' | 'article-with-date';

// schema.org's CreativeWork types that news and magazine pages use for their stories.
const ARTICLE_TYPES = new Set(
  [
    'Article',
    'NewsArticle',
    'AnalysisNewsArticle',
    'AskPublicNewsArticle',
    'BackgroundNewsArticle',
    'OpinionNewsArticle',
    'ReportageNewsArticle',
    'ReviewNewsArticle',
    'BlogPosting',
    'LiveBlogPosting',
    'Report',
    'ScholarlyArticle',
    'SatiricalArticle',
  ].map((type) => type.toLowerCase()),
);

const PUBLISHED_METAS = new Set([
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  // Chinese news CMSs: two corpus pages (gmw, youth) carry nothing else.
  'publishdate',
  'parsely-pub-date',
  'sailthru.date',
]);

function typeName(value: string): string {
  // "https://schema.org/NewsArticle" and "NewsArticle" name the same type.
  return (value.split(/[/#]/).pop() ?? '').toLowerCase();
}

function jsonLdHasArticle(texts: readonly string[]): boolean {
  const visit = (node: unknown, depth: number): boolean => {
    if (depth > 6 || node === null || typeof node !== 'object') return false;
    if (Array.isArray(node)) return node.some((item) => visit(item, depth + 1));
    const record = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(record['@type'] ?? []);
    if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(typeName(type)))) return true;
    return ['@graph', 'mainEntity', 'mainEntityOfPage'].some((key) => visit(record[key], depth + 1));
  };
  return texts.some((text) => {
    try {
      return visit(JSON.parse(text), 0);
    } catch {
      return false; // broken JSON-LD is common; other signals remain
    }
  });
}

/** The strongest evidence that the page is an article, or undefined when there is none. */
export function newsEvidence(signals: NewsSignals): NewsEvidence | undefined {
  if (jsonLdHasArticle(signals.jsonLd)) return 'json-ld';
  if (signals.itemTypes.some((type) => type.split(/\s+/).some((one) => ARTICLE_TYPES.has(typeName(one))))) return 'microdata';
  if (signals.metas.some(([name, content]) => name.toLowerCase() === 'og:type' && content.trim().toLowerCase() === 'article')) {
    return 'og:type';
  }
  if (signals.metas.some(([name]) => PUBLISHED_METAS.has(name.toLowerCase()))) return 'published-meta';
  if (signals.articleElements > 0 && signals.publicationDate) return 'article-with-date';
  return undefined;
}
