import { describe, expect, it } from 'vitest';
import {
  compareStatus,
  confirmedFor,
  formatDate,
  listedPeriods,
  localToday,
  sortedEvents,
  startsWithRemoval,
  statusOn,
} from '../../lib/packs/designation-status';
import type { DesignationEvent } from '../../lib/packs/pack-schema';

const event = (date: string, type: DesignationEvent['type']): DesignationEvent => ({ date, type, sources: ['s1'] });

// Shaped like the US FTO history of al-Nusrah Front / HTS.
const fto = {
  events: [event('2018-05-31', 'amended'), event('2012-12-11', 'listed'), event('2025-07-08', 'delisted'), event('2016-11-10', 'amended')],
};

describe('designation status', () => {
  it('sorts events by date', () => {
    expect(sortedEvents(fto).map((e) => e.date)).toEqual(['2012-12-11', '2016-11-10', '2018-05-31', '2025-07-08']);
  });

  it('is "not listed" before the first event', () => {
    expect(statusOn(fto, '2012-12-10')).toEqual({ status: 'not-listed', since: undefined });
  });

  it('takes effect on the day of the event', () => {
    expect(statusOn(fto, '2012-12-11').status).toBe('listed');
    expect(statusOn(fto, '2025-07-07').status).toBe('listed');
    expect(statusOn(fto, '2025-07-08').status).toBe('delisted');
  });

  it('keeps the listing date as "since" through amendments', () => {
    expect(statusOn(fto, '2024-12-03').since?.date).toBe('2012-12-11');
  });

  it('compares the article date with today and lists what changed in between', () => {
    const comparison = compareStatus(fto, '2024-12-03', '2026-11-25');
    expect(comparison.past.status).toBe('listed');
    expect(comparison.present.status).toBe('delisted');
    expect(comparison.present.since?.date).toBe('2025-07-08');
    expect(comparison.changed).toBe(true);
    expect(comparison.changes.map((e) => `${e.date} ${e.type}`)).toEqual(['2025-07-08 delisted']);
  });

  it('reports amendments in between without calling them a change of status', () => {
    const comparison = compareStatus(fto, '2017-01-01', '2019-01-01');
    expect(comparison.changed).toBe(false);
    expect(comparison.changes.map((e) => e.type)).toEqual(['amended']);
  });

  it('handles relisting, suspension and lapse', () => {
    const history = {
      events: [
        event('2010-01-01', 'listed'),
        event('2012-01-01', 'suspended'),
        event('2013-01-01', 'reinstated'),
        event('2016-01-01', 'expired'),
      ],
    };
    expect(statusOn(history, '2012-06-01').status).toBe('suspended');
    expect(statusOn(history, '2014-06-01').status).toBe('listed');
    expect(statusOn(history, '2016-06-01').status).toBe('expired');
  });

  it('treats an amendment with no earlier listing as listed', () => {
    expect(statusOn({ events: [event('2020-01-01', 'amended')] }, '2021-01-01').status).toBe('listed');
  });

  it('formats dates without locale or time-zone surprises', () => {
    expect(formatDate('2025-07-08')).toBe('8 Jul 2025');
    expect(formatDate('1971-03')).toBe('Mar 1971');
    expect(formatDate('2015')).toBe('2015');
    expect(localToday(new Date(2026, 10, 5, 23, 59))).toBe('2026-11-05');
  });
});

describe('a history that begins with a removal', () => {
  // The UK's HTS record as the pack once had it: only the deproscription is dated.
  const removalOnly = { events: [{ date: '2025-10-24', type: 'delisted' as const, sources: ['s1'] }] };

  it('reads as listed before the removal, since a date the record does not know', () => {
    expect(statusOn(removalOnly, '2024-12-03')).toEqual({ status: 'listed', since: undefined });
    expect(statusOn(removalOnly, '2026-01-01').status).toBe('delisted');
    expect(startsWithRemoval(removalOnly)).toBe(true);
    expect(startsWithRemoval({ events: [{ date: '2020-01-01', type: 'listed' as const, sources: ['s1'] }] })).toBe(false);
  });
});

describe('a removal whose day is not known (removedBy)', () => {
  // Shaped like an EU listing that the list of 17 Aug 2026 no longer names.
  const gone = { events: [{ date: '2001-12-27', type: 'listed' as const, sources: ['s1'] }], removedBy: '2026-08-17' };

  it('reads listed before the list that no longer names it, and removed from that list on', () => {
    expect(statusOn(gone, '2015-03-10')).toEqual({ status: 'listed', since: gone.events[0] });
    expect(statusOn(gone, '2026-08-17')).toEqual({ status: 'delisted', since: undefined, removedBy: '2026-08-17' });
    expect(compareStatus(gone, '2015-03-10', '2026-12-06')).toMatchObject({ changed: true, changes: [] });
  });

  it('gives way to a later listing', () => {
    const relisted = { ...gone, events: [...gone.events, { date: '2026-10-01', type: 'listed' as const, sources: ['s1'] }] };
    expect(statusOn(relisted, '2026-12-06').status).toBe('listed');
  });
});

describe('listedPeriods', () => {
  it('reads one running period from a listing', () => {
    expect(listedPeriods({ events: [event('2014-05-30', 'listed'), event('2018-01-01', 'amended')] })).toEqual([
      { start: '2014-05-30', end: undefined, ending: 'running' },
    ]);
  });

  it('starts a history that begins with its removal on a day not known', () => {
    expect(listedPeriods({ events: [event('2025-10-21', 'delisted')] })).toEqual([
      { start: undefined, end: '2025-10-21', ending: 'delisted' },
    ]);
  });

  it('splits a lapse and a re-listing into two periods', () => {
    expect(
      listedPeriods({ events: [event('2012-01-01', 'listed'), event('2015-01-01', 'expired'), event('2016-06-01', 'reinstated')] }),
    ).toEqual([
      { start: '2012-01-01', end: '2015-01-01', ending: 'expired' },
      { start: '2016-06-01', end: undefined, ending: 'running' },
    ]);
  });

  it('ends a period at a suspension, and at removedBy when a later list no longer names it', () => {
    expect(listedPeriods({ events: [event('2010-01-01', 'listed'), event('2011-01-01', 'suspended')] })).toEqual([
      { start: '2010-01-01', end: '2011-01-01', ending: 'suspended' },
    ]);
    expect(listedPeriods({ events: [event('2010-01-01', 'listed')], removedBy: '2026-08-17' })).toEqual([
      { start: '2010-01-01', end: '2026-08-17', ending: 'removed-by' },
    ]);
  });

  it('counts an amendment with no listing before it as the start', () => {
    expect(listedPeriods({ events: [event('2019-03-01', 'amended')] })).toEqual([
      { start: '2019-03-01', end: undefined, ending: 'running' },
    ]);
  });
});

describe('confirmedFor', () => {
  it('lets a confirmation stand for a year, and no longer', () => {
    expect(confirmedFor({ checked: '2025-12-06' }, '2026-12-06')).toBe(true);
    expect(confirmedFor({ checked: '2025-12-05' }, '2026-12-06')).toBe(false);
    expect(confirmedFor({}, '2026-12-06')).toBe(false);
  });
});
