/**
 * What the background and the popup may ask of this page, over the typed tab messages of
 * lib/messages.ts: step between terms, summarise the page, reveal an entity, save the article,
 * and hear that the dataset changed.
 */
import { browser } from 'wxt/browser';
import { dispatch, type Handlers, type PageSummary, type TabMessages } from '../../lib/messages';
import { saveArticle } from './article-save';
import type { Navigation } from './keyboard-nav';
import type { PageSession } from './page-session';

/** Each entity on the page once, with its mention count, for the popup. */
export function summarize(session: PageSession): PageSummary {
  const counts = new Map<number, number>();
  let ambiguous = 0;
  for (const mention of session.visibleMentions()) {
    if (mention.entry === undefined) ambiguous++;
    else counts.set(mention.entry, (counts.get(mention.entry) ?? 0) + 1);
  }
  const entities = [...counts].flatMap(([index, mentions]) => {
    const entry = session.entry(index);
    return entry ? [{ id: entry.id, name: entry.name, kind: entry.kind, mentions }] : [];
  });
  return { site: session.site, verdict: session.verdict, entities, ambiguous, articleDate: session.articleDate?.date };
}

export function registerTabHandlers(session: PageSession, navigation: Navigation, lookUp: (text?: string) => Promise<boolean>): void {
  const handlers: Handlers<TabMessages, unknown> = {
    navigateTerm: ({ direction }) => navigation.step(direction),
    lookUpSelection: ({ text }) => lookUp(typeof text === 'string' ? text : undefined),
    pageSummary: () => summarize(session),
    revealEntity: ({ id }) => navigation.reveal(String(id)),
    saveArticle: () => saveArticle(session),
    datasetChanged: () => {
      session.reset();
      return true;
    },
  };
  const onMessage = (message: unknown) => dispatch(handlers, message, undefined);
  browser.runtime.onMessage.addListener(onMessage);
  session.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
