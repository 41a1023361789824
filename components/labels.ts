/** Display words for data values. */
import type { Status } from '../lib/designation-status';
import type { DesignationEvent, EntryKind } from '../lib/pack-schema';

export const KIND_LABEL: Record<EntryKind, string> = {
  organization: 'Organisation',
  person: 'Person',
  place: 'Place',
  document: 'Document',
  event: 'Event',
  term: 'Term',
};

export const STATUS_LABEL: Record<Status, string> = {
  'not-listed': 'Not listed',
  listed: 'Listed',
  delisted: 'Removed',
  expired: 'Lapsed',
  suspended: 'Suspended',
};

export const EVENT_LABEL: Record<DesignationEvent['type'], string> = {
  listed: 'Listed',
  amended: 'Amended',
  delisted: 'Removed',
  expired: 'Lapsed',
  suspended: 'Suspended',
  reinstated: 'Reinstated',
};

/** Only http(s) links are ever rendered as links. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
