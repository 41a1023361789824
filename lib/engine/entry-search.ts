/**
 * Search over a pack's entries for the settings page's glossary browser. DOM-free.
 *
 * Text is folded exactly as page text is for matching (lib/normalize.ts: case, diacritics,
 * apostrophes, dashes, Arabic letter variants), so "hayat tahrir al-sham" finds "Hay’at Taḥrīr
 * al-Shām" and "بشار الاسد" finds "بشار الأسد". Every word of the query must be found
 * (AND): in a name (any part of it) or at the start of a word of the summary or background.
 */

import type { EntryKind, SearchableEntry } from './entry-shape';
import { normalizeKey, wordsOf } from './normalize';

/** How well an entry matched, best (lowest) first. */
const Rank = {
  /** A name or alias is the query. */
  Exact: 0,
  /** A name or alias starts with the query. */
  Prefix: 1,
  /** One name or alias has a word starting with each word of the query ("sham" in "Bilad al-Sham"). */
  NameWords: 2,
  /** One name or alias contains each word of the query, inside a word ("hts" in "Golan Heights"). */
  NameContains: 3,
  /** The query's words are found only across names and text. */
  Text: 4,
} as const;
type Rank = (typeof Rank)[keyof typeof Rank];

interface Prepared {
  /** Every name the entry goes by, folded, words joined by single spaces; no duplicates. */
  readonly names: readonly string[];
  /** The words of each of those names. */
  readonly nameWords: readonly (readonly string[])[];
  /** The folded words of the summary and background. */
  readonly textWords: readonly string[];
}

const prepared = new WeakMap<SearchableEntry, Prepared>();

/** Folded words joined by single spaces: "S/RES/2254 (2015)" → "s res 2254 2015". */
function key(text: string): string {
  return wordsOf(normalizeKey(text)).join(' ');
}

function prepare(entry: SearchableEntry): Prepared {
  let found = prepared.get(entry);
  if (!found) {
    const names = new Set<string>();
    for (const text of [entry.name, ...entry.names.map((name) => name.text)]) {
      const folded = key(text);
      if (folded) names.add(folded);
    }
    const textWords = new Set<string>();
    for (const text of [entry.summary, entry.background ?? '']) for (const word of wordsOf(normalizeKey(text))) textWords.add(word);
    found = { names: [...names], nameWords: [...names].map((name) => name.split(' ')), textWords: [...textWords] };
    prepared.set(entry, found);
  }
  return found;
}

/** The rank of an entry for a folded query (its words, and those words joined), or undefined when it does not match. */
function rankOf(entry: SearchableEntry, words: readonly string[], phrase: string): Rank | undefined {
  const { names, nameWords, textWords } = prepare(entry);
  let best: Rank | undefined;
  for (const [i, name] of names.entries()) {
    let rank: Rank | undefined;
    if (name === phrase) rank = Rank.Exact;
    else if (name.startsWith(phrase)) rank = Rank.Prefix;
    else if (words.every((word) => nameWords[i]!.some((nameWord) => nameWord.startsWith(word)))) rank = Rank.NameWords;
    else if (name.includes(phrase) || words.every((word) => name.includes(word))) rank = Rank.NameContains;
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
    if (best === Rank.Exact) return best;
  }
  if (best !== undefined) return best;
  const everywhere = words.every(
    (word) => names.some((name) => name.includes(word)) || textWords.some((textWord) => textWord.startsWith(word)),
  );
  return everywhere ? Rank.Text : undefined;
}

const byName = (a: SearchableEntry, b: SearchableEntry) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The words of a query as searchEntries folds them; empty when the query has nothing to search for. */
export function queryWords(query: string): string[] {
  return wordsOf(normalizeKey(query));
}

/**
 * The entries matching a query, best first: a name or alias that is the query, then one that
 * starts with it, then one with words starting with the query's words, then one that contains them
 * inside a word, then matches found only across names and the entry's text; ties by name. An empty query gives every entry (of the kind, when one is given) sorted by name.
 */
export function searchEntries<E extends SearchableEntry>(entries: readonly E[], query: string, kind?: EntryKind): E[] {
  const candidates = kind ? entries.filter((entry) => entry.kind === kind) : [...entries];
  const words = queryWords(query);
  if (words.length === 0) return candidates.sort(byName);
  const phrase = words.join(' ');
  const ranked: Array<{ entry: E; rank: Rank }> = [];
  for (const entry of candidates) {
    const rank = rankOf(entry, words, phrase);
    if (rank !== undefined) ranked.push({ entry, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || byName(a.entry, b.entry));
  return ranked.map(({ entry }) => entry);
}
