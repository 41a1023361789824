/** Answers the background's data questions from a compiled dataset. Pure, so it is unit-testable. */
import { type AliasIndex, buildIndex, type IndexedEntry, serializeIndex } from '../engine/alias-index';
import { findMentions } from '../engine/scan-text';
import { type BackgroundMessages, type EntryDetails, type FoundMentions, type Handlers, MAX_SCAN_CHARS } from '../messages';
import type { CompiledDataset } from './dataset';

export interface DatasetServiceOptions {
  /** Pack ids the user switched off; read on every request so a change applies at once. */
  readonly disabledPacks?: () => readonly string[] | Promise<readonly string[]>;
}

/** The messages a dataset answers by itself (imports are the pack library's job). */
export type DataMessages = Pick<BackgroundMessages, 'findMentions' | 'getEntry' | 'describeDataset' | 'listEntries'>;

export function datasetHandlers(dataset: CompiledDataset, options: DatasetServiceOptions = {}): Handlers<DataMessages, unknown> {
  const byId = new Map(dataset.entries.map((entry, i) => [entry.id, i]));
  const packTitles = new Map(dataset.packs.map((pack) => [pack.id, pack.title]));
  // Built on first use and kept for the worker's lifetime, one per set of switched-off packs.
  let cached: { key: string; index: AliasIndex } | undefined;
  const indexFor = (disabled: readonly string[]): AliasIndex => {
    const key = [...disabled].sort().join('\n');
    if (cached?.key !== key) {
      const off = new Set(disabled);
      const serialized = off.size === 0 ? dataset.index : serializeIndex(dataset.entries.filter((_, i) => !off.has(dataset.entryPack[i]!)));
      cached = { key, index: buildIndex(serialized) };
    }
    return cached.index;
  };
  return {
    findMentions: async ({ text }): Promise<FoundMentions> => {
      if (typeof text !== 'string' || text.length > MAX_SCAN_CHARS)
        throw new Error(`findMentions: text must be a string of at most ${MAX_SCAN_CHARS} characters`);
      const index = indexFor((await options.disabledPacks?.()) ?? []);
      const mentions = findMentions(text, index);
      const entries: Record<number, IndexedEntry> = {};
      for (const mention of mentions) for (const candidate of mention.candidates) entries[candidate] = index.entries[candidate]!;
      return { mentions, entries };
    },
    describeDataset: () => ({ packs: dataset.packs, authorities: dataset.authorities }),
    listEntries: ({ packId }) => dataset.entries.filter((_, i) => dataset.entryPack[i] === packId),
    getEntry: ({ id }): EntryDetails | undefined => {
      const i = byId.get(id);
      if (i === undefined) return undefined;
      const entry = dataset.entries[i]!;
      const packId = dataset.entryPack[i]!;
      const relatedNames: Record<string, string> = {};
      for (const related of entry.related) {
        const j = byId.get(related.id);
        if (j !== undefined) relatedNames[related.id] = dataset.entries[j]!.name;
      }
      return { entry, pack: { id: packId, title: packTitles.get(packId) ?? packId }, relatedNames };
    },
  };
}
