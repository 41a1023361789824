/**
 * Older shapes of a saved article, and the step that brings them to the current one. Articles
 * saved before notebook version 2 stay in IndexedDB as they were written and are upgraded when
 * read; notebook and data files of version 1 are upgraded when imported.
 */
import type { QuoteAnchor, SavedArticle, SavedEntity } from './notebook';

/** Version 1: every mention carried its own copy of the sentence around it; no outlet, no status. */
export interface SavedArticleV1 {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly site: string;
  readonly publishedOn?: string;
  readonly savedAt: string;
  readonly entities: Pick<SavedEntity, 'id' | 'name' | 'kind'>[];
  readonly mentions: { readonly entityId: string; readonly text: string; readonly quote: QuoteAnchor }[];
  readonly note: string;
}

/** What the articles store may hold: records written by any version since the notebook began. */
export type StoredArticle = SavedArticle | SavedArticleV1;

const isCurrent = (article: StoredArticle): article is SavedArticle => 'passages' in article;

/**
 * The article in the current shape. A version 1 article keeps every quote it had: identical quotes
 * (the same sentence, or the same paragraph, saved for several mentions) become one passage that
 * each of those mentions points at. Current articles are returned as they are.
 */
export function upgradeArticle(article: StoredArticle): SavedArticle {
  if (isCurrent(article)) return article;
  const passages: QuoteAnchor[] = [];
  const byKey = new Map<string, number>();
  const mentions = article.mentions.map(({ entityId, text, quote }) => {
    const key = JSON.stringify([quote.exact, quote.prefix, quote.suffix]);
    let passage = byKey.get(key);
    if (passage === undefined) {
      passage = passages.length;
      passages.push({ exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix });
      byKey.set(key, passage);
    }
    return { entityId, text, passage };
  });
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    site: article.site,
    ...(article.publishedOn === undefined ? {} : { publishedOn: article.publishedOn }),
    savedAt: article.savedAt,
    entities: article.entities.map(({ id, name, kind }) => ({ id, name, kind })),
    passages,
    mentions,
    note: article.note,
  };
}
