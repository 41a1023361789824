import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../lib/packs/node/load-packs';

const ROOT = 'assets/packs';

describe('bundled packs', () => {
  const packs = loadPacks(ROOT);

  it('validate (schema, source references, related ids)', () => {
    expect(packs.length).toBeGreaterThan(0);
    expect(packs.flatMap((p) => p.entries).length).toBeGreaterThanOrEqual(17);
  });

  it('are stored in canonical form: parse → format reproduces every file byte for byte', () => {
    for (const pack of readdirSync(ROOT)) {
      const files = [join(ROOT, pack, 'pack.json'), ...readdirSync(join(ROOT, pack, 'entries')).map((f) => join(ROOT, pack, 'entries', f))];
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`, file).toBe(text);
      }
    }
  });

  it('date and source every designation event', () => {
    for (const entry of packs.flatMap((p) => p.entries)) {
      for (const designation of entry.designations) {
        for (const event of designation.events) {
          expect(event.date, `${entry.id} ${designation.authority}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(event.sources.length, `${entry.id} ${designation.authority}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('cover the entities of the demo article', () => {
    const ids = new Set(packs.flatMap((p) => p.entries.map((e) => e.id)));
    for (const id of [
      'hayat-tahrir-al-sham',
      'jabhat-al-nusra',
      'unscr-2254',
      'bashar-al-assad',
      'ahmed-al-sharaa',
      'syrian-observatory-for-human-rights',
      'aleppo',
      'idlib',
      'us-state-department',
      'un-security-council',
      'foreign-terrorist-organization',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
