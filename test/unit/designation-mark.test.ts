import { describe, expect, it } from 'vitest';
import { designationMark, markRank } from '../../components/designation-mark';
import { designationSummary } from '../../components/designation-summary';
import { event, record } from '../support/designations';

const TODAY = '2026-12-06';

describe('designationMark (the popup’s marker)', () => {
  it('marks an entry listed when one confirmed listing is in force today', () => {
    const reading = designationMark(
      [record('us', [event('2014-01-01', 'listed')], '2026-10-01'), record('au', [event('2019-01-01', 'listed')])],
      TODAY,
    );
    expect(reading).toEqual({ mark: 'listed', inForce: 1, unconfirmed: 1 });
  });

  it('never counts a listing nobody confirmed lately as in force: unconfirmed, not listed', () => {
    expect(designationMark([record('au', [event('2019-01-01', 'listed')])], TODAY).mark).toBe('unconfirmed');
    // Confirmed, but more than a year ago (CONFIRMATION_LIFETIME_DAYS).
    expect(designationMark([record('uk', [event('2019-01-01', 'listed')], '2025-11-01')], TODAY).mark).toBe('unconfirmed');
  });

  it('gives no mark for removed, lapsed, suspended or never-listed records, nor for a history that starts with its removal', () => {
    const readings = [
      record('us', [event('2014-01-01', 'listed'), event('2025-07-08', 'delisted')], '2026-11-01'),
      record('au', [event('2014-01-01', 'listed'), event('2017-01-01', 'expired')], '2026-11-01'),
      record('ca', [event('2014-01-01', 'listed'), event('2020-01-01', 'suspended')], '2026-11-01'),
      record('tr', [event('2030-01-01', 'listed')], '2026-11-01'),
      record('uk', [event('2025-10-21', 'delisted')], '2025-10-24'),
    ].map((designation) => designationMark([designation], TODAY).mark);
    expect(readings).toEqual(['none', 'none', 'none', 'none', 'none']);
    expect(designationMark([], TODAY).mark).toBe('none');
  });

  it('leaves out the authorities the reader hid, as the card does', () => {
    const designations = [record('us', [event('2014-01-01', 'listed')], '2026-10-01')];
    expect(designationMark(designations, TODAY, ['us']).mark).toBe('none');
    expect(designationMark(designations, TODAY, ['uk']).mark).toBe('listed');
  });

  it('agrees with the card’s headline on what is in force', () => {
    const designations = [
      record('us', [event('2014-01-01', 'listed')], '2026-10-01'),
      record('uk', [event('2017-01-01', 'listed')], '2026-11-20'),
      record('au', [event('2019-01-01', 'listed')]),
      record('eu', [event('2014-01-01', 'listed'), event('2025-05-01', 'delisted')], '2026-01-01'),
    ];
    const reading = designationMark(designations, TODAY);
    expect(reading.inForce).toBe(2);
    expect(designationSummary(designations, undefined, TODAY)).toMatch(
      /^In force with 2 of 4 authorities today\. 1 listing not confirmed: au\.$/,
    );
  });

  it('sorts listed before unconfirmed before the rest', () => {
    const marks = ['none', 'unconfirmed', undefined, 'listed'] as const;
    expect([...marks].sort((a, b) => markRank(a) - markRank(b))).toEqual(['listed', 'unconfirmed', 'none', undefined]);
  });
});
