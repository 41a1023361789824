/**
 * A designation's status on any date, derived from its dated events. Nothing is stored as a flag:
 * the events are the record, the status is a reading of them.
 */
import { uiLocale } from '../i18n';
import type { Designation, DesignationEvent } from './pack-schema';

export type Status = 'not-listed' | 'listed' | 'delisted' | 'expired' | 'suspended';

export interface StatusReading {
  readonly status: Status;
  /** The event that set this status; undefined before the first event. */
  readonly since: DesignationEvent | undefined;
  /** Removed on or before this day (the removal day itself is not known): see Designation.removedBy. */
  readonly removedBy?: string;
}

export interface StatusComparison {
  /** Status on the earlier date of interest (the article's). */
  readonly past: StatusReading;
  /** Status on the later date (today). */
  readonly present: StatusReading;
  /** Events after the first date up to and including the second, oldest first. */
  readonly changes: DesignationEvent[];
  readonly changed: boolean;
}

/** Events sorted oldest first; the same-day order is the order the pack lists them. */
export function sortedEvents(designation: Pick<Designation, 'events'>): DesignationEvent[] {
  return designation.events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.order - b.order))
    .map(({ event }) => event);
}

function apply(status: Status, event: DesignationEvent): Status {
  switch (event.type) {
    case 'listed':
    case 'reinstated':
      return 'listed';
    case 'amended':
      // An amendment changes the entry on the list, not whether it is listed.
      return status === 'not-listed' ? 'listed' : status;
    case 'delisted':
      return 'delisted';
    case 'expired':
      return 'expired';
    case 'suspended':
      return 'suspended';
  }
}

const ENDINGS: ReadonlySet<DesignationEvent['type']> = new Set(['delisted', 'expired']);

/**
 * Status at the end of `date` (YYYY-MM-DD): events dated that day have taken effect. A history
 * whose first known event is a removal or lapse was listed before it, since a date the record does
 * not know (`since` is then undefined).
 */
export function statusOn(designation: Pick<Designation, 'events' | 'removedBy'>, date: string): StatusReading {
  const events = sortedEvents(designation);
  let status: Status = events[0] && ENDINGS.has(events[0].type) ? 'listed' : 'not-listed';
  let since: DesignationEvent | undefined;
  for (const event of events) {
    if (event.date > date) break;
    const next = apply(status, event);
    if (next !== status || since === undefined) since = event;
    status = next;
  }
  // A list of `removedBy` no longer named it: from that day on it is removed, since a day not known.
  const removedBy = designation.removedBy;
  if (removedBy !== undefined && date >= removedBy && status === 'listed') {
    const relisted = events.some((e) => (e.type === 'listed' || e.type === 'reinstated') && e.date > removedBy && e.date <= date);
    if (!relisted) return { status: 'delisted', since: undefined, removedBy };
  }
  return { status, since };
}

export function compareStatus(designation: Pick<Designation, 'events' | 'removedBy'>, then: string, now: string): StatusComparison {
  const first = then <= now ? then : now;
  const second = then <= now ? now : then;
  const thenReading = statusOn(designation, then);
  const nowReading = statusOn(designation, now);
  const changes = sortedEvents(designation).filter((event) => event.date > first && event.date <= second);
  return { past: thenReading, present: nowReading, changes, changed: thenReading.status !== nowReading.status };
}

/**
 * How long a confirmation vouches for today's status. Lists change (Australia's lapse every three
 * years, the US reviews its list every five), so a listing last confirmed longer ago than this is
 * shown as unconfirmed since then, never as in force.
 */
export const CONFIRMATION_LIFETIME_DAYS = 365;

const dayNumber = (date: string) => {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
};

/** Was the record's current status confirmed recently enough to stand for today? */
export function confirmedFor(designation: Pick<Designation, 'checked'>, today: string): boolean {
  return designation.checked !== undefined && dayNumber(today) - dayNumber(designation.checked) <= CONFIRMATION_LIFETIME_DAYS;
}

/**
 * The records listed on `day`, split by the rule every view shares (card, popup, notebook): a
 * listing counts as in force only when it was confirmed lately (confirmedFor); the rest are listed
 * but unconfirmed.
 */
export function listedOn<D extends Pick<Designation, 'events' | 'removedBy' | 'checked'>>(
  designations: readonly D[],
  day: string,
): { readonly confirmed: D[]; readonly unconfirmed: D[] } {
  const confirmed: D[] = [];
  const unconfirmed: D[] = [];
  for (const designation of designations) {
    if (statusOn(designation, day).status !== 'listed') continue;
    (confirmedFor(designation, day) ? confirmed : unconfirmed).push(designation);
  }
  return { confirmed, unconfirmed };
}

/** Is the status in force: listed and not lifted. */
export function isInForce(status: Status): boolean {
  return status === 'listed';
}

/** Does the record's history begin with a removal or lapse (so its listing date is unknown)? */
export function startsWithRemoval(designation: Pick<Designation, 'events'>): boolean {
  const first = sortedEvents(designation)[0];
  return first !== undefined && ENDINGS.has(first.type);
}

/** Today's date as YYYY-MM-DD in the reader's own time zone. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** English dates, the same in every English locale: "8 Jul 2025", "Jul 2025", "2025". */
function englishDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year ?? date;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

const PRECISION: Record<1 | 2 | 3, Intl.DateTimeFormatOptions> = {
  1: { year: 'numeric' },
  2: { year: 'numeric', month: 'short' },
  3: { year: 'numeric', month: 'short', day: 'numeric' },
};
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A YYYY, YYYY-MM or YYYY-MM-DD date for reading, in the language of the extension's messages
 * (lib/i18n uiLocale): "8 Jul 2025", "Jul 2025" or "2025" in English, Intl's medium form elsewhere
 * ("8 juil. 2025"). The calendar date as written: independent of time zone.
 */
export function formatDate(date: string, locale: string = uiLocale()): string {
  if (locale === 'en' || locale.startsWith('en-')) return englishDate(date);
  const parts = date.split('-');
  const [year = Number.NaN, month = 1, day = 1] = parts.map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
  const precision = parts.length as 1 | 2 | 3;
  const valid = precision <= 3 && Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  if (!valid) return englishDate(date);
  try {
    const key = `${locale} ${precision}`;
    let format = formats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { ...PRECISION[precision], timeZone: 'UTC' });
      formats.set(key, format);
    }
    const at = new Date(Date.UTC(2000, month - 1, day));
    at.setUTCFullYear(year); // years 0–99 as written, not 1900–1999
    if (at.getUTCMonth() !== month - 1) return englishDate(date); // no such day ("2025-02-30")
    return format.format(at);
  } catch {
    return englishDate(date);
  }
}

/** A stretch of time a designation was in force, as the timeline draws it. */
export interface ListedPeriod {
  /** The day it began; undefined when the record starts with its removal (listed since a day not known). */
  readonly start: string | undefined;
  /** The day it ended; undefined while it runs on. */
  readonly end: string | undefined;
  /** How it ended: removed, lapsed, suspended, dropped from a list by a day not known, or still running. */
  readonly ending: 'delisted' | 'expired' | 'suspended' | 'removed-by' | 'running';
}

/** The periods in force, oldest first, read from the events the same way statusOn reads them. */
export function listedPeriods(designation: Pick<Designation, 'events' | 'removedBy'>): ListedPeriod[] {
  const events = sortedEvents(designation);
  const periods: ListedPeriod[] = [];
  let open: { start: string | undefined } | undefined = startsWithRemoval(designation) ? { start: undefined } : undefined;
  let status: Status = open ? 'listed' : 'not-listed';
  for (const event of events) {
    const next = apply(status, event);
    if (next === 'listed' && status !== 'listed') open = { start: event.date };
    if (next !== 'listed' && status === 'listed' && open) {
      periods.push({ start: open.start, end: event.date, ending: next === 'not-listed' ? 'delisted' : next });
      open = undefined;
    }
    status = next;
  }
  if (open) {
    const removedBy = designation.removedBy;
    const lastStart = open.start;
    if (removedBy !== undefined && (lastStart === undefined || removedBy >= lastStart)) {
      periods.push({ start: lastStart, end: removedBy, ending: 'removed-by' });
    } else periods.push({ start: lastStart, end: undefined, ending: 'running' });
  }
  return periods;
}
