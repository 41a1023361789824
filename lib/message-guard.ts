/**
 * Who may ask the background what. Content scripts run inside web pages, and a compromised page
 * process can send anything from their world, so the background trusts them with little: reading
 * matches and entries, and a checked save of the page they are on. Everything that changes data,
 * fetches or opens tabs answers extension pages only. Every request's shape is checked before a
 * handler sees it, a saved article with the notebook's own import schema.
 */
import { dossierRequestProblem, isIsoDay } from './dossier-request';
import { type BackgroundMessages, dispatch, type Handlers, isEnvelope, MAX_DESIGNATION_IDS, MAX_SCAN_CHARS } from './messages';
import { ArticleSchema, formatNotebookPath } from './notebook/notebook-export';
import { originPattern } from './packs/origin-pattern';

export type SenderKind = 'extension' | 'content';

export interface SenderFacts {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: { readonly id?: number };
}

/** Our own pages, our content scripts, or (undefined) someone else, who gets no answer at all. */
export function senderKind(sender: SenderFacts, self: { readonly id: string; readonly origin: string }): SenderKind | undefined {
  if (sender.id !== self.id) return undefined;
  if (sender.url?.startsWith(self.origin)) return 'extension';
  return sender.tab?.id !== undefined ? 'content' : undefined;
}

type Name = keyof BackgroundMessages;

/** A saved article keeps quotes, not the page: a real one is a few kilobytes. */
export const MAX_SAVED_ARTICLE_CHARS = 1_000_000;

/** What a content script may ask; the rest is for extension pages. */
export const CONTENT_MESSAGES: ReadonlySet<Name> = new Set<Name>([
  'findMentions',
  'getEntry',
  'lookUp',
  'saveArticle',
  'openPage',
  'openDossier',
]);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown, max: number, name: string): string | undefined =>
  typeof value === 'string' && value.length <= max ? undefined : `${name} must be text of at most ${max} characters`;

const SHAPES: { [K in Name]: (params: Record<string, unknown>) => string | undefined } = {
  findMentions: (p) =>
    text(p.text, MAX_SCAN_CHARS, 'text') ?? (p.on === undefined || isIsoDay(p.on) ? undefined : 'on must be a date written YYYY-MM-DD'),
  getEntry: (p) => text(p.id, 300, 'id'),
  entryDesignations: (p) =>
    Array.isArray(p.ids) && p.ids.length <= MAX_DESIGNATION_IDS && p.ids.every((id) => text(id, 300, 'id') === undefined)
      ? undefined
      : `ids must be a list of at most ${MAX_DESIGNATION_IDS} ids of at most 300 characters`,
  lookUp: (p) => text(p.text, 1_000, 'text'),
  listEntries: (p) => text(p.packId, 300, 'packId'),
  describeDataset: () => undefined,
  importPack: (p) => text(p.fileName, 1_000, 'fileName') ?? text(p.text, 21 * 1024 * 1024, 'text'),
  importPackFromUrl: (p) =>
    typeof p.url !== 'string' || originPattern(p.url) === undefined || p.url.length > 2_000
      ? 'url must be an http(s) address of at most 2000 characters'
      : p.expectId === undefined
        ? undefined
        : text(p.expectId, 300, 'expectId'),
  removePack: (p) => text(p.id, 300, 'id'),
  openDossier: (p) => dossierRequestProblem(p),
  openPage: (p) => (p.page === 'notebook' || p.page === 'options' ? undefined : 'page must be "notebook" or "options"'),
  saveArticle: (p) => {
    const checked = ArticleSchema.safeParse(p.article);
    if (checked.success) return undefined;
    const issue = checked.error.issues[0]!;
    return `${formatNotebookPath(['article', ...issue.path])}: ${issue.message}`;
  },
};

/** Why a request must be refused, or undefined when it may go to its handler. */
export function refusal(name: Name, params: unknown, kind: SenderKind, sender: SenderFacts): string | undefined {
  if (kind === 'content' && !CONTENT_MESSAGES.has(name)) return `${name} is answered for Backstory's own pages only`;
  if (!isRecord(params)) return `${name}: the request must carry an object`;
  const shape = SHAPES[name](params);
  if (shape !== undefined) return `${name}: ${shape}`;
  if (kind === 'content' && name === 'saveArticle') {
    // A page saves itself: the article's address must be on the page's own origin, and its size sane.
    const article = params.article as { url: string };
    if (JSON.stringify(article).length > MAX_SAVED_ARTICLE_CHARS)
      return `saveArticle: the article is over ${MAX_SAVED_ARTICLE_CHARS} characters`;
    if (sender.url === undefined || new URL(article.url).origin !== new URL(sender.url).origin) {
      return 'saveArticle: a page may save only an article from its own site';
    }
  }
  return undefined;
}

/**
 * The background's whole answer to a runtime message: nothing for strangers and for messages that
 * are not ours, a refusal (a rejected promise, which the sender sees as an error) for requests the
 * sender may not make or that are malformed, else the handler's answer.
 */
export function guardedDispatch(
  handlers: Handlers<BackgroundMessages, unknown>,
  message: unknown,
  sender: SenderFacts,
  self: { readonly id: string; readonly origin: string },
): Promise<unknown> | undefined {
  const kind = senderKind(sender, self);
  if (kind === undefined || !isEnvelope(message, handlers)) return undefined;
  const refused = refusal(message.backstory, message.params, kind, sender);
  if (refused !== undefined) return Promise.reject(new Error(refused));
  return dispatch(handlers, message, sender);
}
