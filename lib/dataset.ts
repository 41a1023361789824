/** The compiled dataset the background serves: pack summaries, full entries and the alias index. */
import { type SerializedIndex, serializeIndex } from './alias-index';
import type { Entry, Pack, PackMeta } from './pack-schema';

export interface PackSummary extends PackMeta {
  readonly entryCount: number;
}

export interface CompiledDataset {
  readonly packs: PackSummary[];
  /** All entries of all packs, in index order; entryPack[i] is the pack of entries[i]. */
  readonly entries: Entry[];
  readonly entryPack: string[];
  readonly index: SerializedIndex;
}

export function compileDataset(packs: readonly Pack[]): CompiledDataset {
  const entries: Entry[] = [];
  const entryPack: string[] = [];
  for (const pack of packs) {
    for (const entry of pack.entries) {
      entries.push(entry);
      entryPack.push(pack.id);
    }
  }
  const summaries = packs.map(({ entries: packEntries, ...meta }) => ({ ...meta, entryCount: packEntries.length }));
  return { packs: summaries, entries, entryPack, index: serializeIndex(entries) };
}
