import { describe, expect, it } from 'vitest';
import { normalize, normalizeKey, sourceEnd, withoutMarks } from '../../lib/engine/normalize';

/** The source text behind folded range [start, end). */
function back(source: string, start: number, end: number): string {
  const folded = normalize(source);
  return source.slice(folded.offsets[start], sourceEnd(source, folded, end - 1));
}

describe('normalize', () => {
  it('folds case, diacritics and compatibility forms', () => {
    expect(normalize('Ça ÉTÉ Ｈａｙａｔ ﬁnal').text).toBe('ca ete hayat final');
    expect(normalize('Straße Łódź Øresund').text).toBe('strasse lodz oresund');
  });

  it('removes apostrophe variants inside words and breaks possessives', () => {
    for (const apostrophe of ["'", '’', 'ʼ', 'ʿ', 'ʾ', '`']) {
      expect(normalize(`Hay${apostrophe}at Tahrir`).text).toBe('hayat tahrir');
    }
    expect(normalize("HTS’s leader and Assad's army").text).toBe('hts s leader and assad s army');
    expect(normalize('the rebels’ advance').text).toBe('the rebels advance');
  });

  it('turns hyphens, dashes, NBSP and runs of white space into one space', () => {
    expect(normalize('al-Sham al‑Sham al—Sham').text).toBe('al sham al sham al sham');
    expect(normalize('  United\u00a0\u00a0Nations\n\t Security ').text).toBe('united nations security ');
  });

  it('turns quotation marks into a word break, so a name reads through a quoted part', () => {
    expect(normalize('جبهة "النصرة"').text).toBe('جبهه النصره ');
    expect(normalize('هيئة «تحرير الشام»').text).toBe('هييه تحرير الشام ');
    expect(normalize('the Syrian “Democratic Forces”').text).toBe('the syrian democratic forces ');
  });

  it('drops invisible characters', () => {
    expect(normalize('Ale\u00adppo\u200b').text).toBe('aleppo');
  });

  it('reduces Arabic to its search form', () => {
    // tashkeel and tatweel removed; alef forms unified; ta marbuta → ha; alef maqsura → ya
    expect(normalize('هَيْئَة تحريـــر الشّام').text).toBe(normalize('هيئه تحرير الشام').text);
    expect(normalize('أحمد إدلب آمنة').text).toBe('احمد ادلب امنه');
    expect(normalize('مصطفى').text).toBe('مصطفي');
    // Persian and Urdu letters fold to the Arabic ones: an Urdu name matches its Arabic spelling.
    expect(normalize('لشکر طیبہ').text).toBe(normalize('لشكر طيبة').text);
  });

  it('maps every folded character back to its source', () => {
    const source = 'Le groupe HTS’s à Idlib — ß';
    const folded = normalize(source);
    expect(folded.offsets.length).toBe(folded.text.length);
    const at = folded.text.indexOf('idlib');
    expect(back(source, at, at + 5)).toBe('Idlib');
    const hts = folded.text.indexOf('hts');
    expect(back(source, hts, hts + 3)).toBe('HTS');
    const ss = folded.text.indexOf('ss');
    expect(back(source, ss, ss + 2)).toBe('ß');
  });

  it('keeps astral characters mapped to their pair', () => {
    const source = 'a 𝐀𝐁 b';
    const folded = normalize(source);
    expect(folded.text).toBe('a ab b');
    expect(back(source, 2, 4)).toBe('𝐀𝐁');
  });

  it('normalizeKey trims separators', () => {
    expect(normalizeKey(' U.S. ')).toBe('u.s');
    expect(normalizeKey('S/RES/2254 (2015)')).toBe('s/res/2254 (2015');
    expect(normalizeKey('—')).toBe('');
  });
});

describe('elision', () => {
  it('separates French and Italian elided articles instead of joining them', () => {
    expect(normalize('l’Observatoire d’Alep qu’il').text).toBe('l observatoire d alep qu il');
    expect(normalize("Hay'at Ma'arrat").text).toBe('hayat maarrat');
  });

  it("separates Italian elided prepositions (dell'Onu, all'Isis) but not words that only end like them", () => {
    expect(normalize('dell’Onu all’Isis nell’area un’offensiva quest’anno').text).toBe(
      'dell onu all isis nell area un offensiva quest anno',
    );
    expect(normalize("Dell'Onu").text).toBe('dell onu');
    // The same letters inside a longer word, or an apostrophe inside a transliterated name, stay joined.
    expect(normalize("Bashall'x Muntasir Ja'afari").text).toBe('bashallx muntasir jaafari');
    expect(normalizeKey("Consiglio di Sicurezza dell'Onu")).toBe('consiglio di sicurezza dell onu');
  });
});

describe('withoutMarks', () => {
  it('drops the marks folding drops and keeps every letter as written', () => {
    expect(withoutMarks('مدينةً سوريـةٌ')).toBe('مدينة سورية');
    expect(withoutMarks('Bachar el-Assad')).toBe('Bachar el-Assad');
    expect(withoutMarks('Ce\u0301sar')).toBe('Cesar');
  });
});
