/** The one-line reading of an entry's designations, shared by the card and the glossary. */
import { isolate, plural, t } from '../lib/i18n';
import type { EntryDetails } from '../lib/messages';
import { compareStatus, listedOn } from '../lib/packs/designation-status';

/**
 * "In force with 2 of 7 authorities today; lifted by 4 since the article." Only listings whose
 * status was confirmed count as in force; listed-but-unconfirmed ones are named after it
 * ("Not confirmed: UK Home Office."), never counted as current.
 */
export function designationSummary(
  designations: EntryDetails['entry']['designations'],
  articleDate: string | undefined,
  today: string,
  /** How an authority is named; its full name unless given (the glance card uses short names). */
  authorityName: (designation: EntryDetails['entry']['designations'][number]) => string = (designation) => designation.authority,
): string {
  const total = designations.length;
  const listed = listedOn(designations, today);
  const inForce = listed.confirmed.length;
  const unconfirmed = [...new Set(listed.unconfirmed.map(authorityName))];
  const lifted = articleDate
    ? designations.filter((d) => {
        const comparison = compareStatus(d, articleDate, today);
        return comparison.past.status === 'listed' && comparison.present.status !== 'listed';
      }).length
    : 0;
  const headline = lifted > 0 ? plural('entry_in_force_lifted', total, inForce, lifted) : plural('entry_in_force', total, inForce);
  return unconfirmed.length > 0
    ? `${headline} ${plural('entry_unconfirmed', unconfirmed.length, unconfirmed.map(isolate).join(t('list_separator')))}`
    : headline;
}
