/** One entry with a removed and an unconfirmed listing, for the card and dossier tests (test-only facts). */
import type { EntryDetails } from '../../lib/messages';
import { entry } from './entries';

export const nusra = entry(
  'hts',
  'organization',
  [
    { text: "Hay'at Tahrir al-Sham", kind: 'name' },
    { text: 'HTS', kind: 'acronym' },
    { text: 'هيئة تحرير الشام', kind: 'name', lang: 'ar' },
  ],
  [],
  {
    background: 'Formed in 2017 from the al-Nusra Front and smaller factions.',
    designations: [
      {
        authority: 'US Department of State',
        authorityId: 'us-state',
        list: 'Foreign Terrorist Organizations',
        listedAs: 'al-Nusrah Front',
        referenceId: 'FTO-1',
        events: [
          { date: '2012-12-11', type: 'listed', sources: ['s1'] },
          { date: '2018-05-31', type: 'amended', note: 'HTS added as an alias', sources: ['s1'] },
          { date: '2025-07-08', type: 'delisted', sources: ['s1'] },
        ],
        checked: '2025-07-08',
      },
      {
        authority: 'Example Ministry',
        authorityId: 'ex',
        list: 'Example list',
        events: [{ date: '2019-01-01', type: 'listed', sources: ['s1'] }],
      },
    ],
    related: [{ id: 'nusra', relation: 'predecessor' }],
  },
);

export const details: EntryDetails = { entry: nusra, pack: { id: 'test', title: 'Test pack' }, relatedNames: { nusra: 'al-Nusra Front' } };
