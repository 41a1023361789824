/**
 * Groups that carry another group's name inside their own: "Pakistani Taliban" and the Taliban,
 * "al-Qaeda in the Arabian Peninsula" and al-Qaeda, "Islamic State Khorasan Province", "Real IRA",
 * "الجماعة الإسلامية المسلحة". On a page that names such a group, the press often calls it by the
 * shorter name it shares ("the Taliban claimed the Peshawar attack", "طالبان" after "طالبان
 * باكستان"); so where the page calls the shorter-named group only by words the longer name holds,
 * its marks offer both groups rather than guess. A body named after the one it serves or belongs to
 * ("Council of the European Union", "Fourth Division of the Syrian Arab Army", "Global Coalition to
 * Counter the Islamic State") is no namesake, nor is anything inside a well-known body's own name
 * (the UN's organs).
 */
import type { IndexSet } from './index-set';
import type { RawMatch } from './matcher';

/** What this rule reads and rewrites of a mention (disambiguate's Mention). */
interface GroupMention {
  readonly entry: number | undefined;
  readonly candidates: number[];
  readonly weak: boolean;
}

/** Folded words that, right before the shorter name inside a longer one, make the longer a body of or for it. */
const LINKING = new Set(
  'of the for to against counter de des du d la le les pour contre di del della dei degli delle per contro von der fur gegen los las para ضد'.split(
    ' ',
  ),
);

/** Is `inner` a run of whole words in `outer` that opens it, or that follows a word other than a linking one? */
function namesakeIn(inner: string, outer: string): boolean {
  if (inner === outer) return false;
  if (outer.startsWith(`${inner} `)) return true;
  for (let at = outer.indexOf(` ${inner}`); at >= 0; at = outer.indexOf(` ${inner}`, at + 1)) {
    const end = at + 1 + inner.length;
    if (end !== outer.length && outer[end] !== ' ') continue;
    const wordBefore = outer.slice(outer.lastIndexOf(' ', at - 1) + 1, at);
    // Arabic joins "for" to the noun before the name ("لمحاربة داعش": to fight Daesh).
    if (!LINKING.has(wordBefore) && !wordBefore.startsWith('ل')) return true;
  }
  return false;
}

/** A place after the name ("los talibanes de Kabul", "the Taliban of Afghanistan"): folded, the qualifying word. */
const PLACE_AFTER = /^\s+(?:of|de|d|di|del|von|aus)\s+(?:the\s+)?(\S+)/u;

/** Rewrites, in place, the marks of a group the page names only by words a namesake's name holds, as a choice between them. */
export function offerNamesakes<M extends GroupMention>(
  folded: string,
  source: string,
  matches: readonly RawMatch[],
  mentions: (M | undefined)[],
  set: IndexSet,
): void {
  // The names the page gives each organisation it marks by a name of its own.
  const keys = new Map<number, Set<string>>();
  /** Organisations the page also names with a place of their own after the name ("talibanes de Kabul"). */
  const placed = new Map<number, string[]>();
  mentions.forEach((mention, m) => {
    if (mention?.entry === undefined || mention.weak || set.entry(mention.entry).kind !== 'organization') return;
    const match = matches[m]!;
    keys.set(mention.entry, (keys.get(mention.entry) ?? new Set()).add(folded.slice(match.start, match.end)));
    const place = PLACE_AFTER.exec(folded.slice(match.end, match.end + 40))?.[1];
    if (place !== undefined && /^\s+\S+\s+(?:the\s+)?\p{Lu}/u.test(source.slice(match.sourceEnd, match.sourceEnd + 40)))
      placed.set(mention.entry, [...(placed.get(mention.entry) ?? []), place]);
  });
  /** Does the page set `shorter` apart from `longer` by a place the longer one's names do not hold ("de Kabul", not "de Pakistán")? */
  const setApart = (shorter: number, longer: number) =>
    (placed.get(shorter) ?? []).some((place) => {
      const stem = place.slice(0, 5);
      return !set.strongKeys(longer).some((key) => key.split(' ').some((word) => word.startsWith(stem)));
    });
  const namesakes = new Map<number, number[]>();
  for (const [shorter, own] of keys) {
    if (set.entry(shorter).wellKnown === true) continue;
    const longer = [...keys]
      .filter(([other]) => other !== shorter && !setApart(shorter, other))
      .filter(([, theirs]) => [...own].every((key) => [...theirs].some((name) => namesakeIn(key, name))))
      .map(([other]) => other);
    if (longer.length > 0) namesakes.set(shorter, longer);
  }
  if (namesakes.size === 0) return;
  mentions.forEach((mention, m) => {
    const longer = mention?.entry === undefined || mention.weak ? undefined : namesakes.get(mention.entry);
    if (mention === undefined || longer === undefined) return;
    mentions[m] = { ...mention, entry: undefined, candidates: [mention.entry!, ...longer] };
  });
}
