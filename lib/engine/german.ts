/**
 * German declines the adjectives of a name and the genitive of its noun: "die Freie Syrische
 * Armee" becomes "der Freien Syrischen Armee", "das Internationale Komitee" "des Internationalen
 * Komitees", "der Islamische Staat" "den Islamischen Staat". Packs list a German name once, in the
 * nominative; these are the other forms the press writes, derived so they need not be listed.
 */

/** An attributive adjective's ending (Freie, Islamischer, Internationales, Vereinte). */
const ADJECTIVE_ENDING = /(?:e|er|es|en)$/u;
const CAPITALISED = /^\p{Lu}/u;
/** Feminine and plural endings: no genitive -s ("der Bewegung", "der Beobachtungsstelle", "der Nationen"). */
const NO_GENITIVE = /(?:ung|heit|keit|schaft|ion|tät|ei|en|[^e]e)$/u;
/** A noun ending in a hissing sound takes -es only ("des Roten Kreuzes", not "Kreuzs"). */
const SIBILANT = /[sxzß]$/iu;
/** A noun that also takes the genitive -es ("des Staates"). */
const TAKES_ES = /[^aeiouäöüsxzß]$/iu;

/**
 * The declined forms of a German name: its leading adjectives with -en, then its head noun as
 * written, with -s, and with -es where German allows it (a feminine or plural noun keeps its form);
 * and the name after a definite article, its -er/-es adjectives ending in -e. A name without a leading adjective has none.
 */
export function germanDeclensions(name: string): string[] {
  const words = name.split(' ');
  let adjectives = 0;
  while (
    adjectives < words.length - 1 &&
    CAPITALISED.test(words[adjectives]!) &&
    CAPITALISED.test(words[adjectives + 1]!) &&
    ADJECTIVE_ENDING.test(words[adjectives]!)
  )
    adjectives++;
  if (adjectives === 0) return [];
  const declined = words.slice(0, adjectives).map((word) => word.replace(ADJECTIVE_ENDING, 'en'));
  const head = words[adjectives]!;
  const rest = words.slice(adjectives + 1);
  const heads = NO_GENITIVE.test(head)
    ? [head]
    : SIBILANT.test(head)
      ? [head, `${head}es`]
      : [head, `${head}s`, ...(TAKES_ES.test(head) ? [`${head}es`] : [])];
  const forms = heads.map((h) => [...declined, h, ...rest].join(' '));
  // "Islamischer Staat" after an article: "der Islamische Staat", "das Internationale Komitee".
  const afterArticle = words.slice(0, adjectives).map((word) => word.replace(/(?:er|es)$/u, 'e'));
  forms.push([...afterArticle, head, ...rest].join(' '));
  return [...new Set(forms)].filter((form) => form !== name);
}

/** Compass points German joins to a country's or region's name ("Nordsyrien", "Südlibanon", "Nordostsyrien"). */
const COMPASS = ['Nord', 'Süd', 'Ost', 'West', 'Nordost', 'Nordwest', 'Südost', 'Südwest'];

/**
 * The compass compounds of a one-word German place name: "Nordsyrien" is a part of Syria the press
 * names in one word, so the name inside it is the place. Names of several words have none.
 */
export function germanCompassCompounds(name: string): string[] {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return [];
  const rest = name.toLowerCase();
  return COMPASS.map((point) => `${point}${rest}`);
}

/** Feminine place names (die Türkei, die Ukraine, die Schweiz) and names ending in a hissing sound take no genitive -s. */
const PLACE_WITHOUT_GENITIVE = /(?:e|ei|[sxzß])$/iu;

/**
 * The genitive of a one-word German place name: "Syriens", "des Jemens", "Katars". Countries and
 * cities are neuter and take -s; the feminine ones and those ending in a hissing sound keep their form.
 */
export function germanPlaceGenitive(name: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name) || PLACE_WITHOUT_GENITIVE.test(name)) return undefined;
  return `${name}s`;
}

/** A German genitive that is also a French plural of people: "Syriens", "Libyens", "Algeriens". */
const LIKE_A_FRENCH_PLURAL = /iens$/u;
/** Lower-case German words that take the genitive: "innerhalb Syriens", "nördlich Syriens". */
const GENITIVE_PREPOSITIONS = new Set(
  'innerhalb außerhalb ausserhalb während wegen trotz statt anstelle seitens entlang jenseits diesseits nördlich südlich östlich westlich unweit inmitten'.split(
    ' ',
  ),
);
/** French words that stand before a plural of people: "les Syriens", "des Syriens", "nombreux Syriens". */
const FRENCH_BEFORE_PEOPLE = new Set(
  'les des aux ces ses leurs nos vos deux trois plusieurs nombreux quelques certains tous jeunes'.split(' '),
);

/** The words right before and after text[start, end) on the same line, if any. */
function wordsAround(text: string, start: number, end: number): [string | undefined, string | undefined] {
  return [
    /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1],
    /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1],
  ];
}

/**
 * Is the genitive text[start, end) German here, not the French plural it is spelt like? German shows
 * by a capitalised noun beside it ("die Zukunft Syriens", "Syriens Präsident") or a preposition
 * that takes the genitive ("innerhalb Syriens"); French puts an article before its people.
 * Forms that no French word shares read as German anywhere.
 */
export function readsAsGermanGenitive(text: string, start: number, end: number): boolean {
  if (!LIKE_A_FRENCH_PLURAL.test(text.slice(start, end))) return true;
  const [before, after] = wordsAround(text, start, end);
  if (before !== undefined) {
    const lower = before.toLowerCase();
    if (GENITIVE_PREPOSITIONS.has(lower)) return true;
    if (FRENCH_BEFORE_PEOPLE.has(lower)) return false;
    if (/^\p{Lu}/u.test(before)) return true;
  }
  return after !== undefined && /^\p{Lu}/u.test(after) && !FRENCH_BEFORE_PEOPLE.has(after.toLowerCase());
}

/**
 * The German genitive of a person's one-word name: "Trumps Zölle", "Scharaas Regierung". Names
 * ending in a hissing sound take an apostrophe instead, which the matcher already reads.
 */
export function germanPersonGenitive(name: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name) || /[sxzß]$/u.test(name)) return undefined;
  return `${name}s`;
}

/**
 * Is the person's genitive text[start, end) German here? German shows by a capitalised noun right
 * after it ("Trumps Regierung") or before it ("die Politik Trumps"); English "the Trumps" (a
 * family) has neither.
 */
export function readsAsGermanPersonGenitive(text: string, start: number, end: number): boolean {
  const [before, after] = wordsAround(text, start, end);
  const noun = (word: string | undefined) =>
    word !== undefined && /^\p{Lu}\p{Ll}/u.test(word) && !FRENCH_BEFORE_PEOPLE.has(word.toLowerCase());
  const german = (word: string | undefined) =>
    word !== undefined && (GENITIVE_PREPOSITIONS.has(word.toLowerCase()) || GERMAN_SMALL_WORDS.has(word));
  return noun(after) || (noun(before) && !/^(?:The|Les|Los|Las|Gli|I)$/u.test(before!)) || german(before);
}

/** Small German words a genitive follows ("mit Assads alawitischer Heimat", "gegen Trumps Pläne"), found in no other language here. */
const GERMAN_SMALL_WORDS = new Set('mit für gegen unter nach seit bei über durch ohne und oder dass wie auch trotz zwischen'.split(' '));
