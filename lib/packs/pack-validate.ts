/**
 * Validates packs and reports every problem with the file, the JSON path inside it and the reason.
 * Used at build time for bundled packs and at import time for user packs; pure, so both share it.
 */
import { z } from 'zod';
import { normalizeKey } from '../engine/normalize';
import { lifespanOf } from './lifespan';
import { Entry, PACK_LIMITS, type Pack, PackMeta } from './pack-schema';

/** The one-file layout's top level: the metadata, the entries, and optionally the schema it names. */
const SingleFileTop = PackMeta.extend({ $schema: z.string().optional(), entries: z.unknown() });

export interface PackProblem {
  readonly file: string;
  /** JSON path inside the file, e.g. $.designations[0].events[1].date */
  readonly path: string;
  readonly message: string;
}

export interface PackFile {
  readonly file: string;
  readonly json: unknown;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return `$${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('')}`;
}

export function formatProblem(problem: PackProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}

function zodProblems(file: string, error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): PackProblem[] {
  return error.issues.map((issue) => ({ file, path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

/** Problems inside one entry that the schema alone cannot see. */
function entryReferenceProblems(file: string, entry: Entry, at: ReadonlyArray<PropertyKey>): PackProblem[] {
  const problems: PackProblem[] = [];
  const sourceIds = new Set<string>();
  entry.sources.forEach((source, i) => {
    if (sourceIds.has(source.id)) {
      problems.push({ file, path: formatPath([...at, 'sources', i, 'id']), message: `source id "${source.id}" is used twice` });
    }
    sourceIds.add(source.id);
  });
  const checkRefs = (refs: readonly string[], path: ReadonlyArray<PropertyKey>) => {
    refs.forEach((ref, i) => {
      if (!sourceIds.has(ref)) {
        problems.push({ file, path: formatPath([...path, i]), message: `source "${ref}" is not in this entry's sources` });
      }
    });
  };
  for (const [i, fact] of entry.dates.entries()) checkRefs(fact.sources, [...at, 'dates', i, 'sources']);
  entry.designations.forEach((designation, d) => {
    designation.events.forEach((event, e) => {
      checkRefs(event.sources, [...at, 'designations', d, 'events', e, 'sources']);
    });
    const lastListing = designation.events.filter((e) => e.type === 'listed' || e.type === 'reinstated').at(-1)?.date;
    if (designation.removedBy !== undefined && lastListing !== undefined && designation.removedBy < lastListing) {
      problems.push({
        file,
        path: formatPath([...at, 'designations', d, 'removedBy']),
        message: `removedBy ${designation.removedBy} is before the listing of ${lastListing}`,
      });
    }
  });
  const dated = lifespanOf(entry) !== undefined;
  entry.names.forEach((name, i) => {
    if (normalizeKey(name.text) === '') {
      problems.push({ file, path: formatPath([...at, 'names', i, 'text']), message: 'name has no letters or digits to match' });
    }
    if (name.distinctive === true && (name.kind !== 'acronym' || name.text.replace(/[^\p{L}]/gu, '').length < 3)) {
      problems.push({
        file,
        path: formatPath([...at, 'names', i, 'distinctive']),
        message: 'only an acronym of three letters or more can be distinctive',
      });
    }
    if (name.timeBound === true && !dated) {
      problems.push({
        file,
        path: formatPath([...at, 'names', i, 'timeBound']),
        message: 'a time-bound name needs an organisation with a founded or dissolved date (it would never be marked)',
      });
    }
  });
  return problems;
}

export interface ValidatedPack {
  readonly pack: Pack | undefined;
  readonly problems: PackProblem[];
}

/**
 * Validates a pack given as its metadata file plus one file per entry (the bundled layout),
 * or as one file holding everything (the import layout: pass no entry files).
 */
export function validatePack(
  meta: PackFile,
  entryFiles: readonly PackFile[] = [],
  options: { checkRelated?: boolean; knownIds?: ReadonlySet<string> } = {},
): ValidatedPack {
  const problems: PackProblem[] = [];
  const single = entryFiles.length === 0;
  // In one file, an unknown top-level key is reported by name; "$schema" and "entries" belong there.
  const metaResult = single ? SingleFileTop.safeParse(meta.json) : PackMeta.safeParse(meta.json);
  if (!metaResult.success) problems.push(...zodProblems(meta.file, metaResult.error));

  const entries: Entry[] = [];
  const where: Array<{ file: string; at: PropertyKey[] }> = [];
  const inputs: Array<{ file: string; json: unknown; at: PropertyKey[] }> = [];
  if (single) {
    const list = (meta.json as { entries?: unknown } | null)?.entries;
    if (!Array.isArray(list)) {
      problems.push({ file: meta.file, path: '$.entries', message: 'must be an array of entries' });
    } else if (list.length > PACK_LIMITS.entries) {
      problems.push({
        file: meta.file,
        path: '$.entries',
        message: `has ${list.length} entries; a pack may have at most ${PACK_LIMITS.entries}`,
      });
    } else {
      for (const [i, json] of list.entries()) inputs.push({ file: meta.file, json, at: ['entries', i] });
    }
  } else {
    for (const entryFile of entryFiles) inputs.push({ file: entryFile.file, json: entryFile.json, at: [] });
  }

  /** Ids of entries that failed the schema: still real ids, so a reference to one is not reported as missing. */
  const invalidIds = new Set<string>();
  for (const input of inputs) {
    const result = Entry.safeParse(input.json);
    if (!result.success) {
      problems.push(...zodProblems(input.file, result.error, input.at));
      const id = (input.json as { id?: unknown } | null)?.id;
      if (typeof id === 'string') invalidIds.add(id);
      continue;
    }
    problems.push(...entryReferenceProblems(input.file, result.data, input.at));
    entries.push(result.data);
    where.push({ file: input.file, at: input.at });
  }

  const ids = new Map<string, number>();
  entries.forEach((entry, i) => {
    const place = where[i]!;
    if (ids.has(entry.id)) {
      problems.push({ file: place.file, path: formatPath([...place.at, 'id']), message: `entry id "${entry.id}" is used twice` });
    }
    ids.set(entry.id, i);
  });
  if (options.checkRelated !== false) {
    problems.push(...relatedProblems(entries, where, new Set([...ids.keys(), ...invalidIds, ...(options.knownIds ?? [])])));
  }

  if (problems.length > 0 || !metaResult.success) return { pack: undefined, problems };
  const { entries: _entries, $schema: _schema, ...metaOnly } = metaResult.data as PackMeta & { entries?: unknown; $schema?: unknown };
  return { pack: { ...metaOnly, entries }, problems };
}

/** Every related id must name an entry that exists (in this pack or the others passed in). */
export function relatedProblems(
  entries: readonly Entry[],
  where: ReadonlyArray<{ file: string; at: ReadonlyArray<PropertyKey> }>,
  knownIds: ReadonlySet<string>,
): PackProblem[] {
  const problems: PackProblem[] = [];
  entries.forEach((entry, i) => {
    entry.related.forEach((related, r) => {
      if (!knownIds.has(related.id)) {
        const place = where[i]!;
        problems.push({
          file: place.file,
          path: formatPath([...place.at, 'related', r, 'id']),
          message: `related entry "${related.id}" does not exist`,
        });
      }
    });
  });
  return problems;
}
