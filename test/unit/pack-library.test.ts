import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetChange } from '../../lib/messages';
import { bundledFromMemory, type CompiledUserPack, compileBundle, type PackSource } from '../../lib/packs/dataset';
import { packSwitches } from '../../lib/packs/dataset-notices';
import { checkImport } from '../../lib/packs/pack-import';
import { packLibrary, type UserPackStore } from '../../lib/packs/pack-library';
import type { Pack } from '../../lib/packs/pack-schema';
import { entry, TEST_ENTRIES } from '../support/entries';

const bundledPack: Pack = {
  id: 'core',
  title: 'Core',
  version: '1.0.0',
  license: 'CC0-1.0',
  description: 'd',
  updated: '2026-11-25',
  entries: [...TEST_ENTRIES, entry('syrian-observatory-for-human-rights', 'organization', [{ text: 'Syrian Observatory', kind: 'name' }])],
};
const bundled = bundledFromMemory(compileBundle([bundledPack]));
const valid = readFileSync('test/fixtures/packs/import-e2e.json', 'utf8');
const invalid = readFileSync('test/fixtures/packs/invalid.json', 'utf8');

function memoryStore(): UserPackStore & { packs: Map<string, Pack> } {
  const packs = new Map<string, Pack>();
  const compiled = new Map<string, CompiledUserPack>();
  const sources: Record<string, PackSource> = {};
  return {
    packs,
    compiled: async () => [...compiled.values()],
    get: async (id) => packs.get(id),
    put: async (pack, made, source) => {
      packs.set(pack.id, pack);
      compiled.set(pack.id, made);
      if (source) sources[pack.id] = source;
      else delete sources[pack.id];
    },
    delete: async (id) => {
      delete sources[id];
      compiled.delete(id);
      return packs.delete(id);
    },
    sources: async () => ({ ...sources }),
  };
}

describe('checkImport', () => {
  const context = {
    bundledPackIds: new Set(['core']),
    entryPacks: new Map(bundledPack.entries.map((e) => [e.id, 'core'])),
  };

  it('accepts a valid pack whose related ids point into the bundled data', () => {
    const check = checkImport('p.json', valid, context);
    expect(check.ok).toBe(true);
  });

  it('reports broken JSON, schema problems, and clashes with bundled ids', () => {
    expect(checkImport('p.json', '{ nope', context)).toMatchObject({ ok: false, problems: [{ file: 'p.json', path: '$' }] });
    const schema = checkImport('bad.json', invalid, context);
    expect(schema.ok).toBe(false);
    expect(checkImport('p.json', valid.replace('"test-import"', '"core"'), context)).toEqual({
      ok: false,
      problems: [{ file: 'p.json', path: '$.id', message: 'pack id "core" belongs to a bundled pack; choose another id' }],
    });
    expect(checkImport('p.json', valid.replace('"orontes-monitoring-group"', '"aleppo"'), context)).toEqual({
      ok: false,
      problems: [{ file: 'p.json', path: '$.entries[0].id', message: 'entry id "aleppo" already exists in pack "core"' }],
    });
  });
});

describe('pack library', () => {
  it('imports a valid pack, matches its names at once, and removes it again', async () => {
    const store = memoryStore();
    const library = packLibrary(bundled, store, { disabledPacks: () => [] });
    expect((await library.findMentions({ text: 'The Orontes Monitoring Group said.' }, undefined)).mentions).toEqual([]);
    const imported = await library.importPack({ fileName: 'import-e2e.json', text: valid }, undefined);
    expect(imported).toMatchObject({ ok: true, pack: { id: 'test-import', origin: 'user', entryCount: 1 } });
    const found = await library.findMentions({ text: 'The Orontes Monitoring Group said.' }, undefined);
    expect(found.mentions.map((m) => m.text)).toEqual(['Orontes Monitoring Group']);
    expect((await library.getEntry({ id: 'orontes-monitoring-group' }, undefined))?.pack).toEqual({
      id: 'test-import',
      title: 'Test import pack',
    });
    expect(await library.removePack({ id: 'test-import' }, undefined)).toBe(true);
    expect((await library.findMentions({ text: 'The Orontes Monitoring Group said.' }, undefined)).mentions).toEqual([]);
  });

  it('changes nothing when an import is invalid', async () => {
    const store = memoryStore();
    const library = packLibrary(bundled, store, { disabledPacks: () => [] });
    const before = await library.describeDataset({}, undefined);
    const result = await library.importPack({ fileName: 'invalid.json', text: invalid }, undefined);
    expect(result.ok).toBe(false);
    expect(store.packs.size).toBe(0);
    expect(await library.describeDataset({}, undefined)).toEqual(before);
  });

  it('imports from a URL, records where and when, updates from the same URL, and refuses a different pack there', async () => {
    const store = memoryStore();
    const served = new Map([['https://packs.example.org/v1/import-e2e.json', valid]]);
    const fetchText = async (url: string) => {
      const text = served.get(url);
      if (text === undefined) throw new Error('the server answered 404 Not Found');
      return text;
    };
    let clock = new Date('2026-11-25T10:00:00Z');
    const library = packLibrary(bundled, store, { disabledPacks: () => [], fetchText, now: () => clock });
    const url = 'https://packs.example.org/v1/import-e2e.json';

    const first = await library.importPackFromUrl({ url }, undefined);
    expect(first).toMatchObject({ ok: true, pack: { id: 'test-import', source: { url, fetchedAt: '2026-11-25T10:00:00.000Z' } } });
    const described = await library.describeDataset({}, undefined);
    expect(described.packs.find((p) => p.id === 'test-import')?.source).toEqual({ url, fetchedAt: '2026-11-25T10:00:00.000Z' });
    expect(described.packs.find((p) => p.id === 'core')?.source).toBeUndefined();

    clock = new Date('2026-11-26T08:30:00Z');
    served.set(url, valid.replace('"title": "Test import pack"', '"title": "Test import pack, revised"'));
    const update = await library.importPackFromUrl({ url, expectId: 'test-import' }, undefined);
    expect(update).toMatchObject({
      ok: true,
      pack: { title: 'Test import pack, revised', source: { fetchedAt: '2026-11-26T08:30:00.000Z' } },
    });

    served.set(url, valid.replace('"test-import"', '"another-pack"'));
    expect(await library.importPackFromUrl({ url, expectId: 'test-import' }, undefined)).toEqual({
      ok: false,
      problems: [
        {
          file: 'import-e2e.json',
          path: '$.id',
          message: 'the file at this address is now pack "another-pack", not "test-import"; nothing was updated',
        },
      ],
    });
    expect(store.packs.get('test-import')?.title).toBe('Test import pack, revised');

    expect(await library.importPackFromUrl({ url: 'https://packs.example.org/missing.json' }, undefined)).toEqual({
      ok: false,
      problems: [
        {
          file: 'missing.json',
          path: '$',
          message: 'could not fetch https://packs.example.org/missing.json: the server answered 404 Not Found',
        },
      ],
    });
    expect((await library.importPackFromUrl({ url: 'file:///etc/passwd' }, undefined)).ok).toBe(false);

    expect(await library.removePack({ id: 'test-import' }, undefined)).toBe(true);
    expect(await store.sources()).toEqual({});
  });

  it('never removes a bundled pack', async () => {
    const library = packLibrary(bundled, memoryStore(), { disabledPacks: () => [] });
    expect(await library.removePack({ id: 'core' }, undefined)).toBe(false);
  });
});

describe('dataset change notices', () => {
  it('sends one notice per import and removal, and none for a refused file or an unknown pack', async () => {
    const notices: DatasetChange[] = [];
    const library = packLibrary(bundled, memoryStore(), { disabledPacks: () => [], onChange: (change) => notices.push(change) });
    expect(await library.importPack({ fileName: 'bad.json', text: invalid }, undefined)).toMatchObject({ ok: false });
    expect(notices).toEqual([]);
    expect(await library.importPack({ fileName: 'p.json', text: valid }, undefined)).toMatchObject({ ok: true });
    expect(notices).toEqual([{ reason: 'imported', packId: 'test-import' }]);
    expect(await library.removePack({ id: 'no-such-pack' }, undefined)).toBe(false);
    expect(await library.removePack({ id: 'core' }, undefined)).toBe(false);
    expect(notices).toHaveLength(1);
    expect(await library.removePack({ id: 'test-import' }, undefined)).toBe(true);
    expect(notices).toEqual([
      { reason: 'imported', packId: 'test-import' },
      { reason: 'removed', packId: 'test-import' },
    ]);
  });

  it('the notice comes after the change is in place: a page that scans on it sees the new pack', async () => {
    let seen: number | undefined;
    const library: ReturnType<typeof packLibrary> = packLibrary(bundled, memoryStore(), {
      disabledPacks: () => [],
      onChange: () => {
        void Promise.resolve(library.describeDataset({}, undefined)).then((d) => {
          seen = d.packs.length;
        });
      },
    });
    await library.importPack({ fileName: 'p.json', text: valid }, undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toBe(bundled.manifest.packs.length + 1);
  });

  it('a pack switch is one notice when the set of switched-off packs changes, none otherwise', () => {
    const notices: DatasetChange[] = [];
    const switches = packSwitches(['a'], (change) => notices.push(change));
    expect(switches.update(['a'])).toBe(false);
    expect(switches.update(['b', 'a'])).toBe(true);
    expect(switches.update(['a', 'b'])).toBe(false); // same set, other order
    expect(switches.update([])).toBe(true);
    expect(switches.disabled).toEqual([]);
    expect(notices).toEqual([
      { reason: 'switched', disabledPacks: ['b', 'a'] },
      { reason: 'switched', disabledPacks: [] },
    ]);
  });
});
