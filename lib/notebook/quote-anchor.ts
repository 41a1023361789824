/**
 * Quote anchors for saved mentions: cut the sentence around a mention out of a page's collected
 * text, and find it again later in a text that may have changed. DOM-free, so it runs anywhere.
 */
import type { QuoteAnchor } from './notebook';

/** How much context to keep on each side of the quoted sentence. */
const CONTEXT_CHARS = 32;
/** Longest quote kept: a paragraph with no punctuation must not become the whole "sentence". */
const MAX_EXACT_CHARS = 400;
/** How far from the mention to look for the sentence's ends; well beyond any uncapped sentence. */
const SCAN_CHARS = MAX_EXACT_CHARS * 8;
const CUT_MARK = '…';

/**
 * Sentence boundaries come from Intl.Segmenter (Unicode's sentence rules, the same in every browser
 * and for English, French and Arabic). Those rules end a sentence at every period followed by a
 * space and a capital, so "Dr. Smith" and "J. Doe" would be cut in two: a boundary right after one
 * of these short titles, a single letter or a dotted initialism ("U.S.") is dropped. Words that also
 * often end a sentence ("Inc.", "etc.", month names) are left out: splitting those costs less than
 * merging two sentences.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Sr',
  'Jr',
  'St',
  'Mt',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Capt',
  'Maj',
  'Cmdr',
  'Adm',
  'Gov',
  'Sen',
  'Rep',
  'Rev',
  'Hon',
  'Pres',
  'vs',
  'cf',
  // French titles: Madame, Mademoiselle, Messieurs, Maître, Professeur.
  'Mme',
  'Mlle',
  'MM',
  'Me',
  'Pr',
]);
/** "U.S", "e.g", "i.e": a dotted initialism, whose final period does not end a sentence by itself. */
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
/** A single letter of any script: an initial ("J. Doe") or an Arabic title ("د." for doctor). */
const INITIAL = /^\p{L}$/u;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/** Does this segment end with an abbreviation's period rather than a sentence's? */
function endsWithAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.') || trimmed.endsWith('..')) return false;
  const lastWord = trimmed.slice(0, -1).split(/\s/u).at(-1) ?? '';
  const word = lastWord.replace(/^[\p{Ps}\p{Pi}"']+/u, '');
  return ABBREVIATIONS.has(word) || INITIAL.test(word) || INITIALISM.test(word);
}

/**
 * Positions in text[from, to) where a sentence ends (after its punctuation, closing quotes and the
 * white space that follows). The end of the range itself is not reported: it may cut a sentence.
 */
export function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  for (const { index, segment } of segmenter.segment(text.slice(from, to))) {
    const end = from + index + segment.length;
    if (end >= to) break;
    if (!endsWithAbbreviation(segment)) ends.push(end);
  }
  return ends;
}

/** Splits a block of text into its sentences, white space trimmed (for tests and the notebook's readers). */
export function splitSentences(text: string): string[] {
  const ends = [...sentenceEnds(text, 0, text.length), text.length];
  return ends.map((end, i) => text.slice(i === 0 ? 0 : ends[i - 1], end).trim()).filter((sentence) => sentence !== '');
}

/** A white-space-collapsed copy of text[from, to), remembering where each character came from. */
interface Collapsed {
  readonly value: string;
  /** origin[k] is the index in the source text of value[k]. */
  readonly origin: number[];
}

function collapse(text: string, from: number, to: number): Collapsed {
  let value = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = from; i < to; i++) {
    if (isSpace(text[i])) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    // Leading and trailing white space is dropped; inner runs become one space.
    if (pendingSpace >= 0 && value.length > 0) {
      value += ' ';
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    value += text[i];
    origin.push(i);
  }
  return { value, origin };
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** Drops a half surrogate pair left at either end by a cut. */
function wholeCharacters(s: string): string {
  return s.replace(/^[\uDC00-\uDFFF]/u, '').replace(/[\uD800-\uDBFF]$/u, '');
}

/** Up to CONTEXT_CHARS of collapsed text ending at `at`; crosses block breaks, as any context may. */
function contextBefore(text: string, at: number): string {
  for (let span = CONTEXT_CHARS * 4; ; span *= 2) {
    const from = Math.max(0, at - span);
    const squashed = squash(text.slice(from, at));
    if (squashed.length >= CONTEXT_CHARS || from === 0) return wholeCharacters(squashed.slice(-CONTEXT_CHARS)).trimStart();
  }
}

function contextAfter(text: string, at: number): string {
  for (let span = CONTEXT_CHARS * 4; ; span *= 2) {
    const to = Math.min(text.length, at + span);
    const squashed = squash(text.slice(at, to));
    if (squashed.length >= CONTEXT_CHARS || to === text.length) return wholeCharacters(squashed.slice(0, CONTEXT_CHARS)).trimEnd();
  }
}

/**
 * The part of a collapsed sentence to keep, as [start, end) in collapsed indices: all of it when
 * no longer than `limit`, else a window around the mention leaving room for two cut marks.
 */
function keepWindow(length: number, mentionStart: number, mentionEnd: number, limit: number): [number, number] {
  if (length <= limit) return [0, length];
  const budget = MAX_EXACT_CHARS - 2 * CUT_MARK.length;
  if (mentionEnd - mentionStart >= budget) return [mentionStart, mentionStart + budget];
  const room = budget - (mentionEnd - mentionStart);
  const right = Math.min(length - mentionEnd, room - Math.min(mentionStart, Math.floor(room / 2)));
  const left = Math.min(mentionStart, room - right);
  return [mentionStart - left, mentionEnd + right];
}

/** Moves a cut window inwards to the nearest spaces, so no word is cut in half. */
function snapToWords(value: string, [start, end]: [number, number], mentionStart: number, mentionEnd: number): [number, number] {
  let from = start;
  let to = end;
  if (from > 0 && value[from - 1] !== ' ') {
    const space = value.indexOf(' ', from);
    if (space >= 0 && space < mentionStart) from = space + 1;
  }
  if (to < value.length && value[to] !== ' ') {
    const space = value.lastIndexOf(' ', to - 1);
    if (space >= mentionEnd) to = space;
  }
  return [from, to];
}

/**
 * The sentence around a mention at text[start, end), with a little context on each side.
 * `text` is a page's collected text, blocks separated by "\n"; a sentence never crosses a block.
 * When the sentence is over MAX_EXACT_CHARS, `exact` is a window around the mention with "…"
 * marking the cuts, and prefix/suffix are the text next to that window (so prefix + exact +
 * suffix stays one contiguous passage, as in a W3C TextQuoteSelector).
 */
export function quoteAround(text: string, start: number, end: number): QuoteAnchor {
  let mentionStart = Math.max(0, Math.min(start, end, text.length));
  let mentionEnd = Math.min(text.length, Math.max(start, end, 0));
  while (mentionStart < mentionEnd && isSpace(text[mentionStart])) mentionStart++;
  while (mentionEnd > mentionStart && isSpace(text[mentionEnd - 1])) mentionEnd--;

  const blockStart = mentionStart > 0 ? text.lastIndexOf('\n', mentionStart - 1) + 1 : 0;
  const newline = text.indexOf('\n', mentionEnd);
  const blockEnd = newline < 0 ? text.length : newline;
  // A sentence reaching this far is capped anyway, so a huge unbroken block is only scanned near the mention.
  const scanStart = Math.max(blockStart, mentionStart - SCAN_CHARS);
  const scanEnd = Math.min(blockEnd, mentionEnd + SCAN_CHARS);
  const ends = sentenceEnds(text, scanStart, scanEnd);
  const endBefore = ends.filter((at) => at <= mentionStart).at(-1);
  const sentenceStart = endBefore ?? scanStart;
  const endAfter = ends.find((at) => at >= mentionEnd && at > sentenceStart);
  const sentenceEnd = endAfter ?? scanEnd;
  // The scan limit cut the sentence short: mark that cut as any other.
  const scanCutBefore = endBefore === undefined && scanStart > blockStart;
  const scanCutAfter = endAfter === undefined && scanEnd < blockEnd;

  const { value, origin } = collapse(text, sentenceStart, sentenceEnd);
  if (value.length === 0) return { exact: '', prefix: contextBefore(text, sentenceStart), suffix: contextAfter(text, sentenceEnd) };
  const at = (raw: number): number => {
    const k = origin.findIndex((o) => o >= raw);
    return k < 0 ? value.length : k;
  };
  const inStart = at(mentionStart);
  const inEnd = Math.max(inStart, at(mentionEnd));
  const limit = MAX_EXACT_CHARS - (scanCutBefore ? 1 : 0) - (scanCutAfter ? 1 : 0);
  let [from, to] = snapToWords(value, keepWindow(value.length, inStart, inEnd, limit), inStart, inEnd);
  while (from < to && value[from] === ' ') from++;
  while (to > from && value[to - 1] === ' ') to--;

  const cutBefore = from > 0 || scanCutBefore;
  const cutAfter = to < value.length || scanCutAfter;
  const exact = `${cutBefore ? CUT_MARK : ''}${value.slice(from, to)}${cutAfter ? CUT_MARK : ''}`;
  const rawFrom = from > 0 ? origin[from]! : sentenceStart;
  const rawTo = to < value.length ? origin[to - 1]! + 1 : sentenceEnd;
  return { exact, prefix: contextBefore(text, rawFrom), suffix: contextAfter(text, rawTo) };
}

/** The text with all white space removed, remembering where each remaining character came from. */
function withoutSpaces(text: string): Collapsed {
  let value = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text[i])) continue;
    value += text[i];
    origin.push(i);
  }
  return { value, origin };
}

const unspaced = (s: string): string => s.replace(/\s+/gu, '');

/** The quote to look for: as saved, then, for a capped quote, without its "…" cut marks. */
function searchForms(exact: string): string[] {
  const forms = [unspaced(exact)];
  const uncut = unspaced(exact.replace(/^…/u, '').replace(/…$/u, ''));
  if (uncut !== forms[0]) forms.push(uncut);
  return forms.filter((form) => form.length > 0);
}

/**
 * Where the anchored passage starts in `text` (which may have changed since it was saved), or
 * undefined. White space is ignored throughout, since re-collected text rarely spaces identically.
 * Among several occurrences the one whose prefix and suffix still match wins, then the first.
 */
export function findQuote(text: string, anchor: QuoteAnchor): number | undefined {
  const hay = withoutSpaces(text);
  const prefix = unspaced(anchor.prefix);
  const suffix = unspaced(anchor.suffix);
  for (const form of searchForms(anchor.exact)) {
    let best: { index: number; score: number } | undefined;
    for (let index = hay.value.indexOf(form); index >= 0; index = hay.value.indexOf(form, index + 1)) {
      const before = hay.value.slice(Math.max(0, index - prefix.length), index) === prefix ? 1 : 0;
      const after = hay.value.startsWith(suffix, index + form.length) ? 1 : 0;
      const score = before + after;
      if (best === undefined || score > best.score) best = { index, score };
      if (score === 2) break;
    }
    if (best !== undefined) return hay.origin[best.index];
  }
  return undefined;
}
