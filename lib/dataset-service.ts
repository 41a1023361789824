/** Answers the background's data questions from a compiled dataset. Pure, so it is unit-testable. */
import type { CompiledDataset } from './dataset';
import type { BackgroundMessages, EntryDetails, Handlers } from './messages';

export function datasetHandlers(dataset: CompiledDataset): Handlers<BackgroundMessages, unknown> {
  const byId = new Map(dataset.entries.map((entry, i) => [entry.id, i]));
  const packTitles = new Map(dataset.packs.map((pack) => [pack.id, pack.title]));
  return {
    getIndex: () => dataset.index,
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
