import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../lib/engine/alias-index';
import { compileIndex } from '../../lib/engine/index-compile';
import { IndexSet } from '../../lib/engine/index-set';
import { lookUp, wordDistance } from '../../lib/engine/lookup';
import { loadPacks } from '../../lib/packs/node/load-packs';
import { entry } from '../support/entries';

const people = [
  entry('jolani', 'person', [
    { text: 'Abu Mohammad al-Jolani', kind: 'name' },
    { text: 'al-Jolani', kind: 'alias' },
  ]),
  entry('julian', 'person', [{ text: 'Julian Barnes', kind: 'name' }]),
  entry('qaeda', 'organization', [
    { text: 'al-Qaeda', kind: 'name' },
    { text: 'AQ', kind: 'acronym' },
  ]),
  entry('golan', 'place', [{ text: 'Golan Heights', kind: 'name' }]),
];
const set = new IndexSet([AliasIndex.open(compileIndex(people))]);
const ids = (phrase: string) => lookUp(set, phrase).map((hit) => set.entry(hit.entry).id);

describe('wordDistance', () => {
  it('charges half for vowels and sound-alike consonants, one for other letters', () => {
    expect(wordDistance('jolani', 'julani', 2)).toBe(0.5);
    expect(wordDistance('golani', 'jolani', 2)).toBe(0.5);
    expect(wordDistance('golani', 'julani', 2)).toBe(1);
    expect(wordDistance('qaida', 'qaeda', 2)).toBe(0.5);
    expect(wordDistance('muhammad', 'mohammed', 2)).toBe(1);
    expect(wordDistance('barnes', 'jolani', 2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('lookUp', () => {
  it('finds a person under other transliterations of the name', () => {
    for (const phrase of ['Jolani', 'Julani', 'Golani', 'al-Joulani', 'Abu Muhammad al-Julani'])
      expect(ids(phrase)[0], phrase).toBe('jolani');
  });

  it('ranks the closest name first and a short alias above the long name it is part of', () => {
    const [first] = lookUp(set, 'Jolani');
    expect(first?.name).toBe('al jolani');
    expect(ids('al-Qaida')).toEqual(['qaeda']);
  });

  it('offers nothing for a phrase no name comes close to', () => {
    expect(ids('Hezbollah')).toEqual([]);
    expect(ids('the')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('keeps short words exact, so an acronym does not find its neighbours', () => {
    expect(ids('AQ')).toEqual(['qaeda']);
    expect(ids('AQI')).toEqual([]);
  });

  it('does not read a long selection as a name', () => {
    expect(ids('Jolani '.repeat(30))).toEqual([]);
  });

  it('leaves out switched-off packs', () => {
    const off = new IndexSet([AliasIndex.open(compileIndex(people, { packIds: ['test'], entryPack: () => 0 }))], ['test']);
    expect(lookUp(off, 'Jolani')).toEqual([]);
  });

  it('finds entries of the bundled packs under press spellings they do not list', () => {
    const packs = loadPacks('assets/packs');
    const bundled = new IndexSet([AliasIndex.open(compileIndex(packs.flatMap((pack) => pack.entries)))]);
    const top = (phrase: string) => {
      const [hit] = lookUp(bundled, phrase);
      return hit && bundled.entry(hit.entry).id;
    };
    // As close as "Golan Heights" in all, but its spelling is exact: it comes first.
    expect(top('Golani')).toBe('ahmed-al-sharaa');
    expect(top('Hayat Tahreer el-Sham')).toBe('hayat-tahrir-al-sham');
    expect(top('Hizballah')).toBe('hezbollah');
  }, 30_000);
});
