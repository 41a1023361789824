/** Answers the background's data questions from a compiled dataset. Pure, so it is unit-testable. */
import { type AliasIndex, buildIndex, type IndexedEntry } from './alias-index';
import type { CompiledDataset } from './dataset';
import { type BackgroundMessages, type EntryDetails, type FoundMentions, type Handlers, MAX_SCAN_CHARS } from './messages';
import { findMentions } from './scan-text';

export function datasetHandlers(dataset: CompiledDataset): Handlers<BackgroundMessages, unknown> {
  const byId = new Map(dataset.entries.map((entry, i) => [entry.id, i]));
  const packTitles = new Map(dataset.packs.map((pack) => [pack.id, pack.title]));
  let index: AliasIndex | undefined; // built on first use, then kept for the worker's lifetime
  return {
    findMentions: ({ text }): FoundMentions => {
      if (typeof text !== 'string' || text.length > MAX_SCAN_CHARS)
        throw new Error(`findMentions: text must be a string of at most ${MAX_SCAN_CHARS} characters`);
      index ??= buildIndex(dataset.index);
      const mentions = findMentions(text, index);
      const entries: Record<number, IndexedEntry> = {};
      for (const mention of mentions) for (const candidate of mention.candidates) entries[candidate] = index.entries[candidate]!;
      return { mentions, entries };
    },
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
