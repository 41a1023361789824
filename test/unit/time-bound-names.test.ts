import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../lib/engine/alias-index';
import { compileIndex } from '../../lib/engine/index-compile';
import { findMentions } from '../../lib/engine/scan-text';
import { entry } from '../support/entries';

/** Two bodies of one country, one before and one after a change of government in 2025. */
const index = AliasIndex.open(
  compileIndex([
    entry('syria', 'place', [{ text: 'Syria', kind: 'name', lang: 'en' }]),
    entry(
      'old-army',
      'organization',
      [
        { text: 'Syrian Arab Army', kind: 'name', lang: 'en' },
        { text: 'Syrian army', kind: 'weakAlias', lang: 'en' },
      ],
      ['Damascus', 'regime forces'],
    ),
    entry('new-army', 'organization', [
      { text: 'new Syrian army', kind: 'alias', lang: 'en' },
      { text: 'Syrian army', kind: 'weakAlias', lang: 'en', timeBound: true },
    ]),
    entry('new-government', 'organization', [
      { text: 'Syrian transitional government', kind: 'name', lang: 'en' },
      { text: 'Syrian government', kind: 'weakAlias', lang: 'en', timeBound: true },
      { text: 'gouvernement syrien', kind: 'weakAlias', lang: 'fr', timeBound: true },
    ]),
  ]),
);
const id = (n: number) => index.entry(n).id;
/** The new bodies exist from 2025 on; the old army until January 2025. */
const datedOn = (year: number) => (n: number) => (id(n) === 'syria' ? undefined : id(n) === 'old-army' ? year < 2025 : year >= 2025);
const marks = (text: string, dating?: (n: number) => boolean | undefined) =>
  findMentions(text, index, dating).map((m) => [m.text, m.entry === undefined ? '?' : id(m.entry)]);

describe('time-bound names', () => {
  it('mark their entry on a page dated in its lifespan, with the date as evidence', () => {
    expect(marks('The Syrian government said talks would resume.', datedOn(2026))).toEqual([['Syrian government', 'new-government']]);
    expect(marks('Le gouvernement syrien a annoncé un accord.', datedOn(2026))).toEqual([['gouvernement syrien', 'new-government']]);
    expect(marks("Syria's government said talks would resume.", datedOn(2026))).toEqual([["Syria's government", 'new-government']]);
  });

  it('mark nothing on a page dated before the entry existed, or with no date', () => {
    expect(marks('The Syrian government said talks would resume.', datedOn(2013))).toEqual([]);
    expect(marks('The Syrian government said talks would resume.')).toEqual([]);
    expect(marks('Le gouvernement syrien a annoncé un accord.', () => undefined)).toEqual([]);
  });

  it('leave a shared generic name to the entry of the time, and undated pages to the evidence or a choice', () => {
    const text = 'The Syrian army entered the town, sources in Damascus said, as regime forces withdrew.';
    expect(marks(text, datedOn(2013))).toEqual([['Syrian army', 'old-army']]);
    expect(marks('The Syrian army entered the town on Monday.', datedOn(2026))).toEqual([['Syrian army', 'new-army']]);
    expect(marks(text)).toEqual([['Syrian army', 'old-army']]);
    // Undated and with no evidence for either army, the reader is offered both.
    expect(marks('The Syrian army entered the town on Monday.')).toEqual([['Syrian army', '?']]);
    // A name no other body bears without a time bound still needs a date.
    expect(marks('The Syrian government said talks would resume.')).toEqual([]);
  });
});
