/**
 * Applies a checked data file (settings and notebook) all or nothing. Every limit is checked
 * before anything is written, storage quotas included; if a write fails anyway, what was there
 * before is put back, so a bad import never costs the user their notebook.
 */
import type { Settings } from '../settings/settings';
import type { Backup } from './backup';
import type { NotebookData } from './notebook';

export interface DataStores {
  /** Throws with a reason when the browser refuses, and then has changed nothing. */
  writeSettings(settings: Settings): Promise<void>;
  /** Problems the settings would meet in storage ("settings: … bytes, over …"); empty when they fit. */
  settingsProblems(settings: Settings): string[];
  readNotebook(): Promise<NotebookData>;
  /** Replaces the whole notebook in one transaction. */
  replaceNotebook(notebook: NotebookData): Promise<void>;
  /** Bytes the browser still lets the extension store, when it can say. */
  freeBytes(): Promise<number | undefined>;
}

export type ImportOutcome =
  | { readonly ok: true }
  /** refused: nothing was written; rolledBack: a write failed and everything was put back; damaged: putting back failed too. */
  | { readonly ok: false; readonly outcome: 'refused' | 'rolledBack' | 'damaged'; readonly problems: string[] };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function applyBackup(backup: Backup, stores: DataStores): Promise<ImportOutcome> {
  const problems = stores.settingsProblems(backup.settings);
  const free = await stores.freeBytes().catch(() => undefined);
  // IndexedDB keeps strings as UTF-16: twice the JSON's length is a fair upper bound of the notebook's size.
  const needed = JSON.stringify(backup.notebook).length * 2;
  if (free !== undefined && needed > free) problems.push(`notebook: needs about ${needed} bytes, and the browser allows ${free} more`);
  if (problems.length > 0) return { ok: false, outcome: 'refused', problems };

  // The notebook first, the settings last: writeSettings changes nothing when it fails, so only the
  // notebook ever needs putting back.
  const before = await stores.readNotebook();
  try {
    await stores.replaceNotebook(backup.notebook);
    await stores.writeSettings(backup.settings);
    return { ok: true };
  } catch (error) {
    const failure = `nothing was imported: ${reason(error)}`;
    try {
      await stores.replaceNotebook(before);
      return { ok: false, outcome: 'rolledBack', problems: [failure] };
    } catch (restoreError) {
      return {
        ok: false,
        outcome: 'damaged',
        problems: [failure, `what was there before could not all be put back: ${reason(restoreError)}`],
      };
    }
  }
}
