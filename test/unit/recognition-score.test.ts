/** Scoring of the recognition evaluation set (scripts/recognition-score.ts), on made-up sentences. */
import { describe, expect, it } from 'vitest';
import {
  addArticle,
  carryCauses,
  type Expected,
  emptyTotals,
  knownIdsOf,
  locate,
  type Mark,
  rates,
  score,
  tableLanguages,
} from '../../scripts/recognition-score';

/** A mark on the n-th occurrence (from 0) of `surface` in `text`. */
function markOn(text: string, surface: string, ids: string[], nth = 0): Mark {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
  if (at < 0) throw new Error(`no ${surface} in the fixture`);
  return { start: at, end: at + surface.length, text: surface, ids, ambiguous: ids.length > 1 };
}

describe('locate', () => {
  it('finds repeated surfaces one after the other, in text order', () => {
    const text = 'Alpha spoke first; Alpha spoke again; then Alpha left.';
    const found = locate(text, [
      ['Alpha', 'alpha'],
      ['Alpha', 'alpha'],
      ['Alpha', 'alpha'],
    ]);
    expect(found.map((m) => m.start)).toEqual([0, 19, 43]);
    expect(found.every((m) => m.how === 'word')).toBe(true);
  });

  it('prefers the surface as a word over the same letters inside a longer word', () => {
    const text = 'A Norlandian envoy reached Norland on foot.';
    const [mention] = locate(text, [['Norland', 'norland']]);
    expect(mention!.start).toBe(text.indexOf('Norland on'));
  });

  it('folds curly apostrophes, and falls back to case-insensitive matching', () => {
    const text = 'The Council’s envoy met the COUNCIL again.';
    const found = locate(text, [
      ["Council's envoy", 'council-envoy'],
      ['Council', 'council'],
    ]);
    expect(found[0]).toMatchObject({ start: 4, how: 'word' });
    expect(found[1]).toMatchObject({ start: text.indexOf('COUNCIL'), how: 'case' });
  });

  it('finds an Arabic name behind a one-letter prefix, and "ال" glued to li- as "لل"', () => {
    const text = 'قال التحالف إن للتحالف دورا والعمر قريب';
    const found = locate(text, [
      ['التحالف', 'coalition'],
      ['التحالف', 'coalition'],
      ['العمر', 'omar-field'],
    ]);
    expect(found.map((m) => m.how)).toEqual(['word', 'word', 'word']);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('للتحالف');
    expect(text.slice(found[2]!.start, found[2]!.end)).toBe('العمر');
  });

  it('reports a surface that is not in the rest of the text and keeps its place for the next one', () => {
    const text = 'Bravo came, then Charlie.';
    const found = locate(text, [
      ['Bravo', 'bravo'],
      ['Delta', 'delta'],
      ['Charlie', 'charlie'],
    ]);
    expect(found[1]).toMatchObject({ how: 'none', start: undefined });
    expect(found[2]!.start).toBe(text.indexOf('Charlie'));
  });
});

describe('score', () => {
  it('counts a mark that only overlaps the expected surface as found', () => {
    const text = 'The Northland Army crossed into Eastport.';
    const expected: Expected[] = [
      ['Northland Army', 'northland-army'],
      ['Eastport', 'eastport'],
    ];
    const result = score(text, expected, [markOn(text, 'Northland', ['northland-army']), markOn(text, 'Eastport', ['eastport'])]);
    expect(result.found.map((f) => f.surface)).toEqual(['Northland Army', 'Eastport']);
    expect(result.missed).toEqual([]);
    expect(result.wrong).toEqual([]);
  });

  it('counts an ambiguous mark as found when one of its candidates is the expected entry, and says it was ambiguous', () => {
    const text = 'Shelling hit Riverton overnight.';
    const result = score(text, [['Riverton', 'riverton-province']], [markOn(text, 'Riverton', ['riverton-city', 'riverton-province'])]);
    expect(result.found).toEqual([{ surface: 'Riverton', id: 'riverton-province', ambiguous: true }]);
  });

  it('counts an ambiguous mark whose candidates miss the expected entry as wrong, and the mention as missed', () => {
    const text = 'Shelling hit Riverton overnight.';
    const result = score(text, [['Riverton', 'riverton-district']], [markOn(text, 'Riverton', ['riverton-city', 'riverton-province'])]);
    expect(result.found).toEqual([]);
    expect(result.wrong).toEqual([{ surface: 'Riverton', id: 'riverton-city | riverton-province' }]);
    expect(result.missed).toEqual([{ surface: 'Riverton', id: 'riverton-district', index: 0 }]);
  });

  it('counts a mark with no expected mention as wrong', () => {
    const text = 'A Westland reporter filed from Eastport.';
    const result = score(
      text,
      [['Eastport', 'eastport']],
      [markOn(text, 'Westland', ['westland']), markOn(text, 'Eastport', ['eastport'])],
    );
    expect(result.wrong).toEqual([{ surface: 'Westland', id: 'westland' }]);
    expect(result.found).toHaveLength(1);
  });

  it('counts an expected mention without a mark as missed', () => {
    const text = 'Eastport and Southport both voted.';
    const result = score(
      text,
      [
        ['Eastport', 'eastport'],
        ['Southport', 'southport'],
      ],
      [markOn(text, 'Eastport', ['eastport'])],
    );
    expect(result.missed).toEqual([{ surface: 'Southport', id: 'southport', index: 1 }]);
  });

  it('matches repeated surfaces in order, so the unmarked occurrence is the one missed', () => {
    const text = 'Alpha spoke first; Alpha spoke again; then Alpha left.';
    const expected: Expected[] = [
      ['Alpha', 'alpha'],
      ['Alpha', 'alpha'],
      ['Alpha', 'alpha'],
    ];
    const result = score(text, expected, [markOn(text, 'Alpha', ['alpha'], 2), markOn(text, 'Alpha', ['alpha'], 0)]);
    expect(result.found).toHaveLength(2);
    // The second occurrence is the one left over.
    expect(result.missed).toEqual([{ surface: 'Alpha', id: 'alpha', index: 1 }]);
    expect(result.wrong).toEqual([]);
  });

  it('lets one expected mention take one mark only: a second mark on it is wrong', () => {
    const text = 'General Ann Marlow arrived.';
    const result = score(
      text,
      [['Ann Marlow', 'ann-marlow']],
      [markOn(text, 'Ann', ['ann-marlow']), markOn(text, 'Marlow', ['ann-marlow'])],
    );
    expect(result.found).toHaveLength(1);
    expect(result.wrong).toEqual([{ surface: 'Marlow', id: 'ann-marlow' }]);
  });

  it('keeps a name inside a longer expected name wrong when the ids differ', () => {
    const text = 'The Friends of Norland met.';
    const result = score(
      text,
      [['Friends of Norland', 'MISSING:Friends of Norland']],
      [markOn(text, 'Norland', ['norland'])],
      new Set(['norland']),
    );
    expect(result.wrong).toEqual([{ surface: 'Norland', id: 'norland' }]);
    expect(result.missed).toHaveLength(1);
  });

  describe('a MISSING mention marked by an entry added since', () => {
    const text = 'Envoy Tom Rell visited the Marlow family.';
    const expected: Expected[] = [
      ['Tom Rell', 'MISSING:Tom Rell (envoy)'],
      ['Marlow', 'MISSING:the Marlow family'],
    ];
    const known = new Set(['ann-marlow']);

    it('counts as found, with the id it gave, when the entry is new and the mark covers the mention', () => {
      const result = score(text, expected, [markOn(text, 'Tom Rell', ['tom-rell'])], known);
      expect(result.found).toEqual([{ surface: 'Tom Rell', id: 'MISSING:Tom Rell (envoy)', ambiguous: false, added: 'tom-rell' }]);
    });

    it('stays wrong when the entry is one the set already uses (the wrong entity)', () => {
      const result = score(text, expected, [markOn(text, 'Marlow', ['ann-marlow'])], known);
      expect(result.found).toEqual([]);
      expect(result.wrong).toEqual([{ surface: 'Marlow', id: 'ann-marlow' }]);
    });

    it('stays wrong when the mark covers only part of the mention', () => {
      const result = score(text, expected, [markOn(text, 'Rell', ['tom-rell'])], known);
      expect(result.wrong).toHaveLength(1);
    });

    it('counts a mark that leaves an attached Arabic prefix of the mention outside it', () => {
      const arabic = 'قصفت الطائرات دوما وحرستا أمس.';
      const result = score(arabic, [['وحرستا', 'MISSING:Harasta']], [markOn(arabic, 'حرستا', ['harasta'])], known);
      expect(result.found).toEqual([{ surface: 'وحرستا', id: 'MISSING:Harasta', ambiguous: false, added: 'harasta' }]);
    });

    it('stays wrong when no known ids are given (the README rule as written)', () => {
      const result = score(text, expected, [markOn(text, 'Tom Rell', ['tom-rell'])]);
      expect(result.found).toEqual([]);
      expect(result.wrong).toHaveLength(1);
    });
  });
});

describe('carryCauses', () => {
  it('keeps the cause of an old entry with the same surface and id, each old entry once, and "?" otherwise', () => {
    const old = [
      ['Alpha', 'alpha', 'acronym without cue words'],
      ['Bravo', 'bravo', 'missing entry'],
    ] as const;
    const causes = carryCauses(
      [
        { surface: 'Alpha', id: 'alpha' },
        { surface: 'Alpha', id: 'alpha' },
        { surface: 'Bravo', id: 'other' },
      ],
      old,
    );
    expect(causes).toEqual([
      ['Alpha', 'alpha', 'acronym without cue words'],
      ['Alpha', 'alpha', '?'],
      ['Bravo', 'other', '?'],
    ]);
  });
});

describe('totals and rates', () => {
  it('computes recall on existing entries, recall with missing ones, precision and strict precision', () => {
    const totals = emptyTotals();
    const expected: Expected[] = [
      ['A', 'a'],
      ['B', 'b'],
      ['C', 'c'],
      ['D', 'MISSING:d'],
    ];
    // 2 found (1 ambiguous), 1 missed with an entry, 1 missed without, 1 wrong mark.
    addArticle(totals, expected, {
      found: 2,
      ambiguous: 1,
      missed: [
        ['C', 'c', '?'],
        ['D', 'MISSING:d', 'missing entry'],
      ],
      wrong: [['E', 'e', '?']],
    });
    expect(totals).toMatchObject({
      articles: 1,
      expected: 4,
      missingExpected: 1,
      marks: 3,
      found: 2,
      wrong: 1,
      missed: 2,
      missedMissing: 1,
    });
    const r = rates(totals);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.recallWithMissing).toBeCloseTo(2 / 4);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.strictPrecision).toBeCloseTo(1 / 3);
  });

  it('collects the ids a set uses, leaving out MISSING ones', () => {
    expect(
      knownIdsOf([
        [
          ['A', 'a'],
          ['D', 'MISSING:d'],
        ],
        [['B', 'b']],
      ]),
    ).toEqual(new Set(['a', 'b']));
  });
});

describe('tableLanguages', () => {
  it('keeps every language seen: the known ones in table order, then the others as first seen', () => {
    expect(tableLanguages(['it', 'ar', 'xx', 'de', 'en', 'es'])).toEqual(['en', 'ar', 'de', 'es', 'it', 'xx']);
    expect(tableLanguages(['de', 'es', 'it'])).toEqual(['de', 'es', 'it']);
  });
});
