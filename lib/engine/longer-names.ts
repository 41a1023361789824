/**
 * A place's or organisation's name inside a longer proper name that no pack knows is not that
 * entry: "the Aleppo Media Centre", "Raqqa Is Being Slaughtered Silently", "el Ejército Libre
 * Siria", "la Red Siria de Derechos Humanos". In running text such a longer name shows as
 * capitalised words that continue the match: two or more right after it, two or more right before
 * it, or one on each side (small linking words such as "de" or "of" allowed after it, and one right
 * before it after two such words: "Ciudad Vieja de Alepo"). A word that
 * starts another known name ends the run ("Hezbollah Secretary-General Naim Qassem"). Words that are capitalised
 * for other reasons do not count: sentence and headline openings, function words, days and months,
 * compass points, titles of states ("República Árabe Siria" is Syria itself). A line in title case
 * (a headline) is left alone, and so are German nouns, which are capitalised anyway: one capitalised
 * word before or after a name is never enough. Nor are words that describe ("Afghan", "Iran-backed",
 * "Afghanistan's").
 */

/** Words written with a capital for reasons of their own, folded to lower case. */
const NOT_NAME_WORDS = new Set(
  [
    // Function words that open sentences and headlines.
    'a an the in on at to of from for by with after before as and or but if when while since during over under into about against',
    'le la les l un une des du de d au aux en dans pour par sur avec selon après avant depuis et ou',
    'el los las un una del al en con por para según tras desde y o',
    'il lo gli i una un nel nella nei negli per con su da dal dalla dopo prima e o',
    'der die das den dem des ein eine einer im in am an auf aus mit von vom zu zum zur nach vor seit und oder',
    // Days and months (capitalised in English and German).
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december',
    'montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober november dezember',
    // Compass points and other words that stand before a region's name.
    'north south east west northern southern eastern western central upper lower greater rural northeast northwest southeast southwest',
    'nord süd ost west nördlich südlich',
    // Titles of states and their heads: "Islamische Republik Iran", "President Erdogan".
    'republic republique république republica república repubblica republik arab arabe árabe araba arabische islamic islamique islámica islamica islamische kingdom royaume reino regno königreich',
    'president président presidente präsident king roi rey re könig prime minister premier ministre primer ministro',
    'secretary secretario secretaria segretario secrétaire sekretär',
  ]
    .join(' ')
    .split(' '),
);

/** Small words that may link the words of a longer name after the match ("Red Siria de Derechos Humanos"). */
const LINKS = new Set(['de', 'di', 'del', 'della', 'des', 'du', 'of', 'for']);

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const WORD = /[\p{L}\p{M}'’-]+/gu;
/** Headline: most words of the line capitalised. */
const TITLE_CASE_SHARE = 0.6;
const MIN_HEADLINE_WORDS = 4;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function lineAround(source: string, start: number, end: number): [number, number] {
  const from = source.lastIndexOf('\n', start - 1) + 1;
  const to = source.indexOf('\n', end);
  return [from, to < 0 ? source.length : to];
}

function wordsOf(text: string, offset: number): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/**
 * Capitalised words that describe rather than name: nationalities and creeds ("Afghan", "Islamist",
 * "Lebanese", "Iraqi"), "Iran-backed" and the like, and possessives ("Afghanistan's Islamist Taliban").
 */
const DESCRIBING = /(?:ian|ish|ese|an|i|ist|ic|-backed|-led|-based|-linked|-aligned|-allied|['’]s)$/u;

/**
 * Does a sentence, a line or a quotation open right before `at` (nothing but spaces, quotes or a
 * bracket since)? A capital there says nothing about a name.
 */
export function opensSentence(source: string, at: number): boolean {
  return /(?:^|[.!?:;\n«"“])[\s"'“«(]*$/u.test(source.slice(Math.max(0, at - 12), at));
}

/** Does this capitalised word describe rather than name ("Afghan", "Iran-backed", "Afghanistan's")? */
export const describes = (word: string): boolean => DESCRIBING.test(word);

/** A capitalised word that can be part of a proper name (not a function word, day, month, title or description). */
const nameWord = (word: Word | undefined) =>
  word !== undefined && CAPITALISED.test(word.text) && !NOT_NAME_WORDS.has(word.text.toLowerCase()) && !describes(word.text);

/** Only spaces between two words: a longer name is written in one run. */
const adjacent = (source: string, a: Word, b: Word) => /^ +$/u.test(source.slice(a.end, b.start));

/** The words of one line, and whether the line is a headline in title case. */
interface Line {
  readonly words: readonly Word[];
  readonly headline: boolean;
}

/** The first index in `words` whose word starts at or after `at` (words.length if none). */
function firstFrom(words: readonly Word[], at: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A reader for one text: is source[start, end) part of a longer capitalised name that the packs do
 * not list? `named(at)` says whether another known name starts at source offset `at`. Each line is
 * split into words once, however many names it holds (a page may come as one long line).
 */
export function longerNameReader(source: string, named: (at: number) => boolean = () => false): (start: number, end: number) => boolean {
  const lines = new Map<number, Line>();
  const lineOf = (start: number, end: number): Line => {
    const [lineStart, lineEnd] = lineAround(source, start, end);
    let line = lines.get(lineStart);
    if (line === undefined) {
      const words = wordsOf(source.slice(lineStart, lineEnd), lineStart);
      const capitalised = words.filter((w) => CAPITALISED.test(w.text)).length;
      line = { words, headline: words.length >= MIN_HEADLINE_WORDS && capitalised / words.length >= TITLE_CASE_SHARE };
      lines.set(lineStart, line);
    }
    return line;
  };

  /**
   * The capitalised name words running back from words[from] to `next`: how many, the first of them,
   * and whether one of them starts another known name.
   */
  const runBefore = (words: readonly Word[], from: number, next: Word) => {
    let count = 0;
    let first = next;
    let known = false;
    for (let i = from; i >= 0; i--) {
      const word = words[i]!;
      if (!adjacent(source, word, first) || !nameWord(word)) break;
      if (named(word.start)) known = true;
      count++;
      first = word;
    }
    return { count, first, known };
  };

  /**
   * "Ciudad Vieja de Alepo", "Central Bank of Syria", "Departamento del Tesoro de Estados Unidos":
   * capitalised words joined by linking words, right before the name; how many, not counting a
   * sentence's opening word. None when the words belong to another known name ("Free Syrian Army
   * of Idlib" is the army and the place).
   */
  const linkedBefore = (words: readonly Word[], lastBefore: number, start: number): number => {
    let next: Word = { text: '', start, end: start };
    let count = 0;
    let i = lastBefore;
    for (;;) {
      const link = words[i];
      if (link === undefined || !LINKS.has(link.text.toLowerCase()) || !adjacent(source, link, next)) break;
      const run = runBefore(words, i - 1, link);
      if (run.known) return 0;
      if (run.count === 0) break;
      count += run.count;
      if (opensSentence(source, run.first.start)) return count - 1;
      next = run.first;
      i -= run.count + 1;
    }
    return count;
  };

  return (start, end) => {
    const { words, headline } = lineOf(start, end);
    if (headline) return false;

    const firstAfter = firstFrom(words, end);
    const lastBefore = firstFrom(words, start) - 1;

    // After: capitalised words, linking words allowed between them; `direct` counts those before any link.
    let after = 0;
    let direct = 0;
    let linked = false;
    let previous: Word = { text: '', start: end, end };
    for (let i = firstAfter; i < words.length; i++) {
      const word = words[i]!;
      if (!adjacent(source, previous, word) || named(word.start)) break;
      if (nameWord(word)) {
        after++;
        if (!linked) direct++;
      } else if (LINKS.has(word.text.toLowerCase())) linked = true;
      else break;
      previous = word;
    }
    if (direct >= 2) return true;

    // Before: capitalised words right before, the first of them not opening the sentence.
    const run = runBefore(words, lastBefore, { text: '', start, end: start });
    if (run.count === 0) {
      // "Faithful of Raqqa Brigade": one linked word before and one after are as good as two before.
      const linked = linkedBefore(words, lastBefore, start);
      return linked >= 2 || (linked >= 1 && after >= 1);
    }
    const before = run.count - (opensSentence(source, run.first.start) ? 1 : 0);
    return before >= 2 || (before >= 1 && after >= 1);
  };
}

/** One question of longerNameReader, for a single name. */
export function insideLongerName(source: string, start: number, end: number, named: (at: number) => boolean = () => false): boolean {
  return longerNameReader(source, named)(start, end);
}
