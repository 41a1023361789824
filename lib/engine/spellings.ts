/**
 * Transliterations of one Arabic name differ in ways a reader takes as the same name: a doubled
 * letter written once (Assad, Asad; Charaa, Chara; Hassan, Hasan) and q written k (Qassem,
 * Kassem; Qasim, Kasim). The press writes each of these for the people in the packs, so a
 * person's full names are also compiled in those spellings; packs need list only one.
 */

const LATIN_ONLY = /^[\p{Script=Latin}\s'’.-]+$/u;
/** A letter written twice in a row, either case for the second ("Assad", "Charaa"). */
const DOUBLED = /(\p{L})\1/giu;
/** More doubled letters than this and only "all as written" and "all single" are derived. */
const MAX_SUBSETS = 2;

/** Every way of writing each doubled letter once or twice (all as written, all single, and mixes for a few). */
function singled(name: string): string[] {
  const runs = [...name.matchAll(DOUBLED)].map((m) => m.index);
  if (runs.length === 0) return [name];
  const choices = runs.length <= MAX_SUBSETS ? 1 << runs.length : 2;
  const forms: string[] = [];
  for (let mask = 0; mask < choices; mask++) {
    // With many runs, mask 1 stands for "every run single".
    const single = (r: number) => (runs.length <= MAX_SUBSETS ? (mask & (1 << r)) !== 0 : mask === 1);
    let form = '';
    let from = 0;
    runs.forEach((at, r) => {
      if (!single(r)) return;
      form += name.slice(from, at + 1);
      from = at + 2;
    });
    forms.push(form + name.slice(from));
  }
  return forms;
}

/** "Qassem" as "Kassem": q for the Arabic qaf, written k by French and other transliterations. */
const withK = (name: string) => name.replace(/q/g, 'k').replace(/Q/g, 'K');

/**
 * Given names the press transliterates several ways; a full name written with one is the same name
 * with another ("Mohammed Jalali", "Mohamed al-Jalali").
 */
const GIVEN_NAME_CLASSES: readonly (readonly string[])[] = [
  ['Mohammad', 'Mohammed', 'Muhammad', 'Mohamed', 'Mohamad', 'Muhammed'],
  ['Ahmad', 'Ahmed'],
  ['Mahmoud', 'Mahmud'],
  ['Hussein', 'Hussain', 'Husain', 'Hussen'],
  ['Youssef', 'Yousef', 'Yusuf', 'Youssouf'],
  ['Khaled', 'Khalid'],
  ['Omar', 'Umar'],
  ['Abdul', 'Abdel', 'Abdal'],
];
const CLASS_OF = new Map(GIVEN_NAME_CLASSES.flatMap((names) => names.map((given) => [given, names] as const)));
/** "al-", "el-" inside a full name (not as its first word): AP and others drop it ("Bashar Assad"). */
const INNER_ARTICLE = /(\s)[ae]l-(?=\p{Lu})/gu;

/** The full name with its first word in the other transliterations of that given name. */
function otherGivenNames(name: string): string[] {
  const [first, ...rest] = name.split(' ');
  const names = CLASS_OF.get(first!);
  if (names === undefined || rest.length === 0) return [];
  return names.filter((given) => given !== first).map((given) => [given, ...rest].join(' '));
}

/** An English transliteration as German writes it: sh as sch, kh as ch, j as dsch ("Baschar", "Scheich", "Dscholani"). */
const german = (name: string) =>
  name.replace(/sh/g, 'sch').replace(/Sh/g, 'Sch').replace(/kh/g, 'ch').replace(/Kh/g, 'Ch').replace(/j/g, 'dsch').replace(/J/g, 'Dsch');
/** As French writes it: sh as ch ("Bachar", "Charaa", "Cheikh"). */
const french = (name: string) => name.replace(/sh/g, 'ch').replace(/Sh/g, 'Ch');

/**
 * The other spellings of a Latin-script full name (two words or more): doubled letters single, q
 * as k, and both; the name without its inner articles ("Bashar Assad"); for both, the other
 * transliterations of its given name, and the German and French ways of writing sh, kh and j
 * ("Mustafa al-Scheich", "Ahmed al-Charaa"). A one-word name has none (alone, "Asad" is a given
 * name and a word).
 */
export function spellingVariants(name: string): string[] {
  if (!LATIN_ONLY.test(name) || name.trim().split(/[\s-]+/u).length < 2) return [];
  const forms = new Set<string>();
  for (const form of singled(name)) forms.add(form).add(withK(form));
  const bare = name.replace(INNER_ARTICLE, '$1');
  for (const form of bare === name ? [name] : [name, bare]) {
    forms.add(form).add(german(form)).add(french(form));
    for (const given of otherGivenNames(form)) forms.add(given);
  }
  forms.delete(name);
  return [...forms];
}

/** British and American spellings of words in English names: the press writes either for the same body. */
const ENGLISH_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['defense', 'defence'],
  ['organization', 'organisation'],
  ['center', 'centre'],
  ['labor', 'labour'],
  ['armored', 'armoured'],
  ['program', 'programme'],
];
const OTHER_SPELLING = new Map(ENGLISH_PAIRS.flatMap(([us, uk]) => [[us, uk] as const, [uk, us] as const]));
const PAIRED_WORD = new RegExp(`\\b(${[...OTHER_SPELLING.keys()].join('|')})\\b`, 'giu');

/** An English name in the other spelling ("Defence Ministry" for "Defense Ministry"), or undefined. */
export function otherEnglishSpelling(name: string): string | undefined {
  const form = name.replace(PAIRED_WORD, (word) => {
    const other = OTHER_SPELLING.get(word.toLowerCase())!;
    if (word === word.toUpperCase()) return other.toUpperCase();
    return word[0] === word[0]!.toUpperCase() ? other[0]!.toUpperCase() + other.slice(1) : other;
  });
  return form === name ? undefined : form;
}
