/**
 * A governorate named after its capital ("Deir ez-Zor Governorate", "محافظة دير الزور") is what the
 * press means by the city's name next to a province word: "Suweida province", "the province of
 * Suweida", "ريف دير الزور", "محافظتي إدلب وحماة". Which place entry is such a governorate, and of
 * which city, is read from the entries' own names (one of the governorate's names is a province
 * word plus one of the city's names), so packs need list no phrase and no link; the phrases are
 * derived for every spelling of the city and compiled as names of the governorate.
 */
import type { MatchableEntry } from './entry-shape';
import { normalizeKey } from './normalize';

/** Folded province words, before or after a place name, as found in governorates' own names. */
const NAMING_BEFORE = ['محافظه ', 'province of ', 'governorate of ', 'province de ', 'province d ', 'gouvernorat de ', 'gouvernorat d '];
const NAMING_AFTER = [' governorate', ' province'];

/**
 * Phrases that mean the governorate (or its countryside or region, which the press uses for the province),
 * in the languages of the evaluation sets; kept few, as each is compiled for every city spelling.
 */
const LATIN_BEFORE = [
  'province of ',
  'governorate of ',
  'region of ',
  'rural ',
  'province de ',
  'province d ',
  'gouvernorat de ',
  'gouvernorat d ',
  'region de ',
  'region d ',
  'provincia de ',
  'provincia di ',
  'governatorato di ',
  'provinz ',
  'zona rural de ',
  'zone rurale de ',
  'zone rurale d ',
  'zona rurale di ',
  'campagne de ',
  'campagne d ',
  'desert of ',
  'desert de ',
  'desert d ',
  'desierto de ',
  'deserto di ',
];
const LATIN_AFTER = [' province', ' governorate', ' region', ' countryside', ' desert'];
const ARABIC_BEFORE = ['محافظه ', 'باديه '];
/** Plural and dual province words: they also cover the place names joined to this one ("محافظتي إدلب وحماة", "Idlib and Hama provinces"). */
const LATIN_BEFORE_PLURAL = [
  'provinces of ',
  'provinces de ',
  'provinces d ',
  'regions de ',
  'regions d ',
  'provincias de ',
  'province di ',
  'provinzen ',
  'governorates of ',
  'gouvernorats de ',
  'gouvernorats d ',
  'governatorati di ',
  'zones rurales de ',
  'zones rurales d ',
  'zonas rurales de ',
];
const LATIN_AFTER_PLURAL = [' provinces', ' regions', ' governorates'];
/**
 * "ريفي حلب وإدلب" (dual), and "ريف حلب وإدلب", where one ريف serves both names: the press's
 * shorthand for the countryside of each.
 */
const ARABIC_BEFORE_PLURAL = ['محافظتي ', 'محافظات ', 'ريفي ', 'ريف '];
/** Province words that reach one name forward only: a dual, or ريف standing for two. */
const ARABIC_REACH_ONE = ['محافظتي ', 'ريفي ', 'ريف '];

const STRONG_KINDS = new Set(['name', 'alias', 'previousName']);
const ARABIC = /[\u0600-\u06ff]/u;

export interface RegionPhrase {
  /** Folded key. */
  readonly key: string;
  /** Plural or dual: the province word also covers the place names joined to this one. */
  readonly plural: boolean;
}

export interface RegionNames {
  /** The governorate, as an index into the entries. */
  readonly region: number;
  /** The city it is named after. */
  readonly city: number;
  /** Phrases that name the governorate, from every strong spelling of the city. */
  readonly phrases: RegionPhrase[];
  /** The city's own folded names (the governorate's meaning of them beside a plural province word). */
  readonly cityKeys: string[];
}

const strongKeys = (entry: MatchableEntry) =>
  entry.names.filter((n) => STRONG_KINDS.has(n.kind)).map((n) => [n.text, normalizeKey(n.text)] as const);

/** Every (governorate, city) pair the entries' names show, with the phrases derived for it. */
export function regionNames(entries: readonly MatchableEntry[]): RegionNames[] {
  const placesByKey = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    if (entry.kind !== 'place') return;
    for (const [, key] of strongKeys(entry)) {
      const list = placesByKey.get(key) ?? [];
      if (!list.includes(i)) list.push(i);
      placesByKey.set(key, list);
    }
  });
  const found: RegionNames[] = [];
  entries.forEach((entry, region) => {
    if (entry.kind !== 'place') return;
    const cities = new Set<number>();
    for (const [, key] of strongKeys(entry)) {
      for (const word of NAMING_BEFORE)
        if (key.startsWith(word)) for (const c of placesByKey.get(key.slice(word.length)) ?? []) cities.add(c);
      for (const word of NAMING_AFTER)
        if (key.endsWith(word)) for (const c of placesByKey.get(key.slice(0, -word.length)) ?? []) cities.add(c);
    }
    cities.delete(region);
    for (const city of cities) {
      const phrases: RegionPhrase[] = [];
      const cityKeys: string[] = [];
      for (const [text, key] of strongKeys(entries[city]!)) {
        if (key === '') continue;
        cityKeys.push(key);
        const arabic = ARABIC.test(text);
        const add = (words: string[], before: boolean, plural: boolean) => {
          for (const word of words) phrases.push({ key: before ? `${word}${key}` : `${key}${word}`, plural });
        };
        add(arabic ? ARABIC_BEFORE : LATIN_BEFORE, true, false);
        add(arabic ? ARABIC_BEFORE_PLURAL : LATIN_BEFORE_PLURAL, true, true);
        if (!arabic) {
          add(LATIN_AFTER, false, false);
          add(LATIN_AFTER_PLURAL, false, true);
        }
      }
      found.push({ region, city, phrases, cityKeys });
    }
  });
  return found;
}

/** A governorate's own name in ريف ("ريف دمشق"): like a derived ريف phrase, it can serve the name joined to it. */
export const namesCountryside = (span: string) => span.startsWith('ريف ');

/**
 * How far a plural province word at the start or end of a matched phrase reaches over the place
 * names joined to it: "محافظتي X" (dual) and "ريف X" one name forward, "provinces of X" every name forward,
 * "X provinces" every name back. Folded span in, [forward, back] out.
 */
export function pluralReach(span: string): [number, number] {
  if (ARABIC_REACH_ONE.some((w) => span.startsWith(w))) return [1, 0];
  if (ARABIC_BEFORE_PLURAL.some((w) => span.startsWith(w)) || LATIN_BEFORE_PLURAL.some((w) => span.startsWith(w)))
    return [Number.POSITIVE_INFINITY, 0];
  if (LATIN_AFTER_PLURAL.some((w) => span.endsWith(w))) return [0, Number.POSITIVE_INFINITY];
  return [0, 0];
}

/**
 * What may stand between place names that one plural province word covers: a comma, "and", "و",
 * after a short aside in brackets ("les régions de Lattaquié (ouest), Deraa (sud) et Hama"), with the
 * preposition said again ("des régions de Deir Ezzor et de Raqa").
 */
export const COORDINATION = /^\s*(?:\([^()]{1,24}\)\s*)?(?:[,،]\s*)?(?:(?:and|et|und|y|e|و)\s*)?(?:(?:of|de|di|d['’])\s*)?$/u;
