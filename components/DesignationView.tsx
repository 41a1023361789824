import { plural, t } from '../lib/i18n';
import { compareStatus, confirmedFor, formatDate, type StatusReading, sortedEvents, statusOn } from '../lib/packs/designation-status';
import type { Designation, Source } from '../lib/packs/pack-schema';
import { tNodes } from './i18n-nodes';
import { eventLabel, eventOn, statusLabel } from './labels';
import { SourceRefs } from './SourceRefs';

interface Props {
  readonly designation: Designation;
  readonly sources: readonly Source[];
  /** The article's publication date, when the page gave one. */
  readonly articleDate: string | undefined;
  readonly today: string;
}

function StatusBadge({ reading }: { reading: StatusReading }) {
  return (
    <span class={`status status-${reading.status}`}>
      {reading.removedBy
        ? t('status_removed_by', formatDate(reading.removedBy))
        : reading.since && reading.status !== 'listed'
          ? t('status_since', statusLabel(reading.status), formatDate(reading.since.date))
          : statusLabel(reading.status)}
    </span>
  );
}

/** One authority's designation: the name it lists, the status then and now, and the dated history. */
export function DesignationView({ designation, sources, articleDate, today }: Props) {
  const events = sortedEvents(designation);
  const comparison = articleDate ? compareStatus(designation, articleDate, today) : undefined;
  const now = comparison?.present ?? statusOn(designation, today);
  const latest = events[events.length - 1];
  return (
    <li class="designation">
      <div class="designation-head">
        <span class="authority">{designation.authority}</span>
        <span class="list">{designation.list}</span>
      </div>
      {(designation.listedAs || designation.referenceId) && (
        <div class="listed-as">
          {designation.listedAs && tNodes('designation_listed_as', <q dir="auto">{designation.listedAs}</q>)}
          {designation.referenceId && <span class="ref"> · {designation.referenceId}</span>}
        </div>
      )}
      <dl class="status-grid">
        {comparison && articleDate && (
          <>
            <dt>{t('designation_on_article_date', formatDate(articleDate))}</dt>
            <dd>
              <StatusBadge reading={comparison.past} />
            </dd>
          </>
        )}
        <dt>{t('designation_today', formatDate(today))}</dt>
        <dd>
          <StatusBadge reading={now} />
        </dd>
      </dl>
      {comparison && comparison.changes.length > 0 && (
        <p class={comparison.changed ? 'changed' : 'changed minor'}>
          {t(
            'designation_since_article',
            comparison.changes.map((event) => eventOn(event.type, formatDate(event.date))).join(t('list_separator_clauses')),
          )}
        </p>
      )}
      {designation.checked ? (
        confirmedFor(designation, today) || now.status !== 'listed' ? (
          <p class="checked">{t('designation_confirmed', formatDate(designation.checked))}</p>
        ) : (
          <p class="checked unverified">{t('designation_confirmed_stale', formatDate(designation.checked))}</p>
        )
      ) : (
        latest && <p class="checked unverified">{t('designation_unverified', formatDate(latest.date))}</p>
      )}
      <details class="history">
        <summary>
          {designation.note ? plural('designation_history_notes', events.length) : plural('designation_history', events.length)}
        </summary>
        {designation.note && (
          <p class="note" dir="auto">
            {designation.note}
          </p>
        )}
        <ol>
          {events.map((event, i) => (
            <li key={`${event.date}-${i}`}>
              <time dateTime={event.date}>{formatDate(event.date)}</time> <strong>{eventLabel(event.type)}</strong>
              {event.note ? <span dir="auto"> — {event.note}</span> : null} <SourceRefs ids={event.sources} sources={sources} />
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
