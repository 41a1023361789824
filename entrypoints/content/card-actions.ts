/**
 * The card's buttons: pin, save the article, copy a citation, "not this here" and "off for this
 * site". Each reports its outcome in the card, failures included.
 */
import type { CardActions } from '../../components/Card';
import { plural, t } from '../../lib/i18n';
import { citeEntry } from '../../lib/notebook/citation';
import { sendToBackground } from '../../lib/runtime-messaging';
import { hiddenOn, type Settings } from '../../lib/settings/settings';
import { updateSettings } from '../../lib/settings/settings-store';
import { toggleSite } from '../../lib/settings/sites';
import { saveArticle } from './article-save';
import type { CardController, OpenCard } from './card-controller';
import { copyText } from './clipboard';
import type { PageSession } from './page-session';

export function registerCardActions(session: PageSession, cards: CardController): void {
  const setStatus = (card: OpenCard, status: string) => {
    card.status = status;
    cards.refresh(card);
  };
  /** Writes a settings change, or says in the card that it could not be saved. */
  const change = async (card: OpenCard, patch: (settings: Settings) => Partial<Settings>) => {
    try {
      await updateSettings(patch(session.settings));
    } catch {
      setStatus(card, t('card_setting_failed'));
    }
  };

  cards.actionsFor = (card) => {
    const details = card.content.state === 'entry' ? card.content.details : undefined;
    const site = session.site;
    return {
      status: card.status,
      onTogglePin: () => {
        card.pinned = !card.pinned;
        cards.refresh(card);
      },
      onSaveArticle: async () => {
        const result = await saveArticle(session);
        card.savedArticle = result.ok;
        setStatus(card, result.ok ? plural('card_saved', result.article.entities.length) : result.reason);
      },
      onOpenDossier: details
        ? () => {
            const dated = session.articleDate;
            // Sent at once, inside the click: the side panel opens only in the user's gesture.
            sendToBackground('openDossier', {
              id: details.entry.id,
              ...(dated ? { articleDate: dated.date, dateFrom: dated.from } : {}),
            }).catch(() => setStatus(card, t('card_dossier_failed')));
          }
        : undefined,
      onOpenNotebook: card.savedArticle ? () => void sendToBackground('openPage', { page: 'notebook' }) : undefined,
      onCopyCitation: details
        ? async () =>
            setStatus(card, (await copyText(citeEntry(details), cards.layer.root)) ? t('card_citation_copied') : t('card_copy_refused'))
        : undefined,
      onHideHere:
        details && site
          ? () =>
              void change(card, (settings) => ({
                hiddenEntries: { ...settings.hiddenEntries, [site]: [...hiddenOn(settings, site), details.entry.id] },
              }))
          : undefined,
      onSiteOff: () => {
        if (site) void change(card, (settings) => toggleSite(settings, site, false));
      },
    } satisfies CardActions;
  };
}
