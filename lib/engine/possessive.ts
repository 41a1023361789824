/**
 * English names a body after its country with the adjective ("Syrian army", "Iranian
 * Revolutionary Guard") or with the possessive ("Syria's army", "Iran's Revolutionary Guard").
 * The packs list the adjective form; the possessive is derived where the adjective is a place's
 * name plus an English adjective ending (Syria-n, Iran-ian, Israel-i, Russia-n), so "Syria's army"
 * is the army, not the country inside it.
 */

const ADJECTIVE_ENDINGS = ['ian', 'an', 'n', 'i'];

/**
 * The possessive form of a two-word English name whose first word is the adjective of one of
 * `places` (their names as written), or undefined. Longer names are proper names whose possessive
 * is a description of something else: "Syria's national army" is not the Syrian National Army.
 */
export function possessiveForm(name: string, places: ReadonlySet<string>): string | undefined {
  const space = name.indexOf(' ');
  if (space < 0 || name.indexOf(' ', space + 1) >= 0) return undefined;
  const adjective = name.slice(0, space);
  for (const ending of ADJECTIVE_ENDINGS) {
    if (!adjective.endsWith(ending)) continue;
    const place = adjective.slice(0, -ending.length);
    if (place.length >= 3 && places.has(place)) return `${place}'s${name.slice(space)}`;
  }
  return undefined;
}
