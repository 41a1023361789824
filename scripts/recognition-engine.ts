/**
 * The engine as the recognition scripts run it (`recognition:report`, `recognition:eval`): the
 * bundled packs (or BACKSTORY_PACKS), and a page read the way the content script reads it. Plain
 * text is matched as it is; HTML is read three ways (article body, article root, whole page).
 */
import { Window } from 'happy-dom';
import type { Mention } from '../lib/engine/disambiguate';
import type { IndexSet } from '../lib/engine/index-set';
import { findMentions } from '../lib/engine/scan-text';
import { openPacks } from '../lib/packs/dataset';
import { loadPacks } from '../lib/packs/node/load-packs';
import { collectText, findArticleRoot, nodeIndexAt, type TextSnapshot } from '../lib/page/collect';
import { readPage } from '../lib/page/page-scan';

const dataset = openPacks(loadPacks(process.env.BACKSTORY_PACKS ?? 'assets/packs'));
export const index: IndexSet = dataset.indexSet();

export interface Reading {
  /** The article body, as marked by default. */
  readonly article: string;
  /** Marks of the article root that the article body leaves out, with their context. */
  readonly dropped: { readonly mention: Mention; readonly text: string }[];
  /** Marks on the article root alone (what Backstory marked before page furniture was left out). */
  readonly root: number;
  /** Marks on the whole page. */
  readonly wholePage: number;
}

const nodeOf = (snapshot: TextSnapshot, offset: number) => snapshot.nodes[nodeIndexAt(snapshot, offset)];

/** The page read three ways: article body, article root (to see what was dropped), whole page. */
export function readSource(source: string): Reading {
  if (!/<[a-z!]/i.test(source)) {
    const marks = findMentions(source, index).length;
    return { article: source, dropped: [], root: marks, wholePage: marks };
  }
  const window = new Window();
  try {
    window.document.write(source);
    const doc = window.document as unknown as Document;
    const article = readPage(doc);
    const kept = new Set(article.nodes);
    const root = collectText(findArticleRoot(doc));
    const rootMarks = findMentions(root.text, index);
    const dropped = rootMarks.filter((mention) => !kept.has(nodeOf(root, mention.start)!)).map((mention) => ({ mention, text: root.text }));
    const wholePage = findMentions(readPage(doc, undefined, undefined, 'page').text, index).length;
    return { article: article.text, dropped, root: rootMarks.length, wholePage };
  } finally {
    window.close();
  }
}

/**
 * The article text of a page (or the text itself) and the marks Backstory makes on it by default;
 * `on`, the article's date (YYYY-MM-DD), settles ties as the extension does.
 */
export function articleMarks(source: string, on?: string): { readonly article: string; readonly mentions: Mention[] } {
  const { article } = readSource(source);
  // As the extension does with the page's date: an organisation that did not exist then is not meant.
  return { article, mentions: findMentions(article, index, on === undefined ? undefined : dataset.dating(index, on)) };
}

/** The entry id of a resolved mark, or the candidates' ids of an ambiguous one. */
export const markIds = (mention: Mention): string[] =>
  mention.entry === undefined ? mention.candidates.map((c) => index.entry(c).id) : [index.entry(mention.entry).id];
