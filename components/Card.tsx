import type { ComponentChildren } from 'preact';
import type { IndexedEntry } from '../lib/engine/alias-index';
import { t } from '../lib/i18n';
import type { EntryDetails } from '../lib/messages';
import type { PublicationDate } from '../lib/page/pubdate';
import { ActionMenu, type MenuItem } from './ActionMenu';
import { designationSummary } from './designation-summary';
import { authorityShort, kindLabel } from './labels';
import { RichText } from './RichText';
import { StatusStrip } from './StatusStrip';

export type CardContent =
  | { readonly state: 'loading'; readonly name: string }
  | { readonly state: 'entry'; readonly details: EntryDetails }
  | { readonly state: 'ambiguous'; readonly text: string; readonly candidates: readonly IndexedEntry[] }
  | { readonly state: 'missing'; readonly name: string }
  /** What "Look up in Backstory" found for the reader's selection (nothing, or several close entries). */
  | { readonly state: 'lookup'; readonly text: string; readonly candidates: readonly IndexedEntry[] };

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
  /** Opens the entry's full record (the dossier) beside the article (entry cards only). */
  readonly onOpenDossier?: () => void;
  /** Shown after a save: opens the notebook. */
  readonly onOpenNotebook?: () => void;
}

/** The card's footer: the way into the full record first, then pin and save, the rest in a ⋯ menu. */
function CardFooter({ actions, pinned }: { actions: CardActions; pinned: boolean }) {
  const menu: MenuItem[] = [];
  if (actions.onCopyCitation)
    menu.push({ label: t('card_copy_citation'), title: t('card_copy_citation_title'), onSelect: actions.onCopyCitation });
  if (actions.onHideHere) menu.push({ label: t('card_hide_here'), title: t('card_hide_here_title'), onSelect: actions.onHideHere });
  menu.push({ label: t('card_site_off'), title: t('card_site_off_title'), onSelect: actions.onSiteOff });
  return (
    <>
      <div class="card-foot">
        {actions.onOpenDossier && (
          <button type="button" class="primary" onClick={actions.onOpenDossier} title={t('card_more_title')}>
            {t('card_more')}
          </button>
        )}
        <span class="spacer" />
        <button type="button" aria-pressed={pinned} onClick={actions.onTogglePin} title={t('card_pin_title')}>
          {pinned ? t('card_pinned') : t('card_pin')}
        </button>
        <button type="button" onClick={actions.onSaveArticle} title={t('card_save_title')}>
          {t('card_save')}
        </button>
        <ActionMenu label={t('card_menu')} items={menu} />
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

/** Rows of the status strip a glance card shows; the rest are in the full record. */
const GLANCE_ROWS = 4;

/** A card's three parts: the head and the foot stay in view, the middle scrolls when room is short. */
interface CardParts {
  readonly head: ComponentChildren;
  readonly body?: ComponentChildren;
  readonly foot?: ComponentChildren;
}

/** The glance: name and kind, the one-sentence summary, the status strip, the actions. */
function entryParts({
  details,
  articleDate,
  today,
  pinned,
  onClose,
  hiddenAuthorities = [],
  actions,
}: Omit<CardProps, 'content' | 'onPick'> & { details: EntryDetails }): CardParts {
  const { entry } = details;
  const designations = entry.designations.filter((designation) => !hiddenAuthorities.includes(designation.authorityId));
  return {
    head: <Header title={entry.name} kind={kindLabel(entry.kind)} pinned={pinned} onClose={onClose} />,
    body: (
      <>
        <RichText class="summary" text={entry.summary} />
        {designations.length > 0 && (
          <section class="glance-status" aria-label={t('entry_designations')}>
            <p class="at-a-glance">{designationSummary(designations, articleDate?.date, today, authorityShort)}</p>
            <StatusStrip designations={designations} articleDate={articleDate?.date} today={today} maxRows={GLANCE_ROWS} />
          </section>
        )}
      </>
    ),
    foot: actions && <CardFooter actions={actions} pinned={pinned} />,
  };
}

function Candidates({ candidates, onPick }: { candidates: readonly IndexedEntry[]; onPick: (id: string) => void }) {
  return (
    <ul class="candidates">
      {candidates.map((candidate) => (
        <li key={candidate.id}>
          <button type="button" onClick={() => onPick(candidate.id)}>
            <span dir="auto">{candidate.name}</span> <span class="kind">{kindLabel(candidate.kind)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function parts(props: CardProps): CardParts {
  const { content, pinned, onClose, onPick, actions } = props;
  switch (content.state) {
    case 'loading':
      return { head: <Header title={content.name} pinned={pinned} onClose={onClose} /> };
    case 'missing':
      return { head: <Header title={content.name} pinned={pinned} onClose={onClose} />, body: <p>{t('card_missing')}</p> };
    case 'ambiguous':
      return {
        head: <Header title={t('card_could_mean', content.text)} pinned={pinned} onClose={onClose} />,
        body: (
          <>
            <p class="ambiguous-note">{t('card_ambiguous_note')}</p>
            <Candidates candidates={content.candidates} onPick={onPick} />
          </>
        ),
        foot: actions && (
          <CardFooter
            actions={{ ...actions, onCopyCitation: undefined, onHideHere: undefined, onOpenDossier: undefined }}
            pinned={pinned}
          />
        ),
      };
    case 'lookup':
      return {
        head: <Header title={t('card_lookup_title', content.text)} pinned={pinned} onClose={onClose} />,
        body:
          content.candidates.length === 0 ? (
            <p class="ambiguous-note">{t('card_lookup_none')}</p>
          ) : (
            <>
              <p class="ambiguous-note">{t('card_lookup_note')}</p>
              <Candidates candidates={content.candidates} onPick={onPick} />
            </>
          ),
      };
    case 'entry':
      return entryParts({ ...props, details: content.details });
  }
}

/** The Backstory card. Its title names the dialog for assistive technology. */
export function Card(props: CardProps) {
  const { head, body, foot } = parts(props);
  return (
    <div class="card" role="dialog" aria-labelledby="backstory-card-title" aria-busy={props.content.state === 'loading'}>
      {head}
      {body && <div class="card-body">{body}</div>}
      {foot && <div class="card-foot-wrap">{foot}</div>}
    </div>
  );
}
