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
 * A singular province word with one adjective between it and the name, where the phrase the index
 * derives needs them side by side: "la région côtière de Lattaquié", "la provincia norteña de Idlib".
 */
const PROVINCE_ADJECTIVE_BEFORE =
  /(?:^|\s)(?:region|province|gouvernorat|provincia|regione|governatorato)\s+\p{L}{3,}\s+(?:de|d|di|del|della)\s$/u;
const LOOK = 48;

/** The governorate a match's name may also mean (the city's name compiled as the governorate's weak name). */
export function governorateOf(match: RawMatch): number | undefined {
  return match.targets.find((t) => (t.flags & REGION_WEAK) === REGION_WEAK)?.entry;
}

/** Reads a city's name after a province word and an adjective as the governorate ("la région côtière de Lattaquié"). */
export function readProvinceAdjectives<M extends PlaceMention>(
  folded: string,
  matches: readonly RawMatch[],
  mentions: (M | undefined)[],
): void {
  mentions.forEach((mention, m) => {
    if (mention?.entry === undefined) return;
    const match = matches[m]!;
    const region = governorateOf(match);
    if (region !== undefined && PROVINCE_ADJECTIVE_BEFORE.test(folded.slice(Math.max(0, match.start - LOOK), match.start)))
      mentions[m] = { ...mention, entry: region, candidates: [region] };
  });
}

/** Turns bare city names into a choice between city and governorate where the page names that governorate. */
export function offerGovernorates<M extends PlaceMention>(folded: string, matches: readonly RawMatch[], mentions: (M | undefined)[]): void {
  const namedRegions = new Set<number>();
  for (const mention of mentions) if (mention?.entry !== undefined) namedRegions.add(mention.entry);
  mentions.forEach((mention, m) => {
    if (mention?.entry === undefined) return;
    const match = matches[m]!;
    const region = governorateOf(match);
    if (region === undefined || region === mention.entry || !namedRegions.has(region)) return;
    const before = folded.slice(Math.max(0, match.start - LOOK), match.start);
    const after = folded.slice(match.end, match.end + LOOK);
    if (CITY_BEFORE.test(before) || CITY_AFTER.test(after) || CITY_IN_NAME.test(folded.slice(match.start, match.end))) return;
    mentions[m] = { ...mention, entry: undefined, candidates: [mention.entry, region] };
  });
}
