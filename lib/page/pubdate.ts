/**
 * Finds an article's publication date from what the page says about itself. DOM-free: the content
 * script gathers the raw signals, this module weighs them.
 */

export interface DateSignals {
  /** [name-or-property, content] pairs of <meta> elements. */
  readonly metas: ReadonlyArray<readonly [string, string]>;
  /** Text of each <script type="application/ld+json">. */
  readonly jsonLd: readonly string[];
  /** datetime attributes of <time> elements, header/article ones first. */
  readonly times: readonly string[];
  readonly url: string;
}

export interface PublicationDate {
  /** YYYY-MM-DD as the page states it (the publisher's own calendar day). */
  readonly date: string;
  readonly from: 'meta' | 'json-ld' | 'time' | 'url';
}

const META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'published_time',
];

/** Reads the calendar date at the start of an ISO-like timestamp, rejecting impossible dates. */
export function parseDateStart(value: string): string | undefined {
  const match = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?=$|[T\s_]|[+-]\d|Z)/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return validDay(year, month, day);
}

function validDay(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function fromJsonLd(texts: readonly string[]): string | undefined {
  const visit = (node: unknown, depth: number): string | undefined => {
    if (depth > 6 || node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) {
      for (const item of node) {
        const found = visit(item, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    const record = node as Record<string, unknown>;
    const published = record.datePublished ?? record.dateCreated;
    if (typeof published === 'string') {
      const date = parseDateStart(published);
      if (date) return date;
    }
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
      const found = visit(record[key], depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  for (const text of texts) {
    try {
      const found = visit(JSON.parse(text), 0);
      if (found) return found;
    } catch {
      // Broken JSON-LD is common on real sites; other signals remain.
    }
  }
  return undefined;
}

function fromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const patterns = [
    /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/,
    /(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|[_-])/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(path);
    if (match) {
      const date = validDay(match[1]!, match[2]!, match[3]!);
      if (date) return date;
    }
  }
  return undefined;
}

export function detectPublicationDate(signals: DateSignals): PublicationDate | undefined {
  const metas = new Map<string, string>();
  for (const [name, content] of signals.metas) {
    const key = name.toLowerCase();
    if (!metas.has(key)) metas.set(key, content);
  }
  for (const name of META_NAMES) {
    const content = metas.get(name);
    const date = content === undefined ? undefined : parseDateStart(content);
    if (date) return { date, from: 'meta' };
  }
  const jsonLd = fromJsonLd(signals.jsonLd);
  if (jsonLd) return { date: jsonLd, from: 'json-ld' };
  for (const time of signals.times) {
    const date = parseDateStart(time);
    if (date) return { date, from: 'time' };
  }
  const url = fromUrl(signals.url);
  return url ? { date: url, from: 'url' } : undefined;
}
