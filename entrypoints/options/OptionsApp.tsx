/** The settings page: sources, display, and what Backstory does (and does not do) with your data. */
import { useEffect, useState } from 'preact/hooks';
import { EntryBrowser } from '../../components/EntryBrowser';
import type { BackgroundMessages } from '../../lib/messages';
import { sendToBackground } from '../../lib/runtime-messaging';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings-store';
import { Check, Choice } from './controls';
import { DataSection } from './DataSection';
import { PacksSection } from './PacksSection';
import { SitesSection } from './SitesSection';

type Dataset = BackgroundMessages['describeDataset']['result'];

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [dataset, setDataset] = useState<Dataset | undefined>();
  const [saved, setSaved] = useState('');
  const refreshDataset = () => void sendToBackground('describeDataset', {}).then(setDataset);
  useEffect(() => {
    void loadSettings().then(setSettings);
    refreshDataset();
    return watchSettings(setSettings);
  }, []);

  const change = async (patch: Partial<Settings>) => {
    setSettings(await updateSettings(patch));
    setSaved('Saved. Open pages update now.');
  };

  const toggleAuthority = (id: string, shown: boolean) =>
    change({ hiddenAuthorities: shown ? settings.hiddenAuthorities.filter((a) => a !== id) : [...settings.hiddenAuthorities, id] });

  return (
    <main>
      <h1>Backstory settings</h1>
      <p class="status" role="status" aria-live="polite">
        {saved}
      </p>

      <PacksSection settings={settings} dataset={dataset} change={change} refresh={refreshDataset} />

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
