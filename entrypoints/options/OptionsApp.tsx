/** The settings page: sources, display, and what Backstory does (and does not do) with your data. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntryBrowser } from '../../components/EntryBrowser';
import { tNodes } from '../../components/i18n-nodes';
import { t } from '../../lib/i18n';
import type { BackgroundMessages } from '../../lib/messages';
import { sendToBackground } from '../../lib/runtime-messaging';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/settings-store';
import { Check, Choice } from './controls';
import { DataSection } from './DataSection';
import { KeyboardSection } from './KeyboardSection';
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

  // The confirmation shows for a few seconds, then gets out of the way (screen readers have read it).
  useEffect(() => {
    if (saved === '') return;
    const timer = setTimeout(() => setSaved(''), 5_000);
    return () => clearTimeout(timer);
  }, [saved]);

  const change = async (patch: Partial<Settings>) => {
    try {
      setSettings(await updateSettings(patch));
      setSaved(t('options_saved'));
    } catch (error) {
      // storage.sync refuses values over its per-item quota (long site lists, for example).
      setSaved(t('options_save_failed', error instanceof Error ? error.message : String(error)));
    }
  };

  const toggleAuthority = (id: string, shown: boolean) =>
    change({ hiddenAuthorities: shown ? settings.hiddenAuthorities.filter((a) => a !== id) : [...settings.hiddenAuthorities, id] });

  return (
    <div class="options-page">
      <header class="page-head">
        <h1>{t('options_title')}</h1>
      </header>
      <SectionNav />
      <main class="form-controls">
        <p class="saved-note" role="status" aria-live="polite">
          {saved}
        </p>

        <PacksSection settings={settings} dataset={dataset} change={change} refresh={refreshDataset} />

        <section aria-labelledby="display-title">
          <h2 id="display-title">{t('options_display_heading')}</h2>
          <Choice
            name="highlight"
            legend={t('options_marking_legend')}
            value={settings.highlightStyle}
            options={[
              ['underline', t('options_marking_underline')],
              ['background', t('options_marking_background')],
              ['none', t('options_marking_none')],
            ]}
            onChange={(highlightStyle) => void change({ highlightStyle })}
          />
          <Choice
            name="mark-mode"
            legend={t('options_mentions_legend')}
            value={settings.markMode}
            options={[
              ['all', t('options_mentions_all')],
              ['first', t('options_mentions_first')],
            ]}
            onChange={(markMode) => void change({ markMode })}
          />
          <fieldset>
            <legend>{t('options_well_known_legend')}</legend>
            <Check class="choice" checked={settings.markWellKnown} onChange={(markWellKnown) => void change({ markWellKnown })}>
              {t('options_well_known')}
            </Check>
          </fieldset>
          <fieldset>
            <legend>{t('options_scope_legend')}</legend>
            <Check class="choice" checked={settings.markWholePage} onChange={(markWholePage) => void change({ markWholePage })}>
              {t('options_whole_page')}
            </Check>
          </fieldset>
          <Choice
            name="theme"
            legend={t('options_theme_legend')}
            value={settings.theme}
            options={[
              ['auto', t('options_theme_auto')],
              ['light', t('options_theme_light')],
              ['dark', t('options_theme_dark')],
            ]}
            onChange={(theme) => void change({ theme })}
          />
          <fieldset>
            <legend>{t('options_cards_legend')}</legend>
            <label class="choice" for="hover-delay">
              {tNodes(
                'options_hover_delay',
                <input
                  id="hover-delay"
                  type="number"
                  min={100}
                  max={2000}
                  step={50}
                  value={settings.hoverDelayMs}
                  aria-label={t('options_hover_delay_label')}
                  onChange={(event) => {
                    const value = Number((event.target as HTMLInputElement).value);
                    if (Number.isInteger(value) && value >= 100 && value <= 2000) void change({ hoverDelayMs: value });
                  }}
                />,
              )}
            </label>
            <Check
              class="choice"
              checked={settings.showArticleDateComparison}
              onChange={(showArticleDateComparison) => void change({ showArticleDateComparison })}
            >
              {t('options_compare_dates')}
            </Check>
          </fieldset>
          {dataset && dataset.authorities.length > 0 && (
            <fieldset>
              <legend>{t('options_authorities_legend')}</legend>
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

        <DataSection onSettings={setSettings} />

        <KeyboardSection />

        <section aria-labelledby="browse-title">
          <h2 id="browse-title">{t('options_browse_heading')}</h2>
          <p class="hint">{t('options_browse_hint')}</p>
          {dataset && (
            <EntryBrowser
              packs={dataset.packs}
              loadEntries={(packId) => sendToBackground('listEntries', { packId })}
              hiddenAuthorities={settings.hiddenAuthorities}
            />
          )}
        </section>

        <section aria-labelledby="about-title">
          <h2 id="about-title">{t('options_about_heading')}</h2>
          <p>{t('options_about_what')}</p>
          <p>{tNodes('options_about_privacy', <strong>{t('options_about_nothing_leaves')}</strong>)}</p>
          <p>
            <a class="welcome-link" href={browser.runtime.getURL('/welcome.html')}>
              {t('options_about_welcome')}
            </a>
          </p>
          {dataset && (
            <ul class="about-packs">
              {dataset.packs.map((pack) => (
                <li key={pack.id}>{t('options_about_pack', pack.title, pack.version, pack.license)}</li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </div>
  );
}

/** The sections, in page order: the id of each one's heading and its name. */
const SECTIONS = [
  ['sources-title', () => t('packs_heading')],
  ['import-title', () => t('import_heading')],
  ['display-title', () => t('options_display_heading')],
  ['sites-title', () => t('sites_heading')],
  ['data-title', () => t('data_heading')],
  ['keyboard-title', () => t('options_keyboard_heading')],
  ['browse-title', () => t('options_browse_heading')],
  ['about-title', () => t('options_about_heading')],
] as const;

/** How far below the top of the window a heading counts as the section being read (under the narrow layout's sticky bar). */
const READING_LINE = 96;

/** The section being read: the last one whose heading has scrolled up to the reading line (the last one at the very bottom). */
function currentSection(): string {
  const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
  if (atBottom) return SECTIONS[SECTIONS.length - 1]![0];
  let current: string = SECTIONS[0][0];
  for (const [id] of SECTIONS) {
    const heading = document.getElementById(id);
    if (heading && heading.getBoundingClientRect().top <= READING_LINE) current = id;
  }
  return current;
}

/** The section links: beside the settings on a wide window, a bar along the top on a narrow one; the section in view is marked. */
function SectionNav() {
  const [current, setCurrent] = useState<string>(SECTIONS[0][0]);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCurrent(currentSection()));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    // Sections grow as their data arrives (packs, authorities, entries).
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      observer.disconnect();
    };
  }, []);
  // Keep the marked link in view in the narrow layout's scrolling bar.
  useEffect(() => {
    const link = document.querySelector('.toc [aria-current="true"]');
    const bar = link?.closest('ul');
    if (link && bar && bar.scrollWidth > bar.clientWidth) link.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  return (
    <nav class="toc" aria-label={t('options_toc_label')}>
      <ul>
        {SECTIONS.map(([target, label]) => (
          <li key={target}>
            <a href={`#${target}`} aria-current={current === target ? 'true' : undefined} onClick={() => setCurrent(target)}>
              {label()}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
