/** The toolbar popup: what Backstory found on the page at hand, and a way to jump to it. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KIND_LABEL } from '../../components/labels';
import { formatDate } from '../../lib/designation-status';
import type { PageEntity, PageSummary } from '../../lib/messages';
import { canOpenPanel, openNotebook, openNotebookPanel } from '../../lib/open-notebook';
import type { EntryKind } from '../../lib/pack-schema';
import { sendToTab } from '../../lib/runtime-messaging';
import { loadSettings, updateSettings } from '../../lib/settings-store';
import { type SiteVerdict, toggleSite as siteToggle } from '../../lib/sites';

const KIND_ORDER: EntryKind[] = ['organization', 'person', 'place', 'document', 'event', 'term'];

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; tabId: number; summary: PageSummary };

/** The tab this popup is about: the active one, or ?tab=ID (used when the popup is opened as a page). */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

const VERDICT_TEXT: Record<SiteVerdict['because'], string> = {
  allowed: 'On: this site is on your allow list.',
  'all-sites': 'On: Backstory runs on every site.',
  'news-article': 'On: this page looks like a news article.',
  blocked: 'Off: this site is on your block list.',
  'not-news': 'Off: this page doesn’t look like a news article.',
  'not-allowed': 'Off: this site isn’t on your allow list.',
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function PopupApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [saveStatus, setSaveStatus] = useState('');

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
  }, []);

  const reveal = async (tabId: number, entity: PageEntity) => {
    await sendToTab(tabId, 'revealEntity', { id: entity.id });
    window.close();
  };

  const toggleSite = async (summary: PageSummary, on: boolean) => {
    if (!summary.site) return;
    await updateSettings(siteToggle(await loadSettings(), summary.site, on));
    // The page applies the change on its own; wait for it to answer with the new state.
    for (let attempt = 0; attempt < 20; attempt++) {
      await wait(100);
      const next = await load();
      if (next.kind !== 'ready' || next.summary.verdict?.run === on) return setState(next);
    }
  };

  const save = async (tabId: number) => {
    setSaveStatus('Saving…');
    const result = await sendToTab(tabId, 'saveArticle', {}).catch(() => undefined);
    if (!result) return setSaveStatus('The page did not answer; reload it and try again.');
    setSaveStatus(
      result.ok
        ? `Saved “${result.article.title}” with ${result.article.entities.length} ${result.article.entities.length === 1 ? 'entity' : 'entities'}.`
        : result.reason,
    );
  };

  return (
    <main>
      <header>
        <h1>Backstory</h1>
        <nav aria-label="Backstory pages">
          <button type="button" class="link" onClick={() => void openNotebook()}>
            Notebook
          </button>
          {canOpenPanel() && (
            <button type="button" class="link" onClick={() => void openNotebookPanel().then(() => window.close())}>
              Side panel
            </button>
          )}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings
          </button>
        </nav>
      </header>
      {state.kind === 'loading' && <p>Looking at this page…</p>}
      {state.kind === 'unavailable' && (
        <p class="note">
          Backstory isn’t running on this page. It works on web pages (http and https); browser pages and extension stores are off limits,
          and a page opened before Backstory was installed needs a reload.
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          {state.summary.site && state.summary.verdict && (
            <section class="site" aria-label="This site">
              <p>
                <strong dir="auto">{state.summary.site}</strong>
                <br />
                <span class="note">{VERDICT_TEXT[state.summary.verdict.because]}</span>
              </p>
              <button type="button" onClick={() => void toggleSite(state.summary, !state.summary.verdict?.run)}>
                {state.summary.verdict.run ? 'Turn off for this site' : 'Turn on for this site'}
              </button>
            </section>
          )}
          {state.summary.verdict?.run && (
            <>
              <div class="save">
                <button type="button" onClick={() => void save(state.tabId)}>
                  Save article to notebook
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
    </main>
  );
}

function Summary({ tabId, summary, onReveal }: { tabId: number; summary: PageSummary; onReveal: (tabId: number, e: PageEntity) => void }) {
  if (summary.entities.length === 0) {
    return <p class="note">No known entities on this page.{summary.ambiguous > 0 ? ` ${summary.ambiguous} ambiguous mentions.` : ''}</p>;
  }
  return (
    <>
      <p class="note">
        {summary.entities.length} entities found
        {summary.articleDate ? `; article dated ${formatDate(summary.articleDate)}` : ''}
        {summary.ambiguous > 0 ? `; ${summary.ambiguous} ambiguous mentions` : ''}.
      </p>
      {KIND_ORDER.map((kind) => {
        const group = summary.entities
          .filter((e) => e.kind === kind)
          .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-label={KIND_LABEL[kind]}>
            <h2>{KIND_LABEL[kind]}</h2>
            <ul>
              {group.map((entity) => (
                <li key={entity.id}>
                  <button type="button" onClick={() => onReveal(tabId, entity)}>
                    <span dir="auto">{entity.name}</span>
                    <span class="count">
                      {entity.mentions}
                      <span class="visually-hidden"> {entity.mentions === 1 ? 'mention' : 'mentions'}</span>
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
