/**
 * When an organisation existed, from its dated facts. "Syrian army" in a 2012 report is Assad's
 * army; in a 2025 report it is the army built after his fall: the engine drops candidates that did
 * not exist on the article's date (disambiguate's Dating).
 */
import type { Entry } from './pack-schema';

export interface Lifespan {
  /** YYYY, YYYY-MM or YYYY-MM-DD: the first day it existed, as precisely as known. */
  readonly from?: string;
  /** The day it ceased to exist (dissolved, disbanded), as precisely as known. */
  readonly until?: string;
}

const BEGINNINGS = new Set(['founded', 'formed', 'established', 'created']);
const ENDINGS = new Set(['dissolved', 'disbanded', 'defunct']);

/**
 * The verb of a fact's type when the fact is the entry's own beginning or end: "formed", "formed
 * and sworn in", "dissolved by the authorities", "established as BIF"; not "formed Syrian Interim
 * Government", which the entry did to something else.
 */
function verbOf(type: string): string {
  const [verb = '', next] = type.toLowerCase().split(' ');
  return next === undefined || next === 'and' || next === 'by' || next === 'as' ? verb : '';
}

/** An organisation's lifespan from its dates, or undefined for other kinds and undated ones. */
export function lifespanOf(entry: Entry): Lifespan | undefined {
  if (entry.kind !== 'organization') return undefined;
  const from = entry.dates.find((fact) => BEGINNINGS.has(verbOf(fact.type)))?.date;
  const until = entry.dates.find((fact) => ENDINGS.has(verbOf(fact.type)))?.date;
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
