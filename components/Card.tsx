import type { IndexedEntry } from '../lib/engine/alias-index';
import { t } from '../lib/i18n';
import type { EntryDetails } from '../lib/messages';
import type { PublicationDate } from '../lib/page/pubdate';
import { EntryBody } from './EntryBody';
import type { FactSection } from './EntryFacts';
import { kindLabel } from './labels';

export type CardContent =
  | { readonly state: 'loading'; readonly name: string }
  | { readonly state: 'entry'; readonly details: EntryDetails }
  | { readonly state: 'ambiguous'; readonly text: string; readonly candidates: readonly IndexedEntry[] }
  | { readonly state: 'missing'; readonly name: string };

export interface CardProps {
  readonly content: CardContent;
  readonly articleDate: PublicationDate | undefined;
  readonly today: string;
  readonly pinned: boolean;
  readonly onClose: () => void;
  /** Opens one candidate of an ambiguous mention. */
  readonly onPick: (id: string) => void;
  /** authorityId values whose designations the reader chose not to see. */
  readonly hiddenAuthorities?: readonly string[];
  /** The card's buttons; left out where the card is shown outside a page (the glossary). */
  readonly actions?: CardActions;
}

export interface CardActions {
  readonly onTogglePin: () => void;
  readonly onSaveArticle: () => void;
  /** Entry cards only. */
  readonly onCopyCitation?: () => void;
  /** "Not this here": hides this entry on this site (entry cards only). */
  readonly onHideHere?: () => void;
  readonly onSiteOff: () => void;
  /** The outcome of the last action ("Saved to notebook"), announced politely. */
  readonly status?: string;
  /** Shown after a save: opens the notebook. */
  readonly onOpenNotebook?: () => void;
}

function ActionBar({ actions, pinned }: { actions: CardActions; pinned: boolean }) {
  return (
    <>
      <div class="card-actions">
        <button type="button" aria-pressed={pinned} onClick={actions.onTogglePin} title={t('card_pin_title')}>
          {pinned ? t('card_pinned') : t('card_pin')}
        </button>
        <button type="button" onClick={actions.onSaveArticle} title={t('card_save_title')}>
          {t('card_save')}
        </button>
        {actions.onCopyCitation && (
          <button type="button" onClick={actions.onCopyCitation} title={t('card_copy_citation_title')}>
            {t('card_copy_citation')}
          </button>
        )}
        {actions.onHideHere && (
          <button type="button" onClick={actions.onHideHere} title={t('card_hide_here_title')}>
            {t('card_hide_here')}
          </button>
        )}
        <button type="button" onClick={actions.onSiteOff} title={t('card_site_off_title')}>
          {t('card_site_off')}
        </button>
      </div>
      <p class="action-status" role="status">
        {actions.status ?? ''}
        {actions.onOpenNotebook && (
          <>
            {' '}
            <button type="button" class="inline-link" onClick={actions.onOpenNotebook}>
              {t('card_open_notebook')}
            </button>
          </>
        )}
      </p>
    </>
  );
}

/** A card section, named for assistive technology by its heading's text. */
const CardSection: FactSection = ({ label, children }) => (
  <section aria-label={label}>
    <h3>{label}</h3>
    {children}
  </section>
);

function Header({ title, kind, pinned, onClose }: { title: string; kind?: string; pinned: boolean; onClose: () => void }) {
  return (
    <div class="card-head">
      <div>
        <h2 id="backstory-card-title" dir="auto">
          {title}
        </h2>
        {kind && <span class="kind">{kind}</span>}
      </div>
      {pinned && (
        <button type="button" class="close" onClick={onClose} aria-label={t('card_close')}>
          ×
        </button>
      )}
    </div>
  );
}

function EntryCard({
  details,
  articleDate,
  today,
  pinned,
  onClose,
  hiddenAuthorities = [],
  actions,
}: Omit<CardProps, 'content' | 'onPick'> & { details: EntryDetails }) {
  const { entry } = details;
  return (
    <>
      <Header title={entry.name} kind={kindLabel(entry.kind)} pinned={pinned} onClose={onClose} />
      {actions && <ActionBar actions={actions} pinned={pinned} />}
      <EntryBody
        entry={entry}
        Section={CardSection}
        today={today}
        articleDate={articleDate ?? 'unknown'}
        hiddenAuthorities={hiddenAuthorities}
        nameOf={(id) => details.relatedNames[id]}
        packTitle={details.pack.title}
        maxNames={8}
      />
    </>
  );
}

/** The Backstory card. Its title names the dialog for assistive technology. */
export function Card(props: CardProps) {
  const { content, pinned, onClose, onPick, actions } = props;
  let body: preact.ComponentChildren;
  switch (content.state) {
    case 'loading':
      body = <Header title={content.name} pinned={pinned} onClose={onClose} />;
      break;
    case 'missing':
      body = (
        <>
          <Header title={content.name} pinned={pinned} onClose={onClose} />
          <p>{t('card_missing')}</p>
        </>
      );
      break;
    case 'ambiguous':
      body = (
        <>
          <Header title={t('card_could_mean', content.text)} pinned={pinned} onClose={onClose} />
          {actions && <ActionBar actions={{ ...actions, onCopyCitation: undefined, onHideHere: undefined }} pinned={pinned} />}
          <p class="ambiguous-note">{t('card_ambiguous_note')}</p>
          <ul class="candidates">
            {content.candidates.map((candidate) => (
              <li key={candidate.id}>
                <button type="button" onClick={() => onPick(candidate.id)}>
                  <span dir="auto">{candidate.name}</span> <span class="kind">{kindLabel(candidate.kind)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      );
      break;
    case 'entry':
      body = <EntryCard {...props} details={content.details} />;
      break;
  }
  return (
    <div class="card" role="dialog" aria-labelledby="backstory-card-title" aria-busy={content.state === 'loading'}>
      {body}
    </div>
  );
}
