import { describe, expect, it } from 'vitest';
import { listShort, stripRows } from '../../components/designation-strip';
import { event, record } from '../support/designations';

describe('stripRows', () => {
  it('never shows an unconfirmed listing as in force today, while its past status stands', () => {
    const [row] = stripRows([record('au', [event('2022-02-17', 'listed')])], '2024-12-03', '2026-12-06');
    expect(row?.now.look).toBe('unverified');
    expect(row?.atArticle?.look).toBe('listed');
  });

  it('reads a history that starts with its removal as listed before it', () => {
    const [row] = stripRows([record('uk', [event('2025-10-21', 'delisted')], '2025-10-24')], '2024-12-03', '2026-12-06');
    expect(row?.atArticle?.look).toBe('listed');
    expect(row?.now.look).toBe('removed');
  });

  it('orders confirmed listings, then changes since the article, then unconfirmed, then the rest', () => {
    const rows = stripRows(
      [
        record('long-gone', [event('2010-01-01', 'listed'), event('2013-06-01', 'delisted')], '2026-01-01'),
        record('unconfirmed', [event('2019-01-01', 'listed')]),
        record('lifted', [event('2012-01-01', 'listed'), event('2025-07-08', 'delisted')], '2025-07-08'),
        record('lapsed', [event('2010-01-01', 'listed'), event('2013-01-01', 'expired')], '2026-01-01'),
        record('confirmed', [event('2014-01-01', 'listed')], '2026-11-01'),
      ],
      '2024-12-03',
      '2026-12-06',
    );
    expect(rows.map((row) => row.designation.authorityId)).toEqual(['confirmed', 'lifted', 'unconfirmed', 'lapsed', 'long-gone']);
    expect(rows.map((row) => row.now.look)).toEqual(['listed', 'removed', 'unverified', 'lapsed', 'removed']);
  });
});

describe('listShort', () => {
  it('shortens a list name to the initials of its capitalised words, leaving out what is in brackets', () => {
    expect(listShort('Foreign Terrorist Organizations')).toBe('FTO');
    expect(listShort('Specially Designated Global Terrorists (E.O. 13224)')).toBe('SDGT');
  });

  it('keeps a name with fewer than two capitalised words', () => {
    expect(listShort('Listed terrorist entities')).toBe('Listed terrorist entities');
  });
});

describe('stripRows and old confirmations', () => {
  it('shows a listing last confirmed more than a year ago as unconfirmed today', () => {
    const [row] = stripRows([record('uk', [event('2001-03-29', 'listed')], '2021-11-26')], undefined, '2026-12-06');
    expect(row?.now.look).toBe('unverified');
  });
});
