/** Answers the background's data questions from an opened dataset. Pure, so it is unit-testable. */
import type { IndexedEntry } from '../engine/alias-index';
import { lookUp } from '../engine/lookup';
import { findMentions } from '../engine/scan-text';
import { type BackgroundMessages, type EntryDetails, type FoundMentions, type Handlers, MAX_SCAN_CHARS } from '../messages';
import type { OpenDataset } from './dataset';
import type { Designation } from './pack-schema';

export interface DatasetServiceOptions {
  /** Pack ids the user switched off; read on every request so a change applies at once. */
  readonly disabledPacks?: () => readonly string[] | Promise<readonly string[]>;
}

/** The messages a dataset answers by itself (imports are the pack library's job). */
export type DataMessages = Pick<
  BackgroundMessages,
  'findMentions' | 'getEntry' | 'entryDesignations' | 'lookUp' | 'describeDataset' | 'listEntries'
>;

export function datasetHandlers(dataset: OpenDataset, options: DatasetServiceOptions = {}): Handlers<DataMessages, unknown> {
  return {
    findMentions: async ({ text, on }): Promise<FoundMentions> => {
      if (typeof text !== 'string' || text.length > MAX_SCAN_CHARS)
        throw new Error(`findMentions: text must be a string of at most ${MAX_SCAN_CHARS} characters`);
      // Switched-off packs are masked in the matcher: a switch costs nothing to apply.
      const set = dataset.indexSet((await options.disabledPacks?.()) ?? []);
      const mentions = findMentions(text, set, typeof on === 'string' ? dataset.dating(set, on) : undefined);
      const entries: Record<number, IndexedEntry> = {};
      for (const mention of mentions) for (const candidate of mention.candidates) entries[candidate] = set.entry(candidate);
      return { mentions, entries };
    },
    lookUp: async ({ text }): Promise<IndexedEntry[]> => {
      const set = dataset.indexSet((await options.disabledPacks?.()) ?? []);
      return lookUp(set, String(text)).map((hit) => set.entry(hit.entry));
    },
    describeDataset: () => dataset.describe(),
    listEntries: ({ packId }) => dataset.packEntries(String(packId)),
    getEntry: async ({ id }): Promise<EntryDetails | undefined> => {
      const found = await dataset.entry(String(id));
      if (found === undefined) return undefined;
      const title = dataset.describe().packs.find((pack) => pack.id === found.packId)?.title ?? found.packId;
      const relatedNames: Record<string, string> = {};
      for (const related of found.entry.related) {
        const name = dataset.nameOf(related.id);
        if (name !== undefined) relatedNames[related.id] = name;
      }
      return { entry: found.entry, pack: { id: found.packId, title }, relatedNames };
    },
    entryDesignations: async ({ ids }) => {
      const found: Array<[string, Designation[]]> = [];
      for (const id of new Set(ids.map(String))) {
        const entry = (await dataset.entry(id))?.entry;
        if (entry) found.push([id, entry.designations]);
      }
      return Object.fromEntries(found); // own properties, whatever the ids
    },
  };
}
