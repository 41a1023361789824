/** The settings page: sources, display, and what Backstory does (and does not do) with your data. */
import { useEffect, useState } from 'preact/hooks';
import { EntryBrowser } from '../../components/EntryBrowser';
import { formatDate } from '../../lib/designation-status';
import type { BackgroundMessages } from '../../lib/messages';
import type { PackProblem } from '../../lib/pack-validate';
import { sendToBackground } from '../../lib/runtime-messaging';
import { DEFAULT_SETTINGS, packEnabled, type Settings } from '../../lib/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings-store';
import { Check, Choice } from './controls';
import { DataSection } from './DataSection';
import { SitesSection } from './SitesSection';

type Dataset = BackgroundMessages['describeDataset']['result'];

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [dataset, setDataset] = useState<Dataset | undefined>();
  const [saved, setSaved] = useState('');
  const [report, setReport] = useState<
    { fileName: string; problems: PackProblem[] } | { fileName: string; imported: string } | undefined
  >();

  const refreshDataset = () => void sendToBackground('describeDataset', {}).then(setDataset);
  useEffect(() => {
    void loadSettings().then(setSettings);
    refreshDataset();
    return watchSettings(setSettings);
  }, []);

  const importFile = async (file: File) => {
    const result = await sendToBackground('importPack', { fileName: file.name, text: await file.text() });
    setReport(
      result.ok
        ? {
            fileName: file.name,
            imported: `${result.pack.title} (${result.pack.entryCount} ${result.pack.entryCount === 1 ? 'entry' : 'entries'})`,
          }
        : { fileName: file.name, problems: result.problems },
    );
    refreshDataset();
  };
  const removePack = async (id: string) => {
    await sendToBackground('removePack', { id });
    refreshDataset();
  };

  const change = async (patch: Partial<Settings>) => {
    setSettings(await updateSettings(patch));
    setSaved('Saved. Open pages update now.');
  };

  const togglePack = (id: string, on: boolean) =>
    change({ disabledPacks: on ? settings.disabledPacks.filter((p) => p !== id) : [...settings.disabledPacks, id] });
  const toggleAuthority = (id: string, shown: boolean) =>
    change({ hiddenAuthorities: shown ? settings.hiddenAuthorities.filter((a) => a !== id) : [...settings.hiddenAuthorities, id] });

  return (
    <main>
      <h1>Backstory settings</h1>
      <p class="status" role="status" aria-live="polite">
        {saved}
      </p>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <p class="hint">Packs of reference entries bundled with Backstory. Switch one off to stop marking its terms.</p>
        {!dataset && <p>Loading…</p>}
        <ul class="packs">
          {dataset?.packs.map((pack) => (
            <li key={pack.id} class="pack">
              <Check checked={packEnabled(settings, pack.id)} onChange={(on) => void togglePack(pack.id, on)}>
                <strong>{pack.title}</strong>
              </Check>
              <p class="meta">
                Version {pack.version} · {pack.entryCount} entries · updated {formatDate(pack.updated)} · licence {pack.license}
              </p>
              <p class="description">{pack.description}</p>
              {pack.origin === 'user' && (
                <button type="button" onClick={() => void removePack(pack.id)}>
                  Remove {pack.title}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="browse-title">
        <h2 id="browse-title">Browse entries</h2>
        <p class="hint">Read any pack’s entries here, without a news page.</p>
        {dataset && (
          <EntryBrowser
            packs={dataset.packs}
            loadEntries={(packId) => sendToBackground('listEntries', { packId })}
            hiddenAuthorities={settings.hiddenAuthorities}
          />
        )}
      </section>

      <section aria-labelledby="import-title">
        <h2 id="import-title">Import a pack</h2>
        <p class="hint">
          A JSON file in the pack format (see the published schema). Every problem is listed, and nothing is imported unless all of the file
          is valid.
        </p>
        <label class="choice">
          Pack file{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (file) void importFile(file);
            }}
          />
        </label>
        {report && 'imported' in report && (
          <p class="import-ok" role="status">
            Imported {report.imported} from {report.fileName}.
          </p>
        )}
        {report && 'problems' in report && (
          <div class="import-problems" role="alert">
            <p>
              {report.fileName} was not imported: {report.problems.length} {report.problems.length === 1 ? 'problem' : 'problems'}.
            </p>
            <ul>
              {report.problems.map((problem) => (
                <li key={`${problem.path}-${problem.message}`}>
                  <code>{problem.path}</code>: {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="display-title">
        <h2 id="display-title">Display</h2>
        <Choice
          name="highlight"
          legend="Marking on the page"
          value={settings.highlightStyle}
          options={[
            ['underline', 'Dotted underline'],
            ['background', 'Background tint'],
            ['none', 'None (cards still open on hover)'],
          ]}
          onChange={(highlightStyle) => void change({ highlightStyle })}
        />
        <Choice
          name="mark-mode"
          legend="Which mentions"
          value={settings.markMode}
          options={[
            ['all', 'Every mention'],
            ['first', 'The first mention of each entry'],
          ]}
          onChange={(markMode) => void change({ markMode })}
        />
        <Choice
          name="theme"
          legend="Card theme"
          value={settings.theme}
          options={[
            ['auto', 'Follow the system'],
            ['light', 'Light'],
            ['dark', 'Dark'],
          ]}
          onChange={(theme) => void change({ theme })}
        />
        <fieldset>
          <legend>Cards</legend>
          <label class="choice">
            Open after{' '}
            <input
              type="number"
              min={100}
              max={2000}
              step={50}
              value={settings.hoverDelayMs}
              aria-label="Hover delay in milliseconds"
              onChange={(event) => {
                const value = Number((event.target as HTMLInputElement).value);
                if (Number.isInteger(value) && value >= 100 && value <= 2000) void change({ hoverDelayMs: value });
              }}
            />{' '}
            ms of hovering
          </label>
          <Check
            class="choice"
            checked={settings.showArticleDateComparison}
            onChange={(showArticleDateComparison) => void change({ showArticleDateComparison })}
          >
            Compare each designation’s status on the article’s date with today
          </Check>
        </fieldset>
        {dataset && dataset.authorities.length > 0 && (
          <fieldset>
            <legend>Designations to show</legend>
            {dataset.authorities.map((authority) => (
              <Check
                key={authority.id}
                class="choice"
                checked={!settings.hiddenAuthorities.includes(authority.id)}
                onChange={(shown) => void toggleAuthority(authority.id, shown)}
              >
                {authority.name}
              </Check>
            ))}
          </fieldset>
        )}
      </section>

      <SitesSection settings={settings} change={change} />

      <DataSection />

      <section aria-labelledby="about-title">
        <h2 id="about-title">About and privacy</h2>
        <p>
          Backstory reads the article you are viewing inside your browser and marks the organisations, people, places, documents and terms
          its packs know. Every fact on a card comes with its sources.
        </p>
        <p>
          <strong>Nothing leaves your browser.</strong> The reference data ships inside the extension; Backstory makes no network requests,
          collects no telemetry, and never sends page text anywhere. Settings sync only through your browser’s own account sync, if you use
          it.
        </p>
        {dataset && (
          <ul class="about-packs">
            {dataset.packs.map((pack) => (
              <li key={pack.id}>
                {pack.title}: version {pack.version}, {pack.license}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
