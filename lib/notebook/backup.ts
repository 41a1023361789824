/**
 * "Data" in settings: the user's settings and notebook as one JSON file, and back. Exporting,
 * importing and exporting again gives the same file (apart from its exportedAt time).
 */

import { migrateSettings, parseSettings, SETTINGS_VERSION, type Settings } from '../settings/settings';
import type { NotebookData } from './notebook';
import { formatNotebookPath, notebookSchemaFor, readJsonFile } from './notebook-export';

export const BACKUP_FORMAT = 'backstory-data';
/** Version 2 holds the notebook in its version 2 shape; files of version 1 are read and upgraded. */
export const BACKUP_VERSION = 2;
const READABLE_VERSIONS: readonly unknown[] = [1, BACKUP_VERSION];

export interface Backup {
  readonly settings: Settings;
  readonly notebook: NotebookData;
}

export function backupToJson(backup: Backup, exportedAt: Date): string {
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    settingsVersion: SETTINGS_VERSION,
    settings: backup.settings,
    notebook: backup.notebook,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The top-level keys a data file has; any other is refused (a typo must not pass silently). */
const FILE_KEYS = ['format', 'version', 'exportedAt', 'settingsVersion', 'settings', 'notebook'];

export type ParsedBackup = { readonly ok: true; readonly backup: Backup } | { readonly ok: false; readonly problems: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Reads a data file; any problem anywhere rejects all of it, so a bad file changes nothing. */
export function parseBackup(text: string): ParsedBackup {
  const file = readJsonFile(text);
  if (!file.ok) return file;
  const json = file.json;
  if (!isRecord(json)) return { ok: false, problems: ['(top level): must be an object'] };
  const problems: string[] = [];
  for (const key of Object.keys(json)) {
    if (!FILE_KEYS.includes(key)) problems.push(`${key}: not part of a Backstory data file`);
  }
  if (json.format !== BACKUP_FORMAT) problems.push(`format: must be "${BACKUP_FORMAT}" (is this a Backstory data file?)`);
  if (!READABLE_VERSIONS.includes(json.version)) problems.push(`version: must be 1 or ${BACKUP_VERSION}`);
  const settingsVersion = json.settingsVersion;
  if (
    typeof settingsVersion !== 'number' ||
    !Number.isInteger(settingsVersion) ||
    settingsVersion < 1 ||
    settingsVersion > SETTINGS_VERSION
  ) {
    problems.push(`settingsVersion: must be a whole number from 1 to ${SETTINGS_VERSION}`);
  }
  let settings: Settings | undefined;
  if (!isRecord(json.settings)) problems.push('settings: must be an object');
  else {
    const parsed = parseSettings(migrateSettings(json.settings, typeof settingsVersion === 'number' ? settingsVersion : SETTINGS_VERSION));
    problems.push(...parsed.problems.map((problem) => `settings.${problem.replace(/; (default kept|ignored)$/, '')}`));
    settings = parsed.settings;
  }
  // A version 1 file holds a version 1 notebook (a quote in every mention): read it as such and upgrade it.
  const notebook = notebookSchemaFor(json.version === 1 ? 1 : undefined).safeParse(json.notebook);
  if (!notebook.success) {
    problems.push(...notebook.error.issues.map((issue) => `${formatNotebookPath(['notebook', ...issue.path])}: ${issue.message}`));
  }
  if (problems.length > 0 || !settings || !notebook.success) return { ok: false, problems };
  return { ok: true, backup: { settings, notebook: notebook.data } };
}
