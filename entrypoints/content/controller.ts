/**
 * Backstory on one page: scan, paint, watch for changes, and open cards on hover, click and keyboard.
 */

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardActions, CardContent, CardProps } from '../../components/Card';
import type { IndexedEntry } from '../../lib/engine/alias-index';
import { plural, t } from '../../lib/i18n';
import type { EntryDetails, FoundMentions, Handlers, PageSummary, TabMessages } from '../../lib/messages';
import { dispatch } from '../../lib/messages';
import { citeEntry } from '../../lib/notebook/citation';
import { savedArticle } from '../../lib/notebook/saved-article';
import { localToday } from '../../lib/packs/designation-status';
import { packsRevision } from '../../lib/packs/user-pack-store';
import type { TextSnapshot } from '../../lib/page/collect';
import { collectText, findArticleRoot } from '../../lib/page/collect';
import { clearAll, HIGHLIGHT_ACTIVE, HIGHLIGHT_FLASH, highlightsSupported, paint } from '../../lib/page/highlight';
import { newsEvidence } from '../../lib/page/news-detect';
import { firstMentions, type PageScan, paintScan, placeMentions } from '../../lib/page/page-scan';
import { readDateSignals, readNewsSignals } from '../../lib/page/page-signals';
import { detectPublicationDate, type PublicationDate } from '../../lib/page/pubdate';
import { sendToBackground } from '../../lib/runtime-messaging';
import { hiddenOn, type Settings } from '../../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/settings-store';
import { type SiteVerdict, siteOf, siteVerdict, toggleSite } from '../../lib/settings/sites';
import { CardLayer } from './card-layer';
import { copyText } from './clipboard';
import { mentionAtPoint } from './hit-test';
import { watchMutations } from './mutation-watch';

const CLOSE_GRACE_MS = 300;

interface OpenCard {
  readonly mention: number;
  pinned: boolean;
  content: CardContent;
  /** The outcome of the card's last action, shown in the card. */
  status?: string;
  /** The article was saved from this card (the card then links to the notebook). */
  savedArticle?: boolean;
}

export async function startBackstory(ctx: ContentScriptContext): Promise<void> {
  if (!highlightsSupported()) return; // Nothing can be painted without rewriting the page: do nothing.

  const doc = document;
  const entries = new Map<number, IndexedEntry>();
  const layer = new CardLayer(doc);
  const entryCache = new Map<string, Promise<EntryDetails | undefined>>();
  let scan: PageScan | undefined;
  let articleDate: PublicationDate | undefined;
  let open: OpenCard | undefined;
  let pending: number | undefined;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let returnFocus: HTMLElement | undefined;
  let settings: Settings = await loadSettings();
  let lastFound: { snapshot: TextSnapshot; mentions: FoundMentions['mentions'] } | undefined;
  const site = siteOf(location.href);
  let verdict: SiteVerdict | undefined;
  /** Decides, from the settings and what the page is, whether Backstory runs here. */
  /** pageIsNews is asked only in news mode: a blocked or allow-list-only page is not read at all. */
  const decide = (pageIsNews: () => boolean): boolean => {
    verdict = site === undefined ? undefined : siteVerdict(settings, site, pageIsNews);
    return verdict?.run === true;
  };
  /** Leaves the page as it was: no marks, no card. */
  const deactivate = () => {
    if (open) close();
    lastFound = undefined;
    scan = undefined;
    clearAll();
  };

  // The page reads its text; the background, which holds the index, finds the mentions.
  let scanRequest = 0;
  const rescan = async () => {
    if (ctx.isInvalid) return;
    const request = ++scanRequest;
    // The page's facts are read again on every scan: pages change their metadata along with their
    // text (SPAs do). Where the site settings alone say no, nothing of the page is read.
    let root: Element | undefined;
    let isNews = false;
    const articleRoot = (): Element => {
      if (!root) {
        root = findArticleRoot(doc);
        isNews = refreshPageFacts(root);
      }
      return root;
    };
    if (
      !decide(() => {
        articleRoot();
        return isNews;
      })
    )
      return deactivate();
    const snapshot = collectText(articleRoot(), layer.element);
    const found = await sendToBackground('findMentions', { text: snapshot.text });
    if (request !== scanRequest || ctx.isInvalid) return; // a newer scan has started
    for (const [key, entry] of Object.entries(found.entries)) entries.set(Number(key), entry);
    lastFound = { snapshot, mentions: found.mentions };
    repaint();
  };
  /** Places and paints the last scan's mentions as the settings say (no new request). */
  const repaint = () => {
    if (!lastFound) return;
    const wasOpen = open;
    const shown = visibleMentions(lastFound.mentions);
    const mentions = settings.markMode === 'first' ? firstMentions(shown) : shown;
    scan = placeMentions(lastFound.snapshot, mentions);
    paintScan(scan, settings.highlightStyle);
    if (wasOpen) close(); // mention indices changed; a stale card would point at nothing
  };
  const rescanSafely = () => void rescan().catch(() => undefined); // e.g. the extension was reloaded mid-scan

  /** Mentions minus the entries the user hid on this site ("not this here"). */
  const visibleMentions = (mentions: FoundMentions['mentions']) => {
    const hidden = site === undefined ? [] : hiddenOn(settings, site);
    if (hidden.length === 0) return mentions;
    const isHidden = (index: number) => hidden.includes(entries.get(index)?.id ?? '');
    return mentions.filter((mention) => (mention.entry !== undefined ? !isHidden(mention.entry) : !mention.candidates.every(isHidden)));
  };

  /** Reads the page's publication date and whether it looks like a news article (which it returns). */
  const refreshPageFacts = (root: Element): boolean => {
    const dates = readDateSignals(doc, root);
    articleDate = detectPublicationDate(dates);
    return newsEvidence(readNewsSignals(doc, dates, articleDate)) !== undefined;
  };

  const entryDetails = (id: string) => {
    let details = entryCache.get(id);
    if (!details) {
      details = sendToBackground('getEntry', { id });
      entryCache.set(id, details);
    }
    return details;
  };

  const props = (card: OpenCard): CardProps => ({
    content: card.content,
    articleDate: settings.showArticleDateComparison ? articleDate : undefined,
    hiddenAuthorities: settings.hiddenAuthorities,
    today: localToday(),
    pinned: card.pinned,
    onClose: () => close(true),
    onPick: (id) => void showEntry(card, id),
    actions: cardActions(card),
  });

  const setStatus = (card: OpenCard, status: string) => {
    card.status = status;
    if (open === card) layer.update(props(card));
  };
  const cardActions = (card: OpenCard): CardActions => {
    const details = card.content.state === 'entry' ? card.content.details : undefined;
    return {
      status: card.status,
      onTogglePin: () => {
        card.pinned = !card.pinned;
        if (open === card) layer.update(props(card));
      },
      onSaveArticle: async () => {
        const result = await saveCurrentArticle();
        card.savedArticle = result.ok;
        setStatus(card, result.ok ? plural('card_saved', result.article.entities.length) : result.reason);
      },
      onOpenNotebook: card.savedArticle ? () => void sendToBackground('openPage', { page: 'notebook' }) : undefined,
      onCopyCitation: details
        ? async () =>
            setStatus(card, (await copyText(citeEntry(details), layer.element)) ? t('card_citation_copied') : t('card_copy_refused'))
        : undefined,
      onHideHere:
        details && site
          ? () =>
              void updateSettings({ hiddenEntries: { ...settings.hiddenEntries, [site]: [...hiddenOn(settings, site), details.entry.id] } })
          : undefined,
      onSiteOff: () => {
        if (site) void updateSettings(toggleSite(settings, site, false));
      },
    };
  };

  const saveCurrentArticle = async (): Promise<TabMessages['saveArticle']['result']> => {
    if (!lastFound || site === undefined) return { ok: false, reason: t('card_save_not_running') };
    const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
    const article = savedArticle(
      {
        url: location.href,
        title: ogTitle.trim() || doc.title,
        site,
        publishedOn: articleDate?.date,
        text: lastFound.snapshot.text,
        mentions: lastFound.mentions,
        entries,
        hidden: hiddenOn(settings, site),
      },
      new Date(),
    );
    try {
      return { ok: true, article: await sendToBackground('saveArticle', { article }) };
    } catch {
      return { ok: false, reason: t('card_save_failed') };
    }
  };

  const showEntry = async (card: OpenCard, id: string) => {
    const details = await entryDetails(id);
    if (open !== card) return;
    card.content = details ? { state: 'entry', details } : { state: 'missing', name: id };
    layer.update(props(card));
  };

  const cancelTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    openTimer = undefined;
    closeTimer = undefined;
  };

  function close(restoreFocus = false) {
    cancelTimers();
    pending = undefined;
    open = undefined;
    layer.hide();
    paint(HIGHLIGHT_ACTIVE, []);
    if (restoreFocus && returnFocus?.isConnected) returnFocus.focus();
    returnFocus = undefined;
  }

  const openCard = (mentionIndex: number, rect: () => DOMRect, options: { pinned: boolean; focus: boolean }) => {
    if (!scan) return;
    const mention = scan.mentions[mentionIndex];
    const range = scan.ranges[mentionIndex];
    if (!mention || !range) return;
    cancelTimers();
    const card: OpenCard = {
      mention: mentionIndex,
      pinned: options.pinned,
      content:
        mention.entry === undefined
          ? { state: 'ambiguous', text: mention.text, candidates: mention.candidates.map((c) => entries.get(c)!) }
          : { state: 'loading', name: entries.get(mention.entry)!.name },
    };
    open = card;
    paint(HIGHLIGHT_ACTIVE, [range]);
    const context = (range.startContainer.parentElement ?? doc.body) as Element;
    layer.show(props(card), { rect, context }, settings.theme);
    if (options.focus) {
      if (!layer.contains({ composedPath: () => [doc.activeElement] } as unknown as Event)) {
        returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : undefined;
      }
      layer.focus();
    }
    if (mention.entry !== undefined) void showEntry(card, entries.get(mention.entry)!.id);
  };

  const scheduleClose = () => {
    if (!open || open.pinned || closeTimer !== undefined) return;
    closeTimer = ctx.setTimeout(() => close(), CLOSE_GRACE_MS);
  };

  // Pointer: hover intent. Coalesced to one hit-test per frame.
  let lastPointer: PointerEvent | undefined;
  let frameRequested = false;
  const onPointerFrame = () => {
    frameRequested = false;
    const event = lastPointer;
    if (!event || !scan) return;
    if (layer.contains(event)) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
      return;
    }
    const hit = mentionAtPoint(doc, scan, event.clientX, event.clientY);
    if (hit && open && hit.index === open.mention) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
      return;
    }
    if (hit) {
      if (pending === hit.index) return;
      pending = hit.index;
      clearTimeout(openTimer);
      const { index: target, rect } = hit;
      openTimer = ctx.setTimeout(() => {
        pending = undefined;
        if (open?.pinned) return;
        openCard(target, () => rect, { pinned: false, focus: false });
      }, settings.hoverDelayMs);
      return;
    }
    pending = undefined;
    clearTimeout(openTimer);
    scheduleClose();
  };
  ctx.addEventListener(
    doc,
    'pointermove',
    (event) => {
      lastPointer = event;
      if (!frameRequested) {
        frameRequested = true;
        ctx.requestAnimationFrame(onPointerFrame);
      }
    },
    { passive: true, capture: true },
  );

  // Click pins the card of the term under the pointer; a click elsewhere closes a pinned card.
  ctx.addEventListener(
    doc,
    'click',
    (event) => {
      if (layer.contains(event) || !scan) return;
      const hit = mentionAtPoint(doc, scan, event.clientX, event.clientY);
      const inLink = (event.target as Element | null)?.closest?.('a[href]');
      if (hit && !inLink) {
        if (open?.mention === hit.index) open.pinned = true;
        const rect = hit.rect;
        openCard(hit.index, () => rect, { pinned: true, focus: false });
      } else if (open) {
        close();
      }
    },
    { capture: true },
  );

  ctx.addEventListener(
    doc,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && open) {
        const fromCard = layer.contains(event);
        close(fromCard || returnFocus !== undefined);
      }
    },
    { capture: true },
  );

  // Keyboard path (browser command → background → here): next or previous term, card opened and focused.
  const navigate = (direction: 1 | -1): boolean => {
    if (!scan || scan.mentions.length === 0) return false;
    const count = scan.mentions.length;
    const current = open?.mention ?? (direction === 1 ? -1 : count);
    const target = (((current + direction) % count) + count) % count;
    return jumpTo(target);
  };
  /** Scrolls a mention into view and opens its card, pinned and focused (keyboard and popup paths). */
  const jumpTo = (target: number): boolean => {
    const range = scan?.ranges[target];
    if (!range) return false;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    openCard(target, () => range.getClientRects()[0] ?? range.getBoundingClientRect(), { pinned: true, focus: true });
    return true;
  };
  const summarize = (): PageSummary => {
    const counts = new Map<number, number>();
    let ambiguous = 0;
    for (const mention of lastFound ? visibleMentions(lastFound.mentions) : []) {
      if (mention.entry === undefined) ambiguous++;
      else counts.set(mention.entry, (counts.get(mention.entry) ?? 0) + 1);
    }
    const entities = [...counts].flatMap(([index, mentions]) => {
      const entry = entries.get(index);
      return entry ? [{ id: entry.id, name: entry.name, kind: entry.kind, mentions }] : [];
    });
    return { site, verdict, entities, ambiguous, articleDate: articleDate?.date };
  };
  const reveal = (id: string): boolean => {
    if (!scan) return false;
    const target = scan.mentions.findIndex((mention) => mention.entry !== undefined && entries.get(mention.entry)?.id === id);
    if (target < 0 || !jumpTo(target)) return false;
    flash(scan.ranges[target]!);
    return true;
  };
  /** Blinks the mention twice (or, with reduced motion, marks it steadily for a moment). */
  const flash = (range: Range) => {
    const steady = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const pattern = steady ? [true] : [true, false, true];
    for (const [i, on] of pattern.entries()) ctx.setTimeout(() => paint(HIGHLIGHT_FLASH, on ? [range] : []), i * 250);
    ctx.setTimeout(() => paint(HIGHLIGHT_FLASH, []), steady ? 1200 : pattern.length * 250 + 400);
  };
  const tabHandlers: Handlers<TabMessages, unknown> = {
    navigateTerm: ({ direction }) => navigate(direction),
    pageSummary: () => summarize(),
    revealEntity: ({ id }) => reveal(id),
    saveArticle: () => saveCurrentArticle(),
  };
  const onTabMessage = (message: unknown) => dispatch(tabHandlers, message, undefined);
  browser.runtime.onMessage.addListener(onTabMessage);

  rescanSafely();

  // Settings apply to the open page at once: a pack switched on or off means a new scan,
  // anything else a repaint.
  const unwatchSettings = watchSettings((next) => {
    const packsChanged = next.disabledPacks.join('\n') !== settings.disabledPacks.join('\n');
    const wasRunning = verdict?.run === true;
    settings = next;
    // The page is read again only if the mode needs to know whether it is news (a site taken off
    // the block list in news mode, say): it may never have been read while it was blocked.
    if (packsChanged || decide(() => refreshPageFacts(findArticleRoot(doc))) !== wasRunning) rescanSafely();
    else repaint();
  });
  // Imported packs changed (the background bumps this after an import or removal).
  const unwatchPacks = packsRevision.watch(() => rescanSafely());

  const watcher = watchMutations(doc.body ?? doc.documentElement, {
    ignore: () => layer.element,
    onChange: rescanSafely,
  });
  // The Navigation API reports a pushState before the page has updated its content and metadata:
  // give the page's own update a moment, then read everything again.
  const NAVIGATION_SETTLE_MS = 300;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    entryCache.clear();
    ctx.setTimeout(rescanSafely, NAVIGATION_SETTLE_MS);
  });
  ctx.onInvalidated(() => {
    watcher.stop();
    unwatchSettings();
    unwatchPacks();
    browser.runtime.onMessage.removeListener(onTabMessage);
    layer.remove();
    clearAll();
  });
}
