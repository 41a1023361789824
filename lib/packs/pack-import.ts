/**
 * Checks a pack file a user wants to import: all of it must be valid, or nothing is imported.
 * Pure, so the options page's report and the background's decision come from the same code.
 */
import { PACK_LIMITS, type Pack } from './pack-schema';
import { type PackProblem, validatePack } from './pack-validate';

export interface ImportContext {
  /** Packs already present: bundled ones can't be replaced; a user pack with the same id is updated. */
  readonly bundledPackIds: ReadonlySet<string>;
  /** Every entry id already present, with the pack that holds it. */
  readonly entryPacks: ReadonlyMap<string, string>;
}

export type ImportCheck = { readonly ok: true; readonly pack: Pack } | { readonly ok: false; readonly problems: PackProblem[] };

export function checkImport(fileName: string, text: string, context: ImportContext): ImportCheck {
  if (text.length > PACK_LIMITS.fileChars) {
    return {
      ok: false,
      problems: [
        { file: fileName, path: '$', message: `the file has ${text.length} characters; packs may have at most ${PACK_LIMITS.fileChars}` },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's own message quotes the file's text: a page fetched by mistake would be echoed back.
    return { ok: false, problems: [{ file: fileName, path: '$', message: 'not a JSON file (a pack is one JSON object)' }] };
  }
  const { pack, problems } = validatePack({ file: fileName, json }, [], { knownIds: new Set(context.entryPacks.keys()) });
  // Clashes are listed with the schema's problems, so one pass over the report shows everything.
  const all = [...problems, ...clashProblems(fileName, json, context)];
  return pack && all.length === 0 ? { ok: true, pack } : { ok: false, problems: all };
}

/** The pack id and entry ids a file claims that belong to someone else (read from the raw JSON, valid or not). */
function clashProblems(fileName: string, json: unknown, context: ImportContext): PackProblem[] {
  const clashes: PackProblem[] = [];
  const file = (json ?? {}) as { id?: unknown; entries?: unknown };
  const packId = typeof file.id === 'string' ? file.id : undefined;
  if (packId !== undefined && context.bundledPackIds.has(packId)) {
    clashes.push({ file: fileName, path: '$.id', message: `pack id "${packId}" belongs to a bundled pack; choose another id` });
  }
  if (!Array.isArray(file.entries) || file.entries.length > PACK_LIMITS.entries) return clashes;
  file.entries.forEach((entry: unknown, i) => {
    const id = (entry as { id?: unknown } | null)?.id;
    const holder = typeof id === 'string' ? context.entryPacks.get(id) : undefined;
    // Re-importing a user pack replaces its own entries; anyone else's id is taken.
    if (holder !== undefined && (holder !== packId || context.bundledPackIds.has(holder))) {
      clashes.push({ file: fileName, path: `$.entries[${i}].id`, message: `entry id "${String(id)}" already exists in pack "${holder}"` });
    }
  });
  return clashes;
}
