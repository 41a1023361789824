/**
 * The background's packs: the bundled dataset plus the user's imports, answering every
 * background message. Storage is passed in, so the whole of it runs in unit tests.
 */
import { type CompiledDataset, withUserPacks } from './dataset';
import { datasetHandlers } from './dataset-service';
import type { BackgroundMessages, Handlers } from './messages';
import { checkImport, type ImportContext } from './pack-import';
import type { Pack } from './pack-schema';

/** Every background message except the notebook's, which the background answers itself. */
export type PackMessages = Omit<BackgroundMessages, 'saveArticle'>;

export interface UserPackStore {
  all(): Promise<Pack[]>;
  put(pack: Pack): Promise<void>;
  delete(id: string): Promise<boolean>;
}

function importContext(dataset: CompiledDataset): ImportContext {
  return {
    bundledPackIds: new Set(dataset.packs.filter((p) => p.origin === 'bundled').map((p) => p.id)),
    entryPacks: new Map(dataset.entries.map((entry, i) => [entry.id, dataset.entryPack[i]!])),
  };
}

export function packLibrary(
  bundled: CompiledDataset,
  store: UserPackStore,
  disabledPacks: () => readonly string[] | Promise<readonly string[]>,
): Handlers<PackMessages, unknown> {
  let current = bundled;
  let data = datasetHandlers(bundled, { disabledPacks });
  const reload = async () => {
    current = withUserPacks(bundled, await store.all());
    data = datasetHandlers(current, { disabledPacks });
  };
  // A store that can't be read must not take the bundled data down with it.
  let ready = reload().catch(() => undefined);

  return {
    findMentions: async (params, context) => {
      await ready;
      return data.findMentions(params, context);
    },
    getEntry: async (params, context) => {
      await ready;
      return data.getEntry(params, context);
    },
    listEntries: async (params, context) => {
      await ready;
      return data.listEntries(params, context);
    },
    describeDataset: async (params, context) => {
      await ready;
      return data.describeDataset(params, context);
    },
    importPack: async ({ fileName, text }) => {
      await ready;
      const check = checkImport(String(fileName), String(text), importContext(current));
      if (!check.ok) return check;
      await store.put(check.pack);
      ready = reload();
      await ready;
      return { ok: true, pack: current.packs.find((p) => p.id === check.pack.id && p.origin === 'user')! };
    },
    removePack: async ({ id }) => {
      await ready;
      if (bundled.packs.some((p) => p.id === id)) return false;
      const removed = await store.delete(id);
      ready = reload();
      await ready;
      return removed;
    },
  };
}
