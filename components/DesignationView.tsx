import { compareStatus, formatDate, type StatusReading, sortedEvents, statusOn } from '../lib/designation-status';
import type { Designation, Source } from '../lib/pack-schema';
import { EVENT_LABEL, STATUS_LABEL } from './labels';
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
      {STATUS_LABEL[reading.status]}
      {reading.since && reading.status !== 'listed' ? ` ${formatDate(reading.since.date)}` : ''}
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
          {designation.listedAs && (
            <>
              Listed as <q dir="auto">{designation.listedAs}</q>
            </>
          )}
          {designation.referenceId && <span class="ref"> · {designation.referenceId}</span>}
        </div>
      )}
      <dl class="status-grid">
        {comparison && articleDate && (
          <>
            <dt>On the article’s date ({formatDate(articleDate)})</dt>
            <dd>
              <StatusBadge reading={comparison.past} />
            </dd>
          </>
        )}
        <dt>Today ({formatDate(today)})</dt>
        <dd>
          <StatusBadge reading={now} />
        </dd>
      </dl>
      {comparison && comparison.changes.length > 0 && (
        <p class={comparison.changed ? 'changed' : 'changed minor'}>
          Since the article:{' '}
          {comparison.changes.map((event, i) => (
            <span key={`${event.date}-${i}`}>
              {i > 0 ? '; ' : ''}
              {EVENT_LABEL[event.type].toLowerCase()} on {formatDate(event.date)}
            </span>
          ))}
          .
        </p>
      )}
      {designation.checked ? (
        <p class="checked">Status last confirmed {formatDate(designation.checked)}.</p>
      ) : (
        latest && <p class="checked unverified">Current status unverified since {formatDate(latest.date)}.</p>
      )}
      <details class="history">
        <summary>
          History ({events.length} {events.length === 1 ? 'event' : 'events'}){designation.note ? ' and notes' : ''}
        </summary>
        {designation.note && (
          <p class="note" dir="auto">
            {designation.note}
          </p>
        )}
        <ol>
          {events.map((event, i) => (
            <li key={`${event.date}-${i}`}>
              <time dateTime={event.date}>{formatDate(event.date)}</time> <strong>{EVENT_LABEL[event.type]}</strong>
              {event.note ? <span dir="auto"> — {event.note}</span> : null} <SourceRefs ids={event.sources} sources={sources} />
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
