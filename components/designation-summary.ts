/** The one-line reading of an entry's designations, shared by the card and the glossary. */
import { plural } from '../lib/i18n';
import type { EntryDetails } from '../lib/messages';
import { compareStatus, statusOn } from '../lib/packs/designation-status';

/** "In force with 2 of 7 authorities today; lifted by 4 since the article." */
export function designationSummary(
  designations: EntryDetails['entry']['designations'],
  articleDate: string | undefined,
  today: string,
): string {
  const total = designations.length;
  const inForce = designations.filter((d) => statusOn(d, today).status === 'listed').length;
  const lifted = articleDate
    ? designations.filter((d) => {
        const comparison = compareStatus(d, articleDate, today);
        return comparison.past.status === 'listed' && comparison.present.status !== 'listed';
      }).length
    : 0;
  return lifted > 0 ? plural('entry_in_force_lifted', total, inForce, lifted) : plural('entry_in_force', total, inForce);
}
