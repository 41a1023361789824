/** Display words for data values, in the reader's language. */

import { t } from '../lib/i18n';
import type { Status } from '../lib/packs/designation-status';
import type { Designation, DesignationEvent, EntryKind } from '../lib/packs/pack-schema';
import type { StripLook } from './designation-strip';

/** Functions, not strings: each reads the browser's messages when it is shown. */
const KIND_LABEL: Record<EntryKind, () => string> = {
  organization: () => t('kind_organization'),
  person: () => t('kind_person'),
  place: () => t('kind_place'),
  document: () => t('kind_document'),
  event: () => t('kind_event'),
  term: () => t('kind_term'),
};

/** Every kind, in the order menus and the popup list them (from the labels: the pages need not load zod for it). */
export const KINDS = Object.keys(KIND_LABEL) as readonly EntryKind[];

const STATUS_LABEL: Record<Status, () => string> = {
  'not-listed': () => t('status_not_listed'),
  listed: () => t('status_listed'),
  delisted: () => t('status_delisted'),
  expired: () => t('status_expired'),
  suspended: () => t('status_suspended'),
};

const EVENT_LABEL: Record<DesignationEvent['type'], () => string> = {
  listed: () => t('event_listed'),
  amended: () => t('event_amended'),
  delisted: () => t('event_delisted'),
  expired: () => t('event_expired'),
  suspended: () => t('event_suspended'),
  reinstated: () => t('event_reinstated'),
};

/** An event inside a sentence, with its date ("removed on 8 Jul 2025"). */
const EVENT_ON: Record<DesignationEvent['type'], (date: string) => string> = {
  listed: (date) => t('event_on_listed', date),
  amended: (date) => t('event_on_amended', date),
  delisted: (date) => t('event_on_delisted', date),
  expired: (date) => t('event_on_expired', date),
  suspended: (date) => t('event_on_suspended', date),
  reinstated: (date) => t('event_on_reinstated', date),
};

const STRIP_LOOK_LABEL: Record<StripLook, () => string> = {
  listed: () => t('status_listed'),
  unverified: () => t('status_unconfirmed'),
  suspended: () => t('status_suspended'),
  lapsed: () => t('status_expired'),
  removed: () => t('status_delisted'),
  'not-listed': () => t('status_not_listed'),
};

/** Short names of the authorities the bundled packs use, for the status strip; others keep their own name. */
const AUTHORITY_SHORT: Readonly<Record<string, () => string>> = {
  un: () => t('authority_short_un'),
  'us-state': () => t('authority_short_us_state'),
  'us-treasury': () => t('authority_short_us_treasury'),
  uk: () => t('authority_short_uk'),
  eu: () => t('authority_short_eu'),
  ca: () => t('authority_short_ca'),
  au: () => t('authority_short_au'),
  tr: () => t('authority_short_tr'),
};

export const stripLookLabel = (look: StripLook): string => STRIP_LOOK_LABEL[look]();
export const authorityShort = (designation: Pick<Designation, 'authorityId' | 'authority'>): string =>
  Object.hasOwn(AUTHORITY_SHORT, designation.authorityId) ? AUTHORITY_SHORT[designation.authorityId]!() : designation.authority;
export const kindLabel = (kind: EntryKind): string => KIND_LABEL[kind]();
export const statusLabel = (status: Status): string => STATUS_LABEL[status]();
export const eventLabel = (type: DesignationEvent['type']): string => EVENT_LABEL[type]();
export const eventOn = (type: DesignationEvent['type'], formattedDate: string): string => EVENT_ON[type](formattedDate);

/** Only http(s) links are ever rendered as links. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
