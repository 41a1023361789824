/**
 * "Look up in Backstory": the entries whose names come closest to a phrase the reader selected,
 * over every name of every enabled pack. Forgiving where transliterations differ (Jolani, Julani,
 * Golani; Sharaa, Charaa; Qaeda, Qaida), strict elsewhere: each word of the phrase must come close
 * to a word of one name, and short words must match exactly. DOM-free.
 */
import { ALIAS_BLOCKER, ALIAS_WEAK, type AliasIndex } from './alias-index';
import type { IndexSet } from './index-set';
import { normalizeKey, wordsOf } from './normalize';

export interface LookupHit {
  /** Set-wide entry number. */
  readonly entry: number;
  /** Lower is closer; 0 is one of the entry's names exactly. */
  readonly score: number;
  /** The part of the score that is spelling (the rest is words of the name left over, or a weak name). */
  readonly spelling: number;
  /** The folded name that came closest. */
  readonly name: string;
}

/** Selections longer than this are not a name. */
export const MAX_LOOKUP_CHARS = 120;

const VOWELS = new Set('aeiouy');
/** Consonants that transliterations of one sound trade for each other. */
const SOUND_ALIKE = ['gj', 'kq', 'ck', 'cs', 'sz', 'ch', 'dt', 'wv', 'yj', 'ij', 'iy', 'ou', 'ea'];
const alike = new Set(SOUND_ALIKE.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));

/** What changing one letter into another costs: half for a vowel or a sound-alike, else one. */
function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if ((VOWELS.has(a) && VOWELS.has(b)) || alike.has(`${a}${b}`)) return 0.5;
  return 1;
}

/** Adding or dropping a vowel or an h (Mohammad, Muhammad; Sharaa, Shara) costs half. */
const indel = (c: string) => (VOWELS.has(c) || c === 'h' ? 0.5 : 1);

/** Two rows of the edit-distance table, reused: a lookup compares thousands of words. */
let rows = [new Float64Array(64), new Float64Array(64)];

/** Weighted edit distance, given up (Infinity) once it passes `limit`. */
export function wordDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit * 2) return Number.POSITIVE_INFINITY;
  if (rows[0]!.length <= b.length) rows = [new Float64Array(b.length * 2), new Float64Array(b.length * 2)];
  let [previous, current] = rows as [Float64Array, Float64Array];
  previous[0] = 0;
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1]! + indel(b[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    const letter = a[i - 1]!;
    current[0] = previous[0]! + indel(letter);
    let best = current[0];
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        previous[j]! + indel(letter),
        current[j - 1]! + indel(b[j - 1]!),
        previous[j - 1]! + substitution(letter, b[j - 1]!),
      );
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return Number.POSITIVE_INFINITY;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length]!;
  return distance > limit ? Number.POSITIVE_INFINITY : distance;
}

/** The Arabic article as transliterations write it, assimilated or not (al-, el-, ad-, ash-…): one word. */
const ARTICLES = new Set([
  'al',
  'el',
  'ul',
  'il',
  'ad',
  'ed',
  'ar',
  'er',
  'as',
  'es',
  'ash',
  'esh',
  'at',
  'et',
  'az',
  'ez',
  'an',
  'en',
  'adh',
]);

/** How far a word may be from a name's word: nothing for short words, more for long ones. */
function allowance(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 5) return 1;
  return 2;
}

/** Each word of a name the phrase does not cover adds this (al-Jolani is closer to Jolani than Abu Mohammad al-Julani). */
const UNCOVERED_WORD = 0.25;
/** How much further than the closest hit another may be and still be offered. */
const SPREAD = 1;
/** A weak name (an acronym, a short form) ranks after a full name at the same distance. */
const WEAK_NAME = 0.3;

/**
 * The spelling cost of reading a name's words as the phrase's words, or Infinity when some word
 * finds no match.
 */
function spellingCost(phrase: readonly string[], name: readonly string[]): number {
  if (phrase.length > name.length) return Number.POSITIVE_INFINITY;
  const used = new Array<boolean>(name.length).fill(false);
  let total = 0;
  for (const word of phrase) {
    let best = Number.POSITIVE_INFINITY;
    let at = -1;
    for (let i = 0; i < name.length; i++) {
      if (used[i]) continue;
      const distance = ARTICLES.has(word) && ARTICLES.has(name[i]!) ? 0 : wordDistance(word, name[i]!, allowance(word));
      if (distance < best) {
        best = distance;
        at = i;
      }
    }
    if (at < 0) return Number.POSITIVE_INFINITY;
    used[at] = true;
    total += best;
  }
  return total;
}

/** Each index's names split into words, made on its first lookup: every lookup reads them all. */
const splitNames = new WeakMap<AliasIndex, Array<string[] | undefined>>();
function splitName(index: AliasIndex, key: number): string[] | undefined {
  let names = splitNames.get(index);
  if (!names) {
    names = [];
    for (let k = 0; k < index.keyCount; k++)
      names.push(index.aliasFirst(k) === index.aliasEnd(k) ? undefined : index.keyText(k).split(' '));
    splitNames.set(index, names);
  }
  return names[key];
}

/** The best entries for a selected phrase, closest first; none when nothing comes close. */
export function lookUp(set: IndexSet, phrase: string, limit = 5): LookupHit[] {
  if (phrase.length > MAX_LOOKUP_CHARS) return [];
  const words = wordsOf(normalizeKey(phrase));
  if (words.length === 0) return [];
  const letters = words.join(' ').length;
  const best = new Map<number, LookupHit>();
  for (const part of set.parts) {
    const { index, offset, disabled } = part;
    for (let key = 0; key < index.keyCount; key++) {
      const name = splitName(index, key);
      if (name === undefined) continue;
      const text = index.keyText(key);
      if (text.length + 4 < letters) continue; // far too short to hold the phrase
      const spelling = spellingCost(words, name);
      if (spelling === Number.POSITIVE_INFINITY) continue;
      const score = spelling + (name.length - words.length) * UNCOVERED_WORD;
      for (let alias = index.aliasFirst(key); alias < index.aliasEnd(key); alias++) {
        const flags = index.aliasFlags(alias);
        if (flags & ALIAS_BLOCKER) continue; // a longer name that is not this entry's
        const local = index.aliasEntry(alias);
        if (disabled[index.entryPack(local)]) continue;
        const entry = offset + local;
        const total = score + (flags & ALIAS_WEAK ? WEAK_NAME : 0);
        const known = best.get(entry);
        if (!known || total < known.score || (total === known.score && spelling < known.spelling)) {
          best.set(entry, { entry, score: total, spelling, name: text });
        }
      }
    }
  }
  const ranked = [...best.values()].sort(
    (a, b) => a.score - b.score || a.spelling - b.spelling || set.entry(a.entry).name.localeCompare(set.entry(b.entry).name, 'en'),
  );
  // Only what comes about as close as the best: a far second guess is noise, not help.
  const closest = Math.min(...ranked.map((hit) => hit.spelling));
  const top = ranked[0];
  return ranked.filter((hit) => hit.spelling <= closest + SPREAD && top && hit.score <= top.score + SPREAD).slice(0, limit);
}
