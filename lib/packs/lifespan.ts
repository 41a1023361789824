/**
 * When an organisation existed, from its dated facts, and which of several candidates for one name
 * existed on the article's date. "Syrian army" in a 2012 report is Assad's army; in a 2025 report
 * it is the army built after his fall: where the page's evidence ties, the article's date decides.
 */
import type { Mention } from '../engine/disambiguate';
import type { Entry } from './pack-schema';

export interface Lifespan {
  /** YYYY, YYYY-MM or YYYY-MM-DD: the first day it existed, as precisely as known. */
  readonly from?: string;
  /** The day it ceased to exist (dissolved, disbanded), as precisely as known. */
  readonly until?: string;
}

const BEGINNINGS = new Set(['founded', 'formed', 'established', 'created']);
const ENDINGS = new Set(['dissolved', 'disbanded', 'defunct']);

/** An organisation's lifespan from its dates, or undefined for other kinds and undated ones. */
export function lifespanOf(entry: Entry): Lifespan | undefined {
  if (entry.kind !== 'organization') return undefined;
  const from = entry.dates.find((fact) => BEGINNINGS.has(fact.type))?.date;
  const until = entry.dates.find((fact) => ENDINGS.has(fact.type))?.date;
  if (from === undefined && until === undefined) return undefined;
  return { ...(from === undefined ? {} : { from }), ...(until === undefined ? {} : { until }) };
}

/**
 * Did it exist on `day` (YYYY-MM-DD)? A partial date counts from the start of its period for a
 * beginning and to the end of its period for an ending, so "2025" as an end leaves all of 2025 open.
 */
export function existedOn(span: Lifespan, day: string): boolean {
  if (span.from !== undefined && day < span.from) return false;
  if (span.until !== undefined && day.slice(0, span.until.length) > span.until) return false;
  return true;
}

/**
 * An ambiguous mention whose candidates are told apart by the article's date: when exactly one of
 * them existed on that day, it is that one. Other mentions are returned as they are.
 */
export function resolveByDate(mentions: readonly Mention[], day: string, lifespan: (candidate: number) => Lifespan | undefined): Mention[] {
  return mentions.map((mention) => {
    if (mention.entry !== undefined || mention.candidates.length < 2) return mention;
    const spans = mention.candidates.map(lifespan);
    if (spans.every((span) => span === undefined)) return mention;
    const alive = mention.candidates.filter((_, i) => spans[i] === undefined || existedOn(spans[i]!, day));
    return alive.length === 1 ? { ...mention, entry: alive[0]!, candidates: alive } : mention;
  });
}
