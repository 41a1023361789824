/**
 * The background's packs: the bundled dataset plus the user's imports, answering every
 * background message. Storage is passed in, so the whole of it runs in unit tests.
 */

import type { BackgroundMessages, DatasetChange, Handlers } from '../messages';
import { type BundledData, type CompiledUserPack, compileUserPack, OpenDataset, type PackSource } from './dataset';
import { datasetHandlers } from './dataset-service';
import { checkImport, type ImportContext } from './pack-import';
import type { Pack } from './pack-schema';

/** Every background message except the notebook's and page opening, which the background answers itself. */
export type PackMessages = Omit<BackgroundMessages, 'saveArticle' | 'openPage' | 'openDossier'>;

export interface UserPackStore {
  /** Every imported pack's compiled form (summary, authorities, alias index). */
  compiled(): Promise<CompiledUserPack[]>;
  /** One imported pack with its entries. */
  get(id: string): Promise<Pack | undefined>;
  /** Stores a pack with its compiled form; source says where it was fetched from (undefined for a file). */
  put(pack: Pack, compiled: CompiledUserPack, source?: PackSource): Promise<void>;
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

function importContext(dataset: OpenDataset): ImportContext {
  return {
    bundledPackIds: new Set(dataset.bundled.manifest.packs.map((p) => p.id)),
    entryPacks: dataset.entryPacks(),
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

/**
 * `bundledData` may be a loader (the worker fetches its assets when it starts): every answer
 * waits for it and for the imported packs' compiled indexes; a failed load is tried again on the
 * next request.
 */
export function packLibrary(
  bundledData: BundledData | (() => Promise<BundledData>),
  store: UserPackStore,
  options: PackLibraryOptions,
): Handlers<PackMessages, unknown> {
  const { disabledPacks, onChange = () => undefined } = options;
  const fetchText = options.fetchText ?? (() => Promise.reject(new Error('no network access here')));
  const now = options.now ?? (() => new Date());
  const readPack = (id: string) => store.get(id);
  const open = async () => {
    // Both at once: the bundled files and the imported packs' indexes (IndexedDB) load side by side.
    // A store that can't be read must not take the bundled data down with it.
    const [bundled, user] = await Promise.all([
      typeof bundledData === 'function' ? bundledData() : bundledData,
      store.compiled().catch(() => []),
    ]);
    const dataset = new OpenDataset(bundled, user, readPack);
    return { dataset, data: datasetHandlers(dataset, { disabledPacks }) };
  };
  const start = () => {
    const opened = open();
    opened.catch(() => undefined); // reported to the request that waits for it, not as unhandled
    return opened;
  };
  let opening = start();
  const ready = () =>
    opening.catch((error: unknown) => {
      opening = start();
      throw error;
    });
  const current = async () => (await ready()).dataset;

  /** Checks a pack file against what is there, stores it if all of it is valid, and reloads the packs. */
  const importChecked = async (fileName: string, text: string, source?: PackSource): Promise<PackMessages['importPack']['result']> => {
    const check = checkImport(fileName, text, importContext(await current()));
    if (!check.ok) return check;
    // Compiled once here; every later worker start opens it as it is.
    const compiled = compileUserPack(check.pack);
    await store.put(check.pack, compiled, source);
    opening = start();
    await ready();
    onChange({ reason: 'imported', packId: check.pack.id });
    return { ok: true, pack: source ? { ...compiled.summary, source } : compiled.summary };
  };

  return {
    findMentions: async (params, context) => (await ready()).data.findMentions(params, context),
    getEntry: async (params, context) => (await ready()).data.getEntry(params, context),
    lookUp: async (params, context) => (await ready()).data.lookUp(params, context),
    listEntries: async (params, context) => (await ready()).data.listEntries(params, context),
    describeDataset: async (params, context) => {
      const described = await (await ready()).data.describeDataset(params, context);
      const sources = await store.sources().catch(() => ({}) as Record<string, PackSource>);
      const packs = described.packs.map((pack) =>
        pack.origin === 'user' && sources[pack.id] ? { ...pack, source: sources[pack.id] } : pack,
      );
      return { ...described, packs };
    },
    importPackFromUrl: async ({ url, expectId }) => {
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
      return importChecked(String(fileName), String(text));
    },
    removePack: async ({ id }) => {
      if ((await current()).bundled.manifest.packs.some((p) => p.id === id)) return false;
      const removed = await store.delete(String(id));
      if (!removed) return false;
      opening = start();
      await ready();
      onChange({ reason: 'removed', packId: String(id) });
      return true;
    },
  };
}
