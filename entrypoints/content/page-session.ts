/**
 * Backstory on one page: the settings, whether it runs on this site, the current scan and its
 * rescans. The features (hover, keyboard, card actions, popup requests) register with a session
 * and hear what changed through its events; none of them scans or reads settings by itself.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { IndexedEntry } from '../../lib/engine/alias-index';
import type { Mention } from '../../lib/engine/disambiguate';
import type { EntryDetails } from '../../lib/messages';
import { DEFAULT_LIMITS, findArticleRoot, type TextSnapshot } from '../../lib/page/collect';
import { clearAll } from '../../lib/page/highlight';
import { firstMentions, type PageScan, paintScan, placeMentions, readPage, withoutHidden } from '../../lib/page/page-scan';
import { readPageFacts } from '../../lib/page/page-signals';
import type { PublicationDate } from '../../lib/page/pubdate';
import { sendToBackground } from '../../lib/runtime-messaging';
import { hiddenOn, type Settings } from '../../lib/settings/settings';
import { type SiteVerdict, siteOf, siteVerdict } from '../../lib/settings/sites';
import { Emitter } from './emitter';

export interface SessionEvents {
  /** A new set of mentions was painted; indices of the previous one mean nothing now. */
  readonly painted: PageScan;
  /** Backstory stopped marking this page (the site was switched off, say). */
  readonly deactivated: undefined;
}

export class PageSession extends Emitter<SessionEvents> {
  readonly site = siteOf(location.href);
  verdict: SiteVerdict | undefined;
  articleDate: PublicationDate | undefined;
  /** The mentions as painted (after hidden entries and "first mention only"). */
  scan: PageScan | undefined;
  /** The last answer from the background, before display settings were applied. */
  found: { readonly snapshot: TextSnapshot; readonly mentions: readonly Mention[] } | undefined;
  private readonly entries = new Map<number, IndexedEntry>();
  private readonly details = new Map<string, Promise<EntryDetails | undefined>>();
  private request = 0;

  constructor(
    readonly ctx: ContentScriptContext,
    readonly doc: Document,
    public settings: Settings,
    /** Backstory's own element in the page, never read as page text. */
    private readonly ownElement: () => Element | undefined,
    /** Whose metadata says whether the page is news and when it was published: a frame's top page (frames.ts). */
    private readonly factsDoc: Document = doc,
  ) {
    super();
  }

  /** Every entry the background has named on this page, by index. */
  get knownEntries(): ReadonlyMap<number, IndexedEntry> {
    return this.entries;
  }
  entry = (index: number): IndexedEntry | undefined => this.entries.get(index);

  /** An entry's full record, asked of the background once per page. */
  entryDetails(id: string): Promise<EntryDetails | undefined> {
    let details = this.details.get(id);
    if (!details) {
      details = sendToBackground('getEntry', { id });
      this.details.set(id, details);
    }
    return details;
  }

  /** Reads and marks the page again; a newer call supersedes an unfinished one. Never throws. */
  rescan(): void {
    void this.scanNow().catch(() => undefined); // e.g. the extension was reloaded mid-scan
  }

  /** The packs changed, or the page navigated in place: cached entries and marks are stale. */
  reset(): void {
    this.details.clear();
    this.rescan();
  }

  /** Applies new settings: a rescan where they change whether Backstory runs here, else a repaint. */
  applySettings(next: Settings): void {
    const wasRunning = this.verdict?.run === true;
    const scopeChanged = next.markWholePage !== this.settings.markWholePage;
    this.settings = next;
    // The page is read again only when the mode needs to know whether it is news (a site taken
    // off the block list in news mode, say): it may never have been read while it was blocked.
    // Marking the whole page or the article only reads another part of the page.
    if (this.decide(() => this.learnPageFacts(findArticleRoot(this.doc))) !== wasRunning || scopeChanged) this.rescan();
    else this.repaint();
  }

  private async scanNow(): Promise<void> {
    if (this.ctx.isInvalid) return;
    const request = ++this.request;
    // The page's facts are read again on every scan: pages change their metadata along with their
    // text (SPAs do). Where the site settings alone say no, nothing of the page is read.
    let root: Element | undefined;
    let isNews = false;
    const articleRoot = (): Element => {
      if (!root) {
        root = findArticleRoot(this.doc);
        isNews = this.learnPageFacts(root);
      }
      return root;
    };
    const pageIsNews = () => {
      articleRoot();
      return isNews;
    };
    if (!this.decide(pageIsNews)) return this.deactivate();
    // The article's own text (related stories, ads, menus and other furniture left out), or, when
    // the reader asked for it, every text on the page.
    const snapshot = readPage(this.doc, this.ownElement(), DEFAULT_LIMITS, this.settings.markWholePage ? 'page' : 'article');
    // The article's date settles a name shared by an organisation and its successor ("Syrian army").
    const on = this.articleDate?.date;
    const found = await sendToBackground('findMentions', on === undefined ? { text: snapshot.text } : { text: snapshot.text, on });
    if (request !== this.request || this.ctx.isInvalid) return; // a newer scan has started
    for (const [key, entry] of Object.entries(found.entries)) this.entries.set(Number(key), entry);
    this.found = { snapshot, mentions: found.mentions };
    this.repaint();
  }

  /** Places and paints the last answer as the settings say (no new request). */
  private repaint(): void {
    if (!this.found) return;
    const shown = this.visibleMentions();
    const mentions = this.settings.markMode === 'first' ? firstMentions(shown) : shown;
    this.scan = placeMentions(this.found.snapshot, mentions);
    paintScan(this.scan, this.settings.highlightStyle);
    // For `npm run bench` (issue 11): when marks were first painted on this page. `performance` is
    // shared with the page, so the bench reads the mark there.
    if (this.scan.mentions.length > 0 && performance.getEntriesByName('backstory:first-marks').length === 0)
      performance.mark('backstory:first-marks');
    this.emit('painted', this.scan);
  }

  /**
   * The last answer's mentions minus the entries the user hid on this site ("not this here") and,
   * unless the reader asked for them, names every reader knows (countries, heads of state, the UN).
   */
  visibleMentions(): Mention[] {
    const hidden = this.site === undefined ? [] : hiddenOn(this.settings, this.site);
    const { markWellKnown } = this.settings;
    return withoutHidden(this.found?.mentions ?? [], (index) => {
      const entry = this.entries.get(index);
      return hidden.includes(entry?.id ?? '') || (!markWellKnown && entry?.wellKnown === true);
    });
  }

  /** Decides, from the settings and what the page is, whether Backstory runs here. */
  private decide(pageIsNews: () => boolean): boolean {
    this.verdict = this.site === undefined ? undefined : siteVerdict(this.settings, this.site, pageIsNews);
    return this.verdict?.run === true;
  }

  /** Reads the page's publication date and whether it looks like a news article (which it returns). */
  private learnPageFacts(root: Element): boolean {
    const facts = this.factsDoc === this.doc ? readPageFacts(this.doc, root) : readPageFacts(this.factsDoc, findArticleRoot(this.factsDoc));
    this.articleDate = facts.articleDate;
    return facts.isNews;
  }

  /** Leaves the page as it was: no marks, no card. */
  private deactivate(): void {
    this.found = undefined;
    this.scan = undefined;
    clearAll();
    this.emit('deactivated', undefined);
  }
}
