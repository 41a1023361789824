/**
 * Notebook exports: a Markdown study sheet to read, a CSV to analyse in a spreadsheet, and a JSON
 * file that re-imports exactly (validated by a zod schema that reports every problem by path).
 */
import { z } from 'zod';
import type { EntryKind } from '../packs/pack-schema';
import { NOTEBOOK_VERSION, type NotebookData, outletOf, type SavedArticle, type StatusAtSave } from './notebook';
import { upgradeArticle } from './notebook-migrate';
import { articlePassages, type EntityDigest, entityDigest, type PassageView, passageNumbers } from './notebook-view';
import { statusSentences } from './status-at-save';

// No eval-compiled validators: extension pages forbid eval, so never even try (as in pack-schema).
z.config({ jitless: true });

// ---------------------------------------------------------------------------------------------
// Markdown

/** Characters that can start emphasis, code, links, HTML, headings, tables or entities inline. */
const MARKDOWN_INLINE = /[\\`*_[\]<>#|~&]/gu;

/** One line of page or user text made literal: no Markdown structure can come out of it. */
function markdownLine(text: string): string {
  const escaped = text.trim().replace(MARKDOWN_INLINE, (ch) => `\\${ch}`);
  // At a line start "-", "+", "=" and "1." / "1)" would open a list or underline a heading.
  return escaped.replace(/^[-+=]/u, (ch) => `\\${ch}`).replace(/^(\d+)([.)])/u, '$1\\$2');
}

/** Text on one line (titles, names, quotes): white space collapsed, then made literal. */
const mdInline = (text: string): string => markdownLine(text.replace(/\s+/gu, ' '));

/** Text inside a line, never at its start (after “, inside brackets): only the inline characters need escaping. */
const mdFragment = (text: string): string =>
  text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(MARKDOWN_INLINE, (ch) => `\\${ch}`);

/** A user's multi-line note as literal paragraphs (blank lines kept as paragraph breaks). */
function mdParagraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map(markdownLine)
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** The URL when it is http(s), ready for a Markdown link destination; undefined for anything else. */
function linkTarget(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    // href is already percent-encoded except for parentheses, which would end the destination.
    return parsed.href.replace(/\(/gu, '%28').replace(/\)/gu, '%29');
  } catch {
    return undefined;
  }
}

function articleHeading(article: SavedArticle): string {
  const title = mdInline(article.title) || mdInline(article.url) || 'Untitled';
  const target = linkTarget(article.url);
  // A javascript: or data: address stays visible but inert.
  if (target === undefined) return article.url.trim() ? `### ${title} (${mdInline(article.url)})` : `### ${title}`;
  return `### [${title}](${target})`;
}

/** Distinct values in order of first appearance. */
const distinct = (values: readonly string[]): string[] => [...new Set(values)];
const quoted = (text: string): string => `“${mdFragment(text)}”`;

function articleEntityItems(article: SavedArticle): string[] {
  return article.entities.map((entity) => {
    const mentions = article.mentions.filter((m) => m.entityId === entity.id);
    const names = distinct(mentions.map((m) => m.text));
    const written = names.length > 0 ? `, written ${names.map(quoted).join(', ')}` : '';
    const numbers = passageNumbers(article, entity.id);
    const where = numbers.length > 0 ? `; ${numbers.length === 1 ? 'passage' : 'passages'} ${numbers.join(', ')}` : '';
    const item = `- **${mdInline(entity.name)}** (${entity.kind})${written}${where}`;
    // The status lines are indented into the list item, so they belong to this entity.
    const status = entity.status ? statusSentences(entity.status).map((line) => `  - ${mdInline(line)}`) : [];
    return status.length > 0 ? `${item}\n\n${status.join('\n')}` : item;
  });
}

/** A passage once, with every entity it names: "1. “…” — Hayat Tahrir al-Sham (“HTS”), Idlib". */
function passageItem(passage: PassageView): string {
  const names = passage.entities.map(({ entity, names: written }) => {
    const other = written.filter((text) => text !== entity.name);
    return other.length > 0 ? `${mdInline(entity.name)} (${other.map(quoted).join(', ')})` : mdInline(entity.name);
  });
  return `${passage.number}. ${quoted(passage.quote.exact)}${names.length > 0 ? ` — ${names.join(', ')}` : ''}`;
}

/** The outlet as the page named it, with its host when that differs: "BBC News (bbc.co.uk)". */
function outletLine(article: SavedArticle): string {
  const outlet = outletOf(article);
  return outlet === article.site ? mdInline(outlet) : `${mdInline(outlet)} (${mdFragment(article.site)})`;
}

function articleSection(article: SavedArticle): string {
  const published = article.publishedOn ? `published ${article.publishedOn}` : 'date not stated';
  const blocks = [articleHeading(article), `${outletLine(article)} · ${published} · saved ${article.savedAt.slice(0, 10)}`];
  if (article.note.trim()) blocks.push(mdParagraphs(article.note));
  const items = articleEntityItems(article);
  blocks.push(...(items.length > 0 ? items : ['No entities found.']));
  const passages = articlePassages(article);
  if (passages.length > 0) blocks.push('Passages:', passages.map(passageItem).join('\n'));
  return blocks.join('\n\n');
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function entitySection(entity: EntityDigest): string {
  const facts = [
    entity.kind,
    plural(entity.articleIds.length, 'article'),
    plural(entity.mentionCount, 'mention'),
    `first seen ${entity.firstSeen}`,
    `last seen ${entity.lastSeen}`,
  ];
  const blocks = [`### ${mdInline(entity.name)}`, facts.join(' · ')];
  if (entity.outlets.length > 0) {
    blocks.push(
      entity.outlets
        .map(({ outlet, names }) => `- ${mdInline(outlet)}: ${names.map(({ text, count }) => `${quoted(text)} (${count})`).join(', ')}`)
        .join('\n'),
    );
  }
  if (entity.note?.trim()) blocks.push(`**Note:** ${mdParagraphs(entity.note)}`);
  return blocks.join('\n\n');
}

/** A readable study sheet of the whole notebook. */
export function notebookToMarkdown(data: NotebookData, options: { readonly generatedOn: string }): string {
  const entities = entityDigest(data);
  const blocks = [
    '# Backstory notebook',
    `Exported ${options.generatedOn} · ${plural(data.articles.length, 'article')} · ${plural(entities.length, 'entity', 'entities')}`,
    '## Articles',
    ...(data.articles.length > 0 ? data.articles.map(articleSection) : ['No saved articles.']),
    '## Entities',
    ...(entities.length > 0 ? entities.map(entitySection) : ['No entities.']),
  ];
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// CSV

const CSV_COLUMNS = [
  'article_title',
  'article_url',
  'outlet',
  'site',
  'published_on',
  'saved_at',
  'passage',
  'sentence',
  'prefix',
  'suffix',
  'entity_ids',
  'entity_names',
  'entity_kinds',
  'text_used',
  'listed_on_article_date',
  'in_force_when_saved',
] as const;

/** Values for several entities in one cell, in the order of entity_ids. */
const LIST_SEPARATOR = '; ';

/** "2 of 3" listed on the article's date; empty when not recorded, "0 of 0" for an entity with no records. */
function listedThen(status: StatusAtSave | undefined): string {
  if (!status) return '';
  if (!status.onArticleDate) return status.total === 0 ? '0 of 0' : '';
  return `${status.onArticleDate.listedBy.length} of ${status.total}`;
}

/** "1 of 3" in force (confirmed) on the day saved, and how many more were listed but not confirmed. */
function inForceWhenSaved(status: StatusAtSave | undefined): string {
  if (!status) return '';
  const { inForceWith, unconfirmed } = status.onSaveDay;
  return `${inForceWith.length} of ${status.total}${unconfirmed.length > 0 ? ` (${unconfirmed.length} not confirmed)` : ''}`;
}

/**
 * One CSV field (RFC 4180). Page text is untrusted, and a spreadsheet treats a cell starting with
 * = + - @ (or a tab or carriage return) as a formula: such a field gets a leading apostrophe, the
 * usual neutraliser (OWASP "CSV injection"), so it shows as text. A negative number reads '-5.
 */
function csvField(value: string): string {
  // Spreadsheets skip leading blanks (spaces, no-break and zero-width spaces, a byte-order mark) and
  // read full-width ＝＋－＠ as formula signs too, so those count as the field's start.
  const formula = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u.test(value);
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

const csvRow = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;

function passageFields(article: SavedArticle, passage: PassageView | undefined): string[] {
  const entities = passage?.entities ?? [];
  const join = (values: readonly string[]) => values.join(LIST_SEPARATOR);
  return [
    article.title,
    article.url,
    outletOf(article),
    article.site,
    article.publishedOn ?? '',
    article.savedAt,
    passage ? String(passage.number) : '',
    passage?.quote.exact ?? '',
    passage?.quote.prefix ?? '',
    passage?.quote.suffix ?? '',
    join(entities.map(({ entity }) => entity.id)),
    join(entities.map(({ entity }) => entity.name)),
    join(entities.map(({ entity }) => entity.kind)),
    join(entities.map(({ names }) => names.join(' / '))),
    join(entities.map(({ entity }) => listedThen(entity.status))),
    join(entities.map(({ entity }) => inForceWhenSaved(entity.status))),
  ];
}

/**
 * One row per quoted passage, each sentence once with every entity it names (lists in one cell,
 * separated by "; " and in the same order in every list column), with CRLF line endings. An
 * article without passages still gets one row, so every saved article is in the file.
 */
export function notebookToCsv(data: NotebookData): string {
  let csv = csvRow(CSV_COLUMNS);
  for (const article of data.articles) {
    const passages = articlePassages(article);
    for (const passage of passages.length > 0 ? passages : [undefined]) csv += csvRow(passageFields(article, passage));
  }
  return csv;
}

// ---------------------------------------------------------------------------------------------
// JSON

export const NOTEBOOK_FORMAT = 'backstory-notebook';

/** The notebook as a self-describing JSON file. */
export function notebookToJson(data: NotebookData): string {
  return `${JSON.stringify({ format: NOTEBOOK_FORMAT, version: NOTEBOOK_VERSION, notebook: data }, null, 2)}\n`;
}

/** Plain messages: a missing value says so, a wrong one says what is expected, an extra field is named. */
const expected = (what: string) => ({
  error: (issue: z.core.$ZodRawIssue): string => {
    if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    return issue.input === undefined ? 'is missing' : `must be ${what}`;
  },
});

const Text = z.string(expected('text'));
const Named = z.string(expected('text')).min(1, 'must not be empty');

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u;
/** The day exists in the calendar (no 30 February). */
function isRealDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  return day! <= new Date(Date.UTC(year!, month!, 0)).getUTCDate();
}
const Day = z
  .string(expected('a date written YYYY-MM-DD'))
  .regex(isoDay, 'must be a date written YYYY-MM-DD')
  .refine(isRealDay, 'must be a day that exists in the calendar');
const Timestamp = z.iso.datetime({ offset: true, ...expected('an ISO 8601 timestamp with a time zone, e.g. 2024-05-01T09:30:00Z') });

const HttpUrl = z.string(expected('an http(s) URL')).refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an http(s) URL');

// Record<EntryKind, …> makes the compiler check this list against the dataset's kinds.
const KINDS: Record<EntryKind, true> = { organization: true, person: true, place: true, document: true, event: true, term: true };
const Kind = z.enum(Object.keys(KINDS) as [EntryKind, ...EntryKind[]], expected(`one of ${Object.keys(KINDS).join(', ')}`));

const QuoteSchema = z.strictObject({ exact: Text, prefix: Text, suffix: Text }, expected('an object'));
const PassageIndex = z.number(expected('a whole number')).int('must be a whole number').min(0, 'must be 0 or more');
const MentionSchema = z.strictObject({ entityId: Named, text: Named, passage: PassageIndex }, expected('an object'));
const Authorities = z.array(Named, expected('a list'));
const StatusSchema = z.strictObject(
  {
    total: z.number(expected('a whole number')).int('must be a whole number').min(0, 'must be 0 or more'),
    onArticleDate: z.strictObject({ date: Day, listedBy: Authorities }, expected('an object')).optional(),
    onSaveDay: z.strictObject({ date: Day, inForceWith: Authorities, unconfirmed: Authorities }, expected('an object')),
  },
  expected('an object'),
);
const EntitySchema = z.strictObject({ id: Named, name: Named, kind: Kind, status: StatusSchema.optional() }, expected('an object'));

/** Longest outlet name kept (lib/page/outlet reads at most 120 characters). */
const MAX_OUTLET_CHARS = 200;
const Outlet = Named.max(MAX_OUTLET_CHARS, `must be at most ${MAX_OUTLET_CHARS} characters`);

/** Reports every item whose `field` repeats an earlier item's, at that item's field. */
function uniqueBy<K extends string>(field: K, message: (value: string) => string) {
  return (items: readonly Readonly<Record<K, string>>[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item[field])) ctx.addIssue({ code: 'custom', path: [i, field], message: message(item[field]) });
      seen.add(item[field]);
    });
  };
}
const uniqueEntities = uniqueBy('id', (id) => `entity id "${id}" is used twice`);
const uniqueArticles = uniqueBy('id', (id) => `article id "${id}" is used twice`);
const uniqueNotes = uniqueBy('entityId', (id) => `entity "${id}" already has a note`);

/** A mention must point at an entity listed in the same article, or the sheet cannot name it. */
function mentionsNameEntities(
  article: { readonly entities: readonly { readonly id: string }[]; readonly mentions: readonly { readonly entityId: string }[] },
  ctx: z.RefinementCtx,
): void {
  const ids = new Set(article.entities.map((e) => e.id));
  article.mentions.forEach((mention, i) => {
    if (!ids.has(mention.entityId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['mentions', i, 'entityId'],
        message: `"${mention.entityId}" is not in this article's entities`,
      });
    }
  });
}

/** One saved article: what the background checks before storing a save from a page. */
export const ArticleSchema = z
  .strictObject(
    {
      id: Named,
      url: HttpUrl,
      title: Text,
      site: Text,
      outlet: Outlet.optional(),
      publishedOn: Day.optional(),
      savedAt: Timestamp,
      entities: z.array(EntitySchema, expected('a list')).superRefine(uniqueEntities),
      passages: z.array(QuoteSchema, expected('a list')),
      mentions: z.array(MentionSchema, expected('a list')),
      note: Text,
    },
    expected('an object'),
  )
  .superRefine((article, ctx) => {
    mentionsNameEntities(article, ctx);
    article.mentions.forEach((mention, i) => {
      if (mention.passage >= article.passages.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['mentions', i, 'passage'],
          message: `is ${mention.passage}, and the article has ${article.passages.length} passages`,
        });
      }
    });
  });

/** A saved article as notebook version 1 wrote it (a quote in every mention), upgraded once read. */
const ArticleSchemaV1 = z
  .strictObject(
    {
      id: Named,
      url: HttpUrl,
      title: Text,
      site: Text,
      publishedOn: Day.optional(),
      savedAt: Timestamp,
      entities: z
        .array(z.strictObject({ id: Named, name: Named, kind: Kind }, expected('an object')), expected('a list'))
        .superRefine(uniqueEntities),
      mentions: z.array(z.strictObject({ entityId: Named, text: Named, quote: QuoteSchema }, expected('an object')), expected('a list')),
      note: Text,
    },
    expected('an object'),
  )
  .superRefine(mentionsNameEntities)
  .transform(upgradeArticle);

const EntityNoteSchema = z.strictObject({ entityId: Named, text: Text, updatedAt: Timestamp }, expected('an object'));

function notebookSchemaOf<A extends z.ZodType<SavedArticle, unknown>>(article: A) {
  return z.strictObject(
    {
      articles: z.array(article, expected('a list')).superRefine(uniqueArticles),
      entityNotes: z.array(EntityNoteSchema, expected('a list')).superRefine(uniqueNotes),
    },
    expected('an object'),
  );
}

/** NotebookData, for embedding in larger export files. */
export const notebookDataSchema = notebookSchemaOf(ArticleSchema) satisfies z.ZodType<NotebookData>;
/** NotebookData as notebook version 1 wrote it (data files of version 1 hold it); reads as the current shape. */
export const notebookDataSchemaV1 = notebookSchemaOf(ArticleSchemaV1) satisfies z.ZodType<NotebookData, unknown>;

/** The notebook schema for a file's notebook version: version 1 is upgraded, anything else is read as current. */
export const notebookSchemaFor = (version: unknown) => (version === 1 ? notebookDataSchemaV1 : notebookDataSchema);

const notebookFileSchema = (version: unknown) =>
  z.strictObject(
    {
      format: z.literal(NOTEBOOK_FORMAT, expected(`"${NOTEBOOK_FORMAT}"`)),
      version: z.union([z.literal(1), z.literal(NOTEBOOK_VERSION)], {
        error: (issue) =>
          typeof issue.input === 'number' && issue.input > NOTEBOOK_VERSION
            ? `is ${issue.input}: written by a newer Backstory; this one reads versions 1 to ${NOTEBOOK_VERSION}`
            : `must be 1 or ${NOTEBOOK_VERSION}`,
      }),
      notebook: notebookSchemaFor(version),
    },
    expected('an object'),
  );

/** A zod issue path as written in problems: notebook.articles[2].url */
export function formatNotebookPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(top level)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

export type ParsedNotebook = { readonly ok: true; readonly data: NotebookData } | { readonly ok: false; readonly problems: string[] };

/** The JSON in a data file, or the problem that it is not JSON (worded like every other problem). */
export function readJsonFile(
  text: string,
): { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly problems: string[] } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [`(top level): not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
}

/** Reads a file written by notebookToJson; on failure lists every problem as "path: reason". */
export function parseNotebookJson(text: string): ParsedNotebook {
  const file = readJsonFile(text);
  if (!file.ok) return file;
  const version = (file.json as { version?: unknown } | null)?.version;
  const result = notebookFileSchema(version).safeParse(file.json);
  if (result.success) return { ok: true, data: result.data.notebook };
  return { ok: false, problems: result.error.issues.map((issue) => `${formatNotebookPath(issue.path)}: ${issue.message}`) };
}
