import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/engine/disambiguate';
import { existedOn, lifespanOf, resolveByDate } from '../../lib/packs/lifespan';
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

  it('counts a partial date to the whole of its period', () => {
    expect(existedOn({ from: '2025' }, '2025-03-01')).toBe(true);
    expect(existedOn({ from: '2025' }, '2024-12-31')).toBe(false);
    expect(existedOn({ until: '2025' }, '2025-12-31')).toBe(true);
    expect(existedOn({ until: '2025-01-29' }, '2025-01-30')).toBe(false);
    expect(existedOn({ until: '2025-01-29' }, '2025-01-29')).toBe(true);
  });

  it('settles a tie only when exactly one candidate existed that day', () => {
    const tie: Mention = { start: 0, end: 5, text: 'army', weak: true, entry: undefined, candidates: [1, 2] };
    const spans = new Map([
      [1, { from: '1945', until: '2025-01-29' }],
      [2, { from: '2025-01-29' }],
    ]);
    expect(resolveByDate([tie], '2012-05-01', (c) => spans.get(c))[0]!.entry).toBe(1);
    expect(resolveByDate([tie], '2025-07-16', (c) => spans.get(c))[0]!.entry).toBe(2);
    // On the day one ended and the other began, both existed: still open.
    expect(resolveByDate([tie], '2025-01-29', (c) => spans.get(c))[0]!.entry).toBeUndefined();
    // Nothing known about either: still open.
    expect(resolveByDate([tie], '2025-07-16', () => undefined)[0]!.candidates).toEqual([1, 2]);
  });
});
