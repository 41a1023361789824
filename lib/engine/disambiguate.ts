/**
 * Decides what each raw match refers to, using evidence from the whole page.
 *
 * Strong names annotate on their own. Weak names (acronyms, short or common names) annotate only
 * when the page gives evidence for one entry: one of its strong names appears, it is defined in an
 * "Full Name (ABBR)" pattern, or its context cue words appear. Ties become an honest "ambiguous"
 * mention listing the candidates; no evidence at all means no mention.
 */
import {
  ALIAS_CASE_SENSITIVE,
  ALIAS_EVERYDAY,
  ALIAS_REGION,
  ALIAS_REGION_PLURAL,
  ALIAS_SHORT_FORM,
  ALIAS_SHORT_FORM_AFTER_ONLY,
  ALIAS_SURNAME,
  ALIAS_WEAK,
  type AliasTarget,
  isTimeBound,
} from './alias-index';
import { governorateOf, offerGovernorates, readProvinceAdjectives } from './bare-governorates';
import {
  ARABIC_CLITICS,
  adjectiveAfterFeminine,
  besideCapitals,
  elidedArticleBefore,
  familyBefore,
  indefiniteBefore,
  inMixedCase,
  isCapsWord,
  landformBeside,
  leaderTitleBefore,
  otherNameBefore,
  placeAsGivenName,
  sameLine,
  wordBefore,
  writtenInSmallLetters,
} from './beside-words';
import { demonymNoun, isOwnNationality, namesOwnInstitution, nationalityBeside } from './demonyms';
import { readsAsGermanGenitive, readsAsGermanPersonGenitive } from './german';
import { bareNoun, headNounReadsHere } from './head-nouns';
import type { IndexSet } from './index-set';
import { longerNameReader, opensSentence } from './longer-names';
import type { MatchResult, RawMatch } from './matcher';
import { offerNamesakes } from './namesakes';
import { isWordCode, type Normalized, wordsOf } from './normalize';
import { COORDINATION, namesCountryside, pluralReach } from './regions';

export interface Mention {
  /** Range in the source text. */
  readonly start: number;
  readonly end: number;
  /** The resolved entry, or undefined when the mention is ambiguous. */
  readonly entry: number | undefined;
  /** Entries this mention could refer to (one when resolved). */
  readonly candidates: number[];
  /** The name as the page wrote it. */
  readonly text: string;
  readonly weak: boolean;
}

const STRONG_WEIGHT = 4;
const DEFINITION_WEIGHT = 4;
const MAX_CUE_WEIGHT = 3;
/** Cue words alone are evidence only when at least this many different ones appear. */
const MIN_CUES_AS_EVIDENCE = 2;
/**
 * A well-known person's surname ("Erdogan", "Trump") needs one: such names are rarely anything
 * else on a page that also says "Türkei" or "White House".
 */
const MIN_CUES_WELL_KNOWN_PERSON = 1;
const DEFINITION_LOOKBACK_WORDS = 10;
/**
 * A short form before the entry's first full mention still refers to it when the full name follows
 * this close (folded characters): a headline's "Observatory" and the lede's full name.
 */
const HEADLINE_REACH = 300;
const REGION_WEAK = ALIAS_WEAK | ALIAS_REGION;
const LATIN_LETTER = /\p{Script=Latin}/u;
/**
 * A plural province word, up to three words after it, then a colon: a list of governorates follows
 * (folded text before a place name). In Arabic an Arabic comma serves as well ("المحافظات السورية
 * الثلاث، السويداء والحسكة والرقة").
 */
const LIST_OF_PROVINCES =
  /(?:^|\s)(?:(?:ال)?(?:محافظات|provinces|governorates|gouvernorats|provincias|province|provinzen|regions|regioni)(?:\s+[^\s:.]+){0,3}\s*:|(?:[وفبك]?ال|لل|[وفبلك])?محافظات(?:\s+[^\s:.،]+){0,3}\s*،)\s*$/u;

/** A hyphen and a capitalised noun right after an acronym: a German compound ("IS-Kämpfer", "US-Präsident"). */
const GERMAN_COMPOUND_AFTER = /^[-‐]\p{Lu}\p{Ll}{2}/u;
/** A name with the Arabic article right after a match: "al-Shaibani" in "Assad al-Shaibani". */
const ARTICLED_NAME_AFTER = /^\s+[aAeE]l-\p{Lu}/u;
/** What stands between a place and the name it owns: "Israel's Defense Ministry". */
const POSSESSIVE = /^['’]s\s+$/u;

function wordsBefore(text: string, end: number, count: number): string[] {
  const words: string[] = [];
  let i = end;
  while (i > 0 && words.length < count) {
    while (i > 0 && !isWordCode(text.charCodeAt(i - 1))) i--;
    const wordEnd = i;
    while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
    if (wordEnd > i) words.unshift(text.slice(i, wordEnd));
  }
  return words;
}

/** "Hay'et Tahrir al-Sham (HTS)": the acronym in parentheses right after most of a candidate's name. */
function definedHere(folded: string, match: RawMatch, candidate: number, namesByEntry: Map<number, string[][]>): boolean {
  let before = match.start - 1;
  while (before >= 0 && folded.charCodeAt(before) === 0x20) before--;
  if (folded[before] !== '(') return false;
  let after = match.end;
  while (after < folded.length && folded.charCodeAt(after) === 0x20) after++;
  if (folded[after] !== ')') return false;
  const preceding = new Set(wordsBefore(folded, before, DEFINITION_LOOKBACK_WORDS));
  for (const nameWords of namesByEntry.get(candidate) ?? []) {
    const hits = nameWords.filter((word) => preceding.has(word)).length;
    if (nameWords.length >= 2 && hits / nameWords.length >= 0.6) return true;
  }
  return false;
}

/** An acronym as the page writes it in capitals: "US", "U.N.", "ONU" (not "Onu", not "us"). */
function capitalAcronym(target: AliasTarget): boolean {
  if ((target.flags & ALIAS_CASE_SENSITIVE) === 0) return false;
  const letters = target.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && isCapsWord(letters) && /^[\p{L}.]+$/u.test(target.text);
}

/**
 * An acronym the pack lists in title case, as Italian and German write them ("Onu", "Usa"): like
 * capitals, it names the body, except at a sentence's start, where "Uno" or "Usa" may be a word.
 */
function titleCaseAcronym(target: AliasTarget): boolean {
  return (target.flags & ALIAS_CASE_SENSITIVE) !== 0 && /^\p{Lu}\p{Ll}{2,3}$/u.test(target.text);
}

/** A match's text as a reader sees it: node separators and runs of white space read as one space. */
function readerText(source: string, match: RawMatch): string {
  return source.slice(match.sourceStart, match.sourceEnd).replace(/\s+/g, ' ');
}

/**
 * The given name right before a match ("ماهر" in "ماهر الشرع", "Hazem" in "Hazem Sharaa"), folded,
 * or undefined. Latin given names count only capitalised ("said Sharaa" is a verb).
 */
function givenNameBefore(folded: string, source: string, match: RawMatch, set: IndexSet, offsets: Int32Array): string | undefined {
  const before = wordBefore(folded, match.start);
  if (before === undefined) return undefined;
  let [begin, end] = before;
  let given = set.isGivenName(folded, begin, end);
  // Arabic attaches "and", "to"… to the given name ("وماهر الشرع").
  if (!given && end - begin > 3 && ARABIC_CLITICS.has(folded[begin]!)) {
    begin++;
    given = set.isGivenName(folded, begin, end);
  }
  if (!given) return undefined;
  // A headline's last word is no given name of the next line's first ("… de Assad\nSiria anunció").
  if (!sameLine(source, offsets, end, match)) return undefined;
  const first = source[offsets[begin]!] ?? '';
  if (first !== first.toUpperCase()) return undefined; // written in small letters: a word, not a name
  return folded.slice(begin, end);
}

/**
 * What the caller knows of the article's time: whether an entry existed on the article's date
 * (undefined where that is not known). Among the candidates for one name, those that did not are
 * dropped while one that did remains: "Syrian army" in 2025 is not the army dissolved that January.
 * A time-bound name ("Syrian government" for the government of 2025) needs a yes.
 */
export type Dating = (entry: number) => boolean | undefined;

export function disambiguate(normalized: Normalized, result: MatchResult, set: IndexSet, source: string, existed?: Dating): Mention[] {
  const { matches, cueCounts } = result;
  const folded = normalized.text;
  // A city's name as its governorate is no name of its own: set aside, read only beside a plural province word.
  const named = matches.map((match) => match.targets.filter((t) => (t.flags & REGION_WEAK) !== REGION_WEAK));
  // Proper names and an entry's own names are evidence for anything of their entry; a strong
  // everyday alias ("reconciliation deals") marks itself but vouches for a weak everyday phrase
  // ("settlement") only together with the entry's cue words.
  const strongEntries = new Set<number>();
  const properEntries = new Set<number>();
  const weakCandidates = new Set<number>();
  for (const targets of named) {
    for (const target of targets) {
      if ((target.flags & ALIAS_WEAK) !== 0) weakCandidates.add(target.entry);
      else {
        strongEntries.add(target.entry);
        if ((target.flags & ALIAS_EVERYDAY) === 0) properEntries.add(target.entry);
      }
    }
  }

  // Strong names of weak-match candidates, as word lists, for the definition pattern.
  const namesByEntry = new Map<number, string[][]>();
  for (const entry of weakCandidates) {
    namesByEntry.set(entry, set.strongKeys(entry).map(wordsOf));
  }

  const defined = new Set<number>();
  matches.forEach((match, m) => {
    for (const target of named[m]!) {
      if ((target.flags & ALIAS_WEAK) !== 0 && definedHere(folded, match, target.entry, namesByEntry)) {
        defined.add(target.entry);
      }
    }
  });

  // Cue words can vouch for an acronym, but not alone for an everyday phrase ("settlement",
  // "corridor"): that needs one of the entry's proper names on the page, or a strong everyday
  // name of the entry together with its cue words; never another everyday phrase alone.
  /** `spelledOut`: the name is written out and capitalised (not initials such as "MBS", not a lower-case word). */
  const cued = (entry: number, spelledOut = false) =>
    (cueCounts[entry] ?? 0) >=
    (spelledOut && set.entry(entry).wellKnown === true && set.entry(entry).kind === 'person'
      ? MIN_CUES_WELL_KNOWN_PERSON
      : MIN_CUES_AS_EVIDENCE);
  const hasEvidence = (entry: number, everydayPhrase: boolean, spelledOut = false) =>
    everydayPhrase
      ? properEntries.has(entry) || defined.has(entry) || (strongEntries.has(entry) && cued(entry))
      : strongEntries.has(entry) || defined.has(entry) || cued(entry, spelledOut);
  const score = (entry: number) =>
    (strongEntries.has(entry) ? STRONG_WEIGHT : 0) +
    (defined.has(entry) ? DEFINITION_WEIGHT : 0) +
    Math.min(cueCounts[entry] ?? 0, MAX_CUE_WEIGHT);

  // How many entries of each pack the page names by a proper name: the page's topic.
  let namedPerPack: Map<string, number> | undefined;
  const packNamedBesides = (entry: number) => {
    if (namedPerPack === undefined) {
      namedPerPack = new Map();
      for (const e of properEntries) namedPerPack.set(set.packOf(e), (namedPerPack.get(set.packOf(e)) ?? 0) + 1);
    }
    return (namedPerPack.get(set.packOf(entry)) ?? 0) - (properEntries.has(entry) ? 1 : 0) > 0;
  };
  /**
   * A well-known organisation's or country's acronym in capitals in running mixed-case text ("UN observers", "the US
   * and Russia", "l'ONU", "U.N. inspectors") means that entry when the page names another entry of
   * its pack: no cue word needed.
   */
  const writtenAsAcronym = (match: RawMatch, targets: AliasTarget[], entry: number) =>
    set.entry(entry).wellKnown === true &&
    set.entry(entry).kind !== 'person' && // a person's initials ("MBS") are too often something else's
    targets.some((t) => t.entry === entry && (capitalAcronym(t) || (titleCaseAcronym(t) && !opensSentence(source, match.sourceStart)))) &&
    inMixedCase(source, match) &&
    packNamedBesides(entry);

  /** The place right before match m in the possessive ("Israel's …"), if there is one. */
  const possessor = (m: number): RawMatch | undefined => {
    const before = matches[m - 1];
    if (before === undefined || !POSSESSIVE.test(source.slice(before.sourceEnd, matches[m]!.sourceStart))) return undefined;
    return before.targets.every((t) => set.entry(t.entry).kind === 'place') ? before : undefined;
  };
  /** Is the place `owner` the entry's own country: a cue word of it, or the stem of a word of its names ("Syria" in "Syrian Ministry of Defence")? */
  const ownedBy = (owner: RawMatch, entry: number) => {
    if (set.isCueOf(folded, owner.start, owner.end, entry)) return true;
    const place = folded.slice(owner.start, owner.end);
    return set.strongKeys(entry).some((key) => key.split(' ').some((word) => word !== place && word.startsWith(place)));
  };
  /**
   * On a page without a date, a time-bound name that another body of its kind also bears without a
   * time bound ("Syrian army": the army dissolved in 2025 and the one built since) stays a candidate,
   * so the page's evidence, or a choice between the two, decides rather than the older body alone.
   */
  const undatedAlternative = (target: AliasTarget, all: readonly AliasTarget[]) =>
    existed === undefined &&
    all.some(
      (other) => other.entry !== target.entry && !isTimeBound(other.flags) && set.entry(other.entry).kind === set.entry(target.entry).kind,
    );
  const mentions: (Mention | undefined)[] = new Array(matches.length);
  // Another known name ends a longer one; a short form ("Departamento" in "Departamento del Tesoro") is no name of its own there.
  const matchStarts = new Set(
    matches.filter((match) => match.targets.some((t) => (t.flags & ALIAS_SHORT_FORM) === 0)).map((match) => match.sourceStart),
  );
  const insideLongerName = longerNameReader(source, (at) => matchStarts.has(at));
  const shortForms: Array<[number, number[], boolean]> = [];
  /** Where each entry is marked by a name of its own (not a short form, surname or everyday phrase), in text order. */
  const namedAt = new Map<number, number[]>();
  /** Where the full mention of an entry that starts at a position ends ("entry:start" → end). */
  const namedEnds = new Map<string, number>();
  const endOf = (entry: number, start: number) => namedEnds.get(`${entry}:${start}`) ?? start;
  /** Where the last short form read as each entry ends. */
  const formEnds = new Map<number, number>();
  /** Decides match m from its targets other than short forms; false when it marks nothing. */
  const decide = (match: RawMatch, m: number, named: AliasTarget[]): boolean => {
    // A surname is someone's only where their full name is on the page, whatever other entries share
    // the word; a time-bound name is its entry's only where the page's date falls in its lifespan;
    // a generic name after another country's possessive is that country's ("Israel's Defense Ministry").
    const owner = possessor(m);
    // "President Putin", "الرئيس بوتين": a leader's title names the well-known holder of the name.
    let titleBefore: boolean | undefined;
    // Someone not well known ("Präsident Assad") needs one cue word of theirs besides ("President Hassan" in Somalia has none).
    const titled = (entry: number) => {
      if (set.entry(entry).kind !== 'person' || (set.entry(entry).wellKnown !== true && (cueCounts[entry] ?? 0) < 1)) return false;
      titleBefore ??= leaderTitleBefore(folded, source, match, normalized.offsets);
      return titleBefore;
    };
    const targets = named.filter(
      (t) =>
        ((t.flags & ALIAS_SURNAME) === 0 || properEntries.has(t.entry) || titled(t.entry)) &&
        (!isTimeBound(t.flags) || existed?.(t.entry) === true || undatedAlternative(t, named)) &&
        (owner === undefined || (t.flags & ALIAS_WEAK) === 0 || ownedBy(owner, t.entry)),
    );
    if (targets.length === 0) return false;
    const allOfKind = (kind: string) => targets.every((t) => set.entry(t.entry).kind === kind);
    // A place's or person's name in small letters is a word ("israel- und judenfeindliche"); an
    // organisation's generic names ("defense ministry") are written small as often as not.
    if (
      (allOfKind('place') || allOfKind('person')) &&
      writtenInSmallLetters(source, match, () => targets.map((t) => set.entry(t.entry).name))
    )
      return false;
    if (allOfKind('person') && familyBefore(folded, match)) return false;
    // "Trumps", "Scharaas": a genitive the index derives reads as German only with a German noun beside it.
    if (
      allOfKind('person') &&
      isDerivedGenitive(folded.slice(match.start, match.end), targets, set) &&
      !readsAsGermanPersonGenitive(source, match.sourceStart, match.sourceEnd)
    )
      return false;
    if (allOfKind('organization') && /\s/u.test(readerText(source, match)) && indefiniteBefore(source, match)) return false;
    if (allOfKind('place')) {
      if (adjectiveAfterFeminine(folded, source, match, normalized.offsets)) return false;
      // "le Syrien Abou Mohammed al-Adnani" is a Syrian man, not the country's German name.
      if (demonymNoun(folded, match.start, match.end)) return false;
      // "les Syriens" are people; "die Zukunft Syriens" is the country's genitive.
      if (!readsAsGermanGenitive(source, match.sourceStart, match.sourceEnd)) return false;
      // "valle del Yarmuk", "the Yarmouk valley": a river's or valley's name, not the camp's.
      if (landformBeside(folded, match, () => targets.flatMap((t) => set.strongKeys(t.entry)))) return false;
      // "Israel Clemente": a country's name that is also a given name, before a surname no pack knows.
      if (placeAsGivenName(source, match, (at) => matchStarts.has(at))) return false;
      // "Hazem Kobane", "Omar Idlib": a Latin place name right after a capitalised given name is a man's name.
      if (
        LATIN_LETTER.test(source[match.sourceStart] ?? '') &&
        givenNameBefore(folded, source, match, set, normalized.offsets) !== undefined
      )
        return false;
    }
    // "the Aleppo Media Centre", "la Red Siria de Derechos Humanos": a longer name no pack lists.
    if (
      targets.every((t) => set.entry(t.entry).kind === 'place' || set.entry(t.entry).kind === 'organization') &&
      LATIN_LETTER.test(source[match.sourceStart] ?? '') &&
      !targets.some(capitalAcronym) &&
      insideLongerName(match.sourceStart, match.sourceEnd)
    )
      return false;
    const text = readerText(source, match);
    const strong = uniqueEntries(targets.filter((t) => (t.flags & ALIAS_WEAK) === 0));
    const pool = strong.length > 0 ? strong : uniqueEntries(targets);
    const weak = strong.length === 0;
    // A person's surname or short name right after a given name not theirs is someone else's
    // ("ماهر الشرع", "Hazem Sharaa"): only the people of that given name remain candidates.
    const given = weak ? givenNameBefore(folded, source, match, set, normalized.offsets) : undefined;
    const own = (entry: number) => set.entry(entry).kind !== 'person' || set.strongKeys(entry).some((key) => key.startsWith(`${given} `));
    const byName = given === undefined ? pool : pool.filter(own);
    // A body that no longer existed on the article's date yields to one of the same kind that did
    // ("Syrian army" in 2025 is the new army); not to something else that shares its name ("HTS",
    // the group, is still written after its dissolution; the tariff schedule does not replace it).
    const kindOf = (entry: number) => set.entry(entry).kind;
    const current =
      existed === undefined || byName.length < 2
        ? byName
        : byName.filter(
            (entry) =>
              existed(entry) !== false ||
              !byName.some((other) => other !== entry && existed(other) === true && kindOf(other) === kindOf(entry)),
          );
    const candidates = current.length > 0 ? current : byName;
    const ranked = candidates.map((entry) => ({ entry, score: score(entry) })).sort((a, b) => b.score - a.score);
    const top = ranked[0];
    if (top === undefined) return false;
    const everydayPhrase = weak && targets.every((t) => (t.flags & ALIAS_EVERYDAY) !== 0);
    // "Syria's Interior Ministry": the country's possessive and the generic name are one mention.
    const possessed = weak && owner !== undefined && ownedBy(owner, top.entry);
    const adjective =
      weak && !possessed && set.entry(top.entry).kind === 'organization' && /\s/u.test(text) && !targets.some(capitalAcronym)
        ? nationalityBeside(source, match.sourceStart, match.sourceEnd)
        : undefined;
    const ownAdjective = adjective !== undefined && isOwnNationality(adjective.key, set.strongKeys(top.entry));
    // A surname alone is that person only where one of their full names is on the page.
    const surnameOnly = weak && targets.every((t) => (t.flags & ALIAS_SURNAME) !== 0);
    const leader = weak && titled(top.entry);
    if (surnameOnly) {
      if (!properEntries.has(top.entry) && !leader) return false;
      // A three-letter acronym in title case ("il Bla") opening a sentence may be a word ("Bla bla").
      if (set.entry(top.entry).kind !== 'person' && opensSentence(source, match.sourceStart)) return false;
      // "Jalaluddin Haqqani" beside "Khalil Haqqani": a capitalised word no pack knows right before
      // the surname is most likely someone else's given name.
      if (given === undefined && otherNameBefore(source, match)) return false;
      // "Assad al-Shaibani": a surname right before an "al-" name is someone's given name.
      if (ARTICLED_NAME_AFTER.test(source.slice(match.sourceEnd, match.sourceEnd + 6))) return false;
    } else if (weak) {
      // Two capital letters inside capitals ("WHAT IS NEXT", "LET US") are words, whatever else is on the page.
      const short = targets.filter((t) => t.entry === top.entry && capitalAcronym(t) && t.text.replace(/[^\p{L}]/gu, '').length <= 2);
      if (short.length > 0 && besideCapitals(source, match)) return false;
      // "the Israeli Defense Ministry", "وزارة الدفاع التركية": a generic name beside another nation's
      // adjective is that nation's body; beside its own ("the Syrian defense ministry") it is one mention.
      if (adjective !== undefined && !ownAdjective) return false;
      // Evidence in the words themselves, whatever else the page says:
      // "dell’Isis", "l’Isis": a title-case acronym after an elided article is the body, not a goddess or a given name.
      const articledAcronym =
        targets.some((t) => t.entry === top.entry && titleCaseAcronym(t)) && elidedArticleBefore(source, match.sourceStart);
      // "IS-Kämpfer", "US-Bundesstaat": an acronym joined to a German noun is used as a name; whose
      // name, a well-known body's or one cue word of the page says ("der ISPK-Stand" of a club is neither).
      const compounded =
        targets.some((t) => t.entry === top.entry && capitalAcronym(t)) &&
        GERMAN_COMPOUND_AFTER.test(source.slice(match.sourceEnd, match.sourceEnd + 4)) &&
        (set.entry(top.entry).wellKnown === true || (cueCounts[top.entry] ?? 0) >= 1);
      // "the Israeli army", "الجيش السوري": a nation's army or parliament is evident from its name.
      const ownInstitution = set.entry(top.entry).kind === 'organization' && namesOwnInstitution(text, set.strongKeys(top.entry));
      // Also a leader's title, the country's possessive or own adjective, and a time-bound name that
      // survived the date check (the date is its evidence).
      const evidentHere =
        leader ||
        possessed ||
        ownAdjective ||
        ownInstitution ||
        articledAcronym ||
        compounded ||
        targets.some((t) => t.entry === top.entry && isTimeBound(t.flags) && existed?.(t.entry) === true);
      // A name written out and capitalised ("Trump", not "trump" the verb, not "MBS").
      // The packs list such names case-sensitive ("Putin"), so it is the text that tells initials apart.
      const spelledOut = !/^\p{Ll}/u.test(text) && !/^[\p{Lu}\p{N}.\s-]+$/u.test(text);
      if (
        !evidentHere &&
        !hasEvidence(top.entry, everydayPhrase, spelledOut) &&
        (everydayPhrase || !writtenAsAcronym(match, targets, top.entry))
      )
        return false; // no evidence: say nothing
    }
    const tied = ranked.filter((r) => r.score === top.score).map((r) => r.entry);
    if (possessed) mentions[m - 1] = undefined;
    const start = possessed ? owner.sourceStart : ownAdjective ? Math.min(adjective.start, match.sourceStart) : match.sourceStart;
    const end = ownAdjective ? Math.max(adjective.end, match.sourceEnd) : match.sourceEnd;
    const wider = start !== match.sourceStart || end !== match.sourceEnd;
    const base = { start, end, text: wider ? readerText(source, { ...match, sourceStart: start, sourceEnd: end }) : text, weak };
    if (tied.length === 1) {
      mentions[m] = { ...base, entry: top.entry, candidates: [top.entry] };
      if (!everydayPhrase && !surnameOnly) {
        const at = namedAt.get(top.entry) ?? [];
        at.push(match.start);
        namedAt.set(top.entry, at);
        namedEnds.set(`${top.entry}:${match.start}`, match.end);
      }
    } else {
      // Several entries share this name with equal evidence: list them rather than guess.
      mentions[m] = { ...base, entry: undefined, candidates: tied };
    }
    return true;
  };
  matches.forEach((match, m) => {
    const targets = named[m]!;
    // A short form is never evidence: it is read once every full mention is known, and only when
    // the span's other names (another entry's weak name, say) mark nothing.
    const formTargets = targets.filter((t) => (t.flags & ALIAS_SHORT_FORM) !== 0);
    const forms = uniqueEntries(formTargets);
    const others = forms.length > 0 ? targets.filter((t) => (t.flags & ALIAS_SHORT_FORM) === 0) : targets;
    if ((others.length === 0 || !decide(match, m, others)) && forms.length > 0) {
      const afterOnly = formTargets.every((t) => (t.flags & ALIAS_SHORT_FORM_AFTER_ONLY) === ALIAS_SHORT_FORM_AFTER_ONLY);
      shortForms.push([m, forms, afterOnly]);
    }
  });

  // A short form refers to the entry named in full most recently before it; before any full
  // mention (a headline), to the one named in full soon after.
  for (const [m, forms, afterOnly] of shortForms) {
    const match = matches[m]!;
    let best: number | undefined;
    let bestBefore = -1;
    let bestAfter = Number.POSITIVE_INFINITY;
    for (const entry of forms) {
      const at = namedAt.get(entry);
      if (at === undefined) continue;
      const before = at.filter((p) => p < match.start).at(-1);
      if (before !== undefined) {
        if (before > bestBefore) [best, bestBefore] = [entry, before];
        continue;
      }
      const after = at.find((p) => p >= match.end);
      if (!afterOnly && bestBefore < 0 && after !== undefined && after - match.end <= HEADLINE_REACH && after < bestAfter)
        [best, bestAfter] = [entry, after];
    }
    if (best === undefined) continue;
    // "the ministry" reads as a short form after "the", not in "the ministry of health"; and a
    // generic word refers to the last body of its kind, so another one named since (one no pack
    // lists: "Lebanon's health ministry") leaves it unclear.
    // A capitalised head right after a small word ("as Council backs"), not after a capitalised one ("Health Ministry").
    const capitalisedMidSentence =
      /^\p{Lu}/u.test(source[match.sourceStart] ?? '') &&
      !opensSentence(source, match.sourceStart) &&
      !/\p{Lu}[\p{L}'’-]*\s+$/u.test(source.slice(Math.max(0, match.sourceStart - 30), match.sourceStart));
    if (!headNounReadsHere(folded, match.start, match.end, capitalisedMidSentence)) continue;
    const from = Math.max(endOf(best, bestBefore), formEnds.get(best) ?? 0);
    // The same short form left unread in between, right after a conjunction or a line's start ("as
    // Council backs", a headline's), is no other body; after a modifier ("health ministry") it is.
    const sameForm = (at: number) =>
      shortForms.some(([other, otherForms]) => otherForms.includes(best) && matches[other]!.start <= at && at < matches[other]!.end) &&
      afterConjunction(folded, at);
    if (afterOnly && bestBefore >= 0 && otherOfKindBetween(folded, from, match, sameForm)) continue;
    formEnds.set(best, match.end);
    mentions[m] = {
      start: match.sourceStart,
      end: match.sourceEnd,
      text: readerText(source, match),
      weak: true,
      entry: best,
      candidates: [best],
    };
  }

  coverJoinedPlaces(folded, source, matches, mentions);
  readProvinceAdjectives(folded, source, matches, mentions);
  offerGovernorates(folded, matches, mentions);
  offerNamesakes(folded, source, matches, mentions, set);
  return mentions.filter((mention): mention is Mention => mention !== undefined);
}

/**
 * "محافظتي إدلب وحماة", "Idlib and Hama provinces": a plural or dual province word covers the place
 * names joined to its own, which then mean their governorates.
 */
function coverJoinedPlaces(folded: string, source: string, matches: RawMatch[], mentions: (Mention | undefined)[]): void {
  const joined = (a: number, b: number) => COORDINATION.test(source.slice(matches[a]!.sourceEnd, matches[b]!.sourceStart));
  const marked: number[] = [];
  mentions.forEach((mention, m) => {
    if (mention !== undefined) marked.push(m);
  });
  const cover = (k: number, step: 1 | -1, reach: number) => {
    for (let n = 1, at = k; n <= reach; n++) {
      const next = marked[at + step];
      if (next === undefined || !joined(step > 0 ? marked[at]! : next, step > 0 ? next : marked[at]!)) return;
      const region = governorateOf(matches[next]!);
      if (region === undefined) return;
      mentions[next] = { ...mentions[next]!, entry: region, candidates: [region] };
      at += step;
    }
  };
  marked.forEach((m, k) => {
    const match = matches[m]!;
    const mention = mentions[m]!;
    // "المحافظات الشرقية الثلاث: دير الزور والحسكة والرقة", "three provinces: Idlib, Hama and Latakia".
    const region = governorateOf(match);
    if (region !== undefined && (k === 0 || !joined(marked[k - 1]!, m)) && LIST_OF_PROVINCES.test(folded.slice(0, match.start))) {
      mentions[m] = { ...mention, entry: region, candidates: [region] };
      cover(k, 1, Number.POSITIVE_INFINITY);
      return;
    }
    const span = folded.slice(match.start, match.end);
    // A derived plural phrase, or a governorate's own name in ريف ("ريف دمشق وحلب").
    const plural = match.targets.some(
      (t) => t.entry === mention.entry && (t.flags & (ALIAS_REGION | ALIAS_REGION_PLURAL)) === (ALIAS_REGION | ALIAS_REGION_PLURAL),
    );
    if (!plural && !(mention.entry !== undefined && namesCountryside(span))) return;
    const [forward, back] = pluralReach(span);
    cover(k, 1, forward);
    cover(k, -1, back);
  });
}
/** Is the folded text a person's name plus the German genitive -s (the name without it is a word of the person's strong names)? */
function isDerivedGenitive(key: string, targets: AliasTarget[], set: IndexSet): boolean {
  if (!key.endsWith('s') || key.includes(' ')) return false;
  const bare = key.slice(0, -1);
  return targets.some((t) => set.strongKeys(t.entry).some((name) => name.split(' ').includes(bare)));
}

/** Words that join clauses: after one, a bare head noun is a short form left without its article, not another body's name. */
const CONJUNCTIONS = new Set(
  'as and or but while when that after before since because if et ou mais que quand y o pero cuando e ma che und oder aber dass als wenn'.split(
    ' ',
  ),
);

/** Is the word before folded[at] a conjunction, or nothing (the text's start)? */
function afterConjunction(folded: string, at: number): boolean {
  const before = wordBefore(folded, at);
  if (before === undefined) return at === 0 || !isWordCode(folded.charCodeAt(at - 1));
  return CONJUNCTIONS.has(folded.slice(before[0], before[1]));
}

/**
 * The bare noun of a generic short form ("ministry", "وزاره") appears as a word in folded[from,
 * match.start), other than where `sameForm` says it is the same short form left unread.
 */
function otherOfKindBetween(folded: string, from: number, match: RawMatch, sameForm: (at: number) => boolean): boolean {
  const noun = bareNoun(folded.slice(match.start, match.end));
  if (noun.length < 3) return false;
  const between = folded.slice(from, match.start);
  for (let at = between.indexOf(noun); at >= 0; at = between.indexOf(noun, at + 1)) {
    const end = at + noun.length;
    if ((end === between.length || !isWordCode(between.charCodeAt(end))) && !sameForm(from + at)) return true;
  }
  return false;
}

function uniqueEntries(targets: AliasTarget[]): number[] {
  return [...new Set(targets.map((t) => t.entry))];
}
