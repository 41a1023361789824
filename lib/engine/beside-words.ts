/**
 * The words beside a match that change what it means: capitals around an acronym ("LET US KNOW"),
 * a sentence's opening, an indefinite article ("un État islamique"), a plural article before a
 * surname ("les Assad"), an unknown given name before one ("Jalaluddin Haqqani"), the feminine noun
 * before an Arabic place name that is then its adjective ("مصادر إعلامية سورية"), a leader's title
 * ("Präsident Putin"), an elided article ("dell’Isis"), a surname after a country's name that people
 * carry ("Israel Clemente").
 */
import { describes, opensSentence } from './longer-names';
import type { RawMatch } from './matcher';
import { isWordCode, normalizeKey, withoutMarks } from './normalize';

/** Separator characters looked across for the words beside an acronym. */
const NEIGHBOUR_GAP = 4;
/** Letters Arabic attaches to the front of a word: and, so, with, to, like. */
export const ARABIC_CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** The letters of the word before source[at] and after source[end], across a few separator characters. */
function neighbourWord(source: string, at: number, step: -1 | 1): string {
  let i = step < 0 ? at - 1 : at;
  let gap = 0;
  while (i >= 0 && i < source.length && !/\p{L}/u.test(source[i]!)) {
    if (++gap > NEIGHBOUR_GAP) return '';
    i += step;
  }
  let word = '';
  while (i >= 0 && i < source.length && /\p{L}/u.test(source[i]!)) {
    word = step < 0 ? source[i] + word : word + source[i];
    i += step;
  }
  return word;
}

export const isCapsWord = (word: string) => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
const hasLower = (word: string) => word !== word.toUpperCase();

/** A word in capitals right beside the match: "LET US KNOW", "WHAT IS NEXT", "UN HOMME". */
export function besideCapitals(source: string, match: RawMatch): boolean {
  return isCapsWord(neighbourWord(source, match.sourceStart, -1)) || isCapsWord(neighbourWord(source, match.sourceEnd, 1));
}

/**
 * Running mixed-case text around an all-capital acronym: no neighbour in capitals ("TELL US MORE",
 * "UN HOMME") and at least one with small letters ("the US and Russia", "l'ONU").
 */
export function inMixedCase(source: string, match: RawMatch): boolean {
  if (besideCapitals(source, match)) return false;
  return hasLower(neighbourWord(source, match.sourceStart, -1)) || hasLower(neighbourWord(source, match.sourceEnd, 1));
}

/** The folded word right before `start` when only spaces separate it, as [start, end). */
export function wordBefore(folded: string, start: number): [number, number] | undefined {
  let end = start;
  while (end > 0 && folded.charCodeAt(end - 1) === 0x20) end--;
  if (end === start || end === 0 || !isWordCode(folded.charCodeAt(end - 1))) return undefined;
  let begin = end;
  while (begin > 0 && isWordCode(folded.charCodeAt(begin - 1))) begin--;
  return [begin, end];
}

/**
 * "مصادر إعلامية سورية", "مدينة سورية": a place's one-word Arabic name that is also the feminine
 * adjective of that place (it ends in ية) right after an indefinite feminine word (ending in ة, or a
 * feminine plural in ات) is that adjective, "Syrian", not the place. After a preposition ("في سورية") or a masculine word
 * ("جنوب سورية") it is the place. So after "and" and such a word ("قوات أمريكية وسورية").
 */
export function adjectiveAfterFeminine(folded: string, source: string, match: RawMatch, offsets: Int32Array): boolean {
  const written = withoutMarks(source.slice(match.sourceStart, match.sourceEnd));
  if (!/^[\u0621-\u064A]{2,}ية$/u.test(written) || written.startsWith('ال')) return false;
  // "قوات أمريكية وسورية": joined by "and" to an adjective before it, read from the word before the "and".
  const joined = (folded[match.start - 1] === 'و' || folded[match.start - 1] === 'ف') && folded[match.start - 2] === ' ';
  const before = wordBefore(folded, joined ? match.start - 1 : match.start);
  if (before === undefined) return false;
  const [begin, end] = before;
  const word = withoutMarks(source.slice(offsets[begin]!, offsets[end - 1]! + 1));
  // "السورية" after "الحكومة" is already no match (the names carry no article); an article on the
  // word before, behind an attached "and", "to"… or not, makes it definite.
  const definite = word.startsWith('ال') || (ARABIC_CLITICS.has(word[0]!) && word.startsWith('ال', 1));
  // A sound feminine plural takes the same adjective ("محافظات سورية", "قوات سورية").
  return (word.endsWith('ة') || (word.endsWith('ات') && word.length > 3)) && !definite;
}

/**
 * French, Spanish, Italian and German put a noun's modifiers after it, so an indefinite article right
 * before an organisation's name of two words or more makes it a common noun phrase: "un État
 * islamique" is an Islamic state, "ein islamischer Staat" any such state; one word stays a name ("un
 * Hezbollah affaibli"). English counts only where a word after the first is written small ("rebels
 * who seek an Islamic state"): "an Islamic State fighter" keeps the name's capitals.
 */
const INDEFINITE = new Set(['un', 'une', 'una', 'uno', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines']);
const ENGLISH_INDEFINITE = new Set(['a', 'an']);

export function indefiniteBefore(source: string, match: RawMatch): boolean {
  const word = /(\p{L}+)\s+$/u.exec(source.slice(Math.max(0, match.sourceStart - 8), match.sourceStart))?.[1];
  if (word === undefined || word === word.toUpperCase()) return false;
  if (INDEFINITE.has(word.toLowerCase())) return true;
  return ENGLISH_INDEFINITE.has(word.toLowerCase()) && writtenSmall(source.slice(match.sourceStart, match.sourceEnd));
}

/** Small words inside proper names: articles, particles, prepositions ("Hayat Tahrir al-Sham", "Bank of England"). */
const NAME_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ud|bin|ibn|bint|abu|of|the|for|and|on|de|du|des|la|le|y|e|di|del|von|van)(?:[-‐'’]|$)/u;

/** A capitalised name with a word after the first written small, no particle: "Islamic state", not "Tahrir al-Sham". */
function writtenSmall(text: string): boolean {
  const words = text.split(/\s+/u);
  return /^\p{Lu}/u.test(words[0] ?? '') && words.some((word, i) => i > 0 && /^\p{Ll}/u.test(word) && !NAME_PARTICLE.test(word));
}

/** Titles and honorifics that stand before a surname ("President Sharaa", "Cheikh Qassem"), folded to lower case. */
const TITLES = new Set(
  (
    'president presidente président präsident minister ministre ministro leader chief chef capo commander commandant comandante ' +
    'general général generale gen sheikh shaikh cheikh scheich jeque sceicco emir émir mullah mollah king roi rey re könig prince ' +
    'prinz príncipe principe envoy secretary spokesman colonel colonnello coronel oberst brigadier major lieutenant captain dr mr mrs ' +
    'ms mme herr frau signor señor imam ayatollah hajj haji sayyed sayyid premier chancellor kanzler'
  ).split(' '),
);
/** Titles a head of state or government is named by, folded: before a well-known leader's surname they are evidence enough. */
const LEADER_TITLES = new Set(
  [
    ...'president presidente président präsident premier chancellor kanzler king roi rey re könig prince prinz emir émir sheikh cheikh ayatollah'.split(
      ' ',
    ),
    ...'الرئيس الملك الأمير الشيخ المستشار'.split(' '),
  ].map(normalizeKey),
);

/**
 * A leader's title right before the match, on the same line ("President Putin", "Präsident Erdogan",
 * "الرئيس بوتين"): the well-known holder of that name is meant even where nothing else on the page says so.
 */
export function leaderTitleBefore(folded: string, source: string, match: RawMatch, offsets: Int32Array): boolean {
  const before = wordBefore(folded, match.start);
  if (before === undefined || !LEADER_TITLES.has(folded.slice(before[0], before[1]))) return false;
  return sameLine(source, offsets, before[1], match);
}

/** The folded word ending at `wordEnd` and the match stand on one line: a headline's last word is no title or given name of the next line's first. */
export function sameLine(source: string, offsets: Int32Array, wordEnd: number, match: RawMatch): boolean {
  return !/[\n\r]/u.test(source.slice(offsets[wordEnd - 1]!, match.sourceStart));
}

/**
 * A capitalised Latin word right before the match that is no title, no description and does not
 * open a sentence: the given name of someone the packs do not list.
 */
export function otherNameBefore(source: string, match: RawMatch): boolean {
  const found = /(\p{Lu}[\p{Ll}'’-]+) +$/u.exec(source.slice(Math.max(0, match.sourceStart - 24), match.sourceStart));
  if (found === null) return false;
  const word = found[1]!;
  const at = match.sourceStart - found[0].length;
  return !TITLES.has(word.toLowerCase()) && !describes(word) && !opensSentence(source, at) && !inTitleCaseLine(source, at);
}

/** The line around `at` is a headline in title case ("Putin Receives Sharaa in Moscow"): most of its words capitalised. */
function inTitleCaseLine(source: string, at: number): boolean {
  const from = source.lastIndexOf('\n', at) + 1;
  const to = source.indexOf('\n', at);
  const words = source.slice(from, to < 0 ? source.length : to).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** Plural articles and "family of": before a surname they make it the family ("les Assad", "des Al-Assad", "آل الأسد"), not one person. */
const FAMILY_BEFORE = new Set(['les', 'des', 'aux', 'los', 'las', 'gli', 'degli', 'agli', 'ال']);

export function familyBefore(folded: string, match: RawMatch): boolean {
  const before = wordBefore(folded, match.start);
  return before !== undefined && FAMILY_BEFORE.has(folded.slice(before[0], before[1]));
}

/** French and Italian elided articles and prepositions: "l’", "d’", "dell’", "all’"… */
const ELIDED_ARTICLE = /(?:^|[^\p{L}])(?:l|d|dell|all|dall|nell|sull)['’]$/iu;

/** An elided article right before `at` ("dell’Isis", "l’Onu"): the word after it is a noun, a body's name, not a person's. */
export function elidedArticleBefore(source: string, at: number): boolean {
  return ELIDED_ARTICLE.test(source.slice(Math.max(0, at - 6), at));
}

/** Countries whose names are also given names: "Israel Clemente", "Jordan Henderson", "Chad Smith". */
const PLACE_GIVEN_NAMES = new Set(['Israel', 'Jordan', 'Georgia', 'Chad', 'India']);
/** Capitalised words after a country's name that are no surname: days and months ("Israel Sunday said"). */
const NOT_SURNAME_AFTER =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * The match is a given name: a country's name that people also carry, written as in the source and
 * followed by a capitalised word no pack knows on the same line ("e Israel Clemente (León, 1971)").
 * `named(at)` says whether a known name starts at source offset `at`; title-case lines are left alone.
 */
export function placeAsGivenName(source: string, match: RawMatch, named: (at: number) => boolean): boolean {
  if (!PLACE_GIVEN_NAMES.has(source.slice(match.sourceStart, match.sourceEnd))) return false;
  const next = /^ (\p{Lu}\p{Ll}+)/u.exec(source.slice(match.sourceEnd, match.sourceEnd + 30));
  if (next === null || NOT_SURNAME_AFTER.test(next[1]!) || named(match.sourceEnd + 1)) return false;
  return !inTitleCaseLine(source, match.sourceStart);
}

/**
 * A name written all in small letters where the text before it capitalises ("israel- und
 * judenfeindliche Propaganda", a German compound's first half): a word, not the name. `names` gives the
 * entries' own names, asked for only then; one written in small letters itself ("sarin") is written as it should be.
 */
export function writtenInSmallLetters(source: string, match: RawMatch, names: () => readonly string[]): boolean {
  const text = source.slice(match.sourceStart, match.sourceEnd);
  if (!/\p{Ll}/u.test(text) || /\p{Lu}/u.test(text) || !names().every((name) => /\p{Lu}/u.test(name))) return false;
  return /\p{Lu}/u.test(source.slice(Math.max(0, match.sourceStart - 120), match.sourceStart));
}

/** Folded words right before a place name that make it a river or a valley's name ("valle del Yarmuk", "نهر العاصي"). */
const LANDFORM_BEFORE =
  /(?:^|\s)(?:valley of|vallee du|vallee de|vallee d|valle del|valle de|valle di|valle dello|river|riviere|fleuve|rio|fiume|وادي|نهر)\s$/u;
/** Folded words right after one ("the Yarmouk valley", "Jarmuk-Tal"). */
const LANDFORM_AFTER = /^\s(?:valley|river|tal)(?:\s|$)/u;

/**
 * The name is a river's or a valley's here ("in the Yarmouk valley", "valle del Yarmuk"), not the
 * town or camp of that name; unless the entry is the valley itself (one of its names, asked for only
 * then, says so).
 */
export function landformBeside(folded: string, match: RawMatch, ownNames: () => readonly string[]): boolean {
  const before = folded.slice(Math.max(0, match.start - 16), match.start);
  const after = folded.slice(match.end, match.end + 10);
  if (!LANDFORM_BEFORE.test(before) && !LANDFORM_AFTER.test(after)) return false;
  return !ownNames().some((name) => /(?:^|\s)(?:valley|river|vallee|valle|fleuve|rio|fiume|wadi|وادي|نهر)(?:\s|$)/u.test(name));
}
