/** Saves the page and what Backstory found on it to the notebook (from the card or the popup). */
import { t } from '../../lib/i18n';
import type { TabMessages } from '../../lib/messages';
import { savedArticle } from '../../lib/notebook/saved-article';
import { sendToBackground } from '../../lib/runtime-messaging';
import { hiddenOn } from '../../lib/settings/settings';
import type { PageSession } from './page-session';

export type SaveResult = TabMessages['saveArticle']['result'];

export async function saveArticle(session: PageSession): Promise<SaveResult> {
  const { found, site, doc } = session;
  if (!found || site === undefined) return { ok: false, reason: t('card_save_not_running') };
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const article = savedArticle(
    {
      url: location.href,
      title: ogTitle.trim() || doc.title,
      site,
      publishedOn: session.articleDate?.date,
      text: found.snapshot.text,
      mentions: found.mentions,
      entries: session.knownEntries,
      hidden: hiddenOn(session.settings, site),
    },
    new Date(),
  );
  try {
    return { ok: true, article: await sendToBackground('saveArticle', { article }) };
  } catch {
    return { ok: false, reason: t('card_save_failed') };
  }
}
