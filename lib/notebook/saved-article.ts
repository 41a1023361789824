/** Turns what Backstory found on a page into a notebook article. DOM-free. */
import type { IndexedEntry } from '../engine/alias-index';
import type { Mention } from '../engine/disambiguate';
import type { SavedArticle, SavedEntity, SavedMention } from './notebook';
import { quoteAround } from './quote-anchor';

export interface PageFindings {
  readonly url: string;
  readonly title: string;
  readonly site: string;
  readonly publishedOn: string | undefined;
  /** The collected article text the mentions' offsets refer to. */
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly entries: ReadonlyMap<number, IndexedEntry>;
  /** Entry ids the user hid on this site: left out of the notebook too. */
  readonly hidden: readonly string[];
}

/** The article's identity: its URL without the fragment (the same story saved twice replaces itself). */
export function articleId(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export function savedArticle(page: PageFindings, now: Date): SavedArticle {
  const entities: SavedEntity[] = [];
  const mentions: SavedMention[] = [];
  const seen = new Set<string>();
  for (const mention of page.mentions) {
    // Ambiguous mentions are left out: the notebook records only what the page made clear.
    const entry = mention.entry === undefined ? undefined : page.entries.get(mention.entry);
    if (!entry || page.hidden.includes(entry.id)) continue;
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      entities.push({ id: entry.id, name: entry.name, kind: entry.kind });
    }
    mentions.push({ entityId: entry.id, text: mention.text, quote: quoteAround(page.text, mention.start, mention.end) });
  }
  return {
    id: articleId(page.url),
    url: articleId(page.url),
    title: page.title.trim() || page.url,
    site: page.site,
    ...(page.publishedOn ? { publishedOn: page.publishedOn } : {}),
    savedAt: now.toISOString(),
    entities,
    mentions,
    note: '',
  };
}
