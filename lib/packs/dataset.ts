/** The compiled dataset the background serves: pack summaries, full entries and the alias index. */
import { type SerializedIndex, serializeIndex } from '../engine/alias-index';
import type { Entry, Pack, PackMeta } from './pack-schema';

export interface PackSummary extends PackMeta {
  readonly entryCount: number;
  /** Shipped with the extension, or imported by the user. */
  readonly origin: 'bundled' | 'user';
  /** Where an imported pack was fetched from, for packs imported from a URL. */
  readonly source?: PackSource;
}

export interface PackSource {
  readonly url: string;
  /** When the file was last fetched (ISO 8601). */
  readonly fetchedAt: string;
}

export interface CompiledDataset {
  readonly packs: PackSummary[];
  /** All entries of all packs, in index order; entryPack[i] is the pack of entries[i]. */
  readonly entries: Entry[];
  readonly entryPack: string[];
  readonly index: SerializedIndex;
  /** Every designating authority in the data, by authorityId, for the settings filter. */
  readonly authorities: Array<{ id: string; name: string }>;
}

/** Every designating authority among the entries, by authorityId (first name seen), sorted by name. */
function authoritiesOf(entries: readonly Entry[]): CompiledDataset['authorities'] {
  const authorities = new Map<string, string>();
  for (const entry of entries) {
    for (const designation of entry.designations) {
      if (!authorities.has(designation.authorityId)) authorities.set(designation.authorityId, designation.authority);
    }
  }
  return [...authorities].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export function compileDataset(packs: readonly Pack[], origin: PackSummary['origin'] = 'bundled'): CompiledDataset {
  const entries: Entry[] = [];
  const entryPack: string[] = [];
  for (const pack of packs) {
    for (const entry of pack.entries) {
      entries.push(entry);
      entryPack.push(pack.id);
    }
  }
  const summaries = packs.map(({ entries: packEntries, ...meta }) => ({ ...meta, entryCount: packEntries.length, origin }));
  return { packs: summaries, entries, entryPack, index: serializeIndex(entries), authorities: authoritiesOf(entries) };
}

/** The bundled dataset plus the user's imported packs, as one dataset (the index is rebuilt). */
export function withUserPacks(bundled: CompiledDataset, userPacks: readonly Pack[]): CompiledDataset {
  if (userPacks.length === 0) return bundled;
  const user = compileDataset(userPacks, 'user');
  const entries = [...bundled.entries, ...user.entries];
  return {
    packs: [...bundled.packs, ...user.packs],
    entries,
    entryPack: [...bundled.entryPack, ...user.entryPack],
    index: serializeIndex(entries),
    authorities: authoritiesOf(entries),
  };
}
