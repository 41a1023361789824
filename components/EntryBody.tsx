/**
 * An entry's full record, the same in the hover card and in the settings glossary: other names,
 * summary, designations with their status, key dates, background, related entries, sources and
 * when it was reviewed. The caller adds what surrounds it (the card's title and buttons, the
 * glossary's list item) and says how sections are wrapped (see EntryFacts).
 */
import { type ComponentChildren, Fragment } from 'preact';
import { t, uiLocale } from '../lib/i18n';
import { formatDate } from '../lib/packs/designation-status';
import type { Entry, Name } from '../lib/packs/pack-schema';
import type { PublicationDate } from '../lib/page/pubdate';
import { DesignationView } from './DesignationView';
import { designationSummary } from './designation-summary';
import { Background, type FactSection, KeyDates, SourceList } from './EntryFacts';
import { tNodes } from './i18n-nodes';
import { RichText } from './RichText';

let languageNames: { readonly locale: string; readonly names: Intl.DisplayNames } | undefined;
/** The name of a name's language, in the reader's language; nothing for names in the reader's own language. */
function languageName(lang: string | undefined): string | undefined {
  const locale = uiLocale();
  const own = locale.split('-')[0]!;
  if (!lang || lang === own || lang.startsWith(`${own}-`)) return undefined;
  try {
    if (languageNames?.locale !== locale) languageNames = { locale, names: new Intl.DisplayNames([locale], { type: 'language' }) };
    return languageNames.names.of(lang);
  } catch {
    return lang;
  }
}

const NAME_NOTE: Partial<Record<Name['kind'], () => string>> = {
  acronym: () => t('browse_name_acronym'),
  previousName: () => t('browse_name_former'),
};

function OtherNames({ entry, max }: { entry: Entry; max: number }) {
  const seen = new Set([entry.name]);
  const names = entry.names.filter((name) => !seen.has(name.text) && seen.add(name.text)).slice(0, max);
  if (names.length === 0) return null;
  return (
    <p class="names">
      {tNodes(
        'browse_also_known_as',
        names.map((name, i) => {
          const notes = [languageName(name.lang), NAME_NOTE[name.kind]?.()].filter(Boolean);
          return (
            <Fragment key={name.text}>
              {i > 0 ? t('list_separator') : ''}
              <bdi lang={name.lang}>{name.text}</bdi>
              {notes.length > 0 && <span class="name-note"> {t('browse_name_notes', notes.join(t('list_separator')))}</span>}
            </Fragment>
          );
        }),
      )}
    </p>
  );
}

/** "Article dated 3 Dec 2024 (from the page’s metadata)." */
const ARTICLE_DATED: Record<PublicationDate['from'], (date: string) => string> = {
  meta: (date) => t('card_article_dated_meta', date),
  'json-ld': (date) => t('card_article_dated_json_ld', date),
  time: (date) => t('card_article_dated_time', date),
  url: (date) => t('card_article_dated_url', date),
};

export interface EntryBodyProps {
  readonly entry: Entry;
  readonly Section: FactSection;
  readonly today: string;
  /** On a page: statuses are also read for the article's date. Undefined in the glossary. */
  readonly articleDate?: PublicationDate | 'unknown';
  readonly hiddenAuthorities?: readonly string[];
  /** A related entry's display name, when the dataset has it. */
  readonly nameOf: (id: string) => string | undefined;
  /** The pack the entry comes from, named in the footer. */
  readonly packTitle?: string;
  /** At most this many other names (the hover card keeps it short); all of them unless given. */
  readonly maxNames?: number;
  /** Where a related entry's own record is: related entries become links (the dossier). */
  readonly linkTo?: (id: string) => string | undefined;
  /** Following a related link: the side panel shows the record in place of changing its address. */
  readonly onLink?: (id: string) => void;
  /** Shown after the designations' headline (the dossier's timeline). */
  readonly designationsExtra?: ComponentChildren;
}

export function EntryBody({
  entry,
  Section,
  today,
  articleDate,
  hiddenAuthorities = [],
  nameOf,
  packTitle,
  maxNames = Number.POSITIVE_INFINITY,
  linkTo,
  onLink,
  designationsExtra,
}: EntryBodyProps) {
  const designations = entry.designations.filter((designation) => !hiddenAuthorities.includes(designation.authorityId));
  const dated = articleDate === 'unknown' ? undefined : articleDate;
  return (
    <>
      <OtherNames entry={entry} max={maxNames} />
      <RichText class="summary" text={entry.summary} />
      {designations.length > 0 && (
        <Section label={t('entry_designations')}>
          <p class="at-a-glance">{designationSummary(designations, dated?.date, today)}</p>
          {articleDate !== undefined && (
            <p class="date-basis">{dated ? ARTICLE_DATED[dated.from](formatDate(dated.date)) : t('card_no_article_date')}</p>
          )}
          {designationsExtra}
          <ul class="designations">
            {designations.map((designation, i) => (
              <DesignationView
                key={`${designation.authorityId}-${i}`}
                designation={designation}
                sources={entry.sources}
                articleDate={dated?.date}
                today={today}
              />
            ))}
          </ul>
        </Section>
      )}
      <KeyDates entry={entry} Section={Section} />
      <Background entry={entry} Section={Section} />
      {entry.related.length > 0 && (
        <Section label={t('entry_related')}>
          <ul class="related">
            {entry.related.map((related) => {
              const name = nameOf(related.id);
              const href = name === undefined ? undefined : linkTo?.(related.id);
              return (
                <li key={`${related.relation}-${related.id}`}>
                  <span class="relation">{related.relation}</span>{' '}
                  {href ? (
                    <a
                      href={href}
                      onClick={
                        onLink &&
                        ((event) => {
                          event.preventDefault();
                          onLink(related.id);
                        })
                      }
                    >
                      <bdi>{name}</bdi>
                    </a>
                  ) : (
                    <bdi>{name ?? related.id}</bdi>
                  )}
                  {related.note ? <span dir="auto"> — {related.note}</span> : null}
                </li>
              );
            })}
          </ul>
        </Section>
      )}
      <SourceList entry={entry} Section={Section} />
      <p class="reviewed">
        {packTitle ? t('card_reviewed_in_pack', formatDate(entry.reviewed), packTitle) : t('entry_reviewed', formatDate(entry.reviewed))}
      </p>
    </>
  );
}
