/**
 * The study notebook's data: articles the user saved, what Backstory found in each, and the
 * user's own notes. Plain data, so it exports and re-imports exactly.
 */
import type { EntryKind } from '../packs/pack-schema';

export const NOTEBOOK_VERSION = 1;

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
  /** The sentence around the mention. */
  readonly quote: QuoteAnchor;
}

/** An entity found in a saved article (as the dataset named it when the article was saved). */
export interface SavedEntity {
  readonly id: string;
  readonly name: string;
  readonly kind: EntryKind;
}

export interface SavedArticle {
  /** The article's URL without its fragment: saving the same article again replaces it. */
  readonly id: string;
  readonly url: string;
  readonly title: string;
  /** Host name without a leading "www." (the outlet). */
  readonly site: string;
  /** The publication date the page states (YYYY-MM-DD), when it states one. */
  readonly publishedOn?: string;
  /** When the user saved it (ISO 8601 timestamp). */
  readonly savedAt: string;
  /** Entities in order of first appearance. */
  readonly entities: SavedEntity[];
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

export const EMPTY_NOTEBOOK: NotebookData = { articles: [], entityNotes: [] };
