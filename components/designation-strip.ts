/**
 * The glance card's status strip: one row per authority, its status on the article's date and
 * today, each reduced to one of a few looks. A listing nobody has confirmed lately (confirmedFor)
 * is never shown as in force today: its look is "unverified".
 */
import { confirmedFor, type StatusReading, statusOn } from '../lib/packs/designation-status';
import type { Designation } from '../lib/packs/pack-schema';

export type StripLook = 'listed' | 'unverified' | 'suspended' | 'lapsed' | 'removed' | 'not-listed';

export interface StripCell {
  readonly look: StripLook;
  readonly reading: StatusReading;
}

export interface StripRow {
  readonly designation: Designation;
  /** On the article's date; undefined when the page gave no date. */
  readonly atArticle: StripCell | undefined;
  readonly now: StripCell;
}

/**
 * Rows in this order: confirmed listings, then what changed since the article (the reason to
 * compare), then unconfirmed listings, then the rest by today's look.
 */
const ORDER: readonly StripLook[] = ['listed', 'unverified', 'suspended', 'lapsed', 'removed', 'not-listed'];
function rank(row: StripRow): number {
  if (row.now.look === 'listed') return 0;
  if (row.atArticle && row.atArticle.look !== look(row.now.reading)) return 1;
  return 1 + ORDER.indexOf(row.now.look);
}

function look(reading: StatusReading): Exclude<StripLook, 'unverified'> {
  switch (reading.status) {
    case 'listed':
      return 'listed';
    case 'delisted':
      return 'removed';
    case 'expired':
      return 'lapsed';
    case 'suspended':
      return 'suspended';
    case 'not-listed':
      return 'not-listed';
  }
}

/**
 * A past date's status is read from dated, sourced events, so it stands as it is; today's
 * "listed" stands only when the record says when it was last confirmed.
 */
export function stripRows(designations: readonly Designation[], articleDate: string | undefined, today: string): StripRow[] {
  return designations
    .map((designation) => {
      const nowReading = statusOn(designation, today);
      const nowLook = look(nowReading);
      const now: StripCell = {
        look: nowLook === 'listed' && !confirmedFor(designation, today) ? 'unverified' : nowLook,
        reading: nowReading,
      };
      const thenReading = articleDate === undefined ? undefined : statusOn(designation, articleDate);
      return { designation, atArticle: thenReading && { look: look(thenReading), reading: thenReading }, now };
    })
    .map((row, order) => ({ row, order }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.order - b.order)
    .map(({ row }) => row);
}

/**
 * A list's name as its initials, to tell apart two lists of one authority in a narrow row:
 * "Foreign Terrorist Organizations" → "FTO", "Specially Designated Global Terrorists (E.O. 13224)" →
 * "SDGT". Names with fewer than two capitalised words stay as they are.
 */
export function listShort(list: string): string {
  const words = list
    .replace(/\(.*?\)/g, ' ')
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word));
  return words.length >= 2 ? words.map((word) => word[0]).join('') : list;
}

/** Authorities with more than one record among these (the US State Department's FTO and SDGT): their rows and lanes name the list. */
export function sharedAuthorities(designations: readonly Pick<Designation, 'authorityId'>[]): ReadonlySet<string> {
  const ids = designations.map((designation) => designation.authorityId);
  return new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
}
