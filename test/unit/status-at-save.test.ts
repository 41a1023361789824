import { describe, expect, it } from 'vitest';
import { statusAtSave, statusSentences } from '../../lib/notebook/status-at-save';
import type { Designation } from '../../lib/packs/pack-schema';

const designation = (authority: string, events: Designation['events'], extra: Partial<Designation> = {}): Designation => ({
  authority,
  authorityId: authority.toLowerCase().replace(/\W+/gu, '-'),
  list: 'A list',
  events,
  ...extra,
});
const listed = (date: string) => ({ date, type: 'listed' as const, sources: ['s'] });
const delisted = (date: string) => ({ date, type: 'delisted' as const, sources: ['s'] });

const records: Designation[] = [
  // Listed before the article, confirmed within the year before saving: in force.
  designation('UN Security Council', [listed('2014-05-14')], { checked: '2026-06-01' }),
  // Listed then, removed since: listed on the article's date, not when saved.
  designation('US Department of State', [listed('2018-05-31'), delisted('2025-07-08')], { checked: '2026-06-01' }),
  // Listed, but last confirmed over a year before saving: not counted as in force.
  designation('UK Home Office', [listed('2017-05-01')], { checked: '2022-01-01' }),
  // A record whose first known event is its removal was listed before it.
  designation('Canada', [delisted('2025-09-01')]),
];

describe('statusAtSave', () => {
  it('reads the article’s date from the events and the save day with the card’s confirmation rule', () => {
    expect(statusAtSave(records, '2024-12-03', '2026-12-06')).toEqual({
      total: 4,
      onArticleDate: {
        date: '2024-12-03',
        listedBy: ['UN Security Council', 'US Department of State', 'UK Home Office', 'Canada'],
      },
      onSaveDay: { date: '2026-12-06', inForceWith: ['UN Security Council'], unconfirmed: ['UK Home Office'] },
    });
  });

  it('has no article-date reading when the page stated no date, and counts nothing for an entity without records', () => {
    expect(statusAtSave(records, undefined, '2026-12-06')).not.toHaveProperty('onArticleDate');
    expect(statusAtSave([], '2024-12-03', '2026-12-06')).toEqual({
      total: 0,
      onArticleDate: { date: '2024-12-03', listedBy: [] },
      onSaveDay: { date: '2026-12-06', inForceWith: [], unconfirmed: [] },
    });
  });
});

describe('statusSentences', () => {
  it('writes the status for exports, and nothing for an entity without records', () => {
    expect(statusSentences(statusAtSave(records, '2024-12-03', '2026-12-06'))).toEqual([
      "On the article's date (2024-12-03): listed by 4 of 4 (UN Security Council, US Department of State, UK Home Office, Canada).",
      'When saved (2026-12-06): in force with 1 of 4 (UN Security Council); not confirmed: UK Home Office.',
    ]);
    expect(statusSentences(statusAtSave(records.slice(1, 2), undefined, '2026-12-06'))).toEqual([
      'When saved (2026-12-06): in force with 0 of 1.',
    ]);
    expect(statusSentences(statusAtSave([], '2024-12-03', '2026-12-06'))).toEqual([]);
  });

  it('counts records as the card does and names an authority with two lists once', () => {
    const twoLists = [records[0]!, { ...records[0]!, list: 'Another list' }];
    const status = statusAtSave(twoLists, undefined, '2026-12-06');
    expect(status.onSaveDay.inForceWith).toEqual(['UN Security Council', 'UN Security Council']);
    expect(statusSentences(status)).toEqual(['When saved (2026-12-06): in force with 2 of 2 (UN Security Council).']);
  });
});
