import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../lib/engine/alias-index';
import { compileIndex } from '../../lib/engine/index-compile';
import { findMentions } from '../../lib/engine/scan-text';
import { existedOn, lifespanOf } from '../../lib/packs/lifespan';
import { entry } from '../support/entries';

const dated = (kind: 'organization' | 'person', dates: [string, string][]) =>
  entry('x', kind, [{ text: 'X', kind: 'name' }], [], { dates: dates.map(([type, date]) => ({ type, date, sources: ['s1'] })) });

describe('an organisation’s lifespan', () => {
  it('reads its beginning and end from its dates, for organisations only', () => {
    expect(
      lifespanOf(
        dated('organization', [
          ['founded', '1945-08-01'],
          ['took office', '2000'],
          ['dissolved', '2025-01-29'],
        ]),
      ),
    ).toEqual({ from: '1945-08-01', until: '2025-01-29' });
    expect(lifespanOf(dated('organization', [['formed', '2025']]))).toEqual({ from: '2025' });
    expect(lifespanOf(dated('organization', [['renamed', '2017']]))).toBeUndefined();
    expect(lifespanOf(dated('person', [['founded', '2000']]))).toBeUndefined();
  });

  it('reads a beginning or end told with more words, but not something the organisation did to another', () => {
    expect(lifespanOf(dated('organization', [['formed and sworn in', '2025-03-29']]))).toEqual({ from: '2025-03-29' });
    expect(lifespanOf(dated('organization', [['dissolved by the transitional authorities', '2025-01']]))).toEqual({ until: '2025-01' });
    expect(lifespanOf(dated('organization', [['formed Syrian Interim Government', '2013-03-18']]))).toBeUndefined();
  });

  it('counts a partial date to the whole of its period', () => {
    expect(existedOn({ from: '2025' }, '2025-03-01')).toBe(true);
    expect(existedOn({ from: '2025' }, '2024-12-31')).toBe(false);
    expect(existedOn({ until: '2025' }, '2025-12-31')).toBe(true);
    expect(existedOn({ until: '2025-01-29' }, '2025-01-30')).toBe(false);
    expect(existedOn({ until: '2025-01-29' }, '2025-01-29')).toBe(true);
  });

  it('drops a candidate that did not exist on the article’s date, while one that did remains', () => {
    const army = (id: string, name: string) =>
      entry(
        id,
        'organization',
        [
          { text: name, kind: 'name' },
          { text: 'Syrian Army', kind: 'weakAlias' },
        ],
        ['Damascus', 'regime', 'defence ministry'],
      );
    const index = AliasIndex.open(compileIndex([army('old', 'Syrian Arab Army'), army('new', 'new Syrian army')]));
    const spans = [{ from: '1945', until: '2025-01-29' }, { from: '2025-01-29' }];
    const text = 'The Syrian army entered Damascus, the defence ministry said, as the regime had done before.';
    const on = (day: string) => (entry: number) => existedOn(spans[entry]!, day);
    const ids = (dating?: (entry: number) => boolean | undefined) =>
      findMentions(text, index, dating).map((m) => m.candidates.map((c) => index.entry(c).id).join('|'));
    expect(ids()).toEqual(['old|new']);
    expect(ids(on('2013-05-02'))).toEqual(['old']);
    expect(ids(on('2025-07-16'))).toEqual(['new']);
    // Both existed that day, or nothing is known: still open.
    expect(ids(on('2025-01-29'))).toEqual(['old|new']);
    expect(ids(() => undefined)).toEqual(['old|new']);
  });

  it('keeps a dissolved body when the only candidate that existed is of another kind (an acronym shared with a document)', () => {
    const group = entry(
      'hts',
      'organization',
      [
        { text: 'Hayat Tahrir al-Sham', kind: 'name' },
        { text: 'HTS', kind: 'acronym' },
      ],
      ['Syria', 'Idlib', 'jihadist'],
    );
    const tariff = entry('tariff', 'document', [
      { text: 'Harmonized Tariff Schedule', kind: 'name' },
      { text: 'HTS', kind: 'acronym' },
    ]);
    const index = AliasIndex.open(compileIndex([group, tariff]));
    const spans = [{ from: '2017', until: '2025-01-29' }, { from: '1989' }];
    const on = (day: string) => (entry: number) => existedOn(spans[entry]!, day);
    const text = 'Washington revoked the designation of HTS, the jihadist group that once ruled Idlib in Syria.';
    expect(findMentions(text, index, on('2025-07-08')).map((m) => [m.text, index.entry(m.entry!).id])).toEqual([['HTS', 'hts']]);
  });
});
