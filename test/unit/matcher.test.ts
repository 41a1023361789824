import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../lib/engine/alias-index';
import { compileIndex } from '../../lib/engine/index-compile';
import { findMentions } from '../../lib/engine/scan-text';
import { entry, TEST_ENTRIES } from '../support/entries';

const index = AliasIndex.open(compileIndex(TEST_ENTRIES));
const idOf = (entry: number | undefined) => (entry === undefined ? undefined : index.entry(entry).id);

/** [text as written, entry id or "?" for ambiguous] for each mention. */
function found(text: string): Array<[string, string]> {
  return findMentions(text, index).map((m) => [m.text, m.entry === undefined ? '?' : idOf(m.entry)!]);
}

describe('matcher', () => {
  it('matches whole words only', () => {
    expect(found('Aleppo. Aleppos Aleppoo preAleppo Aleppo')).toEqual([
      ['Aleppo', 'aleppo'],
      ['Aleppo', 'aleppo'],
    ]);
  });

  it('prefers the longest match starting leftmost', () => {
    expect(found('the United Nations Security Council Resolution 2254 and the United Nations')).toEqual([
      ['United Nations Security Council Resolution 2254', 'res2254'],
      ['United Nations', 'un'],
    ]);
    expect(found('The United Nations Security Council met.')).toEqual([['United Nations Security Council', 'unsc']]);
  });

  it('backs off to a shorter name when a longer one does not complete', () => {
    expect(found('United Nations Security officials')).toEqual([['United Nations', 'un']]);
  });

  it('matches across apostrophe, hyphen and white-space variants and possessives', () => {
    expect(found('Hay’at Tahrir al‑Sham’s fighters; Hayat  Tahrir al Sham; Hay`at Tahrir al-Sham')).toEqual([
      ['Hay’at Tahrir al‑Sham', 'hts'],
      ['Hayat Tahrir al Sham', 'hts'],
      ['Hay`at Tahrir al-Sham', 'hts'],
    ]);
  });

  it('matches names with punctuation inside', () => {
    expect(found('See S/RES/2254 (2015), adopted unanimously.')).toEqual([['S/RES/2254 (2015', 'res2254']]);
  });

  it('keeps acronyms case-sensitive', () => {
    expect(found('United Nations officials. UN envoy; un envoy; Un envoy')).toEqual([
      ['United Nations', 'un'],
      ['UN', 'un'],
    ]);
  });

  it('does not annotate an acronym without evidence', () => {
    expect(found('HTS advanced quickly.')).toEqual([]);
    expect(found('Let us go with US officials.')).toEqual([]);
  });

  it('resolves an acronym by the full name on the page', () => {
    expect(found('Hayat Tahrir al-Sham led the offensive. HTS’s fighters entered the city.')).toEqual([
      ['Hayat Tahrir al-Sham', 'hts'],
      ['HTS', 'hts'],
    ]);
  });

  it('resolves an acronym by context cues, so HTS on a tariff page is not the Syrian group', () => {
    expect(found('The HTS code sets the import duty; customs brokers check the tariff line.')).toEqual([['HTS', 'tariff']]);
    expect(found('HTS, the jihadist rebel alliance, holds Idlib in north-west Syria.')).toEqual([
      ['HTS', 'hts'],
      ['Idlib', 'idlib'],
    ]);
  });

  it('resolves an acronym defined in parentheses even with an unknown spelling of the full name', () => {
    expect(found('Hay’et Tahrir al-Sham (HTS) said on Monday that HTS would stay.')).toEqual([
      ['HTS', 'hts'],
      ['HTS', 'hts'],
    ]);
  });

  it('reports a tie honestly as ambiguous', () => {
    const mentions = findMentions('Assad spoke. The tariff and the rebel forces...', index);
    expect(mentions).toEqual([]);
    const tied = findMentions('Assad, president in Damascus, took power in 1970 before the Hama massacre.', index);
    expect(tied.map((m) => [m.text, m.entry, m.candidates.map(idOf).sort()])).toEqual([['Assad', undefined, ['bashar', 'hafez']]]);
  });

  it('needs a full name, not just cue words, before marking an everyday phrase', () => {
    expect(found('In Syria, Assad wants a settlement, officials in Daraa said.')).toEqual([]);
    expect(found('Under the reconciliation agreements, Daraa accepted a settlement.')).toEqual([
      ['reconciliation agreements', 'reconciliation'],
      ['settlement', 'reconciliation'],
    ]);
  });

  it('never marks an everyday phrase because another everyday phrase of the entry is on the page', () => {
    // "reconciliation deals" is a strong alias but itself an everyday phrase: alone it unlocks nothing…
    expect(found('After the reconciliation deals were signed, the settlement held.')).toEqual([['reconciliation deals', 'reconciliation']]);
    // …with the entry's cue words beside it, it does.
    expect(found('In Daraa, Syria, officials offered reconciliation deals; the settlement held.')).toEqual([
      ['reconciliation deals', 'reconciliation'],
      ['settlement', 'reconciliation'],
    ]);
  });

  it('leaves a name inside a longer name that means something else, and only there', () => {
    const us = entry(
      'us',
      'place',
      [
        { text: 'United States', kind: 'name' },
        { text: 'America', kind: 'weakAlias', caseSensitive: true },
      ],
      [],
      { blockedBy: ['Good Morning America', 'Bank of America', 'South America'] },
    );
    const withBlockers = AliasIndex.open(compileIndex([us]));
    const text = 'The United States: Good Morning America, Bank of America and South America. America answered.';
    expect(findMentions(text, withBlockers).map((m) => m.text)).toEqual(['United States', 'America']);
    // Without its blockers every "America" would be marked.
    const without = AliasIndex.open(compileIndex([{ ...us, blockedBy: [] }]));
    expect(findMentions(text, without).map((m) => m.text)).toEqual(['United States', 'America', 'America', 'America', 'America']);
  });

  it('does not treat the French article "un" as the UN', () => {
    expect(found('Un accord a été signé par un groupe. Les Nations unies ont réagi.')).toEqual([['Nations unies', 'un']]);
  });

  it('matches Arabic with diacritics, tatweel and attached prefixes', () => {
    expect(found('وصلت هَيْئَة تحرير الشّام إلى حلب وإدلب')).toEqual([
      ['هَيْئَة تحرير الشّام', 'hts'],
      ['حلب', 'aleppo'],
      ['إدلب', 'idlib'],
    ]);
    // ل + الأسد contracts to للأسد; the weak alias needs the full name as evidence.
    expect(found('قال بشار الأسد إن الجيش الموالي للأسد انسحب')).toEqual([
      ['بشار الأسد', 'bashar'],
      ['للأسد', 'bashar'],
    ]);
  });

  it('matches the French name', () => {
    expect(found('Les rebelles sont entrés dans Alep.')).toEqual([['Alep', 'aleppo']]);
  });

  it('ignores markup-like text as plain text', () => {
    expect(found('<b>Aleppo</b> &amp; <script>Idlib</script>')).toEqual([
      ['Aleppo', 'aleppo'],
      ['Idlib', 'idlib'],
    ]);
  });

  it('costs no more with many more aliases (result unchanged by unrelated names)', () => {
    const many = [...TEST_ENTRIES];
    for (let i = 0; i < 2000; i++) {
      many.push({ ...TEST_ENTRIES[8]!, id: `x${i}`, names: [{ text: `Synthetic Place ${i} Aleppo`, kind: 'name' }] });
    }
    const big = AliasIndex.open(compileIndex(many));
    const text = 'Aleppo and Synthetic Place 12 Aleppo and Synthetic Place';
    expect(findMentions(text, big).map((m) => [m.text, big.entry(m.entry!).id])).toEqual([
      ['Aleppo', 'aleppo'],
      ['Synthetic Place 12 Aleppo', 'x12'],
    ]);
  });
});
