import { describe, expect, it } from 'vitest';
import { queryWords, searchEntries } from '../../lib/engine/entry-search';
import type { Entry } from '../../lib/packs/pack-schema';
import { entry, TEST_ENTRIES } from '../support/entries';

const ids = (entries: readonly Entry[]) => entries.map((e) => e.id);

const ENTRIES: Entry[] = [
  ...TEST_ENTRIES,
  entry('sham', 'place', [{ text: 'Bilad al-Sham', kind: 'name' }], [], {
    summary: 'The historical region of the Levant.',
  }),
  entry('shamiya', 'organization', [{ text: 'Shamiya Front', kind: 'name' }], [], { summary: 'An armed opposition coalition.' }),
  entry('levant', 'term', [{ text: 'Levant', kind: 'name' }], [], {
    summary: 'The eastern Mediterranean; in Arabic, al-Sham.',
    background: 'Used by the Islamic State in its former name.',
  }),
  entry(
    'hama',
    'place',
    [
      { text: 'Ḥamāh', kind: 'name' },
      { text: 'Hama', kind: 'alias' },
      { text: 'حماة', kind: 'name', lang: 'ar' },
    ],
    [],
    {
      summary: 'A city on the Orontes.',
    },
  ),
  entry('golan', 'place', [{ text: 'Golan Heights', kind: 'name' }], [], { summary: 'A plateau in the south-west.' }),
  entry('amal', 'organization', [{ text: 'Harakat Amal', kind: 'name' }], [], { summary: 'A Lebanese party.' }),
  entry('sdf', 'organization', [
    { text: 'Syrian Democratic Forces', kind: 'name' },
    { text: 'Forces démocratiques syriennes', kind: 'name', lang: 'fr' },
  ]),
];

describe('searchEntries', () => {
  it('gives every entry, sorted by name, for an empty or blank query', () => {
    const all = searchEntries(ENTRIES, '');
    expect(all).toHaveLength(ENTRIES.length);
    expect(all.map((e) => e.name)).toEqual(ENTRIES.map((e) => e.name).sort((a, b) => a.localeCompare(b, 'en')));
    expect(ids(searchEntries(ENTRIES, '  - ’ '))).toEqual(ids(all));
  });

  it('does not reorder or change the array it is given', () => {
    const copy = [...ENTRIES];
    searchEntries(ENTRIES, 'assad');
    searchEntries(ENTRIES, '');
    expect(ENTRIES).toEqual(copy);
  });

  it('ranks an exact name first, then a name starting with the query, then one containing it, then text', () => {
    expect(ids(searchEntries(ENTRIES, 'sham'))).toEqual([
      // prefix: "Shamiya Front"
      'shamiya',
      // name contains, by name: "Bilad al-Sham", "Hay'at Tahrir al-Sham"
      'sham',
      'hts',
      // only in the summary
      'levant',
    ]);
    expect(ids(searchEntries(ENTRIES, 'aleppo'))[0]).toBe('aleppo');
    expect(ids(searchEntries(ENTRIES, 'united nations'))).toEqual(['un', 'unsc', 'res2254']);
  });

  it('ranks a name with a word starting with the query above one containing it inside a word', () => {
    // "HTS" is an exact acronym of two entries; "Golan Heights" only has "hts" inside a word.
    expect(ids(searchEntries(ENTRIES, 'hts'))).toEqual(['tariff', 'hts', 'golan']);
    // Inside a word of a name still ranks above the text.
    expect(ids(searchEntries(ENTRIES, 'eights'))).toEqual(['golan']);
    expect(ids(searchEntries(ENTRIES, 'lan'))).toEqual(['golan']);
    // By name Ḥamāh would come first; a word of "Harakat Amal" starts with the query.
    expect(ids(searchEntries(ENTRIES, 'ama'))).toEqual(['amal', 'hama']);
  });

  it('ranks an exact alias above a name that merely starts with the query', () => {
    const found = ids(searchEntries(ENTRIES, 'un'));
    expect(found[0]).toBe('un');
    expect(found.indexOf('un')).toBeLessThan(found.indexOf('unsc'));
  });

  it('breaks ties by name', () => {
    // Both have the acronym HTS exactly: Harmonized… before Hay'at…
    expect(ids(searchEntries(ENTRIES, 'HTS')).slice(0, 2)).toEqual(['tariff', 'hts']);
    // Both contain "assad" in a name (Assad is an exact weak alias of both).
    expect(ids(searchEntries(ENTRIES, 'assad')).slice(0, 2)).toEqual(['bashar', 'hafez']);
  });

  it('ignores case, diacritics, apostrophes and hyphens', () => {
    expect(ids(searchEntries(ENTRIES, 'hama'))[0]).toBe('hama');
    expect(ids(searchEntries(ENTRIES, 'ḤAMĀH'))[0]).toBe('hama');
    expect(ids(searchEntries(ENTRIES, 'hayat tahrir al sham'))[0]).toBe('hts');
    expect(ids(searchEntries(ENTRIES, 'HAY’AT TAHRIR AL-SHAM'))[0]).toBe('hts');
    expect(ids(searchEntries(ENTRIES, 'democratiques'))).toEqual(['sdf']);
  });

  it('finds Arabic and French names, folding Arabic letter variants', () => {
    expect(ids(searchEntries(ENTRIES, 'حلب'))).toEqual(['aleppo']);
    expect(ids(searchEntries(ENTRIES, 'Alep'))[0]).toBe('aleppo');
    expect(ids(searchEntries(ENTRIES, 'Nations unies'))[0]).toBe('un');
    // Written with hamza and with tashkeel: still Bashar al-Assad.
    expect(ids(searchEntries(ENTRIES, 'بَشّار الأسد'))).toEqual(['bashar']);
    expect(ids(searchEntries(ENTRIES, 'حماه'))).toEqual(['hama']);
  });

  it('matches aliases, not only the display name', () => {
    expect(ids(searchEntries(ENTRIES, 'resolution 2254'))).toEqual(['res2254']);
    expect(ids(searchEntries(ENTRIES, 'S/RES/2254'))).toEqual(['res2254']);
    expect(ids(searchEntries(ENTRIES, 'settlement'))).toEqual(['reconciliation']);
  });

  it('searches the summary and background by the start of a word', () => {
    expect(ids(searchEntries(ENTRIES, 'orontes'))).toEqual(['hama']);
    expect(ids(searchEntries(ENTRIES, 'islamic'))).toEqual(['levant']);
    expect(ids(searchEntries(ENTRIES, 'medit'))).toEqual(['levant']);
    // Not in the middle of a word of the text.
    expect(ids(searchEntries(ENTRIES, 'editerranean'))).toEqual([]);
  });

  it('requires every word of a multi-word query (AND), in any order and across fields', () => {
    expect(ids(searchEntries(ENTRIES, 'united security'))).toEqual(['unsc', 'res2254']);
    expect(ids(searchEntries(ENTRIES, 'security united'))).toEqual(['unsc', 'res2254']);
    expect(ids(searchEntries(ENTRIES, 'united zebra'))).toEqual([]);
    // "levant" is a name, "islamic" only in its background.
    expect(ids(searchEntries(ENTRIES, 'levant islamic'))).toEqual(['levant']);
    expect(ids(searchEntries(ENTRIES, 'assad hafez'))).toEqual(['hafez']);
  });

  it('filters by kind, with or without a query', () => {
    expect(searchEntries(ENTRIES, '', 'person').map((e) => e.name)).toEqual(['Bashar al-Assad', 'Hafez al-Assad']);
    expect(ids(searchEntries(ENTRIES, 'HTS', 'term'))).toEqual(['tariff']);
    expect(ids(searchEntries(ENTRIES, 'sham', 'place'))).toEqual(['sham']);
    expect(searchEntries(ENTRIES, 'aleppo', 'person')).toEqual([]);
  });

  it('finds nothing for a query no entry contains', () => {
    expect(searchEntries(ENTRIES, 'xylophone')).toEqual([]);
    expect(searchEntries([], 'un')).toEqual([]);
  });
});

describe('queryWords', () => {
  it('folds a query into words', () => {
    expect(queryWords('  Hay’at  Taḥrīr al-Shām ')).toEqual(['hayat', 'tahrir', 'al', 'sham']);
    expect(queryWords('—')).toEqual([]);
  });
});
