/**
 * The parts of an entry the engine reads. The pack schema (lib/packs) builds its types on these,
 * so the engine needs nothing from the packs and any pack entry can be indexed and searched.
 */

export const ENTRY_KINDS = ['organization', 'person', 'place', 'document', 'event', 'term'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const NAME_KINDS = ['name', 'alias', 'acronym', 'previousName', 'weakAlias'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export interface MatchableName {
  readonly text: string;
  readonly kind: NameKind;
  /** The name's language (BCP 47); German names are also matched in their declined forms. */
  readonly lang?: string;
  readonly caseSensitive?: boolean;
  /** A generic name that means this entry only in its own time: marked only on pages dated within its lifespan. */
  readonly timeBound?: boolean;
  /** An acronym no other body in the news goes by ("PKK"): in capitals in running text it needs no other evidence. */
  readonly distinctive?: boolean;
}

/**
 * A short form an article uses for an entry once it has named it in full ("the Observatory",
 * "المرصد", "التحالف"): never evidence on its own, it marks only after a full mention on the page.
 */
export interface MatchableShortForm {
  readonly text: string;
  /** Latin forms are compared as written unless this says otherwise. */
  readonly caseSensitive?: boolean;
  /** A generic word: only after the full name, never before it (see ALIAS_SHORT_FORM_AFTER_ONLY). */
  readonly afterOnly?: boolean;
}

/** A link to another entry; the engine reads only where one place lies inside another. */
export interface MatchableRelation {
  readonly id: string;
  readonly relation: string;
}

/** What the alias index needs of an entry. */
export interface MatchableEntry {
  readonly id: string;
  readonly kind: EntryKind;
  readonly name: string;
  readonly names: readonly MatchableName[];
  /** Cue words whose presence on a page is evidence for this entry. */
  readonly context: readonly string[];
  /**
   * Longer names that contain one of this entry's names but mean something else ("Bank of
   * America" for the United States, "Trump Tower" for Donald Trump): where one is on the page,
   * that span is not this entry.
   */
  readonly blockedBy?: readonly string[];
  /** A name every reader knows (a country, a head of state, the UN): marked only when the reader asks. */
  readonly wellKnown?: boolean;
  /** Short forms used after the full name (see MatchableShortForm). */
  readonly shortForms?: readonly MatchableShortForm[];
  /** Links to other entries: a city "part of" a governorate names it in "X province", "ريف X". */
  readonly related?: readonly MatchableRelation[];
}

/** What the glossary search needs of an entry. */
export interface SearchableEntry extends MatchableEntry {
  readonly summary: string;
  readonly background?: string;
}
