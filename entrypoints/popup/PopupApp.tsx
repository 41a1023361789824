/** The toolbar popup: what Backstory found on the page at hand, and a way to jump to it. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type DesignationMark, designationMark, markRank } from '../../components/designation-mark';
import { designationSummary } from '../../components/designation-summary';
import { authorityShort, KINDS, kindLabel } from '../../components/labels';
import { plural, t } from '../../lib/i18n';
import type { BackgroundMessages, PageEntity, PageSummary } from '../../lib/messages';
import { canOpenPanel, openNotebook, openNotebookPanel, prepareNotebookPanel } from '../../lib/notebook/open-notebook';
import { formatDate, localToday } from '../../lib/packs/designation-status';
import { sendToBackground, sendToTab } from '../../lib/runtime-messaging';
import { packEnabled } from '../../lib/settings/settings';
import { loadSettings, updateSettings } from '../../lib/settings/settings-store';
import { type SiteVerdict, toggleSite as siteToggle } from '../../lib/settings/sites';
import { ShortcutsLine } from './ShortcutsLine';

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; tabId: number; summary: PageSummary };

/** Each entity's reading of its designations today, by entry id; undefined until the background answers. */
type Marks = Record<string, { mark: DesignationMark; detail: string }>;
type Pack = BackgroundMessages['describeDataset']['result']['packs'][number];

/**
 * Asks the background for the designations of the page's entities and reads them by the card's
 * rule, with the authorities the reader hid left out. No answer: no marks, the list still works.
 */
async function loadMarks(entities: readonly PageEntity[]): Promise<Marks> {
  if (entities.length === 0) return {};
  const [designations, settings] = await Promise.all([
    sendToBackground('entryDesignations', { ids: entities.map((entity) => entity.id) }),
    loadSettings(),
  ]);
  const today = localToday();
  const marks: Marks = {};
  for (const [id, list] of Object.entries(designations)) {
    const shown = list.filter((designation) => !settings.hiddenAuthorities.includes(designation.authorityId));
    const { mark } = designationMark(shown, today);
    marks[id] = { mark, detail: mark === 'none' ? '' : designationSummary(shown, undefined, today, authorityShort) };
  }
  return marks;
}

/** The packs Backstory reads now (switched-off ones left out), for a page where it found nothing. */
async function loadCoverage(): Promise<Pack[]> {
  const [dataset, settings] = await Promise.all([sendToBackground('describeDataset', {}), loadSettings()]);
  return dataset.packs.filter((pack) => packEnabled(settings, pack.id));
}

/** The tab this popup is about: the active one, or ?tab=ID (used when the popup is opened as a page). */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

const VERDICT_TEXT: Record<SiteVerdict['because'], () => string> = {
  allowed: () => t('popup_verdict_allowed'),
  'all-sites': () => t('popup_verdict_all_sites'),
  'news-article': () => t('popup_verdict_news_article'),
  blocked: () => t('popup_verdict_blocked'),
  'not-news': () => t('popup_verdict_not_news'),
  'not-allowed': () => t('popup_verdict_not_allowed'),
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function PopupApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [marks, setMarks] = useState<Marks | undefined>();
  const [saveStatus, setSaveStatus] = useState('');
  const [siteStatus, setSiteStatus] = useState('');

  const load = async (): Promise<State> => {
    const tabId = await targetTab();
    if (tabId === undefined) return { kind: 'unavailable' };
    try {
      return { kind: 'ready', tabId, summary: await sendToTab(tabId, 'pageSummary', {}) };
    } catch {
      return { kind: 'unavailable' }; // no content script answered on that page
    }
  };
  const show = (next: State) => {
    setState(next);
    if (next.kind === 'ready') void loadMarks(next.summary.entities).then(setMarks, () => setMarks({}));
  };
  useEffect(() => {
    void load().then(show);
    prepareNotebookPanel();
  }, []);

  const reveal = async (tabId: number, entity: PageEntity) => {
    await sendToTab(tabId, 'revealEntity', { id: entity.id });
    window.close();
  };

  const toggleSite = async (summary: PageSummary, on: boolean) => {
    if (!summary.site) return;
    try {
      setSiteStatus('');
      await updateSettings(siteToggle(await loadSettings(), summary.site, on));
    } catch {
      return setSiteStatus(t('card_setting_failed'));
    }
    // The page applies the change on its own; wait for it to answer with the new state.
    for (let attempt = 0; attempt < 20; attempt++) {
      await wait(100);
      const next = await load();
      if (next.kind !== 'ready' || next.summary.verdict?.run === on) return show(next);
    }
  };

  const save = async (tabId: number) => {
    setSaveStatus(t('popup_saving'));
    const result = await sendToTab(tabId, 'saveArticle', {}).catch(() => undefined);
    if (!result) return setSaveStatus(t('popup_no_answer'));
    setSaveStatus(result.ok ? plural('popup_saved', result.article.entities.length, result.article.title) : result.reason);
  };

  return (
    <main>
      <header class="top">
        <h1>
          <img src={browser.runtime.getURL('/icon/32.png')} alt="" width={20} height={20} />
          {t('ext_name')}
        </h1>
        <nav aria-label={t('popup_pages_label')}>
          <button type="button" class="btn btn-quiet" onClick={() => void openNotebook()}>
            {t('popup_notebook')}
          </button>
          {canOpenPanel() && (
            <button type="button" class="btn btn-quiet" onClick={() => void openNotebookPanel().then(() => window.close())}>
              {t('popup_side_panel')}
            </button>
          )}
          <button type="button" class="btn btn-quiet" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popup_settings')}
          </button>
        </nav>
      </header>
      {state.kind === 'loading' && <p class="note pad">{t('popup_looking')}</p>}
      {state.kind === 'unavailable' && <p class="note pad">{t('popup_unavailable')}</p>}
      {state.kind === 'ready' && (
        <>
          {state.summary.site && state.summary.verdict && (
            <section class="site" aria-label={t('popup_this_site')}>
              <p>
                <strong dir="auto">{state.summary.site}</strong>
                <br />
                <span class="note">{VERDICT_TEXT[state.summary.verdict.because]()}</span>
              </p>
              <button type="button" class="btn" onClick={() => void toggleSite(state.summary, !state.summary.verdict?.run)}>
                {state.summary.verdict.run ? t('popup_turn_off') : t('popup_turn_on')}
              </button>
              {siteStatus && (
                <p class="note" role="alert">
                  {siteStatus}
                </p>
              )}
            </section>
          )}
          {state.summary.verdict?.run && (
            <>
              <div class="save">
                <button type="button" class="btn btn-primary" onClick={() => void save(state.tabId)}>
                  {t('popup_save')}
                </button>
                <p class="note" role="status">
                  {saveStatus}
                </p>
              </div>
              <Summary tabId={state.tabId} summary={state.summary} marks={marks} onReveal={reveal} />
            </>
          )}
        </>
      )}
      <ShortcutsLine />
    </main>
  );
}

const MARK_LABEL: Record<Exclude<DesignationMark, 'none'>, () => string> = {
  listed: () => t('status_listed'),
  unconfirmed: () => t('status_unconfirmed'),
};

function Summary({
  tabId,
  summary,
  marks,
  onReveal,
}: {
  tabId: number;
  summary: PageSummary;
  marks: Marks | undefined;
  onReveal: (tabId: number, e: PageEntity) => void;
}) {
  if (summary.entities.length === 0) {
    return (
      <div class="list">
        <p class="note">{summary.ambiguous > 0 ? plural('popup_no_entities_ambiguous', summary.ambiguous) : t('popup_no_entities')}</p>
        <Coverage />
      </div>
    );
  }
  const markOf = (entity: PageEntity) => marks?.[entity.id]?.mark;
  const listed = summary.entities.filter((entity) => markOf(entity) === 'listed').length;
  const unconfirmed = summary.entities.filter((entity) => markOf(entity) === 'unconfirmed').length;
  const clauses = [
    plural('popup_found_entities', summary.entities.length),
    summary.articleDate ? t('popup_found_dated', formatDate(summary.articleDate)) : '',
    listed > 0 ? plural('popup_found_listed', listed) : '',
    unconfirmed > 0 ? plural('popup_found_unconfirmed', unconfirmed) : '',
    summary.ambiguous > 0 ? plural('popup_found_ambiguous', summary.ambiguous) : '',
  ];
  return (
    <>
      <p class="note found">{t('popup_found', clauses.filter((clause) => clause !== '').join(t('list_separator_clauses')))}</p>
      <div class="list">
        {KINDS.map((kind) => {
          // Listed entities first, then unconfirmed ones, then by how often the page names them.
          const group = summary.entities
            .filter((e) => e.kind === kind)
            .sort((a, b) => markRank(markOf(a)) - markRank(markOf(b)) || b.mentions - a.mentions || a.name.localeCompare(b.name));
          if (group.length === 0) return null;
          return (
            <section key={kind} aria-label={kindLabel(kind)}>
              <h2>{kindLabel(kind)}</h2>
              <ul>
                {group.map((entity) => {
                  const reading = marks?.[entity.id];
                  return (
                    <li key={entity.id}>
                      <button type="button" class="entity" onClick={() => onReveal(tabId, entity)}>
                        <span class="name" dir="auto">
                          {entity.name}
                        </span>
                        {reading && reading.mark !== 'none' && (
                          <span class={`mark mark-${reading.mark}`} title={reading.detail}>
                            {MARK_LABEL[reading.mark]()}
                          </span>
                        )}
                        <span class="count">
                          {entity.mentions}
                          <span class="visually-hidden"> {plural('popup_mentions', entity.mentions)}</span>
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}

/** On a page where nothing was found: what Backstory knows, so the reader knows what it looks for. */
function Coverage() {
  const [packs, setPacks] = useState<Pack[] | undefined>();
  useEffect(() => {
    void loadCoverage().then(setPacks, () => setPacks([]));
  }, []);
  if (packs === undefined) return null;
  const browse = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html#browse-title') });
    window.close();
  };
  return (
    <section class="coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('welcome_packs_heading')}</h2>
      {packs.length === 0 ? (
        <p class="note">{t('popup_covers_none')}</p>
      ) : (
        <>
          <p>{t('popup_covers_intro')}</p>
          <ul class="packs">
            {packs.map((pack) => (
              <li key={pack.id}>
                <span dir="auto">{pack.title}</span> <span class="note">{plural('welcome_pack_entries', pack.entryCount)}</span>
              </li>
            ))}
          </ul>
          <button type="button" class="btn" onClick={() => void browse()}>
            {t('options_browse_heading')}
          </button>
        </>
      )}
    </section>
  );
}
