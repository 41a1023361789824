/** Settings › Data: export and import settings and notebook as one file, and reset. */
import { useState } from 'preact/hooks';
import { downloadText } from '../../components/download';
import { JsonFileInput } from '../../components/JsonFileInput';
import { plural, t } from '../../lib/i18n';
import { backupToJson, parseBackup } from '../../lib/notebook/backup';
import { applyBackup, type DataStores } from '../../lib/notebook/data-import';
import { EMPTY_NOTEBOOK } from '../../lib/notebook/notebook';
import { readNotebook, replaceNotebook } from '../../lib/notebook/notebook-store';
import { localToday } from '../../lib/packs/designation-status';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { loadSettings, replaceSettings, storageProblems } from '../../lib/settings/settings-store';

/** The real stores behind a data import. */
const STORES: DataStores = {
  writeSettings: replaceSettings,
  settingsProblems: storageProblems,
  readNotebook,
  replaceNotebook,
  freeBytes: async () => {
    const { quota, usage } = await navigator.storage.estimate();
    return quota === undefined || usage === undefined ? undefined : quota - usage;
  },
};

type Outcome =
  | { kind: 'ok'; text: string }
  | { kind: 'failed'; text: string }
  | { kind: 'problems'; fileName: string; problems: string[] }
  | undefined;

/** onSettings hears the settings an import or reset stored, so the page shows them at once. */
export function DataSection({ onSettings }: { onSettings?: (settings: Settings) => void }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [confirming, setConfirming] = useState<'settings' | 'notebook' | undefined>();

  const exportData = async () => {
    const now = new Date();
    const name = `backstory-data-${localToday(now)}.json`;
    downloadText(name, backupToJson({ settings: await loadSettings(), notebook: await readNotebook() }, now), 'application/json');
    setOutcome({ kind: 'ok', text: t('data_exported', name) });
  };
  const importData = async (file: File) => {
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) return setOutcome({ kind: 'problems', fileName: file.name, problems: parsed.problems });
    const applied = await applyBackup(parsed.backup, STORES);
    if (!applied.ok && applied.outcome === 'damaged') {
      return setOutcome({ kind: 'failed', text: t('data_import_partly_restored', file.name, applied.problems.join(' ')) });
    }
    if (!applied.ok) return setOutcome({ kind: 'problems', fileName: file.name, problems: applied.problems });
    onSettings?.(parsed.backup.settings);
    const count = parsed.backup.notebook.articles.length;
    setOutcome({ kind: 'ok', text: plural('data_imported', count, file.name) });
  };
  const reset = async (what: 'settings' | 'notebook') => {
    setConfirming(undefined);
    try {
      if (what === 'settings') {
        await replaceSettings(DEFAULT_SETTINGS);
        onSettings?.(DEFAULT_SETTINGS);
      } else await replaceNotebook(EMPTY_NOTEBOOK);
      setOutcome({ kind: 'ok', text: what === 'settings' ? t('data_reset_settings_done') : t('data_erase_notebook_done') });
    } catch (error) {
      setOutcome({ kind: 'failed', text: t('data_write_failed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('data_heading')}</h2>
      <p class="hint">{t('data_hint')}</p>
      <p class="buttons">
        <button type="button" class="btn" onClick={() => void exportData()}>
          {t('data_export')}
        </button>
      </p>
      <JsonFileInput class="choice" onFile={importData}>
        {t('data_import')}
      </JsonFileInput>
      {outcome?.kind === 'ok' && (
        <p class="import-ok" role="status">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <p class="import-problems" role="alert">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'problems' && (
        <div class="import-problems" role="alert">
          <p>{plural('data_problems', outcome.problems.length, outcome.fileName)}</p>
          <ul>
            {outcome.problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="buttons">
        {confirming === undefined && (
          <>
            <button type="button" class="btn btn-danger" onClick={() => setConfirming('settings')}>
              {t('data_reset_settings_ask')}
            </button>{' '}
            <button type="button" class="btn btn-danger" onClick={() => setConfirming('notebook')}>
              {t('data_erase_notebook_ask')}
            </button>
          </>
        )}
        {confirming && (
          <span class="confirm">
            {confirming === 'settings' ? t('data_reset_settings_question') : t('data_erase_notebook_question')}{' '}
            <button type="button" class="btn btn-danger btn-solid" onClick={() => void reset(confirming)}>
              {confirming === 'settings' ? t('data_reset_settings') : t('data_erase_notebook')}
            </button>{' '}
            <button type="button" class="btn" onClick={() => setConfirming(undefined)}>
              {t('data_cancel')}
            </button>
          </span>
        )}
      </p>
    </section>
  );
}
