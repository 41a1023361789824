/** Small hand-written entries for engine tests: realistic shapes, test-only facts. */
import type { Entry } from '../../lib/packs/pack-schema';

const source = [{ id: 's1', url: 'https://example.org/source', title: 'Test source', publisher: 'Test', accessed: '2026-11-25' }];

export function entry(id: string, kind: Entry['kind'], names: Entry['names'], context: string[] = [], extra: Partial<Entry> = {}): Entry {
  return {
    id,
    kind,
    name: names[0]!.text,
    names,
    summary: `${names[0]!.text} (test entry).`,
    dates: [],
    related: [],
    designations: [],
    context,
    sources: source,
    reviewed: '2026-11-25',
    ...extra,
  };
}

export const TEST_ENTRIES: Entry[] = [
  entry(
    'hts',
    'organization',
    [
      { text: "Hay'at Tahrir al-Sham", kind: 'name', lang: 'en' },
      { text: 'Hayat Tahrir al-Sham', kind: 'alias' },
      { text: 'HTS', kind: 'acronym' },
      { text: 'هيئة تحرير الشام', kind: 'name', lang: 'ar' },
    ],
    ['Syria', 'rebel', 'jihadist', 'Idlib'],
  ),
  entry(
    'tariff',
    'term',
    [
      { text: 'Harmonized Tariff Schedule', kind: 'name' },
      { text: 'HTS', kind: 'acronym' },
    ],
    ['tariff', 'customs', 'import duty'],
  ),
  entry('un', 'organization', [
    { text: 'United Nations', kind: 'name' },
    { text: 'UN', kind: 'acronym' },
    { text: 'Nations unies', kind: 'name', lang: 'fr' },
  ]),
  entry('unsc', 'organization', [
    { text: 'United Nations Security Council', kind: 'name' },
    { text: 'UN Security Council', kind: 'alias' },
  ]),
  entry('res2254', 'document', [
    { text: 'United Nations Security Council Resolution 2254', kind: 'name' },
    { text: 'Resolution 2254', kind: 'alias' },
    { text: 'S/RES/2254 (2015)', kind: 'alias' },
  ]),
  entry(
    'usa',
    'place',
    [
      { text: 'United States', kind: 'name' },
      { text: 'US', kind: 'acronym' },
    ],
    ['Washington', 'American'],
  ),
  entry(
    'bashar',
    'person',
    [
      { text: 'Bashar al-Assad', kind: 'name' },
      { text: 'Assad', kind: 'weakAlias' },
      { text: 'بشار الأسد', kind: 'name', lang: 'ar' },
      { text: 'الأسد', kind: 'weakAlias', lang: 'ar' },
    ],
    ['president', 'Damascus', 'regime'],
  ),
  entry(
    'hafez',
    'person',
    [
      { text: 'Hafez al-Assad', kind: 'name' },
      { text: 'Assad', kind: 'weakAlias' },
    ],
    ['1970', 'Hama massacre'],
  ),
  entry('aleppo', 'place', [
    { text: 'Aleppo', kind: 'name' },
    { text: 'حلب', kind: 'name', lang: 'ar' },
    { text: 'Alep', kind: 'name', lang: 'fr' },
  ]),
  entry(
    'reconciliation',
    'term',
    [
      { text: 'reconciliation agreements', kind: 'name' },
      { text: 'reconciliation deals', kind: 'alias' },
      { text: 'settlement', kind: 'weakAlias' },
    ],
    ['Syria', 'Assad', 'Daraa'],
  ),
  entry('idlib', 'place', [
    { text: 'Idlib', kind: 'name' },
    { text: 'إدلب', kind: 'name', lang: 'ar' },
  ]),
];
