/** The toolbar popup: what Backstory found on the page at hand, and a way to jump to it. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KINDS, kindLabel } from '../../components/labels';
import { plural, t } from '../../lib/i18n';
import type { PageEntity, PageSummary } from '../../lib/messages';
import { canOpenPanel, openNotebook, openNotebookPanel, prepareNotebookPanel } from '../../lib/notebook/open-notebook';
import { formatDate } from '../../lib/packs/designation-status';
import { sendToTab } from '../../lib/runtime-messaging';
import { loadSettings, updateSettings } from '../../lib/settings/settings-store';
import { type SiteVerdict, toggleSite as siteToggle } from '../../lib/settings/sites';
import { ShortcutsLine } from './ShortcutsLine';

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; tabId: number; summary: PageSummary };

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
  useEffect(() => {
    void load().then(setState);
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
      if (next.kind !== 'ready' || next.summary.verdict?.run === on) return setState(next);
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
      <header>
        <h1>{t('ext_name')}</h1>
        <nav aria-label={t('popup_pages_label')}>
          <button type="button" class="link" onClick={() => void openNotebook()}>
            {t('popup_notebook')}
          </button>
          {canOpenPanel() && (
            <button type="button" class="link" onClick={() => void openNotebookPanel().then(() => window.close())}>
              {t('popup_side_panel')}
            </button>
          )}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popup_settings')}
          </button>
        </nav>
      </header>
      {state.kind === 'loading' && <p>{t('popup_looking')}</p>}
      {state.kind === 'unavailable' && <p class="note">{t('popup_unavailable')}</p>}
      {state.kind === 'ready' && (
        <>
          {state.summary.site && state.summary.verdict && (
            <section class="site" aria-label={t('popup_this_site')}>
              <p>
                <strong dir="auto">{state.summary.site}</strong>
                <br />
                <span class="note">{VERDICT_TEXT[state.summary.verdict.because]()}</span>
              </p>
              <button type="button" onClick={() => void toggleSite(state.summary, !state.summary.verdict?.run)}>
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
                <button type="button" onClick={() => void save(state.tabId)}>
                  {t('popup_save')}
                </button>
                <p class="note" role="status">
                  {saveStatus}
                </p>
              </div>
              <Summary tabId={state.tabId} summary={state.summary} onReveal={reveal} />
            </>
          )}
        </>
      )}
      <ShortcutsLine />
    </main>
  );
}

function Summary({ tabId, summary, onReveal }: { tabId: number; summary: PageSummary; onReveal: (tabId: number, e: PageEntity) => void }) {
  if (summary.entities.length === 0) {
    return <p class="note">{summary.ambiguous > 0 ? plural('popup_no_entities_ambiguous', summary.ambiguous) : t('popup_no_entities')}</p>;
  }
  const clauses = [
    plural('popup_found_entities', summary.entities.length),
    summary.articleDate ? t('popup_found_dated', formatDate(summary.articleDate)) : '',
    summary.ambiguous > 0 ? plural('popup_found_ambiguous', summary.ambiguous) : '',
  ];
  return (
    <>
      <p class="note">{t('popup_found', clauses.filter((clause) => clause !== '').join(t('list_separator_clauses')))}</p>
      {KINDS.map((kind) => {
        const group = summary.entities
          .filter((e) => e.kind === kind)
          .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-label={kindLabel(kind)}>
            <h2>{kindLabel(kind)}</h2>
            <ul>
              {group.map((entity) => (
                <li key={entity.id}>
                  <button type="button" onClick={() => onReveal(tabId, entity)}>
                    <span dir="auto">{entity.name}</span>
                    <span class="count">
                      {entity.mentions}
                      <span class="visually-hidden"> {plural('popup_mentions', entity.mentions)}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
