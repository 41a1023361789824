/**
 * Which entry's full record (the dossier) to show, and for which article date: carried in the
 * dossier page's address, and in session storage for the side panel, which has one address.
 */
import { storage } from '@wxt-dev/storage';

export interface DossierRequest {
  readonly id: string;
  /** The article's publication date (YYYY-MM-DD) and where the page gave it. */
  readonly articleDate?: string;
  readonly dateFrom?: 'meta' | 'json-ld' | 'time' | 'url';
}

const DATE_FROM = new Set(['meta', 'json-ld', 'time', 'url']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day, as pages' dates reach the background. */
export const isIsoDay = (value: unknown): value is string => typeof value === 'string' && ISO_DAY.test(value);

/** Why a request from a sender is malformed, or undefined when it is fine. */
export function dossierRequestProblem(request: Record<string, unknown>): string | undefined {
  if (typeof request.id !== 'string' || request.id.length === 0 || request.id.length > 300) return 'id must be text of 1 to 300 characters';
  if (request.articleDate !== undefined && !isIsoDay(request.articleDate)) {
    return 'articleDate must be a YYYY-MM-DD date';
  }
  if (request.dateFrom !== undefined && !DATE_FROM.has(request.dateFrom as string)) return 'dateFrom must be meta, json-ld, time or url';
  return undefined;
}

/** The dossier page's query string for a request ("?id=…&date=…&from=…"). */
export function dossierQuery(request: DossierRequest): string {
  const query = new URLSearchParams({ id: request.id });
  if (request.articleDate) query.set('date', request.articleDate);
  if (request.articleDate && request.dateFrom) query.set('from', request.dateFrom);
  return `?${query}`;
}

/** The request in a dossier page's query string; undefined when it names no valid entry. */
export function dossierRequestFrom(search: string): DossierRequest | undefined {
  const query = new URLSearchParams(search);
  const request = {
    id: query.get('id') ?? '',
    articleDate: query.get('date') ?? undefined,
    dateFrom: (query.get('from') ?? undefined) as DossierRequest['dateFrom'],
  };
  return dossierRequestProblem(request) === undefined ? request : undefined;
}

/** The last dossier asked for from a page: the side panel shows it (extension pages only can read session storage). */
export const panelDossier = storage.defineItem<DossierRequest | null>('session:panelDossier', { fallback: null });
