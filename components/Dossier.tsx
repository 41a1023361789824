/**
 * An entry's full record, opened from its card: everything the card leaves out, the designation
 * timeline, and related entries as links to their own records.
 */
import type { ComponentChildren } from 'preact';
import type { EntryDetails } from '../lib/messages';
import type { PublicationDate } from '../lib/page/pubdate';
import { DesignationTimeline } from './DesignationTimeline';
import { EntryBody } from './EntryBody';
import { kindLabel } from './labels';

interface Props {
  readonly details: EntryDetails;
  readonly articleDate: PublicationDate | undefined;
  readonly today: string;
  readonly hiddenAuthorities: readonly string[];
  /** The address of another entry's record, for the related links. */
  readonly linkTo: (id: string) => string;
  readonly onLink?: (id: string) => void;
}

const Section = ({ label, children }: { label: string; children: ComponentChildren }) => (
  <section aria-label={label}>
    <h2>{label}</h2>
    {children}
  </section>
);

export function Dossier({ details, articleDate, today, hiddenAuthorities, linkTo, onLink }: Props) {
  const { entry } = details;
  const designations = entry.designations.filter((designation) => !hiddenAuthorities.includes(designation.authorityId));
  return (
    <article class="dossier" aria-labelledby="dossier-title">
      <header>
        <h1 id="dossier-title" dir="auto">
          {entry.name}
        </h1>
        <span class="kind">{kindLabel(entry.kind)}</span>
      </header>
      <EntryBody
        entry={entry}
        Section={Section}
        today={today}
        articleDate={articleDate ?? 'unknown'}
        hiddenAuthorities={hiddenAuthorities}
        nameOf={(id) => details.relatedNames[id]}
        packTitle={details.pack.title}
        linkTo={linkTo}
        onLink={onLink}
        designationsExtra={<DesignationTimeline designations={designations} articleDate={articleDate?.date} today={today} />}
      />
    </article>
  );
}
