/**
 * Where settings live. The small, bounded part follows the user in storage.sync (one versioned
 * item, under the browsers' 8 KB per-item quota). The lists that grow with use (allow and block
 * lists, hidden entries) stay in storage.local, which has room for them: thousands of sites in
 * storage.sync's single item would make every later write fail.
 *
 * Every write checks the quotas first and throws a SettingsWriteError naming what does not fit;
 * a write that fails halfway puts back what was there.
 */
import { storage } from '@wxt-dev/storage';
import { parseSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from './settings';

/** storage.sync's limit for one item, in bytes of key plus JSON value (Chrome and Firefox alike). */
export const SYNC_BYTES_PER_ITEM = 8192;
/** What the growing lists may take of storage.local (10 MB in Chrome without unlimitedStorage). */
export const LOCAL_LIST_BYTES = 5 * 1024 * 1024;

const LIST_KEYS = ['allowedSites', 'blockedSites', 'hiddenEntries'] as const;
type ListKey = (typeof LIST_KEYS)[number];
type SyncedPart = Omit<Settings, ListKey>;
type LocalPart = Pick<Settings, ListKey>;

const SYNC_KEY = 'settings';
const syncedItem = storage.defineItem<Record<string, unknown>>(`sync:${SYNC_KEY}`, {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});
const listsItem = storage.defineItem<Record<string, unknown> | null>('local:settingsLists', { fallback: null });

export class SettingsWriteError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'SettingsWriteError';
  }
}

function split(settings: Settings): { synced: SyncedPart; local: LocalPart } {
  const { allowedSites, blockedSites, hiddenEntries, ...synced } = settings;
  return { synced, local: { allowedSites, blockedSites, hiddenEntries } };
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** What would not fit in the browser's storage, as "field: reason"; empty when all of it fits. */
export function storageProblems(settings: Settings): string[] {
  const { synced, local } = split(settings);
  const problems: string[] = [];
  const syncedBytes = utf8Bytes(SYNC_KEY) + utf8Bytes(JSON.stringify(synced));
  if (syncedBytes > SYNC_BYTES_PER_ITEM) {
    problems.push(
      `settings: ${syncedBytes} bytes to sync, over the browser's limit of ${SYNC_BYTES_PER_ITEM} for one item (disabledPacks and hiddenAuthorities are the lists that grow)`,
    );
  }
  const localBytes = utf8Bytes(JSON.stringify(local));
  if (localBytes > LOCAL_LIST_BYTES) {
    problems.push(`allowedSites, blockedSites, hiddenEntries: ${localBytes} bytes together, over Backstory's limit of ${LOCAL_LIST_BYTES}`);
  }
  return problems;
}

const hasLists = (value: Record<string, unknown>) => LIST_KEYS.some((key) => Object.hasOwn(value, key));

/** The stored settings, with any damaged value replaced by its default. */
export async function loadSettings(): Promise<Settings> {
  const [synced, lists] = await Promise.all([syncedItem.getValue(), listsItem.getValue()]);
  if (lists === null && hasLists(synced)) {
    // Settings from before the lists moved to storage.local: move them now (a failure leaves them where they were).
    const settings = parseSettings(synced).settings;
    await writeSettings(settings).catch(() => undefined);
    return settings;
  }
  const core = Object.fromEntries(Object.entries(synced).filter(([key]) => !(LIST_KEYS as readonly string[]).includes(key)));
  return parseSettings({ ...core, ...(lists ?? {}) }).settings;
}

/** Stores every setting, or (with a SettingsWriteError) none of them. */
export async function writeSettings(settings: Settings): Promise<void> {
  const problems = storageProblems(settings);
  if (problems.length > 0) throw new SettingsWriteError(problems);
  const { synced, local } = split(settings);
  const [before, syncedBefore] = await Promise.all([listsItem.getValue(), syncedItem.getValue()]);
  // Only the parts that change are written: fewer writes against storage.sync's rate limits, and
  // pages watching the settings see one change instead of two.
  const listsChange = JSON.stringify(before) !== JSON.stringify(local);
  if (listsChange) {
    await listsItem.setValue(local).catch((error: unknown) => {
      throw new SettingsWriteError([`the browser refused to store the site lists: ${errorText(error)}`]);
    });
  }
  if (JSON.stringify(syncedBefore) === JSON.stringify(synced)) return;
  try {
    await syncedItem.setValue(synced);
  } catch (error) {
    if (listsChange) await listsItem.setValue(before).catch(() => undefined);
    throw new SettingsWriteError([`the browser refused to store the settings: ${errorText(error)}`]);
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change }).settings;
  await writeSettings(next);
  return next;
}

/** How long to wait for the other half of a write that changes both parts, so it reads as one change. */
const WATCH_SETTLE_MS = 30;

/** Calls back with the whole settings object after any change to either part; a later change always wins. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const read = ++latest;
      void loadSettings().then(
        (settings) => read === latest && callback(settings),
        () => undefined,
      );
    }, WATCH_SETTLE_MS);
  };
  const stops = [syncedItem.watch(changed), listsItem.watch(changed)];
  return () => {
    clearTimeout(timer);
    for (const stop of stops) stop();
  };
}

/** Replaces every setting (import, reset). */
export const replaceSettings = writeSettings;
