/**
 * The designation status an entity had when its article was saved, read the way the card reads
 * it (components/designation-summary): a past date's status stands as the dated events give it;
 * on the day of saving, only listings confirmed lately (confirmedFor) count as in force, and the
 * others are named apart as not confirmed.
 */
import { listedOn, statusOn } from '../packs/designation-status';
import type { Designation } from '../packs/pack-schema';
import type { StatusAtSave } from './notebook';

export function statusAtSave(designations: readonly Designation[], articleDate: string | undefined, savedDay: string): StatusAtSave {
  // On the article's date every listing counts: a past status stands as the dated events give it.
  const listedBy = (day: string) => designations.filter((designation) => statusOn(designation, day).status === 'listed');
  const savedDayListings = listedOn(designations, savedDay);
  return {
    total: designations.length,
    ...(articleDate ? { onArticleDate: { date: articleDate, listedBy: listedBy(articleDate).map((d) => d.authority) } } : {}),
    onSaveDay: {
      date: savedDay,
      inForceWith: savedDayListings.confirmed.map((d) => d.authority),
      unconfirmed: savedDayListings.unconfirmed.map((d) => d.authority),
    },
  };
}

/** Each authority once: one with two lists (the US State Department's FTO and SDGT) has two records, counted as the card counts them. */
const names = (list: readonly string[]): string => [...new Set(list)].join(', ');

/**
 * The status in plain English for exports, one sentence per date:
 * "On the article's date (2024-12-03): listed by 2 of 3 (UN Security Council, UK Home Office)."
 * "When saved (2026-12-06): in force with 1 of 3 (UN Security Council); not confirmed: UK Home Office."
 * Empty when the entity had no designation records.
 */
export function statusSentences(status: StatusAtSave): string[] {
  if (status.total === 0) return [];
  const lines: string[] = [];
  const then = status.onArticleDate;
  if (then) {
    const by = then.listedBy.length > 0 ? ` (${names(then.listedBy)})` : '';
    lines.push(`On the article's date (${then.date}): listed by ${then.listedBy.length} of ${status.total}${by}.`);
  }
  const now = status.onSaveDay;
  const inForce = now.inForceWith.length > 0 ? ` (${names(now.inForceWith)})` : '';
  const unconfirmed = now.unconfirmed.length > 0 ? `; not confirmed: ${names(now.unconfirmed)}` : '';
  lines.push(`When saved (${now.date}): in force with ${now.inForceWith.length} of ${status.total}${inForce}${unconfirmed}.`);
  return lines;
}
