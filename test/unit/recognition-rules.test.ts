/**
 * Evidence rules from the recognition evaluation (issue 13): short forms after a full mention,
 * well-known acronyms in running text, governorates named through their city, and a surname after
 * someone else's given name. Hand-made entries; the bundled packs are exercised by the detection
 * fixtures.
 */
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../lib/engine/alias-index';
import { headNounForms } from '../../lib/engine/head-nouns';
import { arabicOblique, compileIndex, gluedArabic, kunyaCases } from '../../lib/engine/index-compile';
import { regionNames } from '../../lib/engine/regions';
import { findMentions } from '../../lib/engine/scan-text';
import { givenNames } from '../../lib/engine/surnames';
import type { Entry } from '../../lib/packs/pack-schema';
import { entry } from '../support/entries';

const observatory = entry(
  'sohr',
  'organization',
  [
    { text: 'Syrian Observatory for Human Rights', kind: 'name' },
    { text: 'المرصد السوري لحقوق الإنسان', kind: 'name', lang: 'ar' },
  ],
  ['war monitor', 'death toll', 'حصيلة', 'بريطانيا'],
  {
    shortForms: [
      { text: 'Observatory', lang: 'en' },
      { text: 'المرصد', lang: 'ar' },
    ],
  },
);
const coalition = entry('coalition', 'organization', [{ text: 'التحالف الدولي ضد داعش', kind: 'name', lang: 'ar' }], [], {
  shortForms: [{ text: 'التحالف', lang: 'ar' }],
});
const otherCoalition = entry('arab-coalition', 'organization', [{ text: 'التحالف العربي لدعم الشرعية', kind: 'name', lang: 'ar' }], [], {
  shortForms: [{ text: 'التحالف', lang: 'ar' }],
});
const un = entry(
  'un',
  'organization',
  [
    { text: 'United Nations', kind: 'name' },
    { text: 'UN', kind: 'acronym' },
    { text: 'U.N.', kind: 'acronym' },
    { text: 'ONU', kind: 'acronym', lang: 'fr' },
    { text: 'Onu', kind: 'acronym', lang: 'it', caseSensitive: true },
  ],
  [],
  { wellKnown: true },
);
const us = entry(
  'us',
  'place',
  [
    { text: 'United States', kind: 'name' },
    { text: 'US', kind: 'acronym' },
  ],
  [],
  { wellKnown: true },
);
const islamicState = entry('is', 'organization', [
  { text: 'Islamic State', kind: 'name' },
  { text: 'IS', kind: 'acronym' },
]);
const mbs = entry(
  'mbs',
  'person',
  [
    { text: 'Mohammed bin Salman', kind: 'name' },
    { text: 'MBS', kind: 'acronym' },
  ],
  [],
  { wellKnown: true },
);
const syria = entry('syria', 'place', [
  { text: 'Syria', kind: 'name' },
  { text: 'Syrie', kind: 'name', lang: 'fr' },
  { text: 'سوريا', kind: 'name', lang: 'ar' },
  { text: 'سورية', kind: 'name', lang: 'ar' },
]);
/** An organisation whose one-word name ends like a feminine adjective: the adjective rule is for places only. */
const hamiya = entry('hamiya', 'organization', [{ text: 'حامية', kind: 'name', lang: 'ar' }]);
const deirCity = entry('deir', 'place', [
  { text: 'Deir ez-Zor', kind: 'name' },
  { text: 'Deir al-Zour', kind: 'alias' },
  { text: 'دير الزور', kind: 'name', lang: 'ar' },
]);
const deirProvince = entry('deir-province', 'place', [
  { text: 'Deir ez-Zor Governorate', kind: 'name' },
  { text: 'محافظة دير الزور', kind: 'name', lang: 'ar' },
]);
const idlibCity = entry('idlib', 'place', [
  { text: 'Idlib', kind: 'name' },
  { text: 'إدلب', kind: 'name', lang: 'ar' },
]);
const idlibProvince = entry('idlib-province', 'place', [
  { text: 'Idlib Governorate', kind: 'name' },
  { text: 'محافظة إدلب', kind: 'name', lang: 'ar' },
]);
const hamaCity = entry('hama', 'place', [
  { text: 'Hama', kind: 'name' },
  { text: 'حماة', kind: 'name', lang: 'ar' },
]);
const hamaProvince = entry('hama-province', 'place', [
  { text: 'Hama Governorate', kind: 'name' },
  { text: 'محافظة حماة', kind: 'name', lang: 'ar' },
]);
// A town inside a governorate that is not named after it: no phrase is derived from it.
const saraqib = entry('saraqib', 'place', [{ text: 'Saraqib', kind: 'name' }], [], {
  related: [{ id: 'idlib-province', relation: 'part of' }],
});
const sharaa = entry('sharaa', 'person', [
  { text: 'Ahmed al-Sharaa', kind: 'name' },
  { text: 'أحمد الشرع', kind: 'name', lang: 'ar' },
]);
const maherAssad = entry('maher-assad', 'person', [
  { text: 'Maher al-Assad', kind: 'name' },
  { text: 'ماهر الأسد', kind: 'name', lang: 'ar' },
]);

const ALL: Entry[] = [
  observatory,
  coalition,
  otherCoalition,
  un,
  us,
  islamicState,
  mbs,
  syria,
  deirCity,
  deirProvince,
  idlibCity,
  idlibProvince,
  hamaCity,
  hamaProvince,
  saraqib,
  sharaa,
  maherAssad,
  hamiya,
];
const index = AliasIndex.open(compileIndex(ALL));
const marks = (text: string) => findMentions(text, index).map((m) => [m.text, m.entry === undefined ? '?' : index.entry(m.entry).id]);

describe('short forms after a full mention', () => {
  it('marks the short form after the full name, in English and Arabic, with attached prefixes', () => {
    expect(marks('The Syrian Observatory for Human Rights counted the dead. The Observatory said eight were children.')).toEqual([
      ['Syrian Observatory for Human Rights', 'sohr'],
      ['Observatory', 'sohr'],
    ]);
    expect(marks('نفذ التحالف الدولي ضد داعش غارات. وقال التحالف إنها أصابت أهدافها، وأكد مصدر قريب للتحالف ذلك.')).toEqual([
      ['التحالف الدولي ضد داعش', 'coalition'],
      ['التحالف', 'coalition'],
      ['للتحالف', 'coalition'],
    ]);
  });

  it('never marks a short form on its own, even with the entry cue words on the page', () => {
    expect(marks('قال المرصد إن حصيلة القتلى ارتفعت، وفق مصادر في بريطانيا.')).toEqual([]);
    expect(marks('The Observatory, a war monitor, raised the death toll.')).toEqual([]);
  });

  it("stays a short form when another entry's weak name shares its text", () => {
    const astro = entry(
      'astro',
      'organization',
      [
        { text: 'المرصد الفلكي الوطني', kind: 'name', lang: 'ar' },
        { text: 'المرصد', kind: 'weakAlias', lang: 'ar' },
      ],
      ['الكسوف', 'التلسكوب'],
    );
    const shared = AliasIndex.open(compileIndex([observatory, astro]));
    const ids = (text: string) => findMentions(text, shared).map((m) => [m.text, m.entry === undefined ? '?' : shared.entry(m.entry).id]);
    // The Observatory's cue words are on the page, but not its full name: its short form says nothing.
    expect(ids('قال المرصد إن حصيلة القتلى ارتفعت، وفق مصادر في بريطانيا.')).toEqual([]);
    expect(ids('رصد التلسكوب الكسوف، وقال المرصد إنه سيتكرر.')).toEqual([['المرصد', 'astro']]);
    expect(ids('قال المرصد السوري لحقوق الإنسان إن الحصيلة ارتفعت، وأضاف المرصد أن القصف توقف.')).toEqual([
      ['المرصد السوري لحقوق الإنسان', 'sohr'],
      ['المرصد', 'sohr'],
    ]);
  });

  it('takes a headline short form for the entry named in full right after it, but not for one named far away', () => {
    expect(marks('Eight killed in shelling: Observatory\nThe Syrian Observatory for Human Rights said the shells fell at dawn.')).toEqual([
      ['Observatory', 'sohr'],
      ['Syrian Observatory for Human Rights', 'sohr'],
    ]);
    const far = `The Observatory opens at night. ${'Visitors queue for the telescope. '.repeat(12)}The Syrian Observatory for Human Rights is elsewhere.`;
    expect(marks(far)).toEqual([['Syrian Observatory for Human Rights', 'sohr']]);
  });

  it('compares a Latin short form as written: an observatory is not the Observatory', () => {
    expect(marks('The Syrian Observatory for Human Rights reported clashes. A new observatory opened in Jordan.')).toEqual([
      ['Syrian Observatory for Human Rights', 'sohr'],
    ]);
  });

  it('refers to the entry named in full most recently when two share a short form', () => {
    const text = 'شن التحالف الدولي ضد داعش غارات في سوريا. وفي اليمن، قال التحالف العربي لدعم الشرعية إن التحالف سيواصل عملياته.';
    expect(marks(text)).toEqual([
      ['التحالف الدولي ضد داعش', 'coalition'],
      ['سوريا', 'syria'],
      ['التحالف العربي لدعم الشرعية', 'arab-coalition'],
      ['التحالف', 'arab-coalition'],
    ]);
  });
});

describe('well-known acronyms in running text', () => {
  it('marks UN, U.N., US and ONU in mixed-case text when the page names another entry of the pack', () => {
    expect(marks('UN observers reached the town in Syria.')).toEqual([
      ['UN', 'un'],
      ['Syria', 'syria'],
    ]);
    expect(marks('Syria agreed, and U.N. inspectors will travel. The US and Syria spoke.')).toEqual([
      ['Syria', 'syria'],
      ['U.N', 'un'],
      ['US', 'us'],
      ['Syria', 'syria'],
    ]);
    expect(marks("Selon l'ONU, la Syrie doit coopérer.")).toEqual([
      ['ONU', 'un'],
      ['Syrie', 'syria'],
    ]);
  });

  it('does not mark them on a page that names nothing else of the pack', () => {
    expect(marks('UN observers reached the town.')).toEqual([]);
    expect(marks('The US and Canada signed a trade deal.')).toEqual([]);
  });

  it('leaves capitals headlines, pronouns, the French article and mixed-case forms alone', () => {
    expect(marks('LET US KNOW WHAT YOU THINK ABOUT SYRIA')).toEqual([['SYRIA', 'syria']]);
    expect(marks('Tell us about Syria.')).toEqual([['Syria', 'syria']]);
    expect(marks('UN HOMME ARRÊTÉ. Un homme a été arrêté en Syrie.')).toEqual([['Syrie', 'syria']]);
    // "Onu", listed in title case (Italian style), names the UN in running text, but not opening a
    // sentence, where a title-case acronym may be a word ("Uno de los heridos", "Usa il…").
    expect(marks("Le chef de l'Onu parle de la Syrie.")).toEqual([
      ['Onu', 'un'],
      ['Syrie', 'syria'],
    ]);
    expect(marks('La Syrie attend. Onu et Syrie restent en contact.')).toEqual([
      ['Syrie', 'syria'],
      ['Syrie', 'syria'],
    ]);
  });

  it('keeps a two-letter acronym beside capitals unmarked even with its full name on the page', () => {
    expect(marks('WHAT IS NEXT? The Islamic State lost its last town. IS cells remain.')).toEqual([
      ['Islamic State', 'is'],
      ['IS', 'is'],
    ]);
  });

  it("applies only to well-known organisations and places: a person's initials and other acronyms need evidence", () => {
    expect(marks('MBS spreads widened as Syria talks stalled.')).toEqual([['Syria', 'syria']]);
    expect(marks('IS cells attacked in Syria.')).toEqual([['Syria', 'syria']]);
  });
});

describe('head nouns as short forms after a full mention', () => {
  const ministry = entry('interior', 'organization', [
    { text: 'Syrian Ministry of Interior', kind: 'name', lang: 'en' },
    { text: 'ministère syrien de l’Intérieur', kind: 'name', lang: 'fr' },
    { text: 'وزارة الداخلية السورية', kind: 'name', lang: 'ar' },
    { text: 'syrisches Innenministerium', kind: 'alias', lang: 'de' },
  ]);
  const shabaab = entry('shabaab', 'organization', [{ text: 'حركة الشباب', kind: 'name', lang: 'ar' }]);
  const heads = AliasIndex.open(compileIndex([ministry, shabaab]));
  const read = (text: string) => findMentions(text, heads).map((m) => [m.text, heads.entry(m.entry!).id]);

  it('derives the head noun of an organisation’s names, per language, and nothing for other kinds', () => {
    expect(headNounForms(ministry).map((f) => f.text)).toEqual(['ministry', 'ministère', 'الوزارة', 'Ministerium', 'Ministeriums']);
    expect(headNounForms(entry('p', 'person', [{ text: 'حركة الشباب', kind: 'name', lang: 'ar' }]))).toEqual([]);
    const league = entry('league', 'organization', [
      { text: 'Arab League', kind: 'name', lang: 'en' },
      { text: 'Ligue arabe', kind: 'alias', lang: 'fr' },
      { text: 'Lega araba', kind: 'alias', lang: 'it' },
      { text: 'جامعة الدول العربية', kind: 'name', lang: 'ar' },
    ]);
    // Italian "la Lega" is a party, not a short form.
    expect(headNounForms(league).map((f) => f.text)).toEqual(['league', 'ligue', 'الجامعة']);
  });

  it('reads "the ministry", "le ministère", "الوزارة" and "الحركة" after the full name', () => {
    expect(read('The Syrian Ministry of Interior made arrests. The ministry said five were held.')).toEqual([
      ['Syrian Ministry of Interior', 'interior'],
      ['ministry', 'interior'],
    ]);
    expect(read('Le ministère syrien de l’Intérieur a parlé. Selon le ministère, cinq hommes sont détenus.')).toEqual([
      ['ministère syrien de l’Intérieur', 'interior'],
      ['ministère', 'interior'],
    ]);
    expect(read('أعلنت وزارة الداخلية السورية اعتقال خمسة. وقالت الوزارة إن التحقيق مستمر.')).toEqual([
      ['وزارة الداخلية السورية', 'interior'],
      ['الوزارة', 'interior'],
    ]);
    expect(read('هاجمت حركة الشباب قاعدة، وقالت الحركة إنها قتلت عشرة.')).toEqual([
      ['حركة الشباب', 'shabaab'],
      ['الحركة', 'shabaab'],
    ]);
  });

  it('reads the head noun past the same noun left unread in between (a headline’s "Ministry")', () => {
    expect(read('The Syrian Ministry of Interior made arrests. Ministry staff were busy, and the ministry said five were held.')).toEqual([
      ['Syrian Ministry of Interior', 'interior'],
      ['ministry', 'interior'],
    ]);
  });

  it('reads an English head capitalised mid-sentence without its article, not after a capitalised word or "a"', () => {
    expect(
      read(
        'The Syrian Ministry of Interior made arrests, as Ministry officials confirmed. Lebanon’s Health Ministry and a Ministry spokesman in Beirut did not.',
      ),
    ).toEqual([
      ['Syrian Ministry of Interior', 'interior'],
      ['Ministry', 'interior'],
    ]);
  });

  it('reads "the department", "el Departamento" after a department’s full name', () => {
    const state = entry('state', 'organization', [
      { text: 'US Department of State', kind: 'name', lang: 'en' },
      { text: 'Departamento de Estado de Estados Unidos', kind: 'name', lang: 'es' },
    ]);
    const us = entry('us', 'place', [{ text: 'Estados Unidos', kind: 'name', lang: 'es' }]);
    const departments = AliasIndex.open(compileIndex([state, us]));
    const ids = (text: string) => findMentions(text, departments).map((m) => [m.text, departments.entry(m.entry!).id]);
    expect(ids('The US Department of State listed the group. The department said more would follow.')).toEqual([
      ['US Department of State', 'state'],
      ['department', 'state'],
    ]);
    expect(ids('El Departamento de Estado de Estados Unidos lo anunció. Según el Departamento, habrá más.')).toEqual([
      ['Departamento de Estado de Estados Unidos', 'state'],
      ['Departamento', 'state'],
    ]);
    // The head noun opening another department's name is no known name there: that longer name holds the country.
    expect(ids('El Departamento de Estado de Estados Unidos lo anunció. El Departamento del Tesoro de Estados Unidos calló.')).toEqual([
      ['Departamento de Estado de Estados Unidos', 'state'],
    ]);
  });

  it('derives heads for documents and events too, and the Arabic head with its article', () => {
    const declaration = entry('declaration', 'document', [
      { text: 'Constitutional Declaration of the Syrian Arab Republic', kind: 'name', lang: 'en' },
      { text: 'الإعلان الدستوري للجمهورية العربية السورية', kind: 'name', lang: 'ar' },
      { text: 'déclaration constitutionnelle syrienne', kind: 'alias', lang: 'fr' },
    ]);
    const guard = entry('guard', 'organization', [{ text: 'الحرس الثوري الإيراني', kind: 'name', lang: 'ar' }]);
    expect(headNounForms(declaration).map((f) => f.text)).toEqual(['declaration', 'الإعلان', 'déclaration']);
    expect(headNounForms(guard).map((f) => f.text)).toEqual(['الحرس']);
    const index = AliasIndex.open(compileIndex([declaration]));
    const found = findMentions(
      'The Constitutional Declaration of the Syrian Arab Republic was signed. The declaration sets a five-year transition.',
      index,
    ).map((m) => m.text);
    expect(found).toEqual(['Constitutional Declaration of the Syrian Arab Republic', 'declaration']);
  });

  it('leaves the head noun alone before the full name, without an article, with a complement, or after another body of its kind', () => {
    expect(read('The ministry said so. The Syrian Ministry of Interior agreed.')).toEqual([['Syrian Ministry of Interior', 'interior']]);
    expect(read('The Syrian Ministry of Interior spoke; the health ministry and the ministry of health did not.')).toEqual([
      ['Syrian Ministry of Interior', 'interior'],
    ]);
    expect(read('The Syrian Ministry of Interior spoke. Lebanon’s health ministry replied, and the ministry added a toll.')).toEqual([
      ['Syrian Ministry of Interior', 'interior'],
    ]);
    expect(read('أعلنت وزارة الداخلية السورية اعتقال خمسة، وردت وزارة الصحة اللبنانية، وقالت الوزارة إن عشرة جرحوا.')).toEqual([
      ['وزارة الداخلية السورية', 'interior'],
    ]);
  });
});

describe('a generic name beside a nationality adjective', () => {
  const defence = entry(
    'syrian-mod',
    'organization',
    [
      { text: 'Syrian Ministry of Defence', kind: 'name', lang: 'en' },
      { text: 'Defense Ministry', kind: 'weakAlias', lang: 'en' },
      { text: 'وزارة الدفاع السورية', kind: 'name', lang: 'ar' },
      { text: 'وزارة الدفاع', kind: 'weakAlias', lang: 'ar' },
      { text: 'ministère syrien de la Défense', kind: 'name', lang: 'fr' },
      { text: 'ministère de la Défense', kind: 'weakAlias', lang: 'fr' },
    ],
    ['Damascus', 'Sharaa', 'دمشق', 'الشرع', 'Damas', 'Charaa'],
  );
  const index = AliasIndex.open(compileIndex([defence]));
  const read = (text: string) => findMentions(text, index).map((m) => m.text);

  it('is one mention with its own nation’s adjective, marked without other evidence', () => {
    expect(read('Shelling killed two soldiers, the Syrian Defense Ministry said.')).toEqual(['Syrian Defense Ministry']);
    expect(read('قالت وزارة الدفاع السورية الجديدة إن جنديين قتلا.')).toEqual(['وزارة الدفاع السورية']);
    expect(read('Deux soldats ont été tués, selon le ministère de la Défense syrien.')).toEqual(['ministère de la Défense syrien']);
  });

  it('is another nation’s body beside another adjective, even where the page is about Syria', () => {
    expect(read('In Damascus, Sharaa spoke; the Israeli Defense Ministry said its jets struck.')).toEqual([]);
    expect(read('تحدث الشرع في دمشق، وقالت وزارة الدفاع التركية إن طائراتها قصفت.')).toEqual([]);
    expect(read('À Damas, al-Charaa a parlé ; le ministère de la Défense turc a annoncé des frappes.')).toEqual([]);
    // Without an adjective, the page's cue words still make it Syria's.
    expect(read('In Damascus, Sharaa spoke; the Defense Ministry said its troops deployed.')).toEqual(['Defense Ministry']);
  });
});

describe('a nation’s army or parliament named by its adjective', () => {
  const army = entry('saa', 'organization', [
    { text: 'Syrian Arab Army', kind: 'name', lang: 'en' },
    { text: 'Syrian Army', kind: 'weakAlias', lang: 'en' },
    { text: 'الجيش العربي السوري', kind: 'name', lang: 'ar' },
    { text: 'الجيش السوري', kind: 'weakAlias', lang: 'ar' },
    { text: 'Syrisch-Arabische Armee', kind: 'name', lang: 'de' },
    { text: 'syrische Armee', kind: 'weakAlias', lang: 'de' },
  ]);
  const resistance = entry('resistance', 'organization', [
    { text: 'Syrian Resistance Front', kind: 'name', lang: 'en' },
    { text: 'Syrian Resistance', kind: 'weakAlias', lang: 'en' },
  ]);
  const index = AliasIndex.open(compileIndex([army, resistance]));
  const read = (text: string) => findMentions(text, index).map((m) => m.text);

  it('marks it with nothing else on the page, in English, Arabic and German', () => {
    expect(read('The Syrian army retook the town.')).toEqual(['Syrian army']);
    expect(read('وقال الجيش السوري إنه استعاد البلدة.')).toEqual(['الجيش السوري']);
    expect(read('Die syrische Armee eroberte die Stadt.')).toEqual(['syrische Armee']);
  });

  it('leaves other generic names to their evidence', () => {
    expect(read('The Syrian resistance grew that year.')).toEqual([]);
  });
});

describe('distinctive acronyms', () => {
  const pkk = entry('pkk', 'organization', [
    { text: 'Kurdistan Workers’ Party', kind: 'name', lang: 'en' },
    { text: 'PKK', kind: 'acronym', distinctive: true },
  ]);
  const isis = entry('isis', 'organization', [
    { text: 'Islamic State', kind: 'name', lang: 'en' },
    { text: 'ISIS', kind: 'acronym', distinctive: true },
  ]);
  const hts = entry('hts', 'organization', [
    { text: 'Hayat Tahrir al-Sham', kind: 'name', lang: 'en' },
    { text: 'HTS', kind: 'acronym' },
  ]);
  const index = AliasIndex.open(compileIndex([pkk, isis, hts]));
  const read = (text: string) => findMentions(text, index).map((m) => [m.text, index.entry(m.entry!).id]);

  it('marks a distinctive acronym with no other evidence, and leaves an ordinary one to its evidence', () => {
    expect(read('The U.S.-backed PKK/YPG group holds the east; HTS holds the west.')).toEqual([['PKK', 'pkk']]);
    expect(read('ISIS claimed the attack in Kabul.')).toEqual([['ISIS', 'isis']]);
  });

  it('keeps the title-case form of a distinctive acronym weak ("Isis" is also a goddess)', () => {
    expect(read('A statue of Isis stood in the museum.')).toEqual([]);
    expect(read('La statua della dea Isis è tornata al museo.')).toEqual([]);
  });

  it('reads an acronym joined to a German noun as the body ("IS-Kämpfer") with one cue word', () => {
    const is = entry(
      'is',
      'organization',
      [
        { text: 'Islamischer Staat', kind: 'name', lang: 'de' },
        { text: 'IS', kind: 'acronym' },
      ],
      ['Terrormiliz', 'Dschihadisten'],
    );
    const german = AliasIndex.open(compileIndex([is]));
    const ids = (text: string) => findMentions(text, german).map((m) => m.text);
    expect(ids('Die IS-Attentäter der Terrormiliz schossen wahllos; der IS-Ableger bekannte sich.')).toEqual(['IS', 'IS']);
    // Without a cue word the compound says only that it is an acronym, not whose.
    expect(ids('Die IS-Attentäter schossen wahllos.')).toEqual([]);
    // Alone, or before a lower-case word, it still needs two cue words.
    expect(ids('Die Terrormiliz: das IS ein Fehler, schrieb er; IS-nah war nichts.')).toEqual([]);
  });

  it('reads the title-case form after an elided article as the body ("dell’Isis", "l’Isis")', () => {
    expect(read('I miliziani dell’Isis hanno lasciato la città.')).toEqual([['Isis', 'isis']]);
    expect(read("L'Isis a revendiqué l'attaque.")).toEqual([['Isis', 'isis']]);
  });
});

describe('governorates named through their city', () => {
  it('finds the governorates named after a city, and no others', () => {
    const pairs = regionNames(ALL).map(({ region, city }) => [ALL[region]!.id, ALL[city]!.id]);
    expect(pairs).toEqual([
      ['deir-province', 'deir'],
      ['idlib-province', 'idlib'],
      ['hama-province', 'hama'],
    ]);
  });

  it('reads the city name with a province word as the governorate, for every spelling of the city', () => {
    expect(marks('Shelling hit Deir al-Zour province and the province of Deir ez-Zor; Deir ez-Zor city was calm.')).toEqual([
      ['Deir al-Zour province', 'deir-province'],
      ['province of Deir ez-Zor', 'deir-province'],
      ['Deir ez-Zor', 'deir'],
    ]);
    // The attached preposition stays outside the mark, as with every Arabic name.
    expect(marks('قتل مدنيان في ريف دير الزور، ولحقت أضرار بريف دير الزور الغربي، بينما هدأت مدينة دير الزور.')).toEqual([
      ['ريف دير الزور', 'deir-province'],
      ['ريف دير الزور', 'deir-province'],
      ['دير الزور', 'deir'],
    ]);
    expect(marks('Les combats ont gagné la province de Deir ez-Zor.')).toEqual([['province de Deir ez-Zor', 'deir-province']]);
    expect(marks('Shelling hit the eastern governorate of Deir ez-Zor.')).toEqual([['governorate of Deir ez-Zor', 'deir-province']]);
    expect(marks('The Idlib region and the region of Hama were calm.')).toEqual([
      ['Idlib region', 'idlib-province'],
      ['region of Hama', 'hama-province'],
    ]);
    expect(marks('Bombardeos en la provincia de Idlib; scontri nella provincia di Hama; Kämpfe in der Provinz Deir ez-Zor.')).toEqual([
      ['provincia de Idlib', 'idlib-province'],
      ['provincia di Hama', 'hama-province'],
      ['Provinz Deir ez-Zor', 'deir-province'],
    ]);
    // A short aside in brackets after a name does not break the list.
    expect(marks('Des frappes ont visé les régions de Deir ez-Zor (est), Idlib (nord-ouest) et Hama (centre).')).toEqual([
      ['régions de Deir ez-Zor', 'deir-province'],
      ['Idlib', 'idlib-province'],
      ['Hama', 'hama-province'],
    ]);
    expect(marks('Des frappes ont visé les régions de Deir ez-Zor, Idlib et Hama.')).toEqual([
      ['régions de Deir ez-Zor', 'deir-province'],
      ['Idlib', 'idlib-province'],
      ['Hama', 'hama-province'],
    ]);
  });

  it('lets a dual or plural province word cover the place names joined to it, and a singular one not', () => {
    expect(marks('تبادل الطرفان القصف في محافظتي إدلب وحماة.')).toEqual([
      ['محافظتي إدلب', 'idlib-province'],
      ['حماة', 'hama-province'],
    ]);
    expect(marks('Idlib and Hama provinces were shelled.')).toEqual([
      ['Idlib', 'idlib-province'],
      ['Hama provinces', 'hama-province'],
    ]);
    expect(marks('سقطت قذائف في محافظة إدلب وحماة.')).toEqual([
      ['محافظة إدلب', 'idlib-province'],
      ['حماة', 'hama'],
    ]);
    expect(marks('Idlib and Hama were shelled.')).toEqual([
      ['Idlib', 'idlib'],
      ['Hama', 'hama'],
    ]);
  });

  it('reads the name as the governorate after a province word and one adjective, and after a repeated preposition', () => {
    expect(marks('Des frappes ont visé la région côtière de Hama et la province septentrionale d’Idlib.')).toEqual([
      ['Hama', 'hama-province'],
      ['Idlib', 'idlib-province'],
    ]);
    expect(marks('Scontri nelle province costiere di Hama e Idlib.')).toEqual([
      ['Hama', 'hama-province'],
      ['Idlib', 'idlib-province'],
    ]);
    expect(marks('Combates en la provincia norteña de Hama y en Idlib.')).toEqual([
      ['Hama', 'hama-province'],
      ['Idlib', 'idlib'],
    ]);
    expect(marks('Les combats touchent les régions de Deir ez-Zor et de Hama.')).toEqual([
      ['régions de Deir ez-Zor', 'deir-province'],
      ['Hama', 'hama-province'],
    ]);
    // A desert and a plural of rural zones name governorates too.
    expect(marks('Frappes dans le désert de Hama et les zones rurales de Deir ez-Zor et Idlib.')).toEqual([
      ['désert de Hama', 'hama-province'],
      ['zones rurales de Deir ez-Zor', 'deir-province'],
      ['Idlib', 'idlib-province'],
    ]);
    // The countryside, with an adjective or as a rural zone, is the governorate too.
    expect(marks('Hubo combates en el campo occidental de Hama y en la zona rural de Idlib.')).toEqual([
      ['Hama', 'hama-province'],
      ['zona rural de Idlib', 'idlib-province'],
    ]);
    // A singular province word with no adjective reaches no further than its own name.
    expect(marks('La province de Hama et Idlib ont été bombardées.')).toEqual([
      ['province de Hama', 'hama-province'],
      ['Idlib', 'idlib'],
    ]);
  });

  it('reads the name after a German compound of Provinz as the governorate', () => {
    expect(marks('Idlib liegt neben der Küstenprovinz Hama; in der Stadt Hama blieb es ruhig.')).toEqual([
      ['Idlib', 'idlib'],
      ['Hama', 'hama-province'],
      ['Hama', 'hama'],
    ]);
  });

  it('reads the name after a governor’s title as the governorate, in five languages', () => {
    expect(marks('The governor of Hama resigned; the city of Hama was calm.')).toEqual([
      ['Hama', 'hama-province'],
      ['Hama', 'hama'],
    ]);
    expect(marks('Er war Gouverneur von Idlib.')).toEqual([['Idlib', 'idlib-province']]);
    expect(marks('Le gouverneur d’Idlib a parlé.')).toEqual([['Idlib', 'idlib-province']]);
    expect(marks('قال محافظ إدلب إن الوضع هادئ.')).toEqual([['إدلب', 'idlib-province']]);
  });

  it('offers city or governorate for a bare name on a page that names the governorate, unless the words beside it say city', () => {
    expect(
      marks('Shelling hit villages in rural Hama. Clashes in Hama killed five; in Hama city and near Hama the roads were shut.'),
    ).toEqual([
      ['rural Hama', 'hama-province'],
      ['Hama', '?'],
      ['Hama', 'hama'],
      ['Hama', 'hama'],
    ]);
    const [, bare] = findMentions('Shelling hit Hama province. Clashes in Hama killed five.', index);
    expect(bare!.candidates.map((c) => index.entry(c).id)).toEqual(['hama', 'hama-province']);
    expect(marks('داهمت القوات قرى في محافظة حماة، وبقيت مدينة حماة هادئة بينما أغلقت حماة أسواقها.')).toEqual([
      ['محافظة حماة', 'hama-province'],
      ['حماة', 'hama'],
      ['حماة', '?'],
    ]);
  });

  it('reads a name the words beside it make a city as the city, even where the governorate lists the spelling too', () => {
    const both = AliasIndex.open(
      compileIndex([
        entry('idlib', 'place', [{ text: 'Idleb', kind: 'name', lang: 'fr' }]),
        entry('idlib-province', 'place', [
          { text: "gouvernorat d'Idleb", kind: 'name', lang: 'fr' },
          { text: 'Idleb', kind: 'alias', lang: 'fr' },
        ]),
      ]),
    );
    const read = (text: string) => findMentions(text, both).map((m) => [m.text, m.entry === undefined ? '?' : both.entry(m.entry).id]);
    expect(read("Les combattants iront dans la ville d'Idleb, au cœur du gouvernorat d'Idleb.")).toEqual([
      ['Idleb', 'idlib'],
      ["gouvernorat d'Idleb", 'idlib-province'],
    ]);
  });

  it('keeps the city where the page never names its governorate', () => {
    expect(marks('Clashes in Hama killed five. Idlib province was calm.')).toEqual([
      ['Hama', 'hama'],
      ['Idlib province', 'idlib-province'],
    ]);
  });

  it('reads a list after a plural province word and a colon, or in Arabic a comma, as governorates', () => {
    expect(marks('وتأجل الاقتراع للمحافظات الثلاث، إدلب (شمال)، وحماة ودير الزور.')).toEqual([
      ['إدلب', 'idlib-province'],
      ['حماة', 'hama-province'],
      ['دير الزور', 'deir-province'],
    ]);
    expect(marks('Voting was put off in three provinces: Idlib, Hama and Deir ez-Zor.')).toEqual([
      ['Idlib', 'idlib-province'],
      ['Hama', 'hama-province'],
      ['Deir ez-Zor', 'deir-province'],
    ]);
    // A comma after an English plural province word is no list ("in the provinces, Hama said…").
    expect(marks('Fighting spread in the provinces, Hama officials said.')).toEqual([['Hama', 'hama']]);
  });

  it('derives no phrase from a town the governorate is not named after', () => {
    expect(marks('Saraqib province does not exist; Saraqib is a town.')).toEqual([
      ['Saraqib', 'saraqib'],
      ['Saraqib', 'saraqib'],
    ]);
  });
});

describe('a surname after someone else’s given name', () => {
  it('takes the first word of full names as given names, particles and bound words aside', () => {
    expect(givenNames(sharaa)).toEqual(['Ahmed', 'أحمد']);
    expect(givenNames(entry('abu', 'person', [{ text: 'Abu Mohammad al-Jolani', kind: 'name' }]))).toEqual([]);
    expect(givenNames(syria)).toEqual([]);
  });

  it('does not mark the surname right after another given name, with or without an attached prefix', () => {
    expect(marks('قال أحمد الشرع إن الحكومة باقية. وعين ماهر الشرع أميناً عاماً، ورحب وماهر الشرع بالقرار.')).toEqual([
      ['أحمد الشرع', 'sharaa'],
    ]);
    expect(marks('Ahmed al-Sharaa spoke. Hazem Sharaa, a trader, listened.')).toEqual([['Ahmed al-Sharaa', 'sharaa']]);
  });

  it('reads a Latin place name right after a given name as part of a man’s name, and leaves Arabic to the place', () => {
    expect(marks('Hazem Idlib, a fighter, raised a flag; Ahmed Hama waved. Fighting reached Idlib and Hama.')).toEqual([
      ['Idlib', 'idlib'],
      ['Hama', 'hama'],
    ]);
    // In Arabic there are no capitals to tell a name from a word, so the place stays.
    expect(marks('وصل أحمد إدلب أمس.')).toEqual([['إدلب', 'idlib']]);
  });

  it('keeps, among people sharing a short name, the one whose given name comes before it', () => {
    const assads = AliasIndex.open(
      compileIndex([
        entry('bashar', 'person', [
          { text: 'Bashar al-Assad', kind: 'name' },
          { text: 'Assad', kind: 'weakAlias' },
        ]),
        entry('hafez', 'person', [
          { text: 'Hafez al-Assad', kind: 'name' },
          { text: 'Assad', kind: 'weakAlias' },
        ]),
      ]),
    );
    const found = findMentions(
      'Hafez al-Assad ruled until 2000; Bashar al-Assad followed. Bashar Assad fled, Hazem Assad stayed, and Assad was tried.',
      assads,
    );
    expect(
      found.map((m) => [m.text, m.entry === undefined ? m.candidates.map((c) => assads.entry(c).id).join('|') : assads.entry(m.entry).id]),
    ).toEqual([
      ['Hafez al-Assad', 'hafez'],
      ['Bashar al-Assad', 'bashar'],
      // Written without its article, the full name is still the full name.
      ['Bashar Assad', 'bashar'],
      ['Assad', 'bashar|hafez'],
    ]);
  });

  it('gives a shared surname to a relative only when that relative is named in full, whatever cue words say', () => {
    const family = AliasIndex.open(
      compileIndex([
        entry(
          'bashar',
          'person',
          [
            { text: 'Bashar al-Assad', kind: 'name' },
            { text: 'Assad', kind: 'weakAlias' },
          ],
          ['Damascus', 'regime'],
        ),
        entry('rifaat', 'person', [{ text: 'Rifaat al-Assad', kind: 'name' }], ['Hama', 'Marbella']),
      ]),
    );
    const ids = (text: string) => findMentions(text, family).map((m) => [m.text, m.entry === undefined ? '?' : family.entry(m.entry).id]);
    // Rifaat's cue words are on the page, but not his name: the surname is not his.
    expect(ids('A villa in Marbella and a farm near Hama were sold. Assad Khan, the buyer, paid cash.')).toEqual([]);
    expect(ids('In Damascus the regime held. Assad spoke.')).toEqual([['Assad', 'bashar']]);
    expect(ids('Rifaat al-Assad left Marbella for Hama. Assad was tried in Paris.')).toEqual([
      ['Rifaat al-Assad', 'rifaat'],
      ['Assad', 'rifaat'],
    ]);
  });

  it('does not take everyday words that fold like given names for given names (على is not علي)', () => {
    expect(marks('قال أحمد الشرع كلمته. وزادت الضغوط على الشرع، ولا أحد غير الشرع يقرر، وبفضل الشرع هدأت الجبهة.')).toEqual([
      ['أحمد الشرع', 'sharaa'],
      ['الشرع', 'sharaa'],
      ['الشرع', 'sharaa'],
      ['الشرع', 'sharaa'],
    ]);
  });

  it('does not mark the surname after a capitalised given name no pack knows, unless it is a title or a headline word', () => {
    expect(marks('Ahmed al-Sharaa spoke. His cousin Jalaluddin Sharaa did not; Interim President Sharaa left.')).toEqual([
      ['Ahmed al-Sharaa', 'sharaa'],
      ['Sharaa', 'sharaa'],
    ]);
    expect(marks('Putin Receives Sharaa In Moscow\nAhmed al-Sharaa met Putin on Wednesday.')).toEqual([
      ['Sharaa', 'sharaa'],
      ['Ahmed al-Sharaa', 'sharaa'],
    ]);
  });

  it('keeps titles, verbs, the person’s own given name and a given name written small', () => {
    expect(marks('قال أحمد الشرع إن الحكومة باقية. وقال الرئيس الشرع إن الأمن أولوية، وأضاف الشرع أن العمل مستمر.')).toEqual([
      ['أحمد الشرع', 'sharaa'],
      ['الشرع', 'sharaa'],
      ['الشرع', 'sharaa'],
    ]);
    expect(marks('Ahmed al-Sharaa arrived. President Sharaa spoke, Ahmed Sharaa smiled, and later maher Sharaa was a typo.')).toEqual([
      ['Ahmed al-Sharaa', 'sharaa'],
      ['Sharaa', 'sharaa'],
      ['Ahmed Sharaa', 'sharaa'],
      ['Sharaa', 'sharaa'],
    ]);
  });
});

describe('a leader’s title before a well-known leader’s name', () => {
  const leaders = AliasIndex.open(
    compileIndex([
      entry(
        'putin',
        'person',
        [
          { text: 'Vladimir Putin', kind: 'name', lang: 'en' },
          { text: 'فلاديمير بوتين', kind: 'name', lang: 'ar' },
          { text: 'Putin', kind: 'weakAlias', caseSensitive: true },
        ],
        ['Kremlin', 'Russia'],
        { wellKnown: true },
      ),
      entry('hassan', 'person', [
        { text: 'Jamil Hassan', kind: 'name' },
        { text: 'Hassan', kind: 'weakAlias', caseSensitive: true },
      ]),
      entry(
        'assad',
        'person',
        [
          { text: 'Bashar al-Assad', kind: 'name' },
          { text: 'Assad', kind: 'weakAlias', caseSensitive: true },
        ],
        ['Syrien', 'Damaskus'],
      ),
    ]),
  );
  const ids = (text: string) => findMentions(text, leaders).map((m) => [m.text, m.entry === undefined ? '?' : leaders.entry(m.entry).id]);

  it('marks the name after the title with nothing else on the page, in Latin script and in Arabic', () => {
    expect(ids('Präsident Putin sprach am Telefon.')).toEqual([['Putin', 'putin']]);
    expect(ids('El presidente Putin habló.')).toEqual([['Putin', 'putin']]);
    expect(ids('وقال الرئيس بوتين إن الاتفاق صامد.')).toEqual([['بوتين', 'putin']]);
  });

  it('needs the title right before the name, on the same line, and a well-known person', () => {
    expect(ids('Putin spoke by phone.')).toEqual([]);
    expect(ids('He met the president\nPutin Fans Gather')).toEqual([]);
    expect(ids('President Hassan spoke.')).toEqual([]);
  });

  it('marks someone not well known after the title with one cue word of theirs, not with none', () => {
    expect(ids('In Syrien sprach Präsident Assad.')).toEqual([['Assad', 'assad']]);
    expect(ids('Präsident Assad sprach.')).toEqual([]);
  });
});

describe('a headline’s last word and the next line’s first', () => {
  it('are no given name and surname: the place opening the line is the place', () => {
    const index = AliasIndex.open(
      compileIndex([
        entry('syria', 'place', [{ text: 'Siria', kind: 'name', lang: 'es' }]),
        entry('assad', 'person', [{ text: 'Assad Hamdan', kind: 'name' }]),
      ]),
    );
    const texts = (text: string) => findMentions(text, index).map((m) => m.text);
    expect(texts('El ejército recupera la ciudad de manos de Assad\nSiria anunció el domingo la toma.')).toEqual(['Siria']);
    // On one line the capitalised given name still makes the place a man's name.
    expect(texts('Lo dijo Assad Siria, un comerciante.')).toEqual([]);
  });
});

describe('a country’s name that is also a given name', () => {
  it('is the given name before a surname no pack knows, and the country before a day, a known name or nothing', () => {
    const index = AliasIndex.open(
      compileIndex([
        entry('israel', 'place', [{ text: 'Israel', kind: 'name' }]),
        entry('katz', 'person', [{ text: 'Israel Katz', kind: 'name' }]),
        entry('hezbollah', 'organization', [{ text: 'Hezbollah', kind: 'name' }]),
      ]),
    );
    const ids = (text: string) => findMentions(text, index).map((m) => [m.text, index.entry(m.entry!).id]);
    expect(ids('Among those held by the police in the raid yesterday was Israel Clemente, a former member of the cell.')).toEqual([]);
    expect(
      ids('The strike was ordered by Israel Katz, and Israel Sunday warned that Israel Hezbollah talks had failed in Israel.'),
    ).toEqual([
      ['Israel Katz', 'katz'],
      ['Israel', 'israel'],
      ['Israel', 'israel'],
      ['Hezbollah', 'hezbollah'],
      ['Israel', 'israel'],
    ]);
  });
});

describe('a surname after a plural article or "family of"', () => {
  it('reads it as the family, not one person, in French, Spanish, Italian and Arabic', () => {
    expect(marks('Ahmed al-Sharaa a parlé. Le pouvoir des al-Sharaa inquiète ; les al-Sharaa se taisent.')).toEqual([
      ['Ahmed al-Sharaa', 'sharaa'],
    ]);
    expect(marks('تحدث أحمد الشرع عن آل الشرع.')).toEqual([['أحمد الشرع', 'sharaa']]);
    expect(marks('Ahmed al-Sharaa habló; los al-Sharaa callaron; gli al-Sharaa tacquero.')).toEqual([['Ahmed al-Sharaa', 'sharaa']]);
  });

  it('reads a surname right before an "al-" name as someone else’s given name', () => {
    expect(marks('Ahmed al-Sharaa spoke; Sharaa al-Masri, a trader, did not.')).toEqual([['Ahmed al-Sharaa', 'sharaa']]);
  });

  it('leaves a surname after other words to the person', () => {
    expect(marks('Ahmed al-Sharaa a parlé. Selon al-Sharaa, le pays avance.')).toEqual([
      ['Ahmed al-Sharaa', 'sharaa'],
      ['al-Sharaa', 'sharaa'],
    ]);
  });
});

describe('a place name that is also its feminine adjective (issue 13)', () => {
  it('is the adjective right after an indefinite feminine word, with or without vowel marks', () => {
    expect(marks('نقلت مصادر إعلامية سورية الخبر، وقصفت مدينةً سوريةً قريبة.')).toEqual([]);
    // A feminine plural takes the same adjective.
    expect(marks('تأجلت الانتخابات في ثلاث محافظات سورية، وانتشرت قوات سورية على الحدود.')).toEqual([]);
    // Joined by "and" to another such adjective.
    expect(marks('استهدف الهجوم قوات أمريكية وسورية قرب المدينة.')).toEqual([]);
  });

  it('is the place after a preposition, a masculine word or a definite word', () => {
    expect(marks('عاد اللاجئون إلى سورية، والهدوء يسود جنوب سورية، وقالت الحكومة سورية إنها جاهزة.')).toEqual([
      ['سورية', 'syria'],
      ['سورية', 'syria'],
      ['سورية', 'syria'],
    ]);
    // "and" after a definite phrase or a masculine word joins the place.
    expect(marks('اجتمع وزراء الحكومة التركية وسورية، وزار جنوب لبنان وسورية.')).toEqual([
      ['سورية', 'syria'],
      ['سورية', 'syria'],
    ]);
  });

  it('leaves names of other kinds alone', () => {
    expect(marks('أعلنت جمعية حامية بيانا.')).toEqual([['حامية', 'hamiya']]);
  });
});

describe('an indefinite article before an organisation’s name', () => {
  const state = entry('is', 'organization', [
    { text: 'État islamique', kind: 'name', lang: 'fr' },
    { text: 'Islamischer Staat', kind: 'name', lang: 'de' },
    { text: 'Islamic State', kind: 'name', lang: 'en' },
  ]);
  const hezbollah = entry('hezbollah', 'organization', [{ text: 'Hezbollah', kind: 'name', lang: 'fr' }]);
  const hts = entry('hts', 'organization', [{ text: 'Hayat Tahrir al-Sham', kind: 'name', lang: 'en' }]);
  const index = AliasIndex.open(compileIndex([state, hezbollah, hts]));
  const read = (text: string) => findMentions(text, index).map((m) => [m.text, index.entry(m.entry!).id]);

  it('makes a name of two words or more a common noun in French and German', () => {
    expect(read('Le groupe veut fonder un État islamique, comme l’État islamique avant lui.')).toEqual([['État islamique', 'is']]);
    expect(read('Sie wollen einen islamischen Staat; der Islamische Staat warb dafür.')).toEqual([['Islamische Staat', 'is']]);
  });

  it('makes an English name a common noun only where it is written with a small letter after its first word', () => {
    expect(read('Rebels who seek an Islamic state were feared; an Islamic State fighter was held.')).toEqual([['Islamic State', 'is']]);
    expect(read('An Islamic state was their aim, the Islamic state said.')).toEqual([['Islamic state', 'is']]);
    // A name's own small particles are no sign, and Italian "a" is a preposition.
    expect(read('milizie legate a Hayat Tahrir al-Sham')).toEqual([['Hayat Tahrir al-Sham', 'hts']]);
  });

  it('leaves a one-word name a name ("un Hezbollah affaibli")', () => {
    expect(read('Un Hezbollah affaibli reste armé.')).toEqual([['Hezbollah', 'hezbollah']]);
  });
});

describe('a two-word Arabic name typed without its space', () => {
  it('is found glued, and only two-word Arabic names are glued', () => {
    expect(marks('وصل محققون إلى ديرالزور أمس.')).toEqual([['ديرالزور', 'deir']]);
    expect(gluedArabic('دير الزور')).toBe('ديرالزور');
    expect(gluedArabic('الهيئه العامه للثوره')).toBeUndefined();
    expect(gluedArabic('deir ez zor')).toBeUndefined();
    // Words of one or two letters are not glued: too many everyday words would be made.
    expect(gluedArabic('ال قاعده')).toBeUndefined();
  });
});

describe('a kunya in another grammatical case', () => {
  it('finds أبو as أبي and أبا, with an attached preposition, and derives nothing for other names', () => {
    const kunya = AliasIndex.open(compileIndex([entry('jolani', 'person', [{ text: 'أبو محمد الجولاني', kind: 'name', lang: 'ar' }])]));
    const ids = (text: string) => findMentions(text, kunya).map((m) => m.text);
    expect(ids('قال أبو محمد الجولاني كلمته. والتقى الوفد بأبي محمد الجولاني، وقالوا إن أبا محمد الجولاني وافق.')).toEqual([
      'أبو محمد الجولاني',
      'أبي محمد الجولاني',
      'أبا محمد الجولاني',
    ]);
    expect(kunyaCases('ابو محمد الجولاني')).toEqual(['ابي محمد الجولاني', 'ابا محمد الجولاني']);
    expect(kunyaCases('محمد ابو بكر')).toEqual([]);
  });
});

describe('an Arabic plural name in the oblique case', () => {
  it('finds -ون names as -ين after a preposition or a noun, and leaves surnames alone', () => {
    const houthis = AliasIndex.open(compileIndex([entry('houthis', 'organization', [{ text: 'الحوثيون', kind: 'name', lang: 'ar' }])]));
    expect(findMentions('قال الحوثيون إنهم سيردون، وشنت طائرات غارات على الحوثيين.', houthis).map((m) => m.text)).toEqual([
      'الحوثيون',
      'الحوثيين',
    ]);
    expect(arabicOblique('الاخوان المسلمون')).toBe('الاخوان المسلمين');
    expect(arabicOblique('ماكرون')).toBeUndefined();
    expect(arabicOblique('بان كي مون')).toBeUndefined();
  });
});

describe('a well-known person’s surname', () => {
  const erdogan = entry(
    'erdogan',
    'person',
    [
      { text: 'Recep Tayyip Erdogan', kind: 'name' },
      { text: 'Erdogan', kind: 'weakAlias' },
      { text: 'RTE', kind: 'acronym' },
    ],
    ['Türkei', 'Ankara'],
    { wellKnown: true },
  );
  const stranger = entry(
    'stranger',
    'person',
    [
      { text: 'Karim Hadad', kind: 'name' },
      { text: 'Hadad', kind: 'weakAlias' },
    ],
    ['Beirut', 'minister'],
  );
  const trump = entry(
    'trump',
    'person',
    [
      { text: 'Donald Trump', kind: 'name' },
      { text: 'Trump', kind: 'weakAlias' },
    ],
    ['White House'],
    { wellKnown: true },
  );
  // As the bundled packs list it: case-sensitive.
  const putin = entry(
    'putin',
    'person',
    [
      { text: 'Vladimir Putin', kind: 'name' },
      { text: 'Putin', kind: 'weakAlias', caseSensitive: true },
      { text: 'VVP', kind: 'acronym' },
    ],
    ['Kremlin'],
    { wellKnown: true },
  );
  const index = AliasIndex.open(compileIndex([erdogan, stranger, trump, putin]));
  const marks = (text: string) => findMentions(text, index).map((m) => [m.text, index.entry(m.entry!).id]);

  it('marks with one cue word, written out and capitalised', () => {
    expect(marks('Erdogan drohte der Türkei zufolge mit einer neuen Offensive.')).toEqual([['Erdogan', 'erdogan']]);
  });
  it('still needs two cue words for initials, a lower-case word or someone not well known', () => {
    expect(marks('RTE sendete aus der Türkei.')).toEqual([]);
    expect(marks('Security concerns trump privacy, the White House said.')).toEqual([]);
    expect(marks('Trump spoke at the White House.')).toEqual([['Trump', 'trump']]);
    expect(marks('Hadad spoke in Beirut.')).toEqual([]);
    expect(marks('Hadad spoke in Beirut, the minister said.')).toEqual([['Hadad', 'stranger']]);
    // A case-sensitive name is written out all the same; initials are not.
    expect(marks('Según Putin, el Kremlin no enviará tropas.')).toEqual([['Putin', 'putin']]);
    expect(marks('VVP, según el Kremlin, no enviará tropas.')).toEqual([]);
  });
});

describe('a generic name after a country’s possessive', () => {
  const ministry = entry(
    'syrian-mod',
    'organization',
    [
      { text: 'Syrian Ministry of Defence', kind: 'name' },
      { text: 'Defense Ministry', kind: 'weakAlias' },
    ],
    ['Syria', 'Damascus'],
  );
  const israel = entry('israel', 'place', [{ text: 'Israel', kind: 'name' }]);
  const syriaPlace = entry('syria', 'place', [{ text: 'Syria', kind: 'name' }]);
  const index = AliasIndex.open(compileIndex([ministry, israel, syriaPlace]));
  const marks = (text: string) => findMentions(text, index).map((m) => [m.text, index.entry(m.entry!).id]);

  it('is that country’s body unless the country is the entry’s own (a cue word, or the stem of its names)', () => {
    expect(marks("Israel's Defense Ministry said its jets struck Damascus, in Syria.")).toEqual([
      ['Israel', 'israel'],
      ['Syria', 'syria'],
    ]);
    // The own country's possessive and the generic name are one mention, with the possessive as evidence.
    expect(marks("Syria's Defense Ministry said its units reached the south.")).toEqual([["Syria's Defense Ministry", 'syrian-mod']]);
  });
});

describe('a group called by the shorter name it shares with another', () => {
  const taliban = entry('taliban', 'organization', [
    { text: 'Taliban', kind: 'name' },
    { text: 'Afghan Taliban', kind: 'alias' },
    { text: 'طالبان', kind: 'alias', lang: 'ar' },
  ]);
  const ttp = entry('ttp', 'organization', [
    { text: 'Tehrik-e-Taliban Pakistan', kind: 'name' },
    { text: 'Pakistani Taliban', kind: 'alias' },
    { text: 'طالبان باكستان', kind: 'alias', lang: 'ar' },
  ]);
  const army = entry('army', 'organization', [{ text: 'Syrian Arab Army', kind: 'name' }]);
  const division = entry('division', 'organization', [{ text: 'Fourth Division of the Syrian Arab Army', kind: 'name' }]);
  const wellKnownUn = entry('un', 'organization', [{ text: 'United Nations', kind: 'name' }], [], { wellKnown: true });
  const council = entry('unsc', 'organization', [{ text: 'United Nations Security Council', kind: 'name' }]);
  const index = AliasIndex.open(compileIndex([taliban, ttp, army, division, wellKnownUn, council]));
  const marks = (text: string) => findMentions(text, index).map((m) => [m.text, m.candidates.map((c) => index.entry(c).id).join('|')]);

  it('offers both where the page names the longer-named group and the other only by the shared words', () => {
    expect(marks('The Pakistani Taliban claimed the attack. The Taliban said more would follow.')).toEqual([
      ['Pakistani Taliban', 'ttp'],
      ['Taliban', 'taliban|ttp'],
    ]);
    expect(marks('أعلنت طالبان باكستان مسؤوليتها. وقالت طالبان إن الهجوم رد.')).toEqual([
      ['طالبان باكستان', 'ttp'],
      ['طالبان', 'taliban|ttp'],
    ]);
  });
  it('keeps the shorter-named group where the page names it apart, or names no namesake', () => {
    expect(marks('The Pakistani Taliban fled to the Afghan Taliban, and the Taliban hosted them.')).toEqual([
      ['Pakistani Taliban', 'ttp'],
      ['Afghan Taliban', 'taliban'],
      ['Taliban', 'taliban'],
    ]);
    expect(marks('The Taliban took Kabul.')).toEqual([['Taliban', 'taliban']]);
    // A place after the name sets it apart, unless the longer-named group's names hold that place.
    expect(marks('The Pakistani Taliban blame the Taliban of Kabul.')).toEqual([
      ['Pakistani Taliban', 'ttp'],
      ['Taliban', 'taliban'],
    ]);
    expect(marks('The Pakistani Taliban, the Taliban of Pakistan, struck.')).toEqual([
      ['Pakistani Taliban', 'ttp'],
      ['Taliban', 'taliban|ttp'],
    ]);
  });
  it('reads no namesake in a body named after the one it belongs to, or inside a well-known body’s name', () => {
    expect(marks('The Fourth Division of the Syrian Arab Army moved; the Syrian Arab Army followed.')).toEqual([
      ['Fourth Division of the Syrian Arab Army', 'division'],
      ['Syrian Arab Army', 'army'],
    ]);
    expect(marks('The United Nations Security Council met at the United Nations.')).toEqual([
      ['United Nations Security Council', 'unsc'],
      ['United Nations', 'un'],
    ]);
  });
});

describe('words beside a place name that make it something else', () => {
  const camp = entry('camp', 'place', [
    { text: 'Yarmouk camp', kind: 'name' },
    { text: 'Yarmouk', kind: 'weakAlias' },
  ]);
  const wadi = entry('wadi', 'place', [
    { text: 'Barada Valley', kind: 'name' },
    { text: 'Barada', kind: 'alias' },
  ]);
  const israelPlace = entry('israel', 'place', [{ text: 'Israel', kind: 'name' }]);
  const index = AliasIndex.open(compileIndex([camp, wadi, israelPlace]));
  const marks = (text: string) => findMentions(text, index).map((m) => [m.text, index.entry(m.entry!).id]);

  it('reads a place before or after a valley or river word as that valley or river', () => {
    expect(marks('The Yarmouk camp was shelled; farms in the Yarmouk valley burned, and the Yarmouk camp emptied.')).toEqual([
      ['Yarmouk camp', 'camp'],
      ['Yarmouk camp', 'camp'],
    ]);
    expect(marks('Yarmouk camp: combates en el valle del Yarmuk, lejos del Yarmouk.')).toEqual([
      ['Yarmouk camp', 'camp'],
      ['Yarmouk', 'camp'],
    ]);
    // Unless the entry is the valley itself.
    expect(marks('Springs in the Barada river dried up.')).toEqual([['Barada', 'wadi']]);
  });
  it('reads a place name in small letters, where the text capitalises, as a word', () => {
    expect(marks('Die Gruppe verbreitet israel- und judenfeindliche Propaganda, sagt Israel.')).toEqual([['Israel', 'israel']]);
    expect(marks('ceasefire talks in israel resumed')).toEqual([['israel', 'israel']]);
  });
});

describe('a country’s name that is a nationality noun in another language', () => {
  const syriaDe = entry('syria', 'place', [
    { text: 'Syrie', kind: 'name', lang: 'fr' },
    { text: 'Syrien', kind: 'name', lang: 'de' },
  ]);
  const index = AliasIndex.open(compileIndex([syriaDe]));
  const marks = (text: string) => findMentions(text, index).map((m) => [m.text, index.entry(m.entry!).id]);

  it('is that noun after a masculine article, and the country otherwise', () => {
    expect(marks('Le porte-parole, le Syrien Abou Mohammed, est mort en Syrie.')).toEqual([['Syrie', 'syria']]);
    expect(marks('Un Syrien a été arrêté.')).toEqual([]);
    expect(marks('Die Lage in Syrien bleibt angespannt.')).toEqual([['Syrien', 'syria']]);
  });
});
