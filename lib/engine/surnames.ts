/**
 * The surname a person is called by after the first full mention ("Sharaa" and "al-Sharaa" after
 * "Ahmed al-Sharaa", "الشرع" after "أحمد الشرع", "Pedersen" after "Geir Pedersen"). Derived from
 * the entry's own names, so packs need not list them; they mark only where one of the person's
 * full names is on the same page (see disambiguate).
 */
import { ALIAS_CASE_SENSITIVE } from './alias-index';
import type { MatchableEntry } from './entry-shape';
import { wordDistance } from './lookup';
import { normalizeKey } from './normalize';

/** Articles and particles that belong to the surname after them ("al-Sharaa", "de Mistura"). */
const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'an', 'ar', 'de', 'di', 'da', 'del', 'van', 'von', 'آل']);
/** "bin Salman", "Abu Qasra", "Abdul Ghany": the word after names a father or completes a compound; alone it is someone else. */
const BOUND = new Set(['bin', 'ben', 'ibn', 'abu', 'abou', 'ould', 'abd', 'abdel', 'abdul', 'بن', 'ابن', 'أبو', 'ابو', 'عبد']);
/** Last words that are not surnames: regnal numbers, suffixes, words of God's names, ordinals. */
const NOT_SURNAMES = /^(?:[IVX]+|Jr|Sr|Jnr|Snr|الله|الرحمن|الثاني|ثاني|الثالث|الأول)\.?$/iu;
/** Given names so common that alone they point at no one in particular. */
const COMMON_GIVEN = new Set(
  'ahmed ahmad mohammed muhammad mohammad ali hassan hasan hussein husain mustafa mostafa ibrahim omar umar khaled khalid mahmoud yusuf youssef salman أحمد محمد علي حسن حسين مصطفى إبراهيم عمر خالد محمود يوسف سلمان الحسن'.split(
    ' ',
  ),
);
/**
 * Names that are styles, not given name + surname ("King Abdullah II of Jordan", "Emir of
 * Qatar"): their last word is a realm or a number, never what the person is called.
 */
const STYLED =
  /\b(?:of|King|Queen|Prince|Princess|Emir|Sheikh|Pope|Sultan|Roi|Reine|Émir|Cheikh|Pape)\b|\s[IVX]+\b|(?:^|\s)(?:الملك|الأمير|الشيخ|السلطان)(?:\s|$)/u;
const MIN_LETTERS = 3;

export interface DerivedSurname {
  readonly text: string;
  /** Extra alias flags: Latin forms are compared as written ("Hijab" the man, not "hijab" the scarf). */
  readonly flags: number;
}

/** Splits a name into words, a hyphen-joined particle apart ("al-Sharaa" → ["al-", "Sharaa"]). */
function words(name: string): string[] {
  return name.split(/[\s\u00a0]+/u).flatMap((word) => {
    const dash = word.match(/^(\p{L}{1,4})[-‐‑](\p{L}.*)$/u);
    return dash && PARTICLES.has(dash[1]!.toLowerCase()) ? [`${dash[1]}-`, dash[2]!] : [word];
  });
}

const capitalised = (particle: string) => particle.charAt(0).toUpperCase() + particle.slice(1);
const hasCase = (text: string) => text !== text.toLowerCase() || text !== text.toUpperCase();

/** Folded letters of a word, for comparing spellings ("al-Charaa" and "al-Sharaa" compare "charaa", "sharaa"). */
const bare = (word: string) => normalizeKey(word).replace(/\s/gu, '');
/** How far a spelling may be from the surname of an own name to count as that surname (see lookup's weights). */
const SPELLING_DISTANCE = 1;

export function derivedSurnames(entry: MatchableEntry): DerivedSurname[] {
  if (entry.kind !== 'person') return [];
  const forms = new Set<string>();
  // The entry's own names give surnames; an alias gives one only where its last word is a spelling
  // of such a surname ("Ahmad al-Charaa" beside "Ahmed al-Sharaa"): aliases also hold noms de
  // guerre and kunyas ("Mazloum Kobani", "Abu Bakr"), whose last word is a place or a given name.
  const ownSurnames = entry.names
    .filter((name) => name.kind === 'name')
    .map((name) => bare(words(name.text.trim()).at(-1) ?? ''))
    .filter((word) => word.length >= MIN_LETTERS);
  const spelledLikeOwn = (last: string) => {
    const word = bare(last);
    return ownSurnames.some((own) => wordDistance(word, own, SPELLING_DISTANCE) <= SPELLING_DISTANCE);
  };
  for (const name of entry.names) {
    if ((name.kind !== 'name' && name.kind !== 'alias') || STYLED.test(name.text)) continue;
    const parts = words(name.text.trim());
    if (name.kind === 'alias' && (parts.length < 2 || !spelledLikeOwn(parts.at(-1)!))) continue;
    if (parts.length < 2) continue;
    const last = parts.at(-1)!;
    if (last.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) continue;
    const before = parts.at(-2)!;
    const particle = before.replace(/-$/u, '');
    const joined = (p: string) => (before.endsWith('-') ? `${p}-${last}` : `${p} ${last}`);
    if (BOUND.has(particle.toLowerCase())) {
      if (parts.length >= 3) forms.add(joined(particle)).add(joined(capitalised(particle)));
      continue;
    }
    if (NOT_SURNAMES.test(last)) continue;
    if (!COMMON_GIVEN.has(last.toLowerCase())) forms.add(last);
    if (PARTICLES.has(particle.toLowerCase()) && parts.length >= 3) forms.add(joined(particle)).add(joined(capitalised(particle)));
  }
  // A derived form that is already one of the entry's names is no news.
  const known = new Set(entry.names.map((n) => n.text));
  return [...forms].filter((text) => !known.has(text)).map((text) => ({ text, flags: hasCase(text) ? ALIAS_CASE_SENSITIVE : 0 }));
}

/**
 * The given names a person's full names start with ("Maher" of "Maher al-Assad", "ماهر" of "ماهر
 * الأسد"), and the common given names above: right before a surname, such a word makes the pair
 * someone else's name ("ماهر الشرع" is Maher, not Ahmed al-Sharaa).
 */
export function givenNames(entry: MatchableEntry): string[] {
  if (entry.kind !== 'person') return [];
  const found = new Set<string>();
  for (const name of entry.names) {
    if ((name.kind !== 'name' && name.kind !== 'alias') || STYLED.test(name.text)) continue;
    const parts = words(name.text.trim());
    if (parts.length < 2) continue;
    const first = parts[0]!;
    const bare = first.replace(/-$/u, '').toLowerCase();
    if (PARTICLES.has(bare) || BOUND.has(bare) || first.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) continue;
    found.add(first);
  }
  return [...found];
}

/**
 * First words of full names that are also titles, a country, or everyday words that stand before a
 * name ("على الأسد", on Assad, folds like علي; "غير الأسد", other than Assad; "بفضل", "نصر", "نجاة"):
 * never read as a given name before a surname.
 */
export const NOT_GIVEN_NAMES: readonly string[] = [
  ...'على غير بان قلب نصر فضل نجاة يسر ميسر سيف هادي فريد أسعد رائد الأخضر حجي سيد سید'.split(' '),
  ...'Israel Ban Caliph Amir Haj Hajji Sayyid Sayyed Ayatollah Sheikh Imam'.split(' '),
];

/**
 * Given names every index knows as such, beyond those of its own people: the common ones above and
 * other frequent Arabic given names in both scripts. Only words that do not otherwise stand right
 * before a family name ("نظام الأسد", the Assad regime, is no name; Nizam is left out).
 */
export const COMMON_GIVEN_NAMES: readonly string[] = [
  ...COMMON_GIVEN,
  ...'ماهر حازم فراس وائل رامي سامي باسل بسام مازن حسام أسامة طارق هشام زياد عماد نبيل وليد ياسر أيمن عادل نزار غسان عصام رياض فيصل سليم جمال عمار معاذ قاسم منذر أنس بشرى أسماء رزان'.split(
    ' ',
  ),
  ...'Maher Hazem Firas Wael Rami Sami Basel Bassel Bassam Mazen Hussam Hossam Osama Usama Tarek Tariq Hisham Ziad Imad Nabil Walid Yasser Yasir Ayman Adel Nizar Ghassan Issam Riad Riyad Faisal Salim Jamal Ammar Muath Qasim Munzer Anas Bushra Asma Razan'.split(
    ' ',
  ),
];
