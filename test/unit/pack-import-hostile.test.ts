/** Issue 15, fault 6: pack files that threw, hid problems or were too big to refuse quickly. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPacks } from '../../lib/packs/dataset';
import { loadPacks } from '../../lib/packs/node/load-packs';
import { checkImport, type ImportContext } from '../../lib/packs/pack-import';
import { PACK_LIMITS } from '../../lib/packs/pack-schema';

const bundled = openPacks(loadPacks('assets/packs'));
const context: ImportContext = {
  bundledPackIds: new Set(bundled.describe().packs.map((p) => p.id)),
  entryPacks: bundled.entryPacks(),
};
const validText = readFileSync('test/fixtures/packs/valid.json', 'utf8');
const valid = () => JSON.parse(validText);

describe('importing hostile or careless pack files', () => {
  it('imports the documented sample pack against today’s bundled data', () => {
    expect(checkImport('valid.json', validText, context)).toMatchObject({ ok: true, pack: { id: 'demo-user-pack' } });
  });

  it('allows a "$schema" key and names any other unknown top-level key instead of throwing', () => {
    const withSchema = { $schema: 'https://backstory.invalid/schema/pack.schema.json', ...valid() };
    expect(checkImport('p.json', JSON.stringify(withSchema), context)).toMatchObject({ ok: true });
    const extra = { ...valid(), homepage: 'https://example.org' };
    expect(checkImport('p.json', JSON.stringify(extra), context)).toEqual({
      ok: false,
      problems: [{ file: 'p.json', path: '$', message: expect.stringContaining('"homepage"') }],
    });
  });

  it('lists clashes with existing ids alongside schema problems, and no false "does not exist" for an invalid entry', () => {
    const file = valid();
    file.id = 'syria-core';
    file.entries[0].summary = '';
    file.entries.push({ ...file.entries[0], id: 'aleppo', summary: 'A clash.' });
    file.entries.push({
      ...file.entries[0],
      id: 'refers-to-broken',
      summary: 'Points at the broken one.',
      related: [{ id: 'demo-rescue-volunteers', relation: 'related' }],
    });
    const check = checkImport('p.json', JSON.stringify(file), context);
    expect(check.ok).toBe(false);
    const messages = check.ok ? [] : check.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain('$.entries[0].summary: Too small: expected string to have >=1 characters');
    expect(messages).toContain('$.id: pack id "syria-core" belongs to a bundled pack; choose another id');
    expect(messages).toContain('$.entries[1].id: entry id "aleppo" already exists in pack "syria-core"');
    expect(messages.some((m) => m.includes('does not exist'))).toBe(false);
  });

  it('refuses a pack over the entry limit at once, without checking every entry', () => {
    const entry = valid().entries[0];
    const file = { ...valid(), entries: Array.from({ length: PACK_LIMITS.entries + 1 }, (_, i) => ({ ...entry, id: `e-${i}` })) };
    const started = performance.now();
    const check = checkImport('big.json', JSON.stringify(file), context);
    expect(check).toEqual({
      ok: false,
      problems: [{ file: 'big.json', path: '$.entries', message: 'has 10001 entries; a pack may have at most 10000' }],
    });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a 5 MB summary and a file over the size limit, naming the limit', () => {
    const file = valid();
    file.entries[0].summary = 'x'.repeat(5 * 1024 * 1024);
    expect(checkImport('p.json', JSON.stringify(file), context)).toEqual({
      ok: false,
      problems: [{ file: 'p.json', path: '$.entries[0].summary', message: 'must be at most 1000 characters' }],
    });
    const huge = ' '.repeat(PACK_LIMITS.fileChars + 1);
    expect(checkImport('huge.json', huge, context)).toMatchObject({
      ok: false,
      problems: [{ path: '$', message: expect.stringMatching(/at most 20971520/) }],
    });
  });

  it('does not echo the text of something that is not JSON (an intranet page fetched by mistake)', () => {
    const check = checkImport('index.html', '<html><title>Payroll</title>secret figures</html>', context);
    expect(check).toEqual({
      ok: false,
      problems: [{ file: 'index.html', path: '$', message: 'not a JSON file (a pack is one JSON object)' }],
    });
  });
});
