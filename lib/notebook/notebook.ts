/**
 * The study notebook's data: articles the user saved, what Backstory found in each, and the
 * user's own notes. Plain data, so it exports and re-imports exactly.
 */
import type { EntryKind } from '../packs/pack-schema';

/**
 * Version 2 keeps each quoted sentence once per article (`passages`), mentions point at it by
 * index; it adds the outlet's name and each entity's designation status at save time. Version 1
 * (a quote inside every mention) is read through notebook-migrate.
 */
export const NOTEBOOK_VERSION = 2;

/**
 * Finds a passage again without relying on the page's markup (in the spirit of the W3C
 * TextQuoteSelector): the passage itself plus a little text on each side.
 */
export interface QuoteAnchor {
  /** The sentence, as the page wrote it (white space collapsed). */
  readonly exact: string;
  /** Up to 32 characters just before the sentence. */
  readonly prefix: string;
  /** Up to 32 characters just after the sentence. */
  readonly suffix: string;
}

/** One mention of an entity in a saved article. */
export interface SavedMention {
  readonly entityId: string;
  /** The name as this outlet wrote it ("HTS", "Hay'at Tahrir al-Sham"). */
  readonly text: string;
  /** The sentence around the mention: an index into the article's `passages`. */
  readonly passage: number;
}

/**
 * What the card said about an entity's designations when the article was saved, read with the
 * card's own rule: a past date's status comes from the dated events; on the day of saving, a
 * listing counts as in force only if its status was confirmed lately (confirmedFor).
 * Authorities are named as the dataset named them then, one name per designation record.
 */
export interface StatusAtSave {
  /** Designation records the card showed (authorities the user had hidden are left out). */
  readonly total: number;
  /** On the article's publication date, when the page stated one: who had it listed. */
  readonly onArticleDate?: { readonly date: string; readonly listedBy: string[] };
  /** On the day it was saved: confirmed listings, and listings nobody had confirmed lately. */
  readonly onSaveDay: { readonly date: string; readonly inForceWith: string[]; readonly unconfirmed: string[] };
}

/** An entity found in a saved article (as the dataset named it when the article was saved). */
export interface SavedEntity {
  readonly id: string;
  readonly name: string;
  readonly kind: EntryKind;
  /** Its designation status when saved; absent in articles saved before Backstory kept it. */
  readonly status?: StatusAtSave;
}

export interface SavedArticle {
  /** The article's URL without its fragment: saving the same article again replaces it. */
  readonly id: string;
  readonly url: string;
  readonly title: string;
  /** Host name without a leading "www.". */
  readonly site: string;
  /** The outlet's name as the page gives it (og:site_name, JSON-LD publisher), when it gives one. */
  readonly outlet?: string;
  /** The publication date the page states (YYYY-MM-DD), when it states one. */
  readonly publishedOn?: string;
  /** When the user saved it (ISO 8601 timestamp). */
  readonly savedAt: string;
  /** Entities in order of first appearance. */
  readonly entities: SavedEntity[];
  /** Each sentence that names an entity, once, in page order (several mentions may share one). */
  readonly passages: QuoteAnchor[];
  /** Every resolved mention, in page order. */
  readonly mentions: SavedMention[];
  /** The user's note on this article ("" when none). */
  readonly note: string;
}

/** The user's note on an entity. */
export interface EntityNote {
  readonly entityId: string;
  readonly text: string;
  readonly updatedAt: string;
}

export interface NotebookData {
  readonly articles: SavedArticle[];
  readonly entityNotes: EntityNote[];
}

/** The outlet's name to show: the name the page gave, else its host. */
export function outletOf(article: Pick<SavedArticle, 'site' | 'outlet'>): string {
  return article.outlet ?? article.site;
}

export const EMPTY_NOTEBOOK: NotebookData = { articles: [], entityNotes: [] };
