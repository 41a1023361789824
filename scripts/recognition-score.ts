/**
 * Scoring for the recognition evaluation set (data/recognition-eval): the engine's marks matched to
 * an article's expected mentions, as the set's README defines it. Pure: no engine, no files.
 *
 * The expected mentions are surfaces in text order, without offsets, so they are first found in the
 * text one after the other. A mark is correct when one of its ids (its entry, or an ambiguous mark's
 * candidates) is the id of a not-yet-matched expected mention whose range overlaps it; marks left over
 * are wrong, expected mentions left over are missed.
 *
 * One addition to the README's rule, for entries added after the set was annotated: a mark that
 * covers the whole of a `MISSING:` mention counts as found, and is reported (`added`) with the id it
 * gave, so that the annotation can be brought up to date, provided none of its ids is in `knownIds`
 * (the ids the set already uses: an entry that existed when the annotator chose `MISSING` is the
 * wrong entity, like Bashar al-Assad's entry on "the Al-Assads"). A mark inside such a mention
 * ("Syria" in "Friends of Syria") stays wrong.
 */

/** `[surface as written, entry id]`; an entity without an entry has the id `MISSING:…`. */
export type Expected = readonly [surface: string, id: string];

export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The resolved entry's id, or every candidate's id for an ambiguous mark. */
  readonly ids: readonly string[];
  readonly ambiguous: boolean;
}

export interface Located {
  readonly surface: string;
  readonly id: string;
  /** Range in the text; undefined when the surface was not found after the previous mention. */
  readonly start: number | undefined;
  readonly end: number | undefined;
  /** How it was found: as a word, inside a word, ignoring case, or not at all. */
  readonly how: 'word' | 'substring' | 'case' | 'none';
}

export interface Score {
  /** `added`: a `MISSING:` mention marked whole by an entry (its ids) that the packs gained since. */
  readonly found: { readonly surface: string; readonly id: string; readonly ambiguous: boolean; readonly added?: string }[];
  /** `index`: the mention's place in `expected`. */
  readonly missed: { readonly surface: string; readonly id: string; readonly index: number }[];
  readonly wrong: { readonly surface: string; readonly id: string }[];
  readonly located: Located[];
}

export const isMissingId = (id: string) => id.startsWith('MISSING:');

/** One character for one (offsets stay valid): curly quotes and apostrophes, odd spaces, case. */
function foldChar(ch: string, ignoreCase: boolean): string {
  if (/[\u2018\u2019\u02bc\u0060\u00b4]/.test(ch)) return "'";
  if (/[\u201c\u201d\u00ab\u00bb]/.test(ch)) return '"';
  if (/[\u2010-\u2014]/.test(ch)) return '-';
  if (/\s/.test(ch)) return ' ';
  if (ignoreCase) {
    const lower = ch.toLowerCase();
    return lower.length === ch.length ? lower : ch;
  }
  return ch;
}
const fold = (text: string, ignoreCase: boolean) => Array.from(text, (ch) => foldChar(ch, ignoreCase)).join('');

const LETTER = /[\p{L}\p{N}]/u;
/** Arabic one-letter prefixes (and, so, with, for, like) and the article that may be glued to a name. */
const ARABIC_PREFIX = /^(?:[وفبلك]{0,2}(?:ال)?)$/u;

/** Whether text[start, end) stands as a word: no letter glued before (bar Arabic prefixes) or after. */
function standsAsWord(text: string, start: number, end: number): boolean {
  const after = text[end];
  if (after !== undefined && LETTER.test(after)) return false;
  let i = start;
  while (i > 0 && /[\p{L}\p{M}]/u.test(text[i - 1]!)) i--;
  if (i === start) return true;
  return /^[\u0600-\u06ff]/.test(text[start]!) && ARABIC_PREFIX.test(text.slice(i, start));
}

function findFrom(text: string, surface: string, from: number, word: boolean): number {
  for (let at = text.indexOf(surface, from); at >= 0; at = text.indexOf(surface, at + 1)) {
    if (!word || standsAsWord(text, at, at + surface.length)) return at;
  }
  return -1;
}

/** The surface, and for an Arabic name with the article after the prefix li- ("للتحالف"), its glued form. */
function variants(surface: string): string[] {
  return surface.startsWith('\u0627\u0644') ? [surface, `\u0644\u0644${surface.slice(2)}`] : [surface];
}

/**
 * Each expected mention's range in the text, found in order after the previous one: first as a
 * word, then inside a word, then ignoring case (quotes, dashes and spaces folded in every case; an
 * Arabic "ال" name also as "لل" after the prefix li-). A mention that cannot be found after the
 * previous one is `none`, and the search goes on from where it stood.
 */
export function locate(text: string, expected: readonly Expected[]): Located[] {
  const exact = fold(text, false);
  const caseless = fold(text, true);
  let cursor = 0;
  return expected.map(([surface, id]) => {
    const tries = [
      ['word', exact, false, true],
      ['substring', exact, false, false],
      ['case', caseless, true, true],
      ['case', caseless, true, false],
    ] as const;
    for (const [how, haystack, ignoreCase, word] of tries) {
      let best: { at: number; length: number } | undefined;
      for (const needle of variants(fold(surface, ignoreCase))) {
        const at = findFrom(haystack, needle, cursor, word);
        if (at >= 0 && (best === undefined || at < best.at)) best = { at, length: needle.length };
      }
      if (best) {
        cursor = best.at + best.length;
        return { surface, id, start: best.at, end: best.at + best.length, how };
      }
    }
    return { surface, id, start: undefined, end: undefined, how: 'none' };
  });
}

const overlaps = (mark: Mark, mention: Located) =>
  mention.start !== undefined && mention.end !== undefined && mark.start < mention.end && mention.start < mark.end;
/**
 * The mark spans the whole mention; an Arabic prefix written onto the mention ("وحرستا", and) may
 * stay outside it, as the engine leaves attached prefixes out of every mark.
 */
const covers = (text: string, mark: Mark, mention: Located) =>
  mention.start !== undefined &&
  mention.end !== undefined &&
  (mark.start <= mention.start || ARABIC_PREFIX.test(text.slice(mention.start, mark.start))) &&
  mention.end <= mark.end;

/**
 * Matches marks (in any order; taken in text order) to the expected mentions: each mark takes the
 * first unmatched expected mention that overlaps it and has one of its ids.
 */
export function score(
  text: string,
  expected: readonly Expected[],
  marks: readonly Mark[],
  /** Ids the set already uses; undefined: never credit a mark on a `MISSING:` mention. */
  knownIds?: ReadonlySet<string>,
): Score {
  const located = locate(text, expected);
  const taken = new Set<number>();
  const found: Score['found'] = [];
  const wrong: Score['wrong'] = [];
  const ordered = [...marks].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const mark of ordered) {
    const hit = located.findIndex((mention, i) => !taken.has(i) && mark.ids.includes(mention.id) && overlaps(mark, mention));
    const newEntry = knownIds !== undefined && mark.ids.every((id) => !knownIds.has(id));
    const added =
      hit >= 0 || !newEntry
        ? -1
        : located.findIndex((mention, i) => !taken.has(i) && isMissingId(mention.id) && covers(text, mark, mention));
    const at = hit >= 0 ? hit : added;
    if (at < 0) {
      wrong.push({ surface: mark.text, id: mark.ids.join(' | ') });
      continue;
    }
    taken.add(at);
    const { surface, id } = located[at]!;
    found.push(
      added >= 0 ? { surface, id, ambiguous: mark.ambiguous, added: mark.ids.join(' | ') } : { surface, id, ambiguous: mark.ambiguous },
    );
  }
  const missed = located.flatMap(({ surface, id }, index) => (taken.has(index) ? [] : [{ surface, id, index }]));
  return { found, missed, wrong, located };
}

/** Every entry id the set's expected mentions use (the entries that existed when it was annotated). */
export const knownIdsOf = (sets: readonly (readonly Expected[])[]): Set<string> =>
  new Set(sets.flatMap((expected) => expected.map(([, id]) => id).filter((id) => !isMissingId(id))));

/** `[surface, id, cause]` as articles.json stores missed mentions and wrong marks. */
export type Cause = readonly [surface: string, id: string, cause: string];

/**
 * Causes for a new list of missed mentions or wrong marks: an old entry with the same surface and id
 * gives its cause (each old entry used once); the others get "?".
 */
export function carryCauses(items: readonly { readonly surface: string; readonly id: string }[], old: readonly Cause[]): Cause[] {
  const pool = [...old];
  return items.map(({ surface, id }) => {
    const at = pool.findIndex(([s, i]) => s === surface && i === id);
    if (at < 0) return [surface, id, '?'] as const;
    const [entry] = pool.splice(at, 1);
    return [surface, id, entry![2]] as const;
  });
}

export interface Totals {
  articles: number;
  expected: number;
  missingExpected: number;
  marks: number;
  found: number;
  ambiguous: number;
  wrong: number;
  missed: number;
  missedMissing: number;
}

export const emptyTotals = (): Totals => ({
  articles: 0,
  expected: 0,
  missingExpected: 0,
  marks: 0,
  found: 0,
  ambiguous: 0,
  wrong: 0,
  missed: 0,
  missedMissing: 0,
});

export interface StoredResult {
  readonly found: number;
  readonly ambiguous: number;
  readonly missed: readonly Cause[];
  readonly wrong: readonly Cause[];
}

/** Adds one article (its expected mentions and its result) to the totals. */
export function addArticle(totals: Totals, expected: readonly Expected[], result: StoredResult): void {
  totals.articles++;
  totals.expected += expected.length;
  totals.missingExpected += expected.filter(([, id]) => isMissingId(id)).length;
  totals.marks += result.found + result.wrong.length;
  totals.found += result.found;
  totals.ambiguous += result.ambiguous;
  totals.wrong += result.wrong.length;
  totals.missed += result.missed.length;
  totals.missedMissing += result.missed.filter(([, id]) => isMissingId(id)).length;
}

export interface Rates {
  /** found / (found + missed whose entity has an entry) */
  readonly recall: number;
  /** found / (found + all missed) */
  readonly recallWithMissing: number;
  /** found / marks */
  readonly precision: number;
  /** (found - ambiguous) / marks */
  readonly strictPrecision: number;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

export function rates(t: Totals): Rates {
  return {
    recall: ratio(t.found, t.found + t.missed - t.missedMissing),
    recallWithMissing: ratio(t.found, t.found + t.missed),
    precision: ratio(t.found, t.marks),
    strictPrecision: ratio(t.found - t.ambiguous, t.marks),
  };
}

/** Display names of the languages the evaluation sets use, in table order. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'French',
  ar: 'Arabic',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
};

/**
 * The rows of the per-language table: the languages of LANGUAGE_NAMES that occur, in that order,
 * then any other language in the order first seen (never dropped: "all" would count it without a row).
 */
export function tableLanguages(seen: Iterable<string>): string[] {
  const present = new Set(seen);
  const known = Object.keys(LANGUAGE_NAMES);
  return [...known.filter((l) => present.has(l)), ...[...present].filter((l) => !known.includes(l))];
}
