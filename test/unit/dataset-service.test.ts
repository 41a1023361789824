import { describe, expect, it } from 'vitest';
import { type BackgroundMessages, dispatch, envelope, MAX_SCAN_CHARS } from '../../lib/messages';
import { openPacks } from '../../lib/packs/dataset';
import { datasetHandlers } from '../../lib/packs/dataset-service';
import type { Entry } from '../../lib/packs/pack-schema';
import { entry, TEST_ENTRIES } from '../support/entries';

const dataset = openPacks([
  { id: 'test', title: 'Test pack', version: '1.0.0', license: 'CC0-1.0', description: 'x', updated: '2026-11-25', entries: TEST_ENTRIES },
]);
const handlers = datasetHandlers(dataset);

describe('background data service', () => {
  it('finds mentions in page text and returns the entries they refer to', async () => {
    const found = await handlers.findMentions(
      { text: 'Assad, president in Damascus, took power in 1970 before the Hama massacre. Aleppo.' },
      undefined,
    );
    expect(found.mentions.map((m) => m.text)).toEqual(['Assad', 'Aleppo']);
    const ids = Object.values(found.entries)
      .map((e) => e.id)
      .sort();
    expect(ids).toEqual(['aleppo', 'bashar', 'hafez']);
  });

  it('settles a name shared by an army and its successor by the article date, and leaves it open without one', async () => {
    const army = (id: string, name: string, dates: Entry['dates']) =>
      entry(
        id,
        'organization',
        [
          { text: name, kind: 'name' },
          { text: 'Syrian Army', kind: 'weakAlias' },
        ],
        ['Syria', 'troops'],
        { dates },
      );
    const armies = openPacks([
      {
        id: 'armies',
        title: 'Armies',
        version: '1.0.0',
        license: 'CC0-1.0',
        description: 'x',
        updated: '2026-11-25',
        entries: [
          army('old-army', 'Syrian Arab Army', [
            { type: 'founded', date: '1945-08-01', sources: ['s1'] },
            { type: 'dissolved', date: '2025-01-29', sources: ['s1'] },
          ]),
          army('new-army', 'new Syrian army', [{ type: 'formed', date: '2025-01-29', sources: ['s1'] }]),
        ],
      },
    ]);
    const service = datasetHandlers(armies);
    const idsOf = async (on?: string) => {
      const found = await service.findMentions({ text: 'In Syria, the Syrian army moved its troops.', ...(on ? { on } : {}) }, undefined);
      return found.mentions.map((m) =>
        m.entry === undefined ? m.candidates.map((c) => found.entries[c]!.id).join('|') : found.entries[m.entry]!.id,
      );
    };
    expect(await idsOf()).toEqual(['old-army|new-army']);
    expect(await idsOf('2012-06-01')).toEqual(['old-army']);
    expect(await idsOf('2025-07-16')).toEqual(['new-army']);
  });

  it('refuses text that is not a string or is too long', async () => {
    await expect(handlers.findMentions({ text: 42 as unknown as string }, undefined)).rejects.toThrow(/must be a string/);
    await expect(handlers.findMentions({ text: 'x'.repeat(MAX_SCAN_CHARS + 1) }, undefined)).rejects.toThrow(/at most/);
  });

  it('leaves out the packs the user switched off, and picks them up again when switched on', async () => {
    let disabled: string[] = ['test'];
    const switchable = datasetHandlers(dataset, { disabledPacks: () => disabled });
    expect((await switchable.findMentions({ text: 'Aleppo' }, undefined)).mentions).toEqual([]);
    disabled = [];
    expect((await switchable.findMentions({ text: 'Aleppo' }, undefined)).mentions.map((m) => m.text)).toEqual(['Aleppo']);
  });

  it('describes the packs and authorities', async () => {
    const described = await handlers.describeDataset({}, undefined);
    expect(described.packs.map((p) => [p.id, p.entryCount])).toEqual([['test', TEST_ENTRIES.length]]);
    expect(described.authorities).toEqual([]);
  });

  it('serves entry details with the pack and related names, and nothing for an unknown id', async () => {
    const details = await handlers.getEntry({ id: 'aleppo' }, undefined);
    expect(details?.entry.name).toBe('Aleppo');
    expect(details?.pack).toEqual({ id: 'test', title: 'Test pack' });
    expect(await handlers.getEntry({ id: 'nowhere' }, undefined)).toBeUndefined();
  });

  it('answers the designations of several entries at once, leaving out ids it does not have', async () => {
    const listed = {
      ...TEST_ENTRIES.find((entry) => entry.id === 'aleppo')!,
      id: 'listed-group',
      designations: [
        {
          authority: 'Test authority',
          authorityId: 'test-authority',
          list: 'Test list',
          events: [{ date: '2020-01-01', type: 'listed' as const, sources: ['s1'] }],
          checked: '2026-11-01',
        },
      ],
    };
    const withListing = datasetHandlers(
      openPacks([
        {
          id: 'test',
          title: 'Test pack',
          version: '1.0.0',
          license: 'CC0-1.0',
          description: 'x',
          updated: '2026-11-25',
          entries: [...TEST_ENTRIES, listed],
        },
      ]),
    );
    const found = await withListing.entryDesignations({ ids: ['listed-group', 'aleppo', 'nowhere', 'listed-group'] }, undefined);
    expect(Object.keys(found).sort()).toEqual(['aleppo', 'listed-group']);
    expect(found['listed-group']?.map((designation) => designation.authorityId)).toEqual(['test-authority']);
    expect(found.aleppo).toEqual([]);
    // An id that names an Object property is just an unknown id.
    expect(Object.keys(await withListing.entryDesignations({ ids: ['__proto__', 'constructor'] }, undefined))).toEqual([]);
  });

  it('dispatches only Backstory envelopes naming a known message', async () => {
    expect(dispatch(handlers, { hello: 'world' }, undefined)).toBeUndefined();
    expect(dispatch(handlers, { backstory: 'toString', params: {} }, undefined)).toBeUndefined();
    expect(dispatch(handlers, 'getEntry', undefined)).toBeUndefined();
    const reply = await dispatch(handlers, envelope<BackgroundMessages, 'getEntry'>('getEntry', { id: 'idlib' }), undefined);
    expect((reply as { entry: { id: string } }).entry.id).toBe('idlib');
  });
});
