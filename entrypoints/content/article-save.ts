/** Saves the page and what Backstory found on it to the notebook (from the card or the popup). */
import { t } from '../../lib/i18n';
import type { TabMessages } from '../../lib/messages';
import type { StatusAtSave } from '../../lib/notebook/notebook';
import { savedArticle } from '../../lib/notebook/saved-article';
import { statusAtSave } from '../../lib/notebook/status-at-save';
import { localToday } from '../../lib/packs/designation-status';
import { readOutletName } from '../../lib/page/page-signals';
import { sendToBackground } from '../../lib/runtime-messaging';
import { hiddenOn } from '../../lib/settings/settings';
import type { PageSession } from './page-session';

export type SaveResult = TabMessages['saveArticle']['result'];

/**
 * What each entity's card said about its designations at this moment, by entry id: the article's
 * date and today, authorities the user hid left out as the card leaves them out. An entry whose
 * record cannot be read is saved without a status rather than with a wrong one.
 */
async function statusesNow(session: PageSession, ids: readonly string[], now: Date): Promise<Map<string, StatusAtSave>> {
  const today = localToday(now);
  const hidden = session.settings.hiddenAuthorities;
  const statuses = new Map<string, StatusAtSave>();
  await Promise.all(
    ids.map(async (id) => {
      const details = await session.entryDetails(id).catch(() => undefined);
      if (!details) return;
      const designations = details.entry.designations.filter((designation) => !hidden.includes(designation.authorityId));
      statuses.set(id, statusAtSave(designations, session.articleDate?.date, today));
    }),
  );
  return statuses;
}

export async function saveArticle(session: PageSession): Promise<SaveResult> {
  const { found, site, doc } = session;
  if (!found || site === undefined) return { ok: false, reason: t('card_save_not_running') };
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const now = new Date();
  const entries = session.knownEntries;
  const hidden = hiddenOn(session.settings, site);
  const ids = new Set<string>();
  for (const mention of found.mentions) {
    const id = mention.entry === undefined ? undefined : entries.get(mention.entry)?.id;
    if (id !== undefined && !hidden.includes(id)) ids.add(id);
  }
  const article = savedArticle(
    {
      url: location.href,
      title: ogTitle.trim() || doc.title,
      site,
      outlet: readOutletName(doc),
      publishedOn: session.articleDate?.date,
      text: found.snapshot.text,
      mentions: found.mentions,
      entries,
      hidden,
      statuses: await statusesNow(session, [...ids], now),
    },
    now,
  );
  try {
    return { ok: true, article: await sendToBackground('saveArticle', { article }) };
  } catch {
    return { ok: false, reason: t('card_save_failed') };
  }
}
