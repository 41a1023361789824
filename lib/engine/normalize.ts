/**
 * Text normaliser for matching. Produces a folded copy of the input plus, for every folded
 * character, the index of the source character it came from, so a match found in the folded
 * text maps back to an exact range of the original.
 *
 * Folding: NFKD compatibility forms, case folding, Latin diacritics removed, apostrophe variants
 * removed (a possessive "'s" becomes a word break), hyphen and dash variants, quotation marks and all
 * white space become one space, invisible characters vanish, and Arabic is reduced to a search form
 * (no tashkeel or tatweel, one alef, ya/alef maqsura and ta marbuta/ha unified).
 */

export interface Normalized {
  /** The folded text. */
  readonly text: string;
  /** offsets[i] is the index in the source string of the character that produced text[i]. */
  readonly offsets: Int32Array;
}

import { WORD_RANGES } from './generated/word-ranges';

const SPACE = 0x20;

// Code unit → replacement. A string of length 0 deletes, anything else replaces.
// Entries are filled lazily; ASCII is filled eagerly because it is the hot path.
const foldCache: (string | undefined)[] = new Array(0x10000);

const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x201b, 0x2032, 0x02bb, 0x02bc, 0x02be, 0x02bf]);
const DASHES = new Set([0x2d, 0x058a, 0x05be, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
/**
 * Quotation marks fold to a word break: the press quotes part of a name (جبهة "النصرة", هيئة «تحرير
 * الشام», the Syrian "Democratic Forces"), and the name should read through them.
 */
const QUOTES = new Set([0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2039, 0x203a, 0x300c, 0x300d]);
const INVISIBLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ς: 'σ',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
};
const ARABIC_FOLDS: Record<number, string> = {
  1570: 'ا', // آ
  1571: 'ا', // أ
  1573: 'ا', // إ
  1649: 'ا', // ٱ
  1572: 'و', // ؤ
  1574: 'ي', // ئ
  1609: 'ي', // ى
  1740: 'ي', // Persian ye
  1577: 'ه', // ة
  1705: 'ك', // Persian kaf
  // Urdu letters, as Urdu names of South Asian groups are written ("لشکر طیبہ"): heh goal, heh
  // doachashmee, teh marbuta goal, yeh barree (and with hamza).
  1729: 'ه',
  1726: 'ه',
  1731: 'ه',
  1746: 'ي',
  1747: 'ي',
};

function isWhiteSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Combining marks that are diacritics on Latin, Greek or Cyrillic letters, plus Arabic tashkeel and tatweel. */
function isDroppedMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x06d6 && code <= 0x06ed)
  );
}

function computeFold(code: number): string {
  if (isWhiteSpaceCode(code) || DASHES.has(code) || QUOTES.has(code)) return ' ';
  if (INVISIBLE.has(code) || isDroppedMark(code)) return '';
  const arabic = ARABIC_FOLDS[code];
  if (arabic !== undefined) return arabic;
  const ch = String.fromCharCode(code);
  const special = SPECIAL_LETTERS[ch];
  if (special !== undefined) return special;
  let out = '';
  for (const part of ch.normalize('NFKD')) {
    const partCode = part.charCodeAt(0);
    if (isDroppedMark(partCode) || INVISIBLE.has(partCode)) continue;
    if (isWhiteSpaceCode(partCode) || DASHES.has(partCode)) {
      out += ' ';
      continue;
    }
    const lower = part.toLowerCase();
    out += SPECIAL_LETTERS[lower] ?? ARABIC_FOLDS[lower.charCodeAt(0)] ?? lower;
  }
  return out;
}

for (let code = 0; code < 0x80; code++) foldCache[code] = computeFold(code);

function fold(code: number): string {
  let folded = foldCache[code];
  if (folded === undefined) {
    folded = computeFold(code);
    foldCache[code] = folded;
  }
  return folded;
}

// Word characters of the folded text: letters, digits and marks (from a generated table, so no
// Unicode-property regex is compiled on the page). 0 = not yet looked up, 1 = word, 2 = not word.
const wordClass = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  wordClass[code] = (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 2;
}

function inWordRanges(code: number): boolean {
  let low = 0;
  let high = WORD_RANGES.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (code < WORD_RANGES[mid * 2]!) high = mid - 1;
    else if (code > WORD_RANGES[mid * 2 + 1]!) low = mid + 1;
    else return true;
  }
  return false;
}

/** Is this UTF-16 code unit part of a word? Surrogates count as word characters. */
export function isWordCode(code: number): boolean {
  let cls = wordClass[code];
  if (cls === 0) {
    cls = (code >= 0xd800 && code <= 0xdfff) || inWordRanges(code) ? 1 : 2;
    wordClass[code] = cls;
  }
  return cls === 1;
}

function isApostrophe(code: number): boolean {
  return code < 0x80 ? code === 0x27 || code === 0x60 : APOSTROPHES.has(code);
}

/** A possessive "'s": apostrophe after a word character, then s/S, then no further word character. */
function isPossessive(input: string, at: number): boolean {
  const next = input.charCodeAt(at + 1);
  if (next !== 0x73 && next !== 0x53) return false;
  const after = input.charCodeAt(at + 2);
  return Number.isNaN(after) || !isWordCode(after);
}

/**
 * Italian articles and prepositions that elide before a vowel: "dell’Onu", "all’Isis", "nell’area",
 * "un’offensiva". Folded (lower case, no accents), as they appear before the apostrophe.
 */
const ITALIAN_ELIDED = new Set(['all', 'dall', 'dell', 'nell', 'sull', 'coll', 'quell', 'quest', 'un']);
const LONGEST_ELIDED = 5;

/**
 * French and Italian elision: l’, d’, j’, qu’, dell’, all’… An apostrophe after a lone letter, "qu"
 * or an Italian elided article at the start of a word separates two words ("l’Observatoire",
 * "dell’Onu") instead of joining one ("Hay’at", "Ma’arrat").
 */
function isElision(out: Uint16Array, n: number): boolean {
  const startsWord = (at: number) => at < 0 || !isWordCode(out[at]!);
  if (startsWord(n - 2)) return true;
  if (n >= 2 && out[n - 2] === 0x71 /* q */ && out[n - 1] === 0x75 /* u */ && startsWord(n - 3)) return true;
  let start = n - 1;
  while (start > 0 && n - start <= LONGEST_ELIDED && !startsWord(start - 1)) start--;
  if (!startsWord(start - 1) || n - start > LONGEST_ELIDED) return false;
  return ITALIAN_ELIDED.has(String.fromCharCode(...out.subarray(start, n)));
}

let decoder: TextDecoder | undefined;

export function normalize(input: string): Normalized {
  const length = input.length;
  // Most characters fold to one; the rare expansions (ß → ss, ﬁ → fi) grow the buffers below.
  let capacity = length + 64;
  let out = new Uint16Array(capacity);
  let offsets = new Int32Array(capacity);
  let n = 0;
  let lastWasSpace = true; // suppresses leading space and runs

  for (let i = 0; i < length; i++) {
    const code = input.charCodeAt(i);
    // Fast path: ASCII letters and digits, written in place.
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      out[n] = code;
      offsets[n++] = i;
      lastWasSpace = false;
      continue;
    }
    if (code >= 0x41 && code <= 0x5a) {
      out[n] = code + 32;
      offsets[n++] = i;
      lastWasSpace = false;
      continue;
    }
    if (code === 0x20 || code === 0x0a) {
      if (!lastWasSpace) {
        out[n] = SPACE;
        offsets[n++] = i;
        lastWasSpace = true;
      }
      continue;
    }
    let folded: string;
    if (isApostrophe(code)) {
      const previous = n > 0 ? out[n - 1]! : SPACE;
      if (previous === SPACE || !isWordCode(previous) || !(isPossessive(input, i) || isElision(out, n))) continue;
      folded = ' ';
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      // Astral character: fold the pair as a whole (mathematical letters, rare scripts).
      folded = input
        .slice(i, i + 2)
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase();
    } else {
      folded = fold(code);
    }
    if (n + folded.length > capacity) {
      capacity = capacity * 2 + folded.length;
      const grownOut = new Uint16Array(capacity);
      grownOut.set(out);
      out = grownOut;
      const grownOffsets = new Int32Array(capacity);
      grownOffsets.set(offsets);
      offsets = grownOffsets;
    }
    for (let k = 0; k < folded.length; k++) {
      const c = folded.charCodeAt(k);
      if (c === SPACE) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      out[n] = c;
      offsets[n++] = i;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) i++;
  }

  decoder ??= new TextDecoder('utf-16le');
  const text = decoder.decode(new Uint8Array(out.buffer, 0, n * 2));
  return { text, offsets: offsets.subarray(0, n) };
}

/** Index in the source just past the character that produced folded character `index`. */
export function sourceEnd(source: string, normalized: Normalized, index: number): number {
  const start = normalized.offsets[index]!;
  const code = source.charCodeAt(start);
  return code >= 0xd800 && code <= 0xdbff ? start + 2 : start + 1;
}

/** `text` without diacritics, Arabic tashkeel and tatweel (the marks folding drops), letters kept as written. */
export function withoutMarks(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isDroppedMark(text.charCodeAt(i))) out += text[i];
  return out;
}

/** Folds a name the way page text is folded, trimming separators from both ends. */
export function normalizeKey(text: string): string {
  const folded = normalize(text).text;
  let start = 0;
  let end = folded.length;
  while (start < end && !isWordCode(folded.charCodeAt(start))) start++;
  while (end > start && !isWordCode(folded.charCodeAt(end - 1))) end--;
  return folded.slice(start, end);
}

/** The words of folded text, in order (a regex-free split: cheap on a cold page). */
export function wordsOf(folded: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < folded.length) {
    while (i < folded.length && !isWordCode(folded.charCodeAt(i))) i++;
    const start = i;
    while (i < folded.length && isWordCode(folded.charCodeAt(i))) i++;
    if (i > start) words.push(folded.slice(start, i));
  }
  return words;
}
