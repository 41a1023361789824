/** The compiled alias index: the binary form round-trips, finds every name, and masks switched-off packs. */
import { describe, expect, it } from 'vitest';
import { ALIAS_CASE_SENSITIVE, ALIAS_WEAK, AliasIndex } from '../../lib/engine/alias-index';
import { compileIndex } from '../../lib/engine/index-compile';
import { IndexSet } from '../../lib/engine/index-set';
import { normalizeKey } from '../../lib/engine/normalize';
import { findMentions } from '../../lib/engine/scan-text';
import { entry, TEST_ENTRIES } from '../support/entries';

const bytes = compileIndex(TEST_ENTRIES);
const index = AliasIndex.open(bytes);

describe('compiled alias index', () => {
  it('keeps every entry with its id, name and kind', () => {
    expect(index.entryCount).toBe(TEST_ENTRIES.length);
    TEST_ENTRIES.forEach((e, i) => {
      expect(index.entry(i)).toEqual({ id: e.id, name: e.name, kind: e.kind });
    });
  });

  it('finds every name of every entry under its folded key; weak and case-sensitive names keep their text as written', () => {
    TEST_ENTRIES.forEach((e, i) => {
      for (const name of e.names) {
        const folded = normalizeKey(name.text);
        const key = index.find(folded);
        expect(key, name.text).toBeGreaterThanOrEqual(0);
        const aliases = [];
        for (let a = index.aliasFirst(key); a < index.aliasEnd(key); a++) {
          const asWritten = (index.aliasFlags(a) & (ALIAS_WEAK | ALIAS_CASE_SENSITIVE)) !== 0;
          aliases.push([index.aliasEntry(a), asWritten ? index.aliasText(a) : `${index.aliasText(a)} (folded)`]);
        }
        expect(
          aliases.some(([entry, text]) => entry === i && (text === name.text || text === `${folded} (folded)`)),
          name.text,
        ).toBe(true);
      }
    });
    expect(index.aliasText(index.aliasFirst(index.find(normalizeKey("Hay'at Tahrir al-Sham"))))).toBe(
      normalizeKey("Hay'at Tahrir al-Sham"),
    );
    const hts = index.find('hts');
    const flags = index.aliasFlags(index.aliasFirst(hts));
    expect(flags & ALIAS_WEAK).toBe(ALIAS_WEAK);
    expect(flags & ALIAS_CASE_SENSITIVE).toBe(ALIAS_CASE_SENSITIVE);
    expect(index.aliasText(index.aliasFirst(hts))).toBe('HTS');
  });

  it('marks word prefixes, finds ranges inside longer text, and misses what is not there', () => {
    const united = index.find('united');
    expect(united).toBeGreaterThanOrEqual(0);
    expect(index.isPrefix(united)).toBe(true);
    const text = 'xx united nations yy';
    expect(index.findRange(text, 3, 17)).toBe(index.find('united nations'));
    expect(index.find('united natio')).toBe(-1);
    expect(index.find('')).toBe(-1);
    expect(index.find('nowhere at all')).toBe(-1);
  });

  it('keeps cue words and strong names per entry', () => {
    const idlibCue = index.find('idlib');
    const cueEntries = [...index.cues(idlibCue)].map((i) => index.entry(i).id);
    expect(cueEntries).toContain('hts');
    const hts = TEST_ENTRIES.findIndex((e) => e.id === 'hts');
    expect(index.strongKeys(hts)).toContain(normalizeKey("Hay'at Tahrir al-Sham"));
    expect(index.strongKeys(hts)).not.toContain('hts');
  });

  it('flags well-known entries (left unmarked unless the reader asks)', () => {
    const flagged = AliasIndex.open(
      compileIndex([entry('un', 'organization', [{ text: 'United Nations', kind: 'name' }], [], { wellKnown: true }), TEST_ENTRIES[0]!]),
    );
    expect(flagged.entry(0).wellKnown).toBe(true);
    expect(flagged.entry(1).wellKnown).toBeUndefined();
  });

  it('reads the same from a copy at an unaligned offset as from the original', () => {
    const shifted = new Uint8Array(bytes.byteLength + 1);
    shifted.set(bytes, 1);
    const copy = AliasIndex.open(shifted.subarray(1));
    expect(copy.find('aleppo')).toBe(index.find('aleppo'));
    expect(copy.entry(3)).toEqual(index.entry(3));
  });

  it('refuses a buffer that is not an index, naming what is wrong', () => {
    expect(() => AliasIndex.open(new Uint8Array(8))).toThrow(/too short/);
    expect(() => AliasIndex.open(new Uint8Array(64))).toThrow(/magic number/);
    expect(() => AliasIndex.open(bytes.slice(0, bytes.byteLength - 2))).toThrow(/header says/);
  });

  it('opens a large index and reads any entry and name in it', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      entry(`e${i}`, 'organization', [{ text: `Synthetic Front Number ${i}`, kind: 'name' }]),
    );
    const big = compileIndex(many);
    const opened = AliasIndex.open(big);
    expect(opened.entry(4_321).id).toBe('e4321');
    expect(opened.find('synthetic front number 4999')).toBeGreaterThanOrEqual(0);
  });
});

describe('index sets and pack masks', () => {
  const packA = [entry('a-un', 'organization', [{ text: 'United Nations', kind: 'name' }])];
  const packB = [entry('b-unsc', 'organization', [{ text: 'United Nations Security Council', kind: 'name' }])];
  const two = AliasIndex.open(
    compileIndex([...packA, ...packB], { packIds: ['pack-a', 'pack-b'], entryPack: (i) => (i < packA.length ? 0 : 1) }),
  );
  const ids = (set: IndexSet, text: string) => findMentions(text, set).map((m) => [m.text, set.entry(m.entry!).id]);

  it('masks a switched-off pack so a shorter name of a pack still on wins', () => {
    const text = 'The United Nations Security Council met.';
    expect(ids(new IndexSet([two]), text)).toEqual([['United Nations Security Council', 'b-unsc']]);
    expect(ids(new IndexSet([two], ['pack-b']), text)).toEqual([['United Nations', 'a-un']]);
    expect(ids(new IndexSet([two], ['pack-a', 'pack-b']), text)).toEqual([]);
  });

  it('numbers entries across indexes and matches the longest name from any of them', () => {
    const user = AliasIndex.open(
      compileIndex([entry('u-res', 'document', [{ text: 'United Nations Security Council Resolution 2254', kind: 'name' }])], {
        packIds: ['user'],
        entryPack: () => 0,
      }),
    );
    const set = new IndexSet([two, user]);
    expect(set.entryCount).toBe(3);
    expect(set.packOf(2)).toBe('user');
    expect(set.numberOf('u-res')).toBe(2);
    expect(ids(set, 'under United Nations Security Council Resolution 2254, the United Nations Security Council')).toEqual([
      ['United Nations Security Council Resolution 2254', 'u-res'],
      ['United Nations Security Council', 'b-unsc'],
    ]);
    expect(ids(new IndexSet([two, user], ['user']), 'United Nations Security Council Resolution 2254')).toEqual([
      ['United Nations Security Council', 'b-unsc'],
    ]);
  });

  it('lists the candidates of a name shared across indexes', () => {
    const other = AliasIndex.open(compileIndex([entry('u-un', 'organization', [{ text: 'United Nations', kind: 'name' }])]));
    const set = new IndexSet([two, other]);
    const [mention] = findMentions('the United Nations', set);
    expect(mention?.candidates.map((c) => set.entry(c).id).sort()).toEqual(['a-un', 'u-un']);
  });
});
