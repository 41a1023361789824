/** Surnames derived from a person's names, and where they mark (only beside a full name). */
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../lib/engine/alias-index';
import { compileIndex } from '../../lib/engine/index-compile';
import { findMentions } from '../../lib/engine/scan-text';
import { derivedSurnames as derivedForms } from '../../lib/engine/surnames';

const derivedSurnames = (e: Parameters<typeof derivedForms>[0]) => derivedForms(e).map((s) => s.text);

import { entry } from '../support/entries';

const sharaa = entry('sharaa', 'person', [
  { text: 'Ahmed al-Sharaa', kind: 'name' },
  { text: 'Ahmed al-Charaa', kind: 'name', lang: 'fr' },
  { text: 'Abu Mohammad al-Jolani', kind: 'alias' },
  { text: 'أحمد الشرع', kind: 'name', lang: 'ar' },
]);
const pedersen = entry('pedersen', 'person', [{ text: 'Geir Pedersen', kind: 'name' }]);
const king = entry('abdullah', 'person', [
  { text: 'Abdullah II', kind: 'name' },
  { text: 'King Abdullah II of Jordan', kind: 'alias' },
]);
const mistura = entry('mistura', 'person', [{ text: 'Staffan de Mistura', kind: 'name' }]);
const index = AliasIndex.open(compileIndex([sharaa, pedersen, king, mistura]));
const marks = (text: string) => findMentions(text, index).map((m) => [m.text, index.entry(m.entry!).id]);

describe('derived surnames', () => {
  it('takes the last word, with its particle, in every script', () => {
    // Aliases (here a nom de guerre) give no surname: their last word is often a place or a given name.
    expect(derivedSurnames(sharaa)).toEqual(['Sharaa', 'al-Sharaa', 'Al-Sharaa', 'Charaa', 'al-Charaa', 'Al-Charaa', 'الشرع']);
    expect(derivedSurnames(pedersen)).toEqual(['Pedersen']);
    expect(derivedSurnames(mistura)).toEqual(['Mistura', 'de Mistura', 'De Mistura']);
  });

  it('takes an alias’s surname only where it spells one of the own names’ surnames', () => {
    const abdi = entry('abdi', 'person', [
      { text: 'Mazloum Abdi', kind: 'name' },
      { text: 'Mazloum Kobani', kind: 'alias' },
      { text: 'Mazlum Abdî', kind: 'alias' },
    ]);
    const mekdad = entry('mekdad', 'person', [
      { text: 'Faisal Mekdad', kind: 'name' },
      { text: 'Faisal al-Miqdad', kind: 'alias' },
    ]);
    // "Kobani" (a nom de guerre, a town) is no spelling of "Abdi"; "Miqdad" is one of "Mekdad".
    expect(derivedSurnames(abdi)).toEqual(['Abdi', 'Abdî']);
    expect(derivedSurnames(mekdad)).toEqual(['Mekdad', 'Miqdad', 'al-Miqdad', 'Al-Miqdad']);
  });

  it('keeps a patronymic or kunya with its particle, and skips common given names', () => {
    const mbs = entry('mbs', 'person', [
      { text: 'Mohammed bin Salman', kind: 'name' },
      { text: 'محمد بن سلمان', kind: 'name', lang: 'ar' },
    ]);
    expect(derivedSurnames(mbs)).toEqual(['bin Salman', 'Bin Salman', 'بن سلمان']);
    const rami = entry('rami', 'person', [
      { text: 'رامي عبد الرحمن', kind: 'name', lang: 'ar' },
      { text: 'Ilham Ahmed', kind: 'name' },
    ]);
    expect(derivedSurnames(rami)).toEqual(['عبد الرحمن']);
  });

  it('skips styles (a realm or a regnal number is not a surname) and anything not a person', () => {
    expect(derivedSurnames(king)).toEqual([]);
    expect(derivedSurnames({ ...pedersen, kind: 'organization' })).toEqual([]);
  });
});

describe('surnames on a page', () => {
  it('marks the surname alone after the full name, in English, French and Arabic', () => {
    expect(marks('Geir Pedersen met officials. Pedersen said talks would resume.')).toEqual([
      ['Geir Pedersen', 'pedersen'],
      ['Pedersen', 'pedersen'],
    ]);
    expect(marks('Ahmed al-Charaa a reçu la délégation. Selon Charaa, la transition prendra du temps.')).toEqual([
      ['Ahmed al-Charaa', 'sharaa'],
      ['Charaa', 'sharaa'],
    ]);
    expect(marks('استقبل أحمد الشرع الوفد، وقال الشرع إن المرحلة الانتقالية ستطول.')).toEqual([
      ['أحمد الشرع', 'sharaa'],
      ['الشرع', 'sharaa'],
    ]);
  });

  it('does not take a realm in a style for a surname', () => {
    expect(marks('King Abdullah II of Jordan spoke. Jordan hosts refugees.')).toEqual([['King Abdullah II of Jordan', 'abdullah']]);
  });

  it('compares Latin surnames as written: the man Hijab, not the hijab', () => {
    const hijab = AliasIndex.open(compileIndex([entry('hijab', 'person', [{ text: 'Riad Hijab', kind: 'name' }])]));
    const found = findMentions('Riad Hijab defected. Hijab later said a hijab ban was wrong.', hijab).map((m) => m.text);
    expect(found).toEqual(['Riad Hijab', 'Hijab']);
  });

  it('leaves a surname alone when no full name of that person is on the page', () => {
    expect(marks('Pedersen said talks would resume.')).toEqual([]);
    expect(marks('قال الشرع إن المرحلة الانتقالية ستطول.')).toEqual([]);
  });
});

describe('a surname written without the accents of the full name', () => {
  it('marks "Ocalan" after "Abdullah Öcalan", still as written in case', () => {
    const ocalan = entry('ocalan', 'person', [{ text: 'Abdullah Öcalan', kind: 'name' }]);
    const marks = (text: string) => {
      const index = AliasIndex.open(compileIndex([ocalan]));
      return findMentions(text, index).map((m) => [m.text, index.entry(m.entry!).id]);
    };
    expect(marks('Abdullah Öcalan wrote from prison. Ocalan called for peace.')).toEqual([
      ['Abdullah Öcalan', 'ocalan'],
      ['Ocalan', 'ocalan'],
    ]);
    expect(marks('Abdullah Öcalan wrote from prison. ocalan is not a word.')).toEqual([['Abdullah Öcalan', 'ocalan']]);
  });
});
