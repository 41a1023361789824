import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../lib/engine/alias-index';
import { compileIndex, titleCaseAcronym, withDots } from '../../lib/engine/index-compile';
import { possessiveForm } from '../../lib/engine/possessive';
import { findMentions } from '../../lib/engine/scan-text';
import { otherEnglishSpelling, spellingVariants } from '../../lib/engine/spellings';
import { entry } from '../support/entries';

describe('other spellings of a person’s full name', () => {
  it('writes doubled letters once and q as k, alone and together', () => {
    expect(spellingVariants('Naïm Qassem')).toEqual(['Naïm Kassem', 'Naïm Qasem', 'Naïm Kasem']);
    expect(spellingVariants('Rifaat al-Assad')).toEqual(['Rifat al-Assad', 'Rifaat al-Asad', 'Rifat al-Asad', 'Rifaat Assad']);
  });

  it('with many doubled letters, derives only the all-single form', () => {
    expect(spellingVariants('Muammar Gaddafi Hassan Allawi')).toEqual(['Muamar Gadafi Hasan Alawi']);
  });

  it('drops the article inside the name and writes the given name in its other transliterations', () => {
    expect(spellingVariants('Ahmed al-Charaa')).toEqual(['Ahmed al-Chara', 'Ahmad al-Charaa', 'Ahmed Charaa', 'Ahmad Charaa']);
    expect(spellingVariants('Mohamed al-Jalali')).toContain('Mohammed Jalali');
    expect(spellingVariants('Mohamed al-Jalali')).toContain('Muhammad al-Jalali');
    // The first word's article stays: "al-Assad" alone is a surname, not a full name.
    expect(spellingVariants('al-Assad')).toEqual(['al-Asad']);
  });

  it('leaves one-word names and other scripts alone', () => {
    expect(spellingVariants('Assad')).toEqual([]);
    expect(spellingVariants('Qassem')).toEqual([]);
    expect(spellingVariants('نعيم قاسم')).toEqual([]);
    expect(spellingVariants('Bashar al-Jaafari')).toEqual([
      'Bashar al-Jafari',
      'Baschar al-Dschaafari',
      'Bachar al-Jaafari',
      'Bashar Jaafari',
      'Baschar Dschaafari',
      'Bachar Jaafari',
    ]);
  });

  it('writes sh, kh and j as German and French press do', () => {
    expect(spellingVariants('Mustafa al-Sheikh')).toEqual(expect.arrayContaining(['Mustafa al-Scheich', 'Mustafa al-Cheikh']));
    expect(spellingVariants('Abu Mohammad al-Jolani')).toContain('Abu Mohammad al-Dscholani');
    // A name with none of those letters has no such forms.
    expect(spellingVariants('Ali Mamlouk')).toEqual([]);
  });
});

describe('British and American spellings of English names', () => {
  it('swaps each paired word, keeping its case', () => {
    expect(otherEnglishSpelling('Syrian Ministry of Defense')).toBe('Syrian Ministry of Defence');
    expect(otherEnglishSpelling('Defence Ministry')).toBe('Defense Ministry');
    expect(otherEnglishSpelling('Organisation for the Prohibition of Chemical Weapons')).toBe(
      'Organization for the Prohibition of Chemical Weapons',
    );
    expect(otherEnglishSpelling('the defence ministry')).toBe('the defense ministry');
  });

  it('leaves names without a paired word, and words that only contain one, alone', () => {
    expect(otherEnglishSpelling('Syrian Arab Army')).toBeUndefined();
    expect(otherEnglishSpelling('Centers')).toBeUndefined();
  });

  it('marks the other spelling on a page', () => {
    const ministry = entry('mod', 'organization', [{ text: 'Syrian Ministry of Defense', kind: 'name', lang: 'en' }]);
    const index = AliasIndex.open(compileIndex([ministry]));
    const found = findMentions('The Syrian Ministry of Defence said the road was open.', index).map((m) => [m.text, m.entry]);
    expect(found).toEqual([['Syrian Ministry of Defence', 0]]);
  });
});

describe('possessive forms of country-adjective names', () => {
  const places = new Set(['Syria', 'Iran', 'Israel']);
  it('turns the adjective of a listed place into its possessive', () => {
    expect(possessiveForm('Syrian army', places)).toBe("Syria's army");
    expect(possessiveForm('Iranian revolution', places)).toBe("Iran's revolution");
    expect(possessiveForm('Israeli army', places)).toBe("Israel's army");
  });
  it('leaves longer proper names, unknown adjectives and one-word names alone', () => {
    expect(possessiveForm('Syrian National Army', places)).toBeUndefined();
    expect(possessiveForm('Turkish army', places)).toBeUndefined();
    expect(possessiveForm('Syrian', places)).toBeUndefined();
  });
});

describe('acronyms in title case', () => {
  it('derives a title-case form for capitals-only acronyms of four letters or more', () => {
    expect(titleCaseAcronym('JNIM')).toBe('Jnim');
    expect(titleCaseAcronym('ISKP')).toBe('Iskp');
    expect(titleCaseAcronym('HTS')).toBe('Hts');
    expect(titleCaseAcronym('US')).toBeUndefined();
    expect(titleCaseAcronym('S/RES')).toBeUndefined();
  });
});

describe('dotted acronyms inside longer names', () => {
  const dotted = new Map([
    ['US', 'U.S.'],
    ['UN', 'U.N.'],
  ]);
  it('writes a listed dotted acronym with its dots inside a longer name', () => {
    expect(withDots('US-led coalition', dotted)).toBe('U.S.-led coalition');
    expect(withDots('UN Security Council', dotted)).toBe('U.N. Security Council');
  });
  it('leaves other capitals, and names without such a word, alone', () => {
    expect(withDots('UK Home Office', dotted)).toBeUndefined();
    expect(withDots('USA Today', dotted)).toBeUndefined();
    expect(withDots('US', dotted)).toBeUndefined();
    expect(withDots('Abdullah II', dotted)).toBeUndefined();
  });
});

describe('the derived forms in the index', () => {
  const index = AliasIndex.open(
    compileIndex([
      entry('qassem', 'person', [{ text: 'Naim Qassem', kind: 'name', lang: 'en' }], ['Hezbollah']),
      entry('syria', 'place', [{ text: 'Syria', kind: 'name', lang: 'en' }]),
      entry('army', 'organization', [{ text: 'Syrian army', kind: 'weakAlias', lang: 'en' }], ['Damascus', 'troops']),
      entry('group', 'organization', [{ text: 'JNIM', kind: 'acronym' }], ['Mali', 'Sahel']),
      entry(
        'bla',
        'organization',
        [
          { text: 'Baloch Liberation Army', kind: 'name', lang: 'en' },
          { text: 'BLA', kind: 'acronym' },
        ],
        ['Balochistan', 'Quetta'],
      ),
    ]),
  );
  const marks = (text: string) => findMentions(text, index).map((m) => [m.text, m.entry === undefined ? '?' : index.entry(m.entry).id]);

  it('finds a full name in another spelling, and the surname in that spelling after it', () => {
    expect(marks('Naïm Kassem a parlé. Kassem a ajouté que le Hezbollah tiendra.')).toEqual([
      ['Naïm Kassem', 'qassem'],
      ['Kassem', 'qassem'],
    ]);
    // The surname alone, with no full name on the page, is nobody.
    expect(marks('Kassem a parlé, selon le Hezbollah.')).toEqual([]);
  });

  it('reads "Syria\'s army" as the army, not the country inside it', () => {
    expect(marks("Syria's army sent troops towards Damascus.")).toEqual([["Syria's army", 'army']]);
    expect(marks("Syria's north is quiet.")).toEqual([['Syria', 'syria']]);
  });

  it('reads an acronym in title case with the same evidence as in capitals', () => {
    expect(marks('Au Mali, le Jnim bloque les routes du Sahel.')).toEqual([['Jnim', 'group']]);
    expect(marks('Le Jnim est un mot inventé.')).toEqual([]);
  });

  it('reads a three-letter acronym in title case only beside the full name, and not opening a sentence', () => {
    expect(marks('Il Baloch Liberation Army (Bla) ha colpito Quetta; gli uomini del Bla sono fuggiti.')).toEqual([
      ['Baloch Liberation Army', 'bla'],
      ['Bla', 'bla'],
      ['Bla', 'bla'],
    ]);
    // Cue words alone are not enough for three letters that may be a word.
    expect(marks('A Quetta, nel Balochistan, il Bla ha colpito.')).toEqual([]);
    expect(marks('Baloch Liberation Army. Bla bla, dicono a Quetta.')).toEqual([['Baloch Liberation Army', 'bla']]);
    // In capitals the acronym keeps its usual evidence.
    expect(marks('A Quetta, nel Balochistan, il BLA ha colpito.')).toEqual([['BLA', 'bla']]);
  });
});
