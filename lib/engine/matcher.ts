/**
 * One pass over folded text: at each word start, walk the alias indexes a word at a time and keep
 * the longest name that matches (leftmost-longest, across every index of the set). Cue words are
 * counted on the way. Names of switched-off packs are passed over, so a shorter name of a pack
 * that is on still matches.
 */
import { ALIAS_BLOCKER, ALIAS_CASE_SENSITIVE, ALIAS_REGION, type AliasTarget } from './alias-index';
import type { IndexPart, IndexSet } from './index-set';
import { isWordCode, type Normalized, sourceEnd } from './normalize';

export interface RawMatch {
  /** Range in the folded text. */
  readonly start: number;
  readonly end: number;
  /** Range in the source text. */
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** Every entry name that matched here (after case checks), entries numbered across the set. */
  readonly targets: AliasTarget[];
}

export interface MatchResult {
  readonly matches: RawMatch[];
  /** cueCounts[entry] = how many distinct cue words of that entry occur on the page. */
  readonly cueCounts: Int32Array;
}

const ARABIC_PREFIX_LETTERS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

function isArabic(code: number): boolean {
  return code >= 0x0600 && code <= 0x06ff;
}

/**
 * Letters and digits only, accents dropped, for case-sensitive comparison that ignores dots,
 * spacing and accents as the folded keys do ("U.S." vs "US" stay distinct by key; "Öcalan" is "Ocalan").
 */
function lettersOnly(text: string): string {
  return text.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Arabic attaches conjunctions and prepositions to the following word (وحلب "and Aleppo",
 * للأسد "to al-Assad"). Yields [characters skipped, folded head to look up] for each reading.
 */
function arabicReadings(word: string): Array<[number, string]> {
  const readings: Array<[number, string]> = [];
  for (let skip = 0; skip <= 2 && word.length - skip >= 2; skip++) {
    if (skip > 0 && !ARABIC_PREFIX_LETTERS.has(word[skip - 1]!)) break;
    const rest = word.slice(skip);
    if (skip > 0) readings.push([skip, rest]);
    // ل + ال contracts to لل: "للأسد" reads as "ل" + "الأسد".
    if (rest.startsWith('لل') && rest.length > 3) readings.push([skip, `ال${rest.slice(2)}`]);
  }
  return readings;
}

interface Walk {
  end: number;
  targets: AliasTarget[];
}

export function matchText(source: string, folded: Normalized, set: IndexSet): MatchResult {
  const text = folded.text;
  const length = text.length;
  const cueCounts = new Int32Array(set.entryCount);
  const matches: RawMatch[] = [];
  const seenCues = set.parts.map(() => new Set<number>());

  /** The page's letters for folded [start, end), computed once per match site. */
  let originalAt = -1;
  let originalEnd = -1;
  let original = '';
  const originalLetters = (start: number, end: number) => {
    if (originalAt !== start || originalEnd !== end) {
      original = lettersOnly(source.slice(folded.offsets[start]!, sourceEnd(source, folded, end - 1)));
      originalAt = start;
      originalEnd = end;
    }
    return original;
  };

  /** The names of key k that this page's spelling and the pack switches allow. */
  const accepted = (part: IndexPart, key: number, start: number, end: number): AliasTarget[] => {
    const { index, offset, disabled } = part;
    const kept: AliasTarget[] = [];
    for (let a = index.aliasFirst(key); a < index.aliasEnd(key); a++) {
      const entry = index.aliasEntry(a);
      if (disabled[index.entryPack(entry)] === 1) continue;
      const flags = index.aliasFlags(a);
      const aliasText = index.aliasText(a);
      if ((flags & ALIAS_CASE_SENSITIVE) !== 0 && originalLetters(start, end) !== lettersOnly(aliasText)) continue;
      kept.push({ entry: entry + offset, flags, text: aliasText });
    }
    return kept;
  };

  /** From a word whose folded head is `head` (a reading of text[start, wordEnd)), the longest name of one index. */
  const walk = (part: IndexPart, partIndex: number, head: string | undefined, start: number, wordEnd: number): Walk | undefined => {
    const { index, offset } = part;
    let key = head === undefined ? index.findRange(text, start, wordEnd) : index.find(head);
    if (key < 0) return undefined;
    let best: Walk | undefined;
    let end = wordEnd;
    for (;;) {
      const cues = index.cues(key);
      if (cues.length > 0 && !seenCues[partIndex]!.has(key)) {
        seenCues[partIndex]!.add(key);
        for (const entry of cues) cueCounts[entry + offset]!++;
      }
      if (index.aliasFirst(key) < index.aliasEnd(key)) {
        const targets = accepted(part, key, start, end);
        if (targets.length > 0) best = { end, targets };
      }
      if (!index.isPrefix(key)) break;
      // Extend by one word: a short separator run, then the word.
      let next = end;
      while (next < length && next - end <= set.maxGap && !isWordCode(text.charCodeAt(next))) next++;
      if (next >= length || next === end || next - end > set.maxGap) break;
      let nextEnd = next;
      while (nextEnd < length && isWordCode(text.charCodeAt(nextEnd))) nextEnd++;
      const extended = head === undefined ? index.findRange(text, start, nextEnd) : index.find(head + text.slice(wordEnd, nextEnd));
      if (extended < 0) break;
      key = extended;
      end = nextEnd;
    }
    return best;
  };

  /**
   * Cue words inside a governorate phrase derived from a city's name still count, as they did
   * before the phrase was a name ("Deir ez-Zor" in "province de Deir ez-Zor").
   */
  const countInnerCues = (from: number, to: number) => {
    let at = from;
    for (;;) {
      while (at < to && isWordCode(text.charCodeAt(at))) at++;
      while (at < to && !isWordCode(text.charCodeAt(at))) at++;
      if (at >= to) return;
      let wordEnd = at;
      while (wordEnd < length && isWordCode(text.charCodeAt(wordEnd))) wordEnd++;
      // A walk from this word counts the cue words it passes; the name it finds is not wanted here.
      const wordStart = at;
      set.parts.forEach((part, partIndex) => {
        walk(part, partIndex, undefined, wordStart, wordEnd);
      });
    }
  };

  let i = 0;
  while (i < length) {
    // Next word start.
    while (i < length && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= length) break;
    const wordStart = i;
    while (i < length && isWordCode(text.charCodeAt(i))) i++;
    const wordEnd = i;

    let best: Walk | undefined;
    let bestStart = wordStart;
    set.parts.forEach((part, partIndex) => {
      let start = wordStart;
      let found = walk(part, partIndex, undefined, wordStart, wordEnd);
      if (found === undefined && part.index.findRange(text, wordStart, wordEnd) < 0 && isArabic(text.charCodeAt(wordStart))) {
        for (const [skip, reading] of arabicReadings(text.slice(wordStart, wordEnd))) {
          if (part.index.find(reading) < 0) continue;
          start = wordStart + skip;
          found = walk(part, partIndex, reading, start, wordEnd);
          break;
        }
      }
      if (found === undefined) return;
      if (best === undefined || found.end > best.end) {
        best = found;
        bestStart = start;
      } else if (found.end === best.end && start === bestStart) {
        best = { end: best.end, targets: [...best.targets, ...found.targets] };
      }
    });

    if (best === undefined) continue;
    i = best.end;
    // A name of the same text outranks a blocker; a span won by blockers alone ("Bank of America")
    // is passed over and marks nothing.
    const named = best.targets.filter((t) => (t.flags & ALIAS_BLOCKER) === 0);
    if (named.length === 0) continue;
    if (named.some((t) => (t.flags & ALIAS_REGION) !== 0)) countInnerCues(bestStart, best.end);
    matches.push({
      start: bestStart,
      end: best.end,
      sourceStart: folded.offsets[bestStart]!,
      sourceEnd: sourceEnd(source, folded, best.end - 1),
      targets: named,
    });
  }
  return { matches, cueCounts };
}
