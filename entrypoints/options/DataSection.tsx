/** Settings › Data: export and import settings and notebook as one file, and reset. */
import { useState } from 'preact/hooks';
import { downloadText } from '../../components/download';
import { backupToJson, parseBackup } from '../../lib/backup';
import { EMPTY_NOTEBOOK } from '../../lib/notebook';
import { readNotebook, replaceNotebook } from '../../lib/notebook-store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { loadSettings, replaceSettings } from '../../lib/settings-store';

type Outcome = { kind: 'ok'; text: string } | { kind: 'problems'; fileName: string; problems: string[] } | undefined;

const day = (now: Date) => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export function DataSection() {
  const [outcome, setOutcome] = useState<Outcome>();
  const [confirming, setConfirming] = useState<'settings' | 'notebook' | undefined>();

  const exportData = async () => {
    const now = new Date();
    const name = `backstory-data-${day(now)}.json`;
    downloadText(name, backupToJson({ settings: await loadSettings(), notebook: await readNotebook() }, now), 'application/json');
    setOutcome({ kind: 'ok', text: `Exported ${name}.` });
  };
  const importData = async (file: File) => {
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) return setOutcome({ kind: 'problems', fileName: file.name, problems: parsed.problems });
    // The notebook first: it is the large part, written in one transaction; settings are one small write.
    await replaceNotebook(parsed.backup.notebook);
    await replaceSettings(parsed.backup.settings);
    const count = parsed.backup.notebook.articles.length;
    setOutcome({
      kind: 'ok',
      text: `Imported ${file.name}: your settings and a notebook of ${count} ${count === 1 ? 'article' : 'articles'}.`,
    });
  };
  const reset = async (what: 'settings' | 'notebook') => {
    setConfirming(undefined);
    if (what === 'settings') await replaceSettings(DEFAULT_SETTINGS);
    else await replaceNotebook(EMPTY_NOTEBOOK);
    setOutcome({ kind: 'ok', text: what === 'settings' ? 'Settings reset to their defaults.' : 'Notebook erased.' });
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Data</h2>
      <p class="hint">
        One JSON file holds your settings and your notebook. Importing it replaces both; a file with any problem changes nothing. Imported
        packs are not included (keep their files).
      </p>
      <p class="buttons">
        <button type="button" onClick={() => void exportData()}>
          Export settings and notebook
        </button>
      </p>
      <label class="choice">
        Import a data file{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void importData(file).finally(() => (input.value = ''));
          }}
        />
      </label>
      {outcome?.kind === 'ok' && (
        <p class="import-ok" role="status">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'problems' && (
        <div class="import-problems" role="alert">
          <p>
            {outcome.fileName} was not imported; nothing changed. {outcome.problems.length}{' '}
            {outcome.problems.length === 1 ? 'problem' : 'problems'}:
          </p>
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
            <button type="button" onClick={() => setConfirming('settings')}>
              Reset settings…
            </button>{' '}
            <button type="button" onClick={() => setConfirming('notebook')}>
              Erase notebook…
            </button>
          </>
        )}
        {confirming && (
          <span>
            {confirming === 'settings' ? 'Put every setting back to its default?' : 'Erase every saved article and note?'}{' '}
            <button type="button" onClick={() => void reset(confirming)}>
              {confirming === 'settings' ? 'Reset settings' : 'Erase notebook'}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(undefined)}>
              Cancel
            </button>
          </span>
        )}
      </p>
    </section>
  );
}
