/**
 * Compiles entries into the binary alias index (at build time for the bundled packs, at import
 * for a user's pack). Everything the matcher needs is worked out here, once.
 */
import {
  ALIAS_BLOCKER,
  ALIAS_CASE_SENSITIVE,
  ALIAS_EVERYDAY,
  ALIAS_REGION,
  ALIAS_REGION_PLURAL,
  ALIAS_SHORT_FORM,
  ALIAS_SHORT_FORM_AFTER_ONLY,
  ALIAS_SURNAME,
  ALIAS_TIME_BOUND,
  ALIAS_WEAK,
  ENTRY_WELL_KNOWN,
  hashRange,
  KEY_GIVEN_NAME,
  KEY_PREFIX,
} from './alias-index';
import { ENTRY_KINDS, type MatchableEntry, type MatchableName } from './entry-shape';
import { germanCompassCompounds, germanDeclensions, germanPersonGenitive, germanPlaceGenitive } from './german';
import { headNounForms } from './head-nouns';
import { writeSections } from './index-format';
import { isWordCode, normalizeKey } from './normalize';
import { possessiveForm } from './possessive';
import { regionNames } from './regions';
import { otherEnglishSpelling, spellingVariants } from './spellings';
import { COMMON_GIVEN_NAMES, derivedSurnames, givenNames, NOT_GIVEN_NAMES } from './surnames';

/** Latin (and other cased) short forms are compared as written unless the pack says otherwise. */
const hasCase = (text: string) => text !== text.toLowerCase() || text !== text.toUpperCase();

/**
 * A name is weak when it is an acronym, marked weak, or one or two letters: such names annotate
 * only with evidence. Acronyms and all-capital short names are case-sensitive, so "US" is not "us".
 */
export function aliasFlags(name: MatchableName): number {
  const letters = name.text.replace(/[^\p{L}\p{N}]/gu, '');
  const weak = (name.kind === 'acronym' && name.distinctive !== true) || name.kind === 'weakAlias' || letters.length <= 2;
  const looksLikeAcronym = letters.length <= 6 && /\p{Lu}/u.test(letters) && letters === letters.toUpperCase();
  const caseSensitive = name.caseSensitive ?? (name.kind === 'acronym' || looksLikeAcronym);
  // An entry's own name in lower case is a term's name ("reconciliation agreements"); any other
  // lower-case name is an everyday phrase ("settlement deals", "the regime"), except a time-bound
  // one ("gouvernement syrien"), whose evidence is the page's date.
  const lowerCase = name.text === name.text.toLowerCase() && name.text !== name.text.toUpperCase();
  const everyday = lowerCase && name.kind !== 'name' && name.timeBound !== true;
  return (
    (weak ? ALIAS_WEAK : 0) |
    (caseSensitive ? ALIAS_CASE_SENSITIVE : 0) |
    (everyday ? ALIAS_EVERYDAY : 0) |
    (name.timeBound === true ? ALIAS_TIME_BOUND : 0)
  );
}

interface KeyDraft {
  readonly id: number;
  flags: number;
  readonly aliases: Array<{ entry: number; flags: number; text: string }>;
  readonly cues: number[];
}

/** All strings in one UTF-16 pool; a repeated string is stored once. */
class StringPool {
  readonly chars: number[] = [];
  private readonly at = new Map<string, number>();
  add(text: string): number {
    let start = this.at.get(text);
    if (start === undefined) {
      start = this.chars.length;
      for (let i = 0; i < text.length; i++) this.chars.push(text.charCodeAt(i));
      this.at.set(text, start);
    }
    return start;
  }
}

/** The end of each word of a folded key that is followed by a separator: where its word-prefixes end. */
function wordPrefixEnds(key: string): number[] {
  const ends: number[] = [];
  let i = 0;
  while (i < key.length) {
    while (i < key.length && isWordCode(key.charCodeAt(i))) i++;
    if (i >= key.length) break;
    ends.push(i);
    while (i < key.length && !isWordCode(key.charCodeAt(i))) i++;
  }
  return ends;
}

/**
 * Places the keys' text in the pool. A key that only leads to longer ones ("united nations
 * security") is the start of a longer key's text, so it takes no space of its own.
 */
function layoutKeys(ordered: ReadonlyArray<[string, KeyDraft]>, pool: StringPool): number[] {
  const starts: number[] = new Array(ordered.length);
  const prefixStart = new Map<string, number>();
  for (const [key, draft] of ordered) {
    if (draft.aliases.length === 0 && draft.cues.length === 0) continue;
    const start = pool.add(key);
    starts[draft.id] = start;
    for (const end of wordPrefixEnds(key)) {
      const prefix = key.slice(0, end);
      if (!prefixStart.has(prefix)) prefixStart.set(prefix, start);
    }
  }
  for (const [key, draft] of ordered) {
    starts[draft.id] ??= prefixStart.get(key) ?? pool.add(key);
  }
  return starts;
}

/** Arabic letters only, two words of at least three letters each. */
const TWO_ARABIC_WORDS = /^([\u0621-\u064A]{3,}) ([\u0621-\u064A]{3,})$/u;

/** The folded key of a two-word Arabic name without its space, or undefined for any other name. */
export function gluedArabic(key: string): string | undefined {
  const words = TWO_ARABIC_WORDS.exec(key);
  return words ? `${words[1]}${words[2]}` : undefined;
}

/** Folded "أبو " at the start of a kunya, and its genitive and accusative forms ("بأبي محمد", "إن أبا محمد"). */
const KUNYA = 'ابو ';
const KUNYA_CASES = ['ابي ', 'ابا '];

/** The other grammatical cases of a folded name that starts with أبو, or none. */
export function kunyaCases(key: string): string[] {
  return key.startsWith(KUNYA) ? KUNYA_CASES.map((form) => form + key.slice(KUNYA.length)) : [];
}

/**
 * An Arabic sound masculine plural in -ون, definite, at the end of a name (الحوثيون, الإخوان
 * المسلمون); surnames such as ماكرون or كاميرون take no article and are left alone.
 */
const SOUND_PLURAL = /(?:^|\s)(ال[\u0621-\u064A]{3,})ون$/u;

/** The oblique case of a name ending in a sound masculine plural: الحوثيين, الإخوان المسلمين. */
export function arabicOblique(key: string): string | undefined {
  const plural = SOUND_PLURAL.exec(key);
  return plural ? `${key.slice(0, key.length - plural[1]!.length - 2)}${plural[1]}ين` : undefined;
}

/**
 * Letters only, all capitals, three or more: an acronym the press also writes in title case ("Jnim",
 * "Iskp", Italian "il Bla"). Three-letter ones are read only beside the entry's full name: "Ira",
 * "Eta", "Mit" are also words and given names.
 */
const TITLE_CASE_ACRONYM = /^\p{Lu}{3,}$/u;

/** "JNIM" as "Jnim"; any other name has no such form. */
export function titleCaseAcronym(text: string): string | undefined {
  return TITLE_CASE_ACRONYM.test(text) ? text.charAt(0) + text.slice(1).toLowerCase() : undefined;
}

/** A dotted acronym as packs list it ("U.S.", "U.N."): its letters, for names that write it undotted. */
const DOTTED = /^(?:\p{Lu}\.){2,3}$/u;

/** The acronyms some entry also lists with dots ("US" for "U.S."): names that contain them undotted get the dotted form too. */
function dottedAcronyms(entries: readonly MatchableEntry[]): Map<string, string> {
  const dotted = new Map<string, string>();
  for (const entry of entries)
    for (const name of entry.names) if (DOTTED.test(name.text)) dotted.set(name.text.replaceAll('.', ''), name.text);
  return dotted;
}

/** "U.S.-led coalition" for "US-led coalition": a longer name with a dotted acronym's letters as a word, written with the dots. */
export function withDots(name: string, dotted: ReadonlyMap<string, string>): string | undefined {
  let changed = false;
  const form = name.replace(/(?<![\p{L}.])(\p{Lu}{2,3})(?=[\s-])/gu, (token) => {
    const replacement = dotted.get(token);
    if (replacement === undefined) return token;
    changed = true;
    return replacement;
  });
  return changed ? form : undefined;
}

/** A person's entry with its full names also in their other transliterations (see spellings.ts). */
function withSpellings(entry: MatchableEntry): MatchableEntry {
  if (entry.kind !== 'person') return entry;
  const listed = new Set(entry.names.map((n) => n.text));
  const extra: MatchableName[] = [];
  for (const name of entry.names) {
    if (name.kind !== 'name' && name.kind !== 'alias') continue;
    for (const text of spellingVariants(name.text)) {
      if (!listed.has(text)) {
        listed.add(text);
        extra.push({ ...name, text });
      }
    }
  }
  return extra.length === 0 ? entry : { ...entry, names: [...entry.names, ...extra] };
}

/** Single-word English names of places ("Syria", "Iran"): the countries of possessive forms. */
function englishPlaceNames(entries: readonly MatchableEntry[]): Set<string> {
  const places = new Set<string>();
  for (const entry of entries) {
    if (entry.kind !== 'place') continue;
    for (const name of entry.names) if (name.lang === 'en' && /^\p{Lu}\p{Ll}+$/u.test(name.text)) places.add(name.text);
  }
  return places;
}

export interface PackAssignment {
  /** The packs, in the order entryPack numbers them. */
  readonly packIds: readonly string[];
  /** The number (in packIds) of the pack of entries[i]. */
  readonly entryPack: (entryIndex: number) => number;
}

const ONE_PACK: PackAssignment = { packIds: [''], entryPack: () => 0 };

export function compileIndex(listed: readonly MatchableEntry[], packs: PackAssignment = ONE_PACK): Uint8Array {
  const entries = listed.map(withSpellings);
  const places = englishPlaceNames(entries);
  const dotted = dottedAcronyms(entries);
  const keys = new Map<string, KeyDraft>();
  const keyFor = (key: string): KeyDraft => {
    let draft = keys.get(key);
    if (draft === undefined) {
      draft = { id: keys.size, flags: 0, aliases: [], cues: [] };
      keys.set(key, draft);
    }
    return draft;
  };
  let maxGap = 1;
  /** Marks every word-prefix of `key` as a prefix and widens maxGap to its longest separator run. */
  const addPrefixes = (key: string) => {
    for (const end of wordPrefixEnds(key)) {
      keyFor(key.slice(0, end)).flags |= KEY_PREFIX;
      let gapEnd = end;
      while (gapEnd < key.length && !isWordCode(key.charCodeAt(gapEnd))) gapEnd++;
      maxGap = Math.max(maxGap, gapEnd - end);
    }
  };

  const strongOf: number[][] = [];
  entries.forEach((entry, entryIndex) => {
    const strong: number[] = [];
    const seen = new Set<string>();
    const nameKeys = entry.names.map((name) => normalizeKey(name.text));
    const ownKeys = new Set(nameKeys);
    /** Adds one written form of a name under its folded key; a derived form yields to one the entry lists itself. */
    const addForm = (key: string, flags: number, text: string, derived: boolean) => {
      const dedupe = `${key}\u0000${flags}\u0000${text}`;
      if (key === '' || seen.has(dedupe) || (derived && ownKeys.has(key))) return;
      seen.add(dedupe);
      const draft = keyFor(key);
      if ((flags & ALIAS_WEAK) === 0 && !strong.includes(draft.id)) strong.push(draft.id);
      draft.aliases.push({ entry: entryIndex, flags, text });
      addPrefixes(key);
    };
    entry.names.forEach((name, n) => {
      const key = nameKeys[n]!;
      const flags = aliasFlags(name);
      addForm(key, flags, name.text, false);
      // "Jnim" for JNIM: the same folded key, compared as written in the other case.
      const titleCase = name.kind === 'acronym' ? titleCaseAcronym(name.text) : undefined;
      // Weak even where the capitals are distinctive: "Isis" is also a goddess and a given name. Three
      // letters ("Bla", "Ira", "Eta") are too often a word or a name even for cue words: unless the
      // entry lists that form itself ("Hts"), it marks only beside the entry's full name, as a surname does.
      if (titleCase !== undefined) {
        const besideFullName = titleCase.length === 3 && !entry.names.some((other) => other.text === titleCase);
        addForm(key, flags | ALIAS_WEAK | (besideFullName ? ALIAS_SURNAME : 0), titleCase, false);
      }
      // "Trumps Zölle": the German genitive of a person's one-word short name.
      const personGenitive = entry.kind === 'person' && name.kind === 'weakAlias' ? germanPersonGenitive(name.text) : undefined;
      if (personGenitive !== undefined) addForm(normalizeKey(personGenitive), flags, personGenitive, true);
      // "Syria's army" for "Syrian army".
      const possessive = name.lang === 'en' ? possessiveForm(name.text, places) : undefined;
      if (possessive !== undefined) addForm(normalizeKey(possessive), flags, possessive, true);
      // "Defence Ministry" for "Defense Ministry".
      const otherSpelling = name.lang === 'en' ? otherEnglishSpelling(name.text) : undefined;
      if (otherSpelling !== undefined) addForm(normalizeKey(otherSpelling), flags, otherSpelling, true);
      // "U.S.-led coalition" for "US-led coalition".
      const withPoints = withDots(name.text, dotted);
      if (withPoints !== undefined) addForm(normalizeKey(withPoints), flags, withPoints, true);
      // A two-word Arabic name typed without its space ("الولاياتالمتحدة"): after a letter that does
      // not join the next one the missing space is all but invisible, and pages carry such slips.
      const glued = gluedArabic(key);
      if (glued !== undefined) addForm(glued, flags, name.text, true);
      // "ضد الحوثيين", "جماعة الإخوان المسلمين": a plural name after a preposition or a noun.
      const oblique = arabicOblique(key);
      if (oblique !== undefined) addForm(oblique, flags, name.text, true);
      // "بأبي محمد الجولاني": a kunya in the genitive or accusative.
      for (const form of kunyaCases(key)) addForm(form, flags, name.text, true);
      // "der Freien Syrischen Armee", "des Islamischen Staates": a German name's declined forms.
      if (name.lang === 'de' && name.kind !== 'acronym') {
        for (const form of germanDeclensions(name.text)) addForm(normalizeKey(form), flags, form, true);
        // "Nordsyrien", "Südlibanon": a place's name joined to a compass point.
        if (entry.kind === 'place') {
          for (const form of germanCompassCompounds(name.text)) addForm(normalizeKey(form), flags, form, true);
          // "die Regierung Syriens": the genitive of a one-word place name.
          const genitive = germanPlaceGenitive(name.text);
          if (genitive !== undefined) addForm(normalizeKey(genitive), flags, genitive, true);
        }
      }
    });
    strongOf.push(strong);
    for (const surname of derivedSurnames(entry)) {
      const key = normalizeKey(surname.text);
      if (key === '') continue;
      keyFor(key).aliases.push({ entry: entryIndex, flags: ALIAS_WEAK | ALIAS_SURNAME | surname.flags, text: surname.text });
      addPrefixes(key);
      // "Scharaas Regierung": the German genitive of the surname, under the same condition.
      const genitive = germanPersonGenitive(surname.text);
      if (genitive !== undefined) addForm(normalizeKey(genitive), ALIAS_WEAK | ALIAS_SURNAME | surname.flags, genitive, true);
    }
    const listedForms = new Set((entry.shortForms ?? []).map((form) => normalizeKey(form.text)));
    // "the ministry", "الوزارة": head nouns of the entry's own names, where the pack lists no such form.
    const derivedForms = headNounForms(entry).filter((form) => !listedForms.has(normalizeKey(form.text)));
    for (const form of [...(entry.shortForms ?? []), ...derivedForms]) {
      const key = normalizeKey(form.text);
      if (key === '') continue;
      const caseSensitive = form.caseSensitive ?? hasCase(form.text);
      keyFor(key).aliases.push({
        entry: entryIndex,
        flags: ALIAS_WEAK | (form.afterOnly ? ALIAS_SHORT_FORM_AFTER_ONLY : ALIAS_SHORT_FORM) | (caseSensitive ? ALIAS_CASE_SENSITIVE : 0),
        text: form.text,
      });
      addPrefixes(key);
    }
    for (const given of givenNames(entry)) {
      const key = normalizeKey(given);
      if (key !== '') keyFor(key).flags |= KEY_GIVEN_NAME;
    }
    for (const blocker of entry.blockedBy ?? []) {
      const key = normalizeKey(blocker);
      if (key === '') continue;
      keyFor(key).aliases.push({ entry: entryIndex, flags: ALIAS_BLOCKER, text: blocker });
      addPrefixes(key);
    }
    for (const cue of entry.context) {
      const key = normalizeKey(cue);
      if (key === '') continue;
      const draft = keyFor(key);
      if (!draft.cues.includes(entryIndex)) draft.cues.push(entryIndex);
      addPrefixes(key);
    }
  });

  for (const given of COMMON_GIVEN_NAMES) keyFor(normalizeKey(given)).flags |= KEY_GIVEN_NAME;
  for (const word of NOT_GIVEN_NAMES) {
    const draft = keys.get(normalizeKey(word));
    if (draft !== undefined) draft.flags &= ~KEY_GIVEN_NAME;
  }

  // A governorate named after its city: "Suweida province", "ريف دير الزور" name it; the city's
  // own name is the governorate only beside a plural province word (see disambiguate).
  for (const { region, phrases, cityKeys } of regionNames(entries)) {
    const named = (key: string) => keys.get(key)?.aliases.some((a) => (a.flags & ALIAS_BLOCKER) === 0) === true;
    for (const { key, plural } of phrases) {
      // A phrase that already names an entry (the governorate's own "Idlib province") is left as it is.
      if (named(key)) continue;
      keyFor(key).aliases.push({ entry: region, flags: ALIAS_REGION | (plural ? ALIAS_REGION_PLURAL : 0), text: key });
      addPrefixes(key);
    }
    for (const key of cityKeys) {
      const draft = keyFor(key);
      if (!draft.aliases.some((a) => a.entry === region && (a.flags & ALIAS_REGION) !== 0))
        draft.aliases.push({ entry: region, flags: ALIAS_WEAK | ALIAS_REGION, text: key });
    }
  }

  const pool = new StringPool();
  const ordered = [...keys];
  const keyCount = ordered.length;
  const keyStart = layoutKeys(ordered, pool);
  // Load factor at most 0.7: short probe runs, a table a third smaller than at 0.5.
  let tableSize = 2;
  while (tableSize * 0.7 < keyCount) tableSize *= 2;
  const table = new Int32Array(tableSize).fill(-1);
  const keyLength: number[] = [];
  const keyFlags: number[] = [];
  const keyAliases: number[] = [0];
  const keyCues: number[] = [0];
  const aliasEntry: number[] = [];
  const aliasFlagList: number[] = [];
  const aliasTextStart: number[] = [];
  const aliasTextLength: number[] = [];
  const cues: number[] = [];
  for (const [key, draft] of ordered) {
    let slot = hashRange(key, 0, key.length) & (tableSize - 1);
    while (table[slot] !== -1) slot = (slot + 1) & (tableSize - 1);
    table[slot] = draft.id;
    keyLength.push(key.length);
    keyFlags.push(draft.flags);
    for (const alias of draft.aliases) {
      aliasEntry.push(alias.entry);
      aliasFlagList.push(alias.flags);
      // Only weak and case-sensitive names are ever compared as written; any other name's text is
      // its folded key, already in the pool (a third of the pool at 300,000 names).
      const asWritten = (alias.flags & (ALIAS_WEAK | ALIAS_CASE_SENSITIVE)) !== 0;
      aliasTextStart.push(asWritten ? pool.add(alias.text) : keyStart[draft.id]!);
      aliasTextLength.push(asWritten ? alias.text.length : key.length);
    }
    keyAliases.push(aliasEntry.length);
    cues.push(...draft.cues);
    keyCues.push(cues.length);
  }

  const entryStrong: number[] = [0];
  const strong: number[] = [];
  for (const ids of strongOf) {
    strong.push(...ids);
    entryStrong.push(strong.length);
  }
  return writeSections({
    entryCount: entries.length,
    keyCount,
    tableSize,
    aliasCount: aliasEntry.length,
    cueCount: cues.length,
    strongCount: strong.length,
    maxGap,
    packCount: packs.packIds.length,
    table,
    keyStart,
    keyLength,
    keyFlags,
    keyAliases,
    keyCues,
    aliasEntry,
    aliasFlags: aliasFlagList,
    aliasTextStart,
    aliasTextLength,
    cues,
    entryIdStart: entries.map((e) => pool.add(e.id)),
    entryIdLength: entries.map((e) => e.id.length),
    entryNameStart: entries.map((e) => pool.add(e.name)),
    entryNameLength: entries.map((e) => e.name.length),
    entryKind: entries.map((e) => ENTRY_KINDS.indexOf(e.kind)),
    entryFlags: entries.map((e) => (e.wellKnown ? ENTRY_WELL_KNOWN : 0)),
    entryPack: entries.map((_, i) => packs.entryPack(i)),
    entryStrong,
    strong,
    packIdStart: packs.packIds.map((id) => pool.add(id)),
    packIdLength: packs.packIds.map((id) => id.length),
    charCount: pool.chars.length,
    chars: pool.chars,
  });
}
