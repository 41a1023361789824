/**
 * The pack format: what a bundled or user-imported source pack must look like.
 * One zod schema is the single definition; the JSON Schema for pack authors is generated from it.
 */
import { z } from 'zod';
import { ENTRY_KINDS, NAME_KINDS } from '../engine/entry-shape';

// No eval-compiled validators: extension pages forbid eval, so never even try.
z.config({ jitless: true });

/**
 * Size limits, for bundled and imported packs alike: an entry is read whole when a card opens, and
 * every pack is indexed when the background starts, so no field or list may grow without bound.
 * docs/packs.md gives them to pack authors.
 */
export const PACK_LIMITS = {
  entries: 10_000,
  /** One name, cue word, id, type, authority or list. */
  shortText: 300,
  summary: 1_000,
  background: 10_000,
  /** A note on a date, relation, designation or event; a source title; a publisher. */
  note: 2_000,
  url: 2_000,
  /** Names, cue words, sources, related entries, dates, designations per entry; events per designation. */
  list: 300,
  /** The whole file, in characters (the URL import caps the download at the same size). */
  fileChars: 20 * 1024 * 1024,
} as const;

const short = () => z.string().max(PACK_LIMITS.shortText, `must be at most ${PACK_LIMITS.shortText} characters`);
const noteText = () => z.string().max(PACK_LIMITS.note, `must be at most ${PACK_LIMITS.note} characters`);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(PACK_LIMITS.list, `must have at most ${PACK_LIMITS.list} items`);

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A calendar date, or a month or year where sources give no finer precision. */
const partialDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The day exists in the calendar (no 30 February). */
function isRealDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (day === undefined) return true;
  return day <= new Date(Date.UTC(year!, month!, 0)).getUTCDate();
}

export const IsoDate = z
  .string()
  .regex(isoDay, 'must be a date written YYYY-MM-DD')
  .refine(isRealDay, 'must be a day that exists in the calendar');
export const PartialDate = z
  .string()
  .regex(partialDate, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDay, 'must be a day that exists in the calendar');
const Id = short().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens');

const HttpUrl = z
  .string()
  .max(PACK_LIMITS.url, `must be at most ${PACK_LIMITS.url} characters`)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL');

export const Source = z.strictObject({
  id: Id.describe('Referenced from events and dates in the same entry'),
  url: HttpUrl,
  title: noteText().min(1),
  publisher: noteText().min(1),
  accessed: IsoDate.describe('The day the source was read'),
});

/** Text that must say something: not empty, not only punctuation or white space. */
const Wording = short().refine((s) => /[\p{L}\p{N}]/u.test(s), 'must contain a letter or digit');

export const NameKind = z.enum(NAME_KINDS);
export const Name = z.strictObject({
  text: Wording,
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
    .optional(),
  kind: NameKind,
  /** Acronyms and weak aliases are matched case-sensitively unless this says otherwise. */
  caseSensitive: z.boolean().optional(),
  /**
   * A generic name that is unambiguous but for time ("Syrian government" for the government formed
   * in 2025): marked only on pages whose date falls within the entry's lifespan (its founded and
   * dissolved dates), and there the date is its evidence. The entry needs a founding or ending date.
   */
  timeBound: z.boolean().optional(),
  /**
   * An acronym no other body in the news goes by ("PKK", "ISIS"): written in capitals in running
   * text it marks without further evidence, like a full name. Only for acronyms of three letters or more.
   */
  distinctive: z.boolean().optional(),
});

/** A short form used after the full name: marked only where a full name of the entry comes before it on the page. */
export const ShortForm = z.strictObject({
  text: Wording,
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
    .optional(),
  /** Forms with letter case are compared as written ("the Observatory", not "an observatory") unless this is false. */
  caseSensitive: z.boolean().optional(),
  /** A generic word ("الحزب", the party; "التنظيم", the organisation): only after the full name, never before it in a headline. */
  afterOnly: z.boolean().optional(),
});

export const EntryKind = z.enum(ENTRY_KINDS);

export const DatedFact = z.strictObject({
  type: short().min(1).describe('founded, adopted, born, took office, dissolved…'),
  date: PartialDate,
  note: noteText().optional(),
  sources: list(Id).min(1),
});

export const Relation = z.enum([
  'predecessor',
  'successor',
  'leader',
  'led',
  'member of',
  'has member',
  'part of',
  'contains',
  'alias of',
  'designated by',
  'related',
]);
export const Related = z.strictObject({ id: Id, relation: Relation, note: noteText().optional() });

export const EventType = z.enum(['listed', 'amended', 'delisted', 'expired', 'suspended', 'reinstated']);
export const DesignationEvent = z.strictObject({
  date: IsoDate,
  type: EventType,
  note: noteText().optional(),
  sources: list(Id).min(1),
});

export const Designation = z.strictObject({
  authority: short().min(1).describe('Who designates: "UN Security Council", "US Department of State"…'),
  authorityId: Id.describe('Stable key used by settings filters: un, us-state, us-treasury, uk, eu, ca, au, tr…'),
  list: short().min(1).describe('The list or programme: "Foreign Terrorist Organization", "ISIL (Da\'esh) and Al-Qaida Sanctions List"…'),
  listedAs: short().optional(),
  referenceId: short().optional(),
  events: list(DesignationEvent).min(1),
  /** The last day the current status was confirmed against the authority's own list. */
  checked: IsoDate.optional(),
  removedBy: IsoDate.optional().describe(
    'The list of this day no longer names the entry, and no source gives the day it was removed: it was removed on or before it',
  ),
  note: noteText().optional(),
});

export const Entry = z.strictObject({
  id: Id,
  kind: EntryKind,
  name: Wording,
  names: list(Name).min(1),
  summary: z
    .string()
    .min(1)
    .max(PACK_LIMITS.summary, `must be at most ${PACK_LIMITS.summary} characters`)
    .describe("One sentence, in the pack authors' own words"),
  background: z.string().max(PACK_LIMITS.background, `must be at most ${PACK_LIMITS.background} characters`).optional(),
  dates: list(DatedFact).default([]),
  related: list(Related).default([]),
  designations: list(Designation).default([]),
  context: list(Wording).default([]).describe('Cue words whose presence on a page is evidence for this entry'),
  wellKnown: z
    .boolean()
    .optional()
    .describe('A name every reader knows (a country, a head of state or government, the UN): marked only when the reader turns that on'),
  shortForms: list(ShortForm)
    .optional()
    .describe(
      'Short forms an article uses once it has named the entry in full ("the Observatory", "المرصد"); marked only after a full name of the entry on the same page, never alone',
    ),
  blockedBy: list(Wording)
    .optional()
    .describe('Longer names containing one of this entry\'s names that mean something else ("Bank of America" for the United States)'),
  sources: list(Source).min(1),
  reviewed: IsoDate,
});

export const PackMeta = z.strictObject({
  id: Id,
  title: short().min(1),
  version: short().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  license: short().min(1),
  description: noteText().min(1),
  updated: IsoDate,
});

export const Pack = PackMeta.extend({
  entries: z.array(Entry).max(PACK_LIMITS.entries, `must have at most ${PACK_LIMITS.entries} entries`),
});

/** A pack as one file (the import layout): it may name the JSON Schema it follows, for editors. */
export const PackFile = Pack.extend({ $schema: z.string().optional().describe('The JSON Schema this file follows (ignored)') });

export type Source = z.infer<typeof Source>;
export type Name = z.infer<typeof Name>;
export type ShortForm = z.infer<typeof ShortForm>;
export type Entry = z.infer<typeof Entry>;
export type Designation = z.infer<typeof Designation>;
export type DesignationEvent = z.infer<typeof DesignationEvent>;
export type PackMeta = z.infer<typeof PackMeta>;
export type Pack = z.infer<typeof Pack>;
export type EntryKind = z.infer<typeof EntryKind>;
