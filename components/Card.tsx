import { Fragment } from 'preact';
import type { IndexedEntry } from '../lib/engine/alias-index';
import { plural, t } from '../lib/i18n';
import type { EntryDetails } from '../lib/messages';
import { compareStatus, formatDate, statusOn } from '../lib/packs/designation-status';
import type { PublicationDate } from '../lib/page/pubdate';
import { DesignationView } from './DesignationView';
import { Background, type FactSection, KeyDates, SourceList } from './EntryFacts';
import { tNodes } from './i18n-nodes';
import { kindLabel } from './labels';
import { RichText } from './RichText';

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

/** "Article dated 3 Dec 2024 (from the page’s metadata)." */
const ARTICLE_DATED: Record<PublicationDate['from'], (date: string) => string> = {
  meta: (date) => t('card_article_dated_meta', date),
  'json-ld': (date) => t('card_article_dated_json_ld', date),
  time: (date) => t('card_article_dated_time', date),
  url: (date) => t('card_article_dated_url', date),
};

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
  const designations = entry.designations.filter((designation) => !hiddenAuthorities.includes(designation.authorityId));
  const otherNames = entry.names.filter((name) => name.text !== entry.name).slice(0, 8);
  return (
    <>
      <Header title={entry.name} kind={kindLabel(entry.kind)} pinned={pinned} onClose={onClose} />
      {actions && <ActionBar actions={actions} pinned={pinned} />}
      {otherNames.length > 0 && (
        <p class="names">
          {tNodes(
            'card_also',
            otherNames.map((name, i) => (
              <Fragment key={name.text}>
                {i > 0 ? t('list_separator') : ''}
                <bdi lang={name.lang}>{name.text}</bdi>
              </Fragment>
            )),
          )}
        </p>
      )}
      <RichText class="summary" text={entry.summary} />
      {designations.length > 0 && (
        <section aria-label={t('entry_designations')}>
          <h3>{t('entry_designations')}</h3>
          <p class="at-a-glance">{designationSummary(designations, articleDate?.date, today)}</p>
          <p class="date-basis">
            {articleDate ? ARTICLE_DATED[articleDate.from](formatDate(articleDate.date)) : t('card_no_article_date')}
          </p>
          <ul class="designations">
            {designations.map((designation, i) => (
              <DesignationView
                key={`${designation.authorityId}-${i}`}
                designation={designation}
                sources={entry.sources}
                articleDate={articleDate?.date}
                today={today}
              />
            ))}
          </ul>
        </section>
      )}
      <KeyDates entry={entry} Section={CardSection} />
      <Background entry={entry} Section={CardSection} />
      {entry.related.length > 0 && (
        <section aria-label={t('entry_related')}>
          <h3>{t('entry_related')}</h3>
          <ul class="related">
            {entry.related.map((related) => (
              <li key={`${related.relation}-${related.id}`}>
                <span class="relation">{related.relation}</span> {details.relatedNames[related.id] ?? related.id}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SourceList entry={entry} Section={CardSection} />
      <div class="card-foot">{t('card_reviewed_in_pack', formatDate(entry.reviewed), details.pack.title)}</div>
    </>
  );
}

/** "In force with 2 of 7 authorities today; lifted by 4 since the article." */
export function designationSummary(
  designations: EntryDetails['entry']['designations'],
  articleDate: string | undefined,
  today: string,
): string {
  const total = designations.length;
  const inForce = designations.filter((d) => statusOn(d, today).status === 'listed').length;
  const lifted = articleDate
    ? designations.filter((d) => {
        const comparison = compareStatus(d, articleDate, today);
        return comparison.past.status === 'listed' && comparison.present.status !== 'listed';
      }).length
    : 0;
  return lifted > 0 ? plural('entry_in_force_lifted', total, inForce, lifted) : plural('entry_in_force', total, inForce);
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
