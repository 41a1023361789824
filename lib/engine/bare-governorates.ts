/**
 * The press uses a governorate's capital's name for the whole province: an article about "rural
 * Latakia" goes on with "clashes in Latakia", and one about "محافظتي اللاذقية وطرطوس" is headed
 * "اللاذقية وطرطوس". On a page that names a governorate (with a province word, or as the
 * governorate's own name), its city's bare name may mean either, so the mark offers both rather than
 * guess. The words beside a mention that make it the city ("the city of Sweida", "مدينة دير الزور",
 * "Idlib city") keep it the city; pages that never name the governorate keep the city too.
 */
import { ALIAS_REGION, ALIAS_WEAK } from './alias-index';
import type { RawMatch } from './matcher';
import { COORDINATION } from './regions';

const REGION_WEAK = ALIAS_WEAK | ALIAS_REGION;

/** What these rules read and rewrite of a mention (disambiguate's Mention). */
interface PlaceMention {
  readonly entry: number | undefined;
  readonly candidates: number[];
}

/**
 * Folded words right before a place name that make it the city or town ("مدينتي": the two cities
 * of), or a point rather than an area ("near Suweida", "قرب حلب").
 */
const CITY_BEFORE =
  /(?:^|\s)(?:city of|town of|ville de|ville d|ciudad de|citta di|stadt|centre of|center of|مدينه|مدينتي|near|outside|outskirts of|pres de|pres d|abords de|abords d|cerca de|vicino a|nahe|قرب|بالقرب من)\s$/u;
/** Folded words right after a place name that make it the city. */
const CITY_AFTER = /^\s(?:city|town|stadt)(?:\s|$)/u;
/** A city's own name that says so ("Idlib city"). */
const CITY_IN_NAME = /(?:^|\s)(?:city|town|stadt|مدينه)(?:\s|$)/u;
/**
 * A province word with one adjective between it and the name, where the phrase the index derives
 * needs them side by side: "la région côtière de Lattaquié", "la provincia norteña de Idlib", the
 * countryside ("el campo occidental de Daraa"), and in
 * the plural, covering the names joined to it, "le province costiere di Latakia e Tartous".
 */
const PROVINCE_ADJECTIVE_BEFORE =
  /(?:^|\s)(region|province|gouvernorat|provincia|regione|governatorato|campo|campagne|campagna|regions|provinces|regioni|provincias|regiones|gouvernorats|governorates)\s+\p{L}{3,}\s+(de|d|di|del|della|of)\s$/u;
/**
 * A governor's title right before a city's name: the governor governs the governorate ("Gouverneur
 * von Kuneitra", "محافظ حمص"); and a German compound of Provinz ("die Küstenprovinz Latakia").
 */
const GOVERNORATE_WORD_BEFORE =
  /(?:^|\s)(?:governor of|gouverneur de|gouverneur d|gouverneur von|gobernador de|governatore di|محافظ|\p{L}+provinz)\s$/u;
const PLURAL_WORDS = new Set(['regions', 'provinces', 'regioni', 'provincias', 'regiones', 'gouvernorats', 'governorates']);
const LOOK = 48;

/** The governorate a match's name may also mean (the city's name compiled as the governorate's weak name). */
export function governorateOf(match: RawMatch): number | undefined {
  return match.targets.find((t) => (t.flags & REGION_WEAK) === REGION_WEAK)?.entry;
}

/** Reads a city's name after a province word and an adjective, or after a governor's title, as the governorate ("la région côtière de Lattaquié", "the governor of Homs"). */
export function readProvinceAdjectives<M extends PlaceMention>(
  folded: string,
  source: string,
  matches: readonly RawMatch[],
  mentions: (M | undefined)[],
): void {
  mentions.forEach((mention, m) => {
    if (mention?.entry === undefined) return;
    const match = matches[m]!;
    const region = governorateOf(match);
    if (region === undefined) return;
    const before = folded.slice(Math.max(0, match.start - LOOK), match.start);
    if (GOVERNORATE_WORD_BEFORE.test(before)) {
      mentions[m] = { ...mention, entry: region, candidates: [region] };
      return;
    }
    const words = PROVINCE_ADJECTIVE_BEFORE.exec(before);
    if (words === null) return;
    mentions[m] = { ...mention, entry: region, candidates: [region] };
    // Italian "province" is plural ("le province costiere di"); French "province" is not.
    if (!PLURAL_WORDS.has(words[1]!) && !(words[1] === 'province' && words[2]!.startsWith('d') && words[2] !== 'de' && words[2] !== 'd'))
      return;
    let last = m;
    for (let next = m + 1; next < mentions.length; next++) {
      const following = mentions[next];
      if (following === undefined) continue;
      const joinedRegion = governorateOf(matches[next]!);
      if (joinedRegion === undefined || !COORDINATION.test(source.slice(matches[last]!.sourceEnd, matches[next]!.sourceStart))) return;
      mentions[next] = { ...following, entry: joinedRegion, candidates: [joinedRegion] };
      last = next;
    }
  });
}

/**
 * Turns bare city names into a choice between city and governorate where the page names that
 * governorate; and reads a name the words beside it make a city ("la ville d'Idleb") as the city,
 * even where the governorate lists the same spelling.
 */
export function offerGovernorates<M extends PlaceMention>(folded: string, matches: readonly RawMatch[], mentions: (M | undefined)[]): void {
  const namedRegions = new Set<number>();
  for (const mention of mentions) if (mention?.entry !== undefined) namedRegions.add(mention.entry);
  mentions.forEach((mention, m) => {
    if (mention === undefined) return;
    const match = matches[m]!;
    const region = governorateOf(match);
    if (region === undefined) return;
    const before = folded.slice(Math.max(0, match.start - LOOK), match.start);
    const after = folded.slice(match.end, match.end + LOOK);
    if (CITY_BEFORE.test(before) || CITY_AFTER.test(after) || CITY_IN_NAME.test(folded.slice(match.start, match.end))) {
      const cities = [...new Set(match.targets.filter((t) => (t.flags & ALIAS_REGION) === 0 && t.entry !== region).map((t) => t.entry))];
      if (cities.length === 1 && mention.entry !== cities[0]) mentions[m] = { ...mention, entry: cities[0], candidates: [cities[0]!] };
      return;
    }
    if (mention.entry === undefined || region === mention.entry || !namedRegions.has(region)) return;
    mentions[m] = { ...mention, entry: undefined, candidates: [mention.entry, region] };
  });
}
