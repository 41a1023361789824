/**
 * Every message between the extension's parts, defined once. Senders and handlers are both
 * checked against this map, so a renamed or reshaped message fails to compile on both sides.
 */
import type { DossierRequest } from './dossier-request';
import type { IndexedEntry } from './engine/alias-index';
import type { Mention } from './engine/disambiguate';
import type { SavedArticle } from './notebook/notebook';
import type { DatasetDescription, PackSummary } from './packs/dataset';
import type { Designation, Entry } from './packs/pack-schema';
import type { PackProblem } from './packs/pack-validate';
import type { SiteVerdict } from './settings/sites';

export interface EntryDetails {
  readonly entry: Entry;
  readonly pack: { readonly id: string; readonly title: string };
  /** Related entries' display names, by id. */
  readonly relatedNames: Record<string, string>;
}

/** What the background found in a page's text. */
export interface FoundMentions {
  readonly mentions: Mention[];
  /** The entries those mentions refer to (resolved or candidate), by entry index. */
  readonly entries: Record<number, IndexedEntry>;
}

/** The most entries one entryDesignations request may name (a page holds far fewer). */
export const MAX_DESIGNATION_IDS = 2_000;

/** The most text one findMentions request may carry (the content script stops collecting well before). */
export const MAX_SCAN_CHARS = 4_200_000;

/** Messages the content script (or a page of the extension) sends to the background. */
export interface BackgroundMessages {
  /**
   * Matching runs where the index lives: the page sends its article text (it never leaves the
   * browser) and gets the mentions back, so a page's cost does not grow with the dataset.
   */
  /** `on`: the article's date (YYYY-MM-DD), which settles a tie between an organisation and its successor. */
  findMentions: { params: { text: string; on?: string }; result: FoundMentions };
  /** Imports a pack file (its text): all of it valid, or nothing changes. */
  importPack: {
    params: { fileName: string; text: string };
    result: { ok: true; pack: PackSummary } | { ok: false; problems: PackProblem[] };
  };
  /**
   * Fetches a pack from a URL (its host permission already granted by the user) and imports it.
   * With expectId (an update), the file must still be that pack.
   */
  importPackFromUrl: {
    params: { url: string; expectId?: string };
    result: { ok: true; pack: PackSummary } | { ok: false; problems: PackProblem[] };
  };
  /** Removes an imported pack; bundled packs can only be switched off. */
  removePack: { params: { id: string }; result: boolean };
  /** The bundled packs and the authorities in them, for the settings page. */
  describeDataset: { params: Record<string, never>; result: DatasetDescription };
  getEntry: { params: { id: string }; result: EntryDetails | undefined };
  /**
   * The designations of several entries at once, by id (ids not in the data are left out): the
   * popup marks which of a page's entities are listed today without reading each whole entry.
   */
  entryDesignations: { params: { ids: string[] }; result: Record<string, Designation[]> };
  /** "Look up in Backstory": the entries whose names come closest to text the reader selected (lib/engine/lookup). */
  lookUp: { params: { text: string }; result: IndexedEntry[] };
  /** Every entry of one pack, for the glossary in settings. */
  listEntries: { params: { packId: string }; result: Entry[] };
  /**
   * Opens an entry's full record beside the article: in the side panel where the browser lets the
   * click that asked open it (Chromium), else in a tab next to the article.
   */
  openDossier: { params: DossierRequest; result: 'panel' | 'tab' };
  /** Opens one of the extension's pages in a tab (content scripts can't open them themselves). */
  openPage: { params: { page: 'notebook' | 'options' }; result: boolean };
  /** Stores an article in the notebook (content scripts can't reach the extension's database). */
  saveArticle: { params: { article: SavedArticle }; result: SavedArticle };
}

export interface PageEntity {
  readonly id: string;
  readonly name: string;
  readonly kind: IndexedEntry['kind'];
  readonly mentions: number;
}

export interface PageSummary {
  /** The page's site (host name), undefined on pages that are not http(s). */
  readonly site: string | undefined;
  /** Whether Backstory runs here and why (mode, allow and block lists). */
  readonly verdict: SiteVerdict | undefined;
  readonly entities: PageEntity[];
  /** Mentions whose meaning the page leaves open. */
  readonly ambiguous: number;
  readonly articleDate: string | undefined;
}

/** Messages the background or the popup sends to a tab's content script. */
export interface TabMessages {
  navigateTerm: { params: { direction: 1 | -1 }; result: boolean };
  /**
   * Looks up the reader's selection and shows what was found in the card: the text the context
   * menu passed, or (from the keyboard command) the page's current selection.
   */
  lookUpSelection: { params: { text?: string }; result: boolean };
  /** What the page holds, for the popup: each entity once, with its mention count. */
  pageSummary: { params: Record<string, never>; result: PageSummary };
  /** Scroll to an entity's first mention and open its card. */
  revealEntity: { params: { id: string }; result: boolean };
  /** Saves the page and what Backstory found on it to the notebook. */
  saveArticle: { params: Record<string, never>; result: { ok: true; article: SavedArticle } | { ok: false; reason: string } };
  /** The background's notice that the dataset changed (a pack imported, removed, switched on or off): scan again. */
  datasetChanged: { params: DatasetChange; result: boolean };
}

/** Why the dataset changed; the background sends one notice per change to every open tab. */
export type DatasetChange =
  | { readonly reason: 'imported' | 'removed'; readonly packId: string }
  | { readonly reason: 'switched'; readonly disabledPacks: readonly string[] };

/** A map of message names to their parameter and result types. */
export type MessageMap<M> = { [K in keyof M]: { params: unknown; result: unknown } };

export interface Envelope<M extends MessageMap<M>, K extends keyof M = keyof M> {
  readonly backstory: K;
  readonly params: M[K]['params'];
}

export type Handlers<M extends MessageMap<M>, Context> = {
  [K in keyof M]: (params: M[K]['params'], context: Context) => M[K]['result'] | Promise<M[K]['result']>;
};

export function envelope<M extends MessageMap<M>, K extends keyof M & string>(name: K, params: M[K]['params']): Envelope<M, K> {
  return { backstory: name, params };
}

/** Is this a Backstory message naming a handler we have? Anything else is ignored, never trusted. */
export function isEnvelope<M extends MessageMap<M>, Context>(message: unknown, handlers: Handlers<M, Context>): message is Envelope<M> {
  if (message === null || typeof message !== 'object') return false;
  const name = (message as { backstory?: unknown }).backstory;
  return typeof name === 'string' && Object.hasOwn(handlers, name);
}

/** Runs the handler a message names; undefined when the message is not ours. */
export function dispatch<M extends MessageMap<M>, Context>(
  handlers: Handlers<M, Context>,
  message: unknown,
  context: Context,
): Promise<unknown> | undefined {
  if (!isEnvelope<M, Context>(message, handlers)) return undefined;
  const name = message.backstory;
  return Promise.resolve(handlers[name](message.params, context));
}
