/**
 * The page side of `npm run article:compare`: Backstory's article-body detection and Mozilla's
 * Readability, each timed as the first call on a freshly loaded page, each returning the text it
 * takes as the article. Bundled into one IIFE (global `ArticleBodyBench`).
 */
import { Readability } from '@mozilla/readability';
import { collectText, findArticleRoot } from '../../lib/page/collect';
import { readPage } from '../../lib/page/page-scan';

export interface BodyTiming {
  readonly ms: number;
  readonly text: string;
}

/** Backstory's article body: the article root found, furniture left out, text collected. */
export function backstory(): BodyTiming {
  const start = performance.now();
  const snapshot = readPage(document);
  const ms = performance.now() - start;
  return { ms, text: snapshot.text };
}

/** What Backstory read before the article body existed: the article root, whole. */
export function articleRoot(): BodyTiming {
  const start = performance.now();
  const snapshot = collectText(findArticleRoot(document));
  const ms = performance.now() - start;
  return { ms, text: snapshot.text };
}

/** Readability as its README says to use it in a page: on a clone, since it rewrites the document it is given. */
export function readability(): BodyTiming {
  const start = performance.now();
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const ms = performance.now() - start;
  return { ms, text: article?.textContent ?? '' };
}
