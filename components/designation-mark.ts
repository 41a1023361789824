/**
 * The popup's one-word reading of an entry's designations today, by the card's rule
 * (designation-summary.ts, designation-strip.ts): a listing counts as in force only when its status
 * was confirmed lately (confirmedFor); a listing nobody has confirmed is "unconfirmed", never "listed".
 */
import { listedOn } from '../lib/packs/designation-status';
import type { Designation } from '../lib/packs/pack-schema';

export type DesignationMark = 'listed' | 'unconfirmed' | 'none';

export interface MarkReading {
  readonly mark: DesignationMark;
  /** Authorities whose confirmed listing is in force today. */
  readonly inForce: number;
  /** Authorities that list it today without a recent confirmation. */
  readonly unconfirmed: number;
}

/**
 * "listed" when at least one authority's confirmed listing is in force today; else "unconfirmed"
 * when some authority lists it without a recent confirmation; else "none" (never listed, removed,
 * lapsed or suspended). Designations by authorities the reader hid are left out, as on the card.
 */
export function designationMark(
  designations: readonly Designation[],
  today: string,
  hiddenAuthorities: readonly string[] = [],
): MarkReading {
  const shown = designations.filter((designation) => !hiddenAuthorities.includes(designation.authorityId));
  const listed = listedOn(shown, today);
  const inForce = listed.confirmed.length;
  const unconfirmed = listed.unconfirmed.length;
  return { mark: inForce > 0 ? 'listed' : unconfirmed > 0 ? 'unconfirmed' : 'none', inForce, unconfirmed };
}

const RANK: Record<DesignationMark, number> = { listed: 0, unconfirmed: 1, none: 2 };

/** Sort order: listed first, then unconfirmed, then the rest. */
export function markRank(mark: DesignationMark | undefined): number {
  return RANK[mark ?? 'none'];
}
