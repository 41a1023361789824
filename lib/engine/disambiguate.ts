/**
 * Decides what each raw match refers to, using evidence from the whole page.
 *
 * Strong names annotate on their own. Weak names (acronyms, short or common names) annotate only
 * when the page gives evidence for one entry: one of its strong names appears, it is defined in an
 * "Full Name (ABBR)" pattern, or its context cue words appear. Ties become an honest "ambiguous"
 * mention listing the candidates; no evidence at all means no mention.
 */
import { ALIAS_EVERYDAY, ALIAS_SURNAME, ALIAS_WEAK, type AliasTarget } from './alias-index';
import type { IndexSet } from './index-set';
import type { MatchResult, RawMatch } from './matcher';
import { isWordCode, wordsOf } from './normalize';

export interface Mention {
  /** Range in the source text. */
  readonly start: number;
  readonly end: number;
  /** The resolved entry, or undefined when the mention is ambiguous. */
  readonly entry: number | undefined;
  /** Entries this mention could refer to (one when resolved). */
  readonly candidates: number[];
  /** The name as the page wrote it. */
  readonly text: string;
  readonly weak: boolean;
}

const STRONG_WEIGHT = 4;
const DEFINITION_WEIGHT = 4;
const MAX_CUE_WEIGHT = 3;
/** Cue words alone are evidence only when at least this many different ones appear. */
const MIN_CUES_AS_EVIDENCE = 2;
const DEFINITION_LOOKBACK_WORDS = 10;

function wordsBefore(text: string, end: number, count: number): string[] {
  const words: string[] = [];
  let i = end;
  while (i > 0 && words.length < count) {
    while (i > 0 && !isWordCode(text.charCodeAt(i - 1))) i--;
    const wordEnd = i;
    while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
    if (wordEnd > i) words.unshift(text.slice(i, wordEnd));
  }
  return words;
}

/** "Hay'et Tahrir al-Sham (HTS)": the acronym in parentheses right after most of a candidate's name. */
function definedHere(folded: string, match: RawMatch, candidate: number, namesByEntry: Map<number, string[][]>): boolean {
  let before = match.start - 1;
  while (before >= 0 && folded.charCodeAt(before) === 0x20) before--;
  if (folded[before] !== '(') return false;
  let after = match.end;
  while (after < folded.length && folded.charCodeAt(after) === 0x20) after++;
  if (folded[after] !== ')') return false;
  const preceding = new Set(wordsBefore(folded, before, DEFINITION_LOOKBACK_WORDS));
  for (const nameWords of namesByEntry.get(candidate) ?? []) {
    const hits = nameWords.filter((word) => preceding.has(word)).length;
    if (nameWords.length >= 2 && hits / nameWords.length >= 0.6) return true;
  }
  return false;
}

export function disambiguate(folded: string, result: MatchResult, set: IndexSet, source: string): Mention[] {
  const { matches, cueCounts } = result;
  // Proper names and an entry's own names are evidence for anything of their entry; a strong
  // everyday alias ("reconciliation deals") marks itself but vouches for a weak everyday phrase
  // ("settlement") only together with the entry's cue words.
  const strongEntries = new Set<number>();
  const properEntries = new Set<number>();
  const weakCandidates = new Set<number>();
  for (const match of matches) {
    for (const target of match.targets) {
      if ((target.flags & ALIAS_WEAK) !== 0) weakCandidates.add(target.entry);
      else {
        strongEntries.add(target.entry);
        if ((target.flags & ALIAS_EVERYDAY) === 0) properEntries.add(target.entry);
      }
    }
  }

  // Strong names of weak-match candidates, as word lists, for the definition pattern.
  const namesByEntry = new Map<number, string[][]>();
  for (const entry of weakCandidates) {
    namesByEntry.set(entry, set.strongKeys(entry).map(wordsOf));
  }

  const defined = new Set<number>();
  for (const match of matches) {
    for (const target of match.targets) {
      if ((target.flags & ALIAS_WEAK) !== 0 && definedHere(folded, match, target.entry, namesByEntry)) {
        defined.add(target.entry);
      }
    }
  }

  // Cue words can vouch for an acronym, but not alone for an everyday phrase ("settlement",
  // "corridor"): that needs one of the entry's proper names on the page, or a strong everyday
  // name of the entry together with its cue words; never another everyday phrase alone.
  const cued = (entry: number) => (cueCounts[entry] ?? 0) >= MIN_CUES_AS_EVIDENCE;
  const hasEvidence = (entry: number, everydayPhrase: boolean) =>
    everydayPhrase
      ? properEntries.has(entry) || defined.has(entry) || (strongEntries.has(entry) && cued(entry))
      : strongEntries.has(entry) || defined.has(entry) || cued(entry);
  const score = (entry: number) =>
    (strongEntries.has(entry) ? STRONG_WEIGHT : 0) +
    (defined.has(entry) ? DEFINITION_WEIGHT : 0) +
    Math.min(cueCounts[entry] ?? 0, MAX_CUE_WEIGHT);

  const mentions: Mention[] = [];
  for (const match of matches) {
    // As a reader sees it: node separators and runs of white space read as one space.
    const text = source.slice(match.sourceStart, match.sourceEnd).replace(/\s+/g, ' ');
    const strong = uniqueEntries(match.targets.filter((t) => (t.flags & ALIAS_WEAK) === 0));
    const pool = strong.length > 0 ? strong : uniqueEntries(match.targets);
    const weak = strong.length === 0;
    const ranked = pool.map((entry) => ({ entry, score: score(entry) })).sort((a, b) => b.score - a.score);
    const top = ranked[0];
    if (top === undefined) continue;
    const everydayPhrase = weak && match.targets.every((t) => (t.flags & ALIAS_EVERYDAY) !== 0);
    // A surname alone is that person only where one of their full names is on the page.
    const surnameOnly = weak && match.targets.every((t) => (t.flags & ALIAS_SURNAME) !== 0);
    if (surnameOnly ? !properEntries.has(top.entry) : weak && !hasEvidence(top.entry, everydayPhrase)) continue; // no evidence: say nothing
    const tied = ranked.filter((r) => r.score === top.score).map((r) => r.entry);
    const base = { start: match.sourceStart, end: match.sourceEnd, text, weak };
    if (tied.length === 1) {
      mentions.push({ ...base, entry: top.entry, candidates: [top.entry] });
    } else {
      // Several entries share this name with equal evidence: list them rather than guess.
      mentions.push({ ...base, entry: undefined, candidates: tied });
    }
  }
  return mentions;
}

function uniqueEntries(targets: AliasTarget[]): number[] {
  return [...new Set(targets.map((t) => t.entry))];
}
