/**
 * Once an article has named a ministry, a council, a declaration or a conference in full, it goes
 * on with the head noun alone: "the ministry said", "le ministère a ajouté", "الوزارة", "الحركة" for
 * al-Shabaab's حركة الشباب, "the declaration", "الإعلان". Those short forms are derived here from an organisation's own names, so packs need
 * not list them. They are generic words: they mark only after a full mention of the entry, and
 * only where no other body of the same kind was named in between (see disambiguate).
 */
import type { MatchableEntry, MatchableShortForm } from './entry-shape';
import { normalizeKey } from './normalize';

/**
 * Latin head nouns by language, for bodies and for documents and events ("movement" and its kin
 * are left out: "le mouvement" is too often troops moving; Italian "la Lega" is a party).
 */
const LATIN_HEADS: Readonly<Record<string, Readonly<Record<'body' | 'text', readonly string[]>>>> = {
  en: { body: ['ministry', 'council', 'department', 'league'], text: ['declaration', 'conference', 'agreement', 'resolution'] },
  fr: { body: ['ministère', 'conseil', 'département', 'ligue'], text: ['déclaration', 'conférence', 'accord', 'résolution'] },
  es: { body: ['ministerio', 'consejo', 'departamento', 'liga'], text: ['declaración', 'conferencia', 'acuerdo', 'resolución'] },
  it: { body: ['ministero', 'consiglio', 'dipartimento'], text: ['dichiarazione', 'conferenza', 'accordo', 'risoluzione'] },
};
/** German heads close compounds ("Verteidigungsministerium"); the short form is the head alone. */
const GERMAN_HEADS: Readonly<Record<string, readonly string[]>> = { ministerium: ['Ministerium', 'Ministeriums'] };
/**
 * Arabic names that open with one of these words, with or without the article, take it with the
 * article ("وزارة الداخلية" → "الوزارة", "الحرس الثوري" → "الحرس", "الإعلان الدستوري" → "الإعلان").
 */
const ARABIC_HEADS: Readonly<Record<'body' | 'text', readonly string[]>> = {
  body: ['وزارة', 'حركة', 'هيئة', 'جبهة', 'منظمة', 'مجلس', 'جماعة', 'تنظيم', 'حرس', 'جامعة'],
  text: ['إعلان', 'مؤتمر', 'اتفاق', 'قرار'],
};

/** Folded Latin heads, and the definite articles (folded) one must follow to be a short form. */
const FOLDED_HEADS = new Set(
  [...Object.values(LATIN_HEADS).flatMap((heads) => [...heads.body, ...heads.text]), 'ministerium', 'ministeriums'].map(normalizeKey),
);
const ARTICLES = new Set([
  'the',
  'le',
  'la',
  'l',
  'du',
  'au',
  'el',
  'del',
  'al',
  'il',
  'lo',
  'dal',
  'della',
  'dell',
  'alla',
  'dalla',
  'nella',
  'nel',
  'das',
  'des',
  'dem',
]);
/** English heads, folded: only English capitalises one alone mid-sentence (German capitalises every noun). */
const ENGLISH_HEADS = new Set([...LATIN_HEADS.en!.body, ...LATIN_HEADS.en!.text].map(normalizeKey));
/** Words that make a capitalised head another, unnamed one: "a Council", "any Ministry", "each Department". */
const NOT_THE_BODY_BEFORE = new Set(['a', 'an', 'any', 'another', 'each', 'every', 'one', 'no', 'new', 'its', 'their', 'his', 'her']);

/** Words after a head that make it another body's name: "the ministry of health", "le ministère de la Santé". */
const COMPLEMENTS = new Set(['of', 'for', 'de', 'des', 'du', 'd', 'di', 'del', 'della', 'dello', 'dei', 'degli', 'fur', 'der']);

const HEAD_KINDS = new Set(['name', 'alias']);

/**
 * Whether a Latin head noun matched at folded[start, end) reads as a short form here: right after a
 * definite article ("the ministry", "du ministère", "des Ministeriums") and not followed by a
 * complement that names another body ("the ministry of health"). Arabic heads carry their article.
 */
export function headNounReadsHere(folded: string, start: number, end: number, capitalisedMidSentence = false): boolean {
  const head = folded.slice(start, end);
  if (!FOLDED_HEADS.has(head)) return true;
  const before = /(\p{L}+)\s+$/u.exec(folded.slice(Math.max(0, start - 8), start))?.[1];
  const after = /^\s+(\p{L}+)/u.exec(folded.slice(end, end + 8))?.[1];
  if (after !== undefined && COMPLEMENTS.has(after)) return false;
  if (before !== undefined && ARTICLES.has(before)) return true;
  // English capitalises the head alone for the body already named ("as Council backs the text"),
  // after a small word, never after another capitalised one ("Health Ministry") or "a"/"an".
  return capitalisedMidSentence && ENGLISH_HEADS.has(head) && (before === undefined || !NOT_THE_BODY_BEFORE.has(before));
}

/** The bare noun of a folded short form ("الوزاره" → "وزاره", "ministry" → "ministry"), to find other bodies of its kind. */
export function bareNoun(form: string): string {
  return form.replace(/^[وفبلك]?(?:ال|لل)/u, '');
}

/** The head-noun short forms of an organisation's, a document's or an event's names (none for people, places or terms). */
export function headNounForms(entry: MatchableEntry): MatchableShortForm[] {
  const kind = entry.kind === 'organization' ? 'body' : entry.kind === 'document' || entry.kind === 'event' ? 'text' : undefined;
  if (kind === undefined) return [];
  const forms = new Map<string, MatchableShortForm>();
  const add = (text: string) => {
    if (!forms.has(text)) forms.set(text, { text, caseSensitive: false, afterOnly: true });
  };
  for (const name of entry.names) {
    if (!HEAD_KINDS.has(name.kind)) continue;
    const lang = name.lang ?? '';
    const words = name.text.toLowerCase().split(/[\s'’-]+/u);
    if (lang === 'ar') {
      const first = name.text.split(/\s+/u)[0]!.replace(/^ال/u, '');
      if (words.length > 1 && ARABIC_HEADS[kind].includes(first)) add(`ال${first}`);
      continue;
    }
    if (lang === 'de') {
      if (kind === 'body')
        for (const [head, written] of Object.entries(GERMAN_HEADS))
          if (words.some((w) => w.endsWith(head))) for (const form of written) add(form);
      continue;
    }
    for (const head of LATIN_HEADS[lang]?.[kind] ?? []) if (words.length > 1 && words.includes(head)) add(head);
  }
  return [...forms.values()];
}
