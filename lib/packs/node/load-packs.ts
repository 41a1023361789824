/** Reads the bundled packs from disk (Node only: build time, scripts and tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Pack } from '../pack-schema';
import { formatProblem, type PackFile, type PackProblem, relatedProblems, validatePack } from '../pack-validate';
import { sharedAliasProblems } from '../shared-alias-check';

export class PackError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(`Invalid pack data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'PackError';
  }
}

function readJson(path: string, shownAs: string, problems: PackProblem[]): PackFile | undefined {
  const text = readFileSync(path, 'utf8');
  try {
    return { file: shownAs, json: JSON.parse(text) };
  } catch (error) {
    problems.push({ file: shownAs, path: '$', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** Loads every pack under `root` (one folder per pack: pack.json plus entries/*.json); throws PackError listing every problem. */
export function loadPacks(root: string, cwd = process.cwd()): Pack[] {
  const problems: PackProblem[] = [];
  const packs: Pack[] = [];
  const places: Array<Array<{ file: string; at: PropertyKey[] }>> = [];
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const folder of folders) {
    const dir = join(root, folder);
    const meta = readJson(join(dir, 'pack.json'), relative(cwd, join(dir, 'pack.json')), problems);
    const entryDir = join(dir, 'entries');
    const entryNames = readdirSync(entryDir)
      .filter((name) => name.endsWith('.json'))
      .sort();
    const entryFiles: PackFile[] = [];
    for (const name of entryNames) {
      const file = readJson(join(entryDir, name), relative(cwd, join(entryDir, name)), problems);
      if (!file) continue;
      const id = (file.json as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && `${id}.json` !== name) {
        problems.push({ file: file.file, path: '$.id', message: `entry id "${id}" does not match its file name` });
      }
      entryFiles.push(file);
    }
    if (!meta) continue;
    if ((meta.json as { id?: unknown } | null)?.id !== folder) {
      problems.push({ file: meta.file, path: '$.id', message: `pack id must equal its folder name "${folder}"` });
    }
    if (entryFiles.length === 0) {
      problems.push({ file: relative(cwd, entryDir), path: '$', message: 'pack has no entries' });
      continue;
    }
    // Related ids may point into other bundled packs: checked below across all of them.
    const result = validatePack(meta, entryFiles, { checkRelated: false });
    problems.push(...result.problems);
    if (result.pack) {
      packs.push(result.pack);
      places.push(result.pack.entries.map((entry) => ({ file: relative(cwd, join(entryDir, `${entry.id}.json`)), at: [] })));
    }
  }
  const allIds = new Set(packs.flatMap((pack) => pack.entries.map((entry) => entry.id)));
  for (const [i, pack] of packs.entries()) problems.push(...relatedProblems(pack.entries, places[i]!, allIds));
  const fileOf = new Map(packs.flatMap((pack, i) => pack.entries.map((entry, j) => [entry, places[i]![j]!.file] as const)));
  problems.push(
    ...sharedAliasProblems(
      packs.flatMap((pack) => pack.entries),
      (entry) => fileOf.get(entry) ?? entry.id,
    ),
  );
  if (problems.length > 0) throw new PackError(problems);
  return packs;
}
