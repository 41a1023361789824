/**
 * The background's packs: the bundled dataset plus the user's imports, answering every
 * background message. Storage is passed in, so the whole of it runs in unit tests.
 */

import type { BackgroundMessages, DatasetChange, Handlers } from '../messages';
import { type CompiledDataset, type PackSource, withUserPacks } from './dataset';
import { datasetHandlers } from './dataset-service';
import { checkImport, type ImportContext } from './pack-import';
import type { Pack } from './pack-schema';

/** Every background message except the notebook's and page opening, which the background answers itself. */
export type PackMessages = Omit<BackgroundMessages, 'saveArticle' | 'openPage'>;

export interface UserPackStore {
  all(): Promise<Pack[]>;
  /** Stores a pack; source says where it was fetched from (undefined for a file). */
  put(pack: Pack, source?: PackSource): Promise<void>;
  delete(id: string): Promise<boolean>;
  /** Where URL-imported packs came from, by pack id. */
  sources(): Promise<Record<string, PackSource>>;
}

/** Reads a pack file from the network (the background's fetch in the extension, a stub in tests). */
export type FetchText = (url: string) => Promise<string>;

/** The id a pack file claims, if it is JSON with a string id. */
function packIdOf(text: string): string | undefined {
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The file name a URL's pack is reported under ("https://example.org/packs/x.json" → "x.json"). */
function urlFileName(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname.split('/').filter(Boolean).pop() ?? parsed.host;
  } catch {
    return url;
  }
}

function importContext(dataset: CompiledDataset): ImportContext {
  return {
    bundledPackIds: new Set(dataset.packs.filter((p) => p.origin === 'bundled').map((p) => p.id)),
    entryPacks: new Map(dataset.entries.map((entry, i) => [entry.id, dataset.entryPack[i]!])),
  };
}

export interface PackLibraryOptions {
  /** Pack ids the user switched off, asked on every match so a switch applies at once. */
  readonly disabledPacks: () => readonly string[] | Promise<readonly string[]>;
  readonly fetchText?: FetchText;
  readonly now?: () => Date;
  /** Called once after each import or removal that changed the packs (the background tells open tabs). */
  readonly onChange?: (change: DatasetChange) => void;
}

export function packLibrary(bundled: CompiledDataset, store: UserPackStore, options: PackLibraryOptions): Handlers<PackMessages, unknown> {
  const { disabledPacks, onChange = () => undefined } = options;
  const fetchText = options.fetchText ?? (() => Promise.reject(new Error('no network access here')));
  const now = options.now ?? (() => new Date());
  let current = bundled;
  let data = datasetHandlers(bundled, { disabledPacks });
  const reload = async () => {
    current = withUserPacks(bundled, await store.all());
    data = datasetHandlers(current, { disabledPacks });
  };
  // A store that can't be read must not take the bundled data down with it.
  let ready = reload().catch(() => undefined);

  /** Checks a pack file against what is there, stores it if all of it is valid, and reloads the packs. */
  const importChecked = async (fileName: string, text: string, source?: PackSource): Promise<PackMessages['importPack']['result']> => {
    const check = checkImport(fileName, text, importContext(current));
    if (!check.ok) return check;
    await store.put(check.pack, source);
    ready = reload();
    await ready;
    onChange({ reason: 'imported', packId: check.pack.id });
    const pack = current.packs.find((p) => p.id === check.pack.id && p.origin === 'user')!;
    return { ok: true, pack: source ? { ...pack, source } : pack };
  };

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
      const described = await data.describeDataset(params, context);
      const sources = await store.sources().catch(() => ({}) as Record<string, PackSource>);
      const packs = described.packs.map((pack) =>
        pack.origin === 'user' && sources[pack.id] ? { ...pack, source: sources[pack.id] } : pack,
      );
      return { ...described, packs };
    },
    importPackFromUrl: async ({ url, expectId }) => {
      await ready;
      const fileName = urlFileName(String(url));
      if (!/^https?:\/\//i.test(String(url))) {
        return { ok: false, problems: [{ file: String(url), path: '$', message: 'the address must start with http:// or https://' }] };
      }
      let text: string;
      try {
        text = await fetchText(String(url));
      } catch (error) {
        return { ok: false, problems: [{ file: fileName, path: '$', message: `could not fetch ${url}: ${(error as Error).message}` }] };
      }
      // An update must still be the same pack: say so before any other problem the file may have.
      const fileId = packIdOf(text);
      if (expectId !== undefined && fileId !== undefined && fileId !== expectId) {
        const message = `the file at this address is now pack "${fileId}", not "${expectId}"; nothing was updated`;
        return { ok: false, problems: [{ file: fileName, path: '$.id', message }] };
      }
      return importChecked(fileName, text, { url: String(url), fetchedAt: now().toISOString() });
    },
    importPack: async ({ fileName, text }) => {
      await ready;
      return importChecked(String(fileName), String(text));
    },
    removePack: async ({ id }) => {
      await ready;
      if (bundled.packs.some((p) => p.id === id)) return false;
      const removed = await store.delete(id);
      if (!removed) return false;
      ready = reload();
      await ready;
      onChange({ reason: 'removed', packId: String(id) });
      return true;
    },
  };
}
