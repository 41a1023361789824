/**
 * The alias index: every name of every entry, folded, in one flat map keyed by the folded text
 * of each word-prefix ("united", "united nations", "united nations security"…). Matching walks it
 * one word at a time, so its cost depends on the page, not on how many aliases there are.

 * It is compiled once (at build time for bundled packs, at import for a user's) into a serialised
 * form that the background rebuilds without recomputing anything.
 */

import type { EntryKind, MatchableEntry, MatchableName } from './entry-shape';
import { isWordCode, normalizeKey } from './normalize';

export const ALIAS_WEAK = 1;
export const ALIAS_CASE_SENSITIVE = 2;

/** Entry facts a page needs before any card is opened. */
export interface IndexedEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: EntryKind;
}

/** One name of one entry as found in the index. */
export interface AliasTarget {
  readonly entry: number;
  readonly flags: number;
  /** The name as written, for case-sensitive comparison and for reporting which name a page used. */
  readonly text: string;
}

export interface KeyInfo {
  /** Some longer key starts with this one followed by a separator. */
  prefix?: true;
  aliases?: AliasTarget[];
  /** Entries for which this key is a context cue word. */
  cues?: number[];
}

export interface AliasIndex {
  readonly entries: readonly IndexedEntry[];
  readonly keys: Map<string, KeyInfo>;
  /** The longest run of separator characters inside any key; bounds the matcher's look-ahead. */
  readonly maxGap: number;
  /** strongKeys[entry]: the folded strong names of each entry (for acronym-definition evidence). */
  readonly strongKeys: string[][];
}

/**
 * The index in its compiled form: everything precomputed at build time, so that loading it
 * is one JSON parse and one Map construction.
 */
export interface SerializedIndex {
  readonly entries: IndexedEntry[];
  readonly keys: Array<[string, KeyInfo]>;
  readonly maxGap: number;
  readonly strongKeys: string[][];
}

/**
 * A name is weak when it is an acronym, marked weak, or one or two letters: such names annotate
 * only with evidence. Acronyms and all-capital short names are case-sensitive, so "US" is not "us".
 */
function aliasFlags(name: MatchableName): number {
  const letters = name.text.replace(/[^\p{L}\p{N}]/gu, '');
  const weak = name.kind === 'acronym' || name.kind === 'weakAlias' || letters.length <= 2;
  const looksLikeAcronym = letters.length <= 6 && /\p{Lu}/u.test(letters) && letters === letters.toUpperCase();
  const caseSensitive = name.caseSensitive ?? (name.kind === 'acronym' || looksLikeAcronym);
  return (weak ? ALIAS_WEAK : 0) | (caseSensitive ? ALIAS_CASE_SENSITIVE : 0);
}

function infoFor(keys: Map<string, KeyInfo>, key: string): KeyInfo {
  let info = keys.get(key);
  if (info === undefined) {
    info = {};
    keys.set(key, info);
  }
  return info;
}

/** Marks every word-prefix of `key` as a prefix; returns the longest separator run seen. */
function addPrefixes(keys: Map<string, KeyInfo>, key: string): number {
  let maxGap = 0;
  let i = 0;
  const length = key.length;
  while (i < length) {
    while (i < length && isWordCode(key.charCodeAt(i))) i++;
    if (i >= length) break;
    infoFor(keys, key.slice(0, i)).prefix = true;
    const gapStart = i;
    while (i < length && !isWordCode(key.charCodeAt(i))) i++;
    maxGap = Math.max(maxGap, i - gapStart);
  }
  return maxGap;
}

/** Compiles entries into the serialised index (build time, or when a user pack is imported). Names that fold to nothing are skipped. */
export function serializeIndex(entries: readonly MatchableEntry[]): SerializedIndex {
  const indexed: IndexedEntry[] = [];
  const keys = new Map<string, KeyInfo>();
  const strongKeys: string[][] = [];
  let maxGap = 1;
  entries.forEach((entry, entryIndex) => {
    indexed.push({ id: entry.id, name: entry.name, kind: entry.kind });
    const strong: string[] = [];
    const seen = new Set<string>();
    for (const name of entry.names) {
      const key = normalizeKey(name.text);
      const flags = aliasFlags(name);
      const dedupe = `${key}\u0000${flags}\u0000${name.text}`;
      if (key === '' || seen.has(dedupe)) continue;
      seen.add(dedupe);
      if ((flags & ALIAS_WEAK) === 0) strong.push(key);
      const info = infoFor(keys, key);
      if (info.aliases === undefined) info.aliases = [];
      info.aliases.push({ entry: entryIndex, flags, text: name.text });
      maxGap = Math.max(maxGap, addPrefixes(keys, key));
    }
    strongKeys.push(strong);
    for (const cue of entry.context) {
      const key = normalizeKey(cue);
      if (key === '') continue;
      const info = infoFor(keys, key);
      if (info.cues === undefined) info.cues = [];
      if (!info.cues.includes(entryIndex)) info.cues.push(entryIndex);
      maxGap = Math.max(maxGap, addPrefixes(keys, key));
    }
  });
  return { entries: indexed, keys: [...keys], maxGap, strongKeys };
}

/** Rebuilds the index from its serialised form: nothing left to compute. */
export function buildIndex(serialized: SerializedIndex): AliasIndex {
  return { entries: serialized.entries, keys: new Map(serialized.keys), maxGap: serialized.maxGap, strongKeys: serialized.strongKeys };
}

/** Every name in a serialised index, as written (for tools that need the plain alias list). */
export function aliasTexts(serialized: SerializedIndex): string[] {
  return serialized.keys.flatMap(([, info]) => (info.aliases ?? []).map((alias) => alias.text));
}
