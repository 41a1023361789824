/** Where settings live: storage.sync (small, follows the user), versioned for future migrations. */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** The stored settings, with any damaged value replaced by its default. */
export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue()).settings;
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change }).settings;
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value).settings));
}

/** Replaces every setting (import, reset). */
export async function replaceSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}
