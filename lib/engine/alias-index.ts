/**
 * The alias index: every name of every entry, folded, keyed by the folded text of each word-prefix
 * ("united", "united nations", "united nations security"…). Matching walks it one word at a time,
 * so its cost depends on the page, not on how many aliases there are.
 *
 * It is compiled once (at build time for bundled packs, at import for a user's) into one binary
 * buffer of typed arrays: an open-addressing hash table over the keys plus flat tables of aliases,
 * cue words and entries, all strings in one UTF-16 pool. Opening it wraps the buffer in views and
 * computes nothing, so a service worker that starts cold is ready at once whatever the size.
 * The layout is in `index-format.ts`.
 */

import { ENTRY_KINDS, type EntryKind } from './entry-shape';
import { type IndexSections, readSections } from './index-format';

export const ALIAS_WEAK = 1;
export const ALIAS_CASE_SENSITIVE = 2;
/** An alias (not the entry's own name) written all in lower case in a script that has case: an everyday phrase. */
export const ALIAS_EVERYDAY = 4;
/** A longer name that is not the entry (its blockedBy): it wins the span and marks nothing. */
export const ALIAS_BLOCKER = 8;
/**
 * Marks only beside a full name of its entry: a person's surname alone, derived from their full
 * names, or an organisation's three-letter acronym in title case ("Bla" for BLA).
 */
export const ALIAS_SURNAME = 16;
/** A short form of an organisation ("the Observatory", "المرصد"): marks only after a full mention. */
export const ALIAS_SHORT_FORM = 32;
/**
 * A short form that is a generic word ("الحزب", "التنظيم"): only after a full mention, never
 * before one in a headline. Short forms never carry the surname bit otherwise, so the pair is free.
 */
export const ALIAS_SHORT_FORM_AFTER_ONLY = ALIAS_SHORT_FORM | ALIAS_SURNAME;
/**
 * A governorate named through its capital: with a province word ("Suweida province", "ريف دير
 * الزور") a strong name; alone (with ALIAS_WEAK) the city's name, the governorate only where a
 * plural province word covers it ("محافظتي إدلب وحماة").
 */
export const ALIAS_REGION = 64;
/** With ALIAS_REGION: the province word is plural or dual, so it covers the place names joined to this one. */
export const ALIAS_REGION_PLURAL = 128;
/**
 * Without ALIAS_REGION, the same bit: a generic name that means the entry only in its own time
 * ("Syrian government" for the government formed in 2025). Such names never name a region, so the
 * bit is free.
 */
export const ALIAS_TIME_BOUND = 128;

/** A time-bound name (see ALIAS_TIME_BOUND): marks only on pages dated within its entry's lifespan. */
export const isTimeBound = (flags: number) => (flags & (ALIAS_REGION | ALIAS_TIME_BOUND)) === ALIAS_TIME_BOUND;
/** Key flag: some longer key starts with this one followed by a separator. */
export const KEY_PREFIX = 1;
/** Key flag: the first word of a person's name (a given name): a surname right after it is someone else's. */
export const KEY_GIVEN_NAME = 2;

/** Entry facts a page needs before any card is opened. */
export interface IndexedEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: EntryKind;
  /** Marked only when the reader turns on well-known names (see MatchableEntry.wellKnown). */
  readonly wellKnown?: true;
}

/** Entry flag: the entry is well known. */
export const ENTRY_WELL_KNOWN = 1;

/** One name of one entry as found in the index. */
export interface AliasTarget {
  readonly entry: number;
  readonly flags: number;
  /**
   * The name as written, for weak and case-sensitive names (compared as written: case, everyday
   * lower-case phrases); for any other name, its folded key.
   */
  readonly text: string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units; the compiler and the reader must agree on it. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

export class AliasIndex {
  readonly entryCount: number;
  readonly keyCount: number;
  /** The longest run of separator characters inside any key; bounds the matcher's look-ahead. */
  readonly maxGap: number;
  /** The packs of this index, in the order entryPack() numbers them. */
  readonly packIds: readonly string[];
  private readonly s: IndexSections;
  private readonly mask: number;
  private readonly entryCache: (IndexedEntry | undefined)[];

  private constructor(sections: IndexSections) {
    this.s = sections;
    this.entryCount = sections.entryCount;
    this.keyCount = sections.keyCount;
    this.maxGap = sections.maxGap;
    this.mask = sections.table.length - 1;
    this.entryCache = new Array(sections.entryCount);
    this.packIds = Array.from({ length: sections.packCount }, (_, p) => this.string(sections.packIdStart[p]!, sections.packIdLength[p]!));
  }

  /** Opens a compiled index (see compileIndex); throws on a buffer that is not one. */
  static open(bytes: ArrayBuffer | Uint8Array): AliasIndex {
    return new AliasIndex(readSections(bytes));
  }

  /** The key id of folded text[start, end), or -1. */
  findRange(text: string, start: number, end: number): number {
    const { table, keyStart, keyLength, chars } = this.s;
    const length = end - start;
    let slot = hashRange(text, start, end) & this.mask;
    for (;;) {
      const key = table[slot]!;
      if (key < 0) return -1;
      if (keyLength[key] === length) {
        const at = keyStart[key]!;
        let i = 0;
        while (i < length && chars[at + i] === text.charCodeAt(start + i)) i++;
        if (i === length) return key;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The key id of a folded key, or -1. */
  find(key: string): number {
    return this.findRange(key, 0, key.length);
  }

  isPrefix(key: number): boolean {
    return (this.s.keyFlags[key]! & KEY_PREFIX) !== 0;
  }

  /** Is this key a given name (the first word of some person's full name)? */
  isGivenName(key: number): boolean {
    return (this.s.keyFlags[key]! & KEY_GIVEN_NAME) !== 0;
  }

  keyText(key: number): string {
    return this.string(this.s.keyStart[key]!, this.s.keyLength[key]!);
  }

  /** Alias ids of a key: [first, end). */
  aliasFirst(key: number): number {
    return this.s.keyAliases[key]!;
  }
  aliasEnd(key: number): number {
    return this.s.keyAliases[key + 1]!;
  }
  aliasEntry(alias: number): number {
    return this.s.aliasEntry[alias]!;
  }
  aliasFlags(alias: number): number {
    return this.s.aliasFlags[alias]!;
  }
  aliasText(alias: number): string {
    return this.string(this.s.aliasTextStart[alias]!, this.s.aliasTextLength[alias]!);
  }

  /** Entries for which this key is a context cue word. */
  cues(key: number): Uint32Array {
    return this.s.cues.subarray(this.s.keyCues[key]!, this.s.keyCues[key + 1]!);
  }

  entry(i: number): IndexedEntry {
    let cached = this.entryCache[i];
    if (cached === undefined) {
      const s = this.s;
      cached = {
        id: this.string(s.entryIdStart[i]!, s.entryIdLength[i]!),
        name: this.string(s.entryNameStart[i]!, s.entryNameLength[i]!),
        kind: ENTRY_KINDS[s.entryKind[i]!] ?? 'term',
        ...((s.entryFlags[i]! & ENTRY_WELL_KNOWN) !== 0 ? { wellKnown: true as const } : {}),
      };
      this.entryCache[i] = cached;
    }
    return cached;
  }

  /** The number of this entry's pack in packIds. */
  entryPack(i: number): number {
    return this.s.entryPack[i]!;
  }

  /** The folded strong names of an entry (for acronym-definition evidence). */
  strongKeys(i: number): string[] {
    const { entryStrong, strong } = this.s;
    const keys: string[] = [];
    for (let at = entryStrong[i]!; at < entryStrong[i + 1]!; at++) keys.push(this.keyText(strong[at]!));
    return keys;
  }

  /** How many names the index holds. */
  get aliasCount(): number {
    return this.s.aliasEntry.length;
  }

  /** Every folded key that names an entry, with its aliases (for pack-author checks). */
  *aliasKeys(): Generator<{ key: string; aliases: AliasTarget[] }> {
    for (let k = 0; k < this.keyCount; k++) {
      const first = this.aliasFirst(k);
      const end = this.aliasEnd(k);
      if (first === end) continue;
      const aliases: AliasTarget[] = [];
      for (let a = first; a < end; a++) aliases.push({ entry: this.aliasEntry(a), flags: this.aliasFlags(a), text: this.aliasText(a) });
      yield { key: this.keyText(k), aliases };
    }
  }

  /** The index's size in bytes (for reports). */
  get byteLength(): number {
    return this.s.byteLength;
  }

  private string(start: number, length: number): string {
    // Short strings: fromCharCode over a view is faster than a TextDecoder call.
    return String.fromCharCode.apply(null, this.s.chars.subarray(start, start + length) as unknown as number[]);
  }
}
