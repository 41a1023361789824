/**
 * Read-only views of the notebook: what is known about each entity across saved articles, and
 * search. Pure functions of NotebookData, so the notebook page, exports and tests share them.
 */

import type { EntryKind } from '../packs/pack-schema';
import { type NotebookData, outletOf, type QuoteAnchor, type SavedArticle, type SavedEntity } from './notebook';

/** One way an outlet wrote an entity's name, and how often. */
export interface NameUse {
  readonly text: string;
  readonly count: number;
}

/** The names one outlet used for an entity. */
export interface OutletNames {
  /** The outlet's name (the host when the page gave none). */
  readonly outlet: string;
  /** Most used first, then alphabetical. */
  readonly names: NameUse[];
}

/** Everything the notebook knows about one entity. */
export interface EntityDigest {
  readonly id: string;
  /** As the dataset named it in the most recently saved article that mentions it. */
  readonly name: string;
  readonly kind: EntryKind;
  /** Ids of the saved articles it appears in, in notebook order. */
  readonly articleIds: string[];
  readonly mentionCount: number;
  /** Outlets in alphabetical order. */
  readonly outlets: OutletNames[];
  /** Earliest and latest article date (YYYY-MM-DD): the stated publication date, else the day it was saved. */
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** The user's note on the entity, when there is one. */
  readonly note?: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/** Collation first, then code units, so the order never depends on ties. */
const compareText = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** The day an article stands for: when it says it was published, else when it was saved. */
export function articleDay(article: SavedArticle): string {
  return article.publishedOn ?? article.savedAt.slice(0, 10);
}

interface Tally {
  id: string;
  name: string;
  kind: EntryKind;
  nameSavedAt: string;
  articleIds: string[];
  mentionCount: number;
  names: Map<string, Map<string, number>>;
  firstSeen: string;
  lastSeen: string;
}

function tallyArticle(tallies: Map<string, Tally>, article: SavedArticle): void {
  const day = articleDay(article);
  for (const entity of article.entities) {
    let tally = tallies.get(entity.id);
    if (tally === undefined) {
      tally = { ...entity, nameSavedAt: article.savedAt, articleIds: [], mentionCount: 0, names: new Map(), firstSeen: day, lastSeen: day };
      tallies.set(entity.id, tally);
    }
    // The dataset may rename an entity between saves: the latest save has the current name.
    if (article.savedAt > tally.nameSavedAt) Object.assign(tally, { name: entity.name, kind: entity.kind, nameSavedAt: article.savedAt });
    if (!tally.articleIds.includes(article.id)) tally.articleIds.push(article.id);
    if (day < tally.firstSeen) tally.firstSeen = day;
    if (day > tally.lastSeen) tally.lastSeen = day;
  }
  for (const mention of article.mentions) {
    const tally = tallies.get(mention.entityId);
    if (tally === undefined) continue;
    tally.mentionCount++;
    const outlet = outletOf(article);
    const names = tally.names.get(outlet) ?? new Map<string, number>();
    names.set(mention.text, (names.get(mention.text) ?? 0) + 1);
    tally.names.set(outlet, names);
  }
}

function outletsOf(names: Map<string, Map<string, number>>): OutletNames[] {
  return [...names]
    .map(([outlet, counts]) => ({
      outlet,
      names: [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || compareText(a.text, b.text)),
    }))
    .sort((a, b) => compareText(a.outlet, b.outlet));
}

/**
 * One digest per entity found in any saved article, most widely seen first, then by name.
 * Notes on entities that no saved article mentions any more are not listed (there is no name to show).
 */
export function entityDigest(data: NotebookData): EntityDigest[] {
  const tallies = new Map<string, Tally>();
  for (const article of data.articles) tallyArticle(tallies, article);
  const notes = new Map(data.entityNotes.map((note) => [note.entityId, note.text]));
  return [...tallies.values()]
    .map((t): EntityDigest => {
      const note = notes.get(t.id);
      const digest: EntityDigest = {
        id: t.id,
        name: t.name,
        kind: t.kind,
        articleIds: t.articleIds,
        mentionCount: t.mentionCount,
        outlets: outletsOf(t.names),
        firstSeen: t.firstSeen,
        lastSeen: t.lastSeen,
      };
      return note ? { ...digest, note } : digest;
    })
    .sort((a, b) => b.articleIds.length - a.articleIds.length || compareText(a.name, b.name) || compareText(a.id, b.id));
}

/** One quoted passage of an article with what it names. */
export interface PassageView {
  /** Its number in the article, from 1 (as exports and the notebook show it). */
  readonly number: number;
  readonly quote: QuoteAnchor;
  /** The entities it names, in the order the passage names them, each with the names written. */
  readonly entities: { readonly entity: SavedEntity; readonly names: string[] }[];
}

/** Each passage of an article once, in page order, with every entity it names. */
export function articlePassages(article: SavedArticle): PassageView[] {
  const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
  const named = article.passages.map(() => new Map<string, string[]>());
  for (const mention of article.mentions) {
    const inPassage = named[mention.passage];
    if (inPassage === undefined || !entities.has(mention.entityId)) continue;
    const names = inPassage.get(mention.entityId) ?? [];
    if (!names.includes(mention.text)) names.push(mention.text);
    inPassage.set(mention.entityId, names);
  }
  return article.passages.map((quote, i) => ({
    number: i + 1,
    quote,
    entities: [...named[i]!].map(([id, names]) => ({ entity: entities.get(id)!, names })),
  }));
}

/** The numbers (from 1) of the passages that name an entity, in order. */
export function passageNumbers(article: SavedArticle, entityId: string): number[] {
  const numbers = new Set<number>();
  for (const mention of article.mentions) if (mention.entityId === entityId) numbers.add(mention.passage + 1);
  return [...numbers].sort((a, b) => a - b);
}

/** Case- and accent-blind form for searching: "Hayʼat Taḥrīr" and "hayʼat tahrir" fold alike. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export interface NotebookSearchResult {
  /** Matching article ids, in notebook order. */
  readonly articles: string[];
  /** Matching entity ids, in order of first appearance in the notebook. */
  readonly entities: string[];
}

/** Every word occurs somewhere in the haystack (fields are joined by "\n", so no word spans two). */
const hasEvery = (haystack: string, words: readonly string[]): boolean => words.every((word) => haystack.includes(word));

/** The searchable text of an article: its own fields, its quotes, and the names of what it mentions. */
function articleHaystack(article: SavedArticle): string {
  return foldForSearch(
    [
      article.title,
      article.site,
      article.outlet ?? '',
      article.url,
      article.note,
      ...article.mentions.map((m) => m.text),
      ...article.passages.map((p) => p.exact),
      ...article.entities.map((e) => e.name),
    ].join('\n'),
  );
}

/** The searchable text of each entity: every name it was saved under, every name outlets used, its note. */
function entityHaystacks(data: NotebookData): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  const add = (id: string, text: string) => {
    const list = parts.get(id);
    if (list) list.push(text);
  };
  for (const article of data.articles) {
    for (const entity of article.entities) {
      if (!parts.has(entity.id)) parts.set(entity.id, []);
      add(entity.id, entity.name);
    }
    for (const mention of article.mentions) add(mention.entityId, mention.text);
  }
  for (const note of data.entityNotes) add(note.entityId, note.text);
  return parts;
}

/**
 * Articles and entities matching every word of the query, ignoring case and accents.
 * An empty query matches everything. Entities are those found in saved articles, as in entityDigest.
 */
export function searchNotebook(data: NotebookData, query: string): NotebookSearchResult {
  const words = foldForSearch(query).split(/\s+/u).filter(Boolean);
  const articles = data.articles.filter((article) => hasEvery(articleHaystack(article), words)).map((article) => article.id);
  const entities = [...entityHaystacks(data)].filter(([, parts]) => hasEvery(foldForSearch(parts.join('\n')), words)).map(([id]) => id);
  return { articles, entities };
}
