/**
 * Checks a pack file a user wants to import: all of it must be valid, or nothing is imported.
 * Pure, so the options page's report and the background's decision come from the same code.
 */
import type { Pack } from './pack-schema';
import { type PackProblem, validatePack } from './pack-validate';

export interface ImportContext {
  /** Packs already present: bundled ones can't be replaced; a user pack with the same id is updated. */
  readonly bundledPackIds: ReadonlySet<string>;
  /** Every entry id already present, with the pack that holds it. */
  readonly entryPacks: ReadonlyMap<string, string>;
}

export type ImportCheck = { readonly ok: true; readonly pack: Pack } | { readonly ok: false; readonly problems: PackProblem[] };

export function checkImport(fileName: string, text: string, context: ImportContext): ImportCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ file: fileName, path: '$', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const { pack, problems } = validatePack({ file: fileName, json }, [], { knownIds: new Set(context.entryPacks.keys()) });
  if (!pack) return { ok: false, problems };
  const clashes: PackProblem[] = [];
  if (context.bundledPackIds.has(pack.id)) {
    clashes.push({ file: fileName, path: '$.id', message: `pack id "${pack.id}" belongs to a bundled pack; choose another id` });
  }
  pack.entries.forEach((entry, i) => {
    const holder = context.entryPacks.get(entry.id);
    // Re-importing a user pack replaces its own entries; anyone else's id is taken.
    if (holder !== undefined && holder !== pack.id) {
      clashes.push({ file: fileName, path: `$.entries[${i}].id`, message: `entry id "${entry.id}" already exists in pack "${holder}"` });
    }
  });
  return clashes.length > 0 ? { ok: false, problems: clashes } : { ok: true, pack };
}
