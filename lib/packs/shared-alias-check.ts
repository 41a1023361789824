/**
 * Bundled packs may give two entries the same strong name (Idlib the city and Idlib the
 * governorate) only when a page can tell them apart: each must have at least two context cue
 * words that the others sharing the name do not have.
 */
import { ALIAS_WEAK, AliasIndex } from '../engine/alias-index';
import { compileIndex } from '../engine/index-compile';
import { normalizeKey } from '../engine/normalize';
import type { Entry } from './pack-schema';
import type { PackProblem } from './pack-validate';

const MIN_DISTINCT_CUES = 2;

export function sharedAliasProblems(entries: readonly Entry[], fileOf: (entry: Entry) => string): PackProblem[] {
  const problems: PackProblem[] = [];
  const index = AliasIndex.open(compileIndex(entries));
  const cueSets = entries.map((entry) => new Set(entry.context.map(normalizeKey)));
  for (const { key, aliases } of index.aliasKeys()) {
    const holders = [...new Set(aliases.filter((a) => (a.flags & ALIAS_WEAK) === 0).map((a) => a.entry))];
    if (holders.length < 2) continue;
    for (const holder of holders) {
      const others = holders.filter((h) => h !== holder);
      const distinct = [...cueSets[holder]!].filter((cue) => others.every((other) => !cueSets[other]!.has(cue)));
      if (distinct.length < MIN_DISTINCT_CUES) {
        const entry = entries[holder]!;
        const nameAt = entry.names.findIndex((name) => normalizeKey(name.text) === key);
        problems.push({
          file: fileOf(entry),
          path: `$.names[${nameAt}].text`,
          message:
            `"${entry.names[nameAt]?.text}" is also a strong name of ${others.map((o) => entries[o]!.id).join(', ')}; ` +
            `give this entry at least ${MIN_DISTINCT_CUES} context cues the others lack, or make the name a weakAlias`,
        });
      }
    }
  }
  return problems;
}
