/** The toolbar popup: what Backstory found on the page at hand, and a way to jump to it. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KIND_LABEL } from '../../components/labels';
import { formatDate } from '../../lib/designation-status';
import type { PageEntity, PageSummary } from '../../lib/messages';
import type { EntryKind } from '../../lib/pack-schema';
import { sendToTab } from '../../lib/runtime-messaging';

const KIND_ORDER: EntryKind[] = ['organization', 'person', 'place', 'document', 'event', 'term'];

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; tabId: number; summary: PageSummary };

/** The tab this popup is about: the active one, or ?tab=ID (used when the popup is opened as a page). */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

export function PopupApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    void (async () => {
      const tabId = await targetTab();
      if (tabId === undefined) return setState({ kind: 'unavailable' });
      try {
        setState({ kind: 'ready', tabId, summary: await sendToTab(tabId, 'pageSummary', {}) });
      } catch {
        setState({ kind: 'unavailable' }); // no content script answered on that page
      }
    })();
  }, []);

  const reveal = async (tabId: number, entity: PageEntity) => {
    await sendToTab(tabId, 'revealEntity', { id: entity.id });
    window.close();
  };

  return (
    <main>
      <header>
        <h1>Backstory</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      {state.kind === 'loading' && <p>Looking at this page…</p>}
      {state.kind === 'unavailable' && (
        <p class="note">
          Backstory isn’t running on this page. It works on web pages (http and https); browser pages and extension stores are off limits,
          and a page opened before Backstory was installed needs a reload.
        </p>
      )}
      {state.kind === 'ready' && <Summary tabId={state.tabId} summary={state.summary} onReveal={reveal} />}
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
