/**
 * A generic name with a nationality adjective is that nation's body: "the Israeli Defense
 * Ministry", "وزارة الدفاع التركية", "le ministère de la Défense turc" are not Syria's defence
 * ministry, while "the Syrian defense ministry" and "وزارة الدفاع السورية" are it, named once.
 * English puts the adjective before the name; Arabic, French, Spanish and Italian after it.
 * The adjectives are those of the countries the news about the packs' conflicts names most.
 */
import { wordBefore } from './beside-words';
import { normalizeKey } from './normalize';

const BEFORE = [
  'Syrian',
  'Israeli',
  'Turkish',
  'Iranian',
  'Russian',
  'American',
  'Lebanese',
  'Iraqi',
  'Jordanian',
  'Egyptian',
  'Saudi',
  'Qatari',
  'Emirati',
  'British',
  'French',
  'German',
  'Ukrainian',
  'Yemeni',
  'Libyan',
  'Sudanese',
  'Pakistani',
  'Afghan',
  'Somali',
  'Nigerian',
  'Malian',
  'Kurdish',
  'Palestinian',
];
const AFTER = [
  // Arabic, feminine and masculine.
  'السورية',
  'السوري',
  'الإسرائيلية',
  'الإسرائيلي',
  'التركية',
  'التركي',
  'الإيرانية',
  'الإيراني',
  'الروسية',
  'الروسي',
  'الأمريكية',
  'الأميركية',
  'الأمريكي',
  'الأميركي',
  'اللبنانية',
  'اللبناني',
  'العراقية',
  'العراقي',
  'الأردنية',
  'الأردني',
  'المصرية',
  'المصري',
  'السعودية',
  'السعودي',
  'القطرية',
  'الإماراتية',
  'البريطانية',
  'الفرنسية',
  'الألمانية',
  'الأوكرانية',
  'اليمنية',
  'الليبية',
  // French.
  'syrien',
  'syrienne',
  'israélien',
  'israélienne',
  'turc',
  'turque',
  'iranien',
  'iranienne',
  'russe',
  'américain',
  'américaine',
  'libanais',
  'libanaise',
  'irakien',
  'irakienne',
  // Spanish.
  'sirio',
  'siria',
  'israelí',
  'turco',
  'turca',
  'iraní',
  'ruso',
  'rusa',
  'estadounidense',
  'libanés',
  'libanesa',
  'iraquí',
  // Italian.
  'siriano',
  'siriana',
  'israeliano',
  'israeliana',
  'iraniano',
  'iraniana',
  'russo',
  'russa',
  'americano',
  'americana',
  'statunitense',
  'libanese',
  'iracheno',
  'irachena',
];
const FOLDED_BEFORE = new Set(BEFORE.map(normalizeKey));
const FOLDED_AFTER = new Set(AFTER.map(normalizeKey));

/** A nationality adjective beside a name: its folded form and where it lies in the source. */
export interface Nationality {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const LOOK = 24;

/**
 * The nationality adjective right beside the source range [start, end): a capitalised English one
 * before it, or an Arabic, French, Spanish or Italian one after it.
 */
export function nationalityBeside(source: string, start: number, end: number): Nationality | undefined {
  const from = Math.max(0, start - LOOK);
  const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(source.slice(from, start));
  if (before !== undefined && before !== null) {
    const key = normalizeKey(before[1]!);
    if (FOLDED_BEFORE.has(key)) return { key, start: from + before.index, end: from + before.index + before[1]!.length };
  }
  const after = /^\s+([\p{L}\u064B-\u0652]+)/u.exec(source.slice(end, end + LOOK));
  if (after !== null) {
    const key = normalizeKey(after[1]!);
    const at = end + after[0].length - after[1]!.length;
    if (FOLDED_AFTER.has(key)) return { key, start: at, end: at + after[1]!.length };
  }
  return undefined;
}

const ARABIC = /[\u0600-\u06ff]/u;

/** The part of a folded adjective that its other genders and its country's name share ("syri" of "syrienne", "السوري" of "السوريه"). */
function stem(adjective: string): string {
  if (ARABIC.test(adjective)) return adjective.replace(/ه$/u, '');
  return adjective.slice(0, adjective.length >= 6 ? -2 : -1);
}

/** Whether the adjective is the nation of an entry with these folded strong names (a word of them starts with its stem). */
export function isOwnNationality(adjective: string, keys: readonly string[]): boolean {
  const own = stem(adjective);
  return keys.some((key) => key.split(' ').some((word) => word.startsWith(own)));
}

/** German adjectives of the same nations as they stand inside a name ("syrische Armee", "der israelischen Armee"). */
const GERMAN = ['syrisch', 'israelisch', 'türkisch', 'iranisch', 'russisch', 'amerikanisch', 'libanesisch', 'irakisch'].flatMap((stem) =>
  ['e', 'en', 'er', 'es'].map((ending) => normalizeKey(stem + ending)),
);
const ADJECTIVES = new Set([...FOLDED_BEFORE, ...FOLDED_AFTER, ...GERMAN]);
/** A state has one of each: its army, its military, its parliament, its air force. */
const INSTITUTIONS = new Set(
  [
    'army',
    'military',
    'parliament',
    'armée',
    'parlement',
    'ejército',
    'parlamento',
    'esercito',
    'armee',
    'parlament',
    'streitkräfte',
    'الجيش',
    'البرلمان',
  ].map(normalizeKey),
);

/**
 * A generic name made of a nation's adjective and one of a state's institutions ("Israeli army",
 * "الجيش السوري", "syrische Armee") names that nation's institution, whatever else the page says:
 * true when the adjective is the entry's own nation (its strong names, folded, are `keys`).
 */
export function namesOwnInstitution(text: string, keys: readonly string[]): boolean {
  const words = normalizeKey(text).split(' ');
  return words.some((word) => INSTITUTIONS.has(word)) && words.some((word) => ADJECTIVES.has(word) && isOwnNationality(word, keys));
}

/**
 * Masculine singular articles in French, Spanish and Italian: the countries whose names double as
 * an adjective are feminine there ("la Siria de hoy" is the country).
 */
const MASCULINE_ARTICLES = new Set(['le', 'un', 'du', 'au', 'el', 'del', 'al', 'il', 'lo', 'uno']);

/**
 * A place's name that is also a nationality noun, after a masculine article: "le Syrien Abou
 * Mohammed al-Adnani" is a Syrian man, though German calls the country "Syrien".
 */
export function demonymNoun(folded: string, start: number, end: number): boolean {
  if (!FOLDED_AFTER.has(folded.slice(start, end))) return false;
  const before = wordBefore(folded, start);
  return before !== undefined && MASCULINE_ARTICLES.has(folded.slice(before[0], before[1]));
}
