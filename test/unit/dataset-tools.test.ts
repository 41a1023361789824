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
  });
});
