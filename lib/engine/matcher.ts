/**
 * One pass over folded text: at each word start, walk the alias index a word at a time and keep
 * the longest name that matches (leftmost-longest). Cue words are counted on the way.
 */
import { ALIAS_CASE_SENSITIVE, type AliasIndex, type AliasTarget, type KeyInfo } from './alias-index';
import { isWordCode, type Normalized, sourceEnd } from './normalize';

export interface RawMatch {
  /** Range in the folded text. */
  readonly start: number;
  readonly end: number;
  /** Range in the source text. */
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** Every entry name that matched here (after case checks). */
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

/** Letters and digits only, for case-sensitive comparison that ignores dots and spacing ("U.S." vs "US" stay distinct by key). */
function lettersOnly(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');
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

export function matchText(source: string, folded: Normalized, index: AliasIndex): MatchResult {
  const text = folded.text;
  const length = text.length;
  const keys = index.keys;
  const maxGap = index.maxGap;
  const cueCounts = new Int32Array(index.entries.length);
  const matches: RawMatch[] = [];

  const seenCues = new Set<KeyInfo>();
  const countCues = (info: KeyInfo) => {
    if (info.cues === undefined || seenCues.has(info)) return;
    seenCues.add(info);
    for (const entry of info.cues) cueCounts[entry]!++;
  };

  const acceptCase = (targets: AliasTarget[], start: number, end: number): AliasTarget[] => {
    let original: string | undefined;
    const kept: AliasTarget[] = [];
    for (const target of targets) {
      if ((target.flags & ALIAS_CASE_SENSITIVE) !== 0) {
        original ??= lettersOnly(source.slice(folded.offsets[start]!, sourceEnd(source, folded, end - 1)));
        if (original !== lettersOnly(target.text)) continue;
      }
      kept.push(target);
    }
    return kept;
  };

  let i = 0;
  while (i < length) {
    // Next word start.
    while (i < length && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= length) break;
    const wordStart = i;
    while (i < length && isWordCode(text.charCodeAt(i))) i++;
    const wordEnd = i;

    let head = text.slice(wordStart, wordEnd);
    let start = wordStart;
    let info = keys.get(head);
    if (info === undefined && isArabic(text.charCodeAt(wordStart))) {
      for (const [skip, reading] of arabicReadings(head)) {
        info = keys.get(reading);
        if (info !== undefined) {
          head = reading;
          start = wordStart + skip;
          break;
        }
      }
    }
    if (info === undefined) continue;

    let best: { end: number; targets: AliasTarget[] } | undefined;
    let end = wordEnd;
    for (;;) {
      countCues(info);
      if (info.aliases !== undefined) {
        const targets = acceptCase(info.aliases, start, end);
        if (targets.length > 0) best = { end, targets };
      }
      if (!info.prefix) break;
      // Extend by one word: a short separator run, then the word.
      let next = end;
      while (next < length && next - end <= maxGap && !isWordCode(text.charCodeAt(next))) next++;
      if (next >= length || next === end || next - end > maxGap) break;
      let nextEnd = next;
      while (nextEnd < length && isWordCode(text.charCodeAt(nextEnd))) nextEnd++;
      const extended = keys.get(head + text.slice(wordEnd, nextEnd));
      if (extended === undefined) break;
      info = extended;
      end = nextEnd;
    }

    if (best !== undefined) {
      matches.push({
        start,
        end: best.end,
        sourceStart: folded.offsets[start]!,
        sourceEnd: sourceEnd(source, folded, best.end - 1),
        targets: best.targets,
      });
      i = best.end;
    }
  }
  return { matches, cueCounts };
}
