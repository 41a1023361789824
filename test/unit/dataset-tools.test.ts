import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetReport, formatReport, monthsBefore } from '../../lib/packs/dataset-report';
import type { Pack } from '../../lib/packs/pack-schema';
import { sharedAliasProblems } from '../../lib/packs/shared-alias-check';
import { entry, TEST_ENTRIES } from '../support/entries';

const pack: Pack = {
  id: 'test',
  title: 'T',
  version: '1.0.0',
  license: 'CC0-1.0',
  description: 'd',
  updated: '2026-01-01',
  entries: TEST_ENTRIES,
};

describe('dataset report', () => {
  it('counts by pack and kind and lists gaps and shared aliases', () => {
    const stale = entry('old', 'term', [{ text: 'Old Term', kind: 'name' }], [], {
      reviewed: '2024-01-01',
      designations: [{ authority: 'A', authorityId: 'a', list: 'L', events: [{ date: '2020-01-01', type: 'listed', sources: ['s1'] }] }],
    });
    const report = datasetReport([{ ...pack, entries: [...TEST_ENTRIES, stale] }], '2026-11-25');
    expect(report.counts[0]).toEqual({ pack: 'test', kind: 'all', entries: 12 });
    expect(report.counts).toContainEqual({ pack: 'test', kind: 'person', entries: 2 });
    expect(report.withoutArabic).toContain('tariff');
    expect(report.withoutArabic).not.toContain('hts');
    expect(report.withoutFrench).not.toContain('aleppo');
    expect(report.staleReviews).toEqual([{ id: 'old', reviewed: '2024-01-01' }]);
    expect(report.sharedAliases.map((s) => s.key)).toEqual(['assad', 'hts']);
    expect(report.staleDesignations).toEqual([{ id: 'old', authority: 'A', list: 'L', latest: '2020-01-01' }]);
    expect(formatReport(report, '2026-11-25')).toContain('"hts": hts: HTS | tariff: HTS');
  });

  it('counts records per authority and each list’s coverage against its official count (issue 10)', () => {
    const listed = (id: string, checked: string | undefined, events: Array<[string, 'listed' | 'delisted']>) =>
      entry(id, 'organization', [{ text: `Group ${id}`, kind: 'name' }], [], {
        designations: [
          {
            authority: 'UN Security Council',
            authorityId: 'un',
            list: 'L1',
            ...(checked ? { checked } : {}),
            events: events.map(([date, type]) => ({ date, type, sources: ['s1'] })),
          },
        ],
      });
    const entries = [
      listed('a', '2026-11-01', [['2010-01-01', 'listed']]),
      listed('b', undefined, [['2011-01-01', 'listed']]),
      listed('d', '2025-12-05', [['2013-01-01', 'listed']]),
      listed('c', '2026-11-01', [
        ['2012-01-01', 'listed'],
        ['2020-01-01', 'delisted'],
      ]),
    ];
    const ledger = {
      file: 'data/designation-lists/x.json',
      authorityId: 'un',
      listName: 'L1',
      organizations: [{}, {}, {}, {}],
      officialCount: { current: 2, asOf: '2026-10-01', sources: ['s1'] },
      sources: [{ id: 's1', url: 'https://example.org/list', accessed: '2026-12-06' }],
    };
    const report = datasetReport([{ ...pack, entries }], '2026-12-06', [ledger]);
    expect(report.totals).toEqual({ entries: 4, designations: 4, events: 5 });
    // 'd' was checked 366 days before the report's day: confirmed, but no longer current (CONFIRMATION_LIFETIME_DAYS).
    expect(report.authorities).toEqual([{ authorityId: 'un', records: 4, events: 5, checked: 3, unchecked: 1, current: 2 }]);
    expect(report.coverage).toEqual([
      {
        authorityId: 'un',
        list: 'L1',
        ledgerOrganisations: 4,
        entries: 4,
        listedToday: 3,
        listedConfirmed: 2,
        listedConfirmedToday: 1,
        official: { count: 2, asOf: '2026-10-01', where: 'https://example.org/list (read 2026-12-06)' },
      },
    ]);
    expect(formatReport(report, '2026-12-06')).toContain(
      'listed today in the packs 3 (2 confirmed, of them 1 within 365 days; 1 unverified), confirmed = 100% of official (50% within 365 days)',
    );
  });

  it('computes month offsets on calendar boundaries', () => {
    expect(monthsBefore('2026-11-25', 12)).toBe('2025-11-25');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 24)).toBe('2024-01-15');
  });
});

describe('shared strong names', () => {
  const city = entry('city', 'place', [{ text: 'Idlib', kind: 'name' }], ['city centre', 'provincial capital']);
  const province = entry('province', 'place', [{ text: 'Idlib', kind: 'name' }], ['governorate', 'province']);

  it('are allowed when each entry has cue words of its own', () => {
    expect(sharedAliasProblems([city, province], (e) => `${e.id}.json`)).toEqual([]);
  });

  it('fail naming the file, the name and the fix when a page could not tell them apart', () => {
    const bare = entry('bare', 'place', [{ text: 'Idlib', kind: 'name' }], ['governorate']);
    const problems = sharedAliasProblems([city, bare], (e) => `${e.id}.json`);
    expect(problems).toEqual([
      {
        file: 'bare.json',
        path: '$.names[0].text',
        message:
          '"Idlib" is also a strong name of city; give this entry at least 2 context cues the others lack, or make the name a weakAlias',
      },
    ]);
  });

  it('ignore weak names, which need evidence anyway', () => {
    expect(sharedAliasProblems(TEST_ENTRIES, (e) => e.id)).toEqual([]);
  });
});

describe('published JSON Schema', () => {
  it('is up to date with the zod schema (run npm run schema)', () => {
    const before = readFileSync('docs/pack.schema.json', 'utf8');
    execFileSync('npx', ['tsx', 'scripts/write-schema.ts'], { stdio: 'ignore' });
    expect(readFileSync('docs/pack.schema.json', 'utf8')).toBe(before);
    // It starts tsx in a child process, which takes seconds on a busy machine.
  }, 30_000);
});
