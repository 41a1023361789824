/** Turns what Backstory found on a page into a notebook article. DOM-free. */
import type { IndexedEntry } from '../engine/alias-index';
import type { Mention } from '../engine/disambiguate';
import type { QuoteAnchor, SavedArticle, SavedEntity, SavedMention, StatusAtSave } from './notebook';
import { quoteAround } from './quote-anchor';

export interface PageFindings {
  readonly url: string;
  readonly title: string;
  readonly site: string;
  /** The outlet's name as the page states it (og:site_name, JSON-LD publisher…), if it does. */
  readonly outlet?: string | undefined;
  readonly publishedOn: string | undefined;
  /** The collected article text the mentions' offsets refer to. */
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly entries: ReadonlyMap<number, IndexedEntry>;
  /** Entry ids the user hid on this site: left out of the notebook too. */
  readonly hidden: readonly string[];
  /** Each entity's designation status at save time, by entry id (read by the caller from the full records). */
  readonly statuses?: ReadonlyMap<string, StatusAtSave>;
}

/** The article's identity: its URL without the fragment (the same story saved twice replaces itself). */
export function articleId(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The resolved, visible mentions of a page: ambiguous ones and hidden entries left out. */
function savedMentions(page: PageFindings): { entry: IndexedEntry; mention: Mention }[] {
  const kept: { entry: IndexedEntry; mention: Mention }[] = [];
  for (const mention of page.mentions) {
    // Ambiguous mentions are left out: the notebook records only what the page made clear.
    const entry = mention.entry === undefined ? undefined : page.entries.get(mention.entry);
    if (entry && !page.hidden.includes(entry.id)) kept.push({ entry, mention });
  }
  return kept;
}

/**
 * The notebook's record of a page. Each mention's sentence is kept once: mentions in the same
 * sentence (several entities, or one named twice) point at the same passage.
 */
export function savedArticle(page: PageFindings, now: Date): SavedArticle {
  const entities: SavedEntity[] = [];
  const passages: QuoteAnchor[] = [];
  const mentions: SavedMention[] = [];
  const seen = new Set<string>();
  const passageIndex = new Map<string, number>();
  for (const { entry, mention } of savedMentions(page)) {
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      const status = page.statuses?.get(entry.id);
      entities.push({ id: entry.id, name: entry.name, kind: entry.kind, ...(status ? { status } : {}) });
    }
    const quote = quoteAround(page.text, mention.start, mention.end);
    const key = JSON.stringify([quote.exact, quote.prefix, quote.suffix]);
    let passage = passageIndex.get(key);
    if (passage === undefined) {
      passage = passages.length;
      passages.push(quote);
      passageIndex.set(key, passage);
    }
    mentions.push({ entityId: entry.id, text: mention.text, passage });
  }
  const outlet = page.outlet?.trim();
  return {
    id: articleId(page.url),
    url: articleId(page.url),
    title: page.title.trim() || page.url,
    site: page.site,
    ...(outlet ? { outlet } : {}),
    ...(page.publishedOn ? { publishedOn: page.publishedOn } : {}),
    savedAt: now.toISOString(),
    entities,
    passages,
    mentions,
    note: '',
  };
}
