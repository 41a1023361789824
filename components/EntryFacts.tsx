/**
 * Parts of an entry shown the same way in the hover card and in the settings glossary: key dates,
 * background and sources. Each caller says how its sections are wrapped (the card names them for
 * assistive technology; the glossary does not, so an open entry adds no landmarks).
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { t } from '../lib/i18n';
import { formatDate } from '../lib/packs/designation-status';
import type { Entry } from '../lib/packs/pack-schema';
import { RichText } from './RichText';
import { SourceLink } from './SourceLink';
import { SourceRefs } from './SourceRefs';

export type FactSection = ComponentType<{ label: string; children: ComponentChildren }>;

export function KeyDates({ entry, Section }: { entry: Entry; Section: FactSection }) {
  if (entry.dates.length === 0) return null;
  return (
    <Section label={t('entry_key_dates')}>
      <ul class="dates">
        {entry.dates.map((fact, i) => (
          <li key={`${fact.type}-${i}`}>
            <span class="fact-type">{fact.type}</span> <time dateTime={fact.date}>{formatDate(fact.date)}</time>
            {fact.note ? <span dir="auto"> — {fact.note}</span> : null} <SourceRefs ids={fact.sources} sources={entry.sources} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function Background({ entry, Section }: { entry: Entry; Section: FactSection }) {
  if (!entry.background) return null;
  return (
    <Section label={t('entry_background')}>
      <RichText class="background" text={entry.background} />
    </Section>
  );
}

export function SourceList({ entry, Section }: { entry: Entry; Section: FactSection }) {
  return (
    <Section label={t('entry_sources')}>
      <ol class="sources">
        {entry.sources.map((source) => (
          <li key={source.id}>
            <SourceLink url={source.url}>{source.title}</SourceLink>
            <span class="publisher"> {t('entry_source_read', source.publisher, formatDate(source.accessed))}</span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
