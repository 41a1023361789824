/**
 * The card on the page: which mention it belongs to, whether it is pinned, what it shows, and the
 * timers that open it after hover intent and close it after a grace period.
 */
import type { CardActions, CardContent, CardProps } from '../../components/Card';
import type { IndexedEntry } from '../../lib/engine/alias-index';
import { localToday } from '../../lib/packs/designation-status';
import { HIGHLIGHT_ACTIVE, paint } from '../../lib/page/highlight';
import type { CardLayer } from './card-layer';
import type { PageSession } from './page-session';

const CLOSE_GRACE_MS = 300;

export interface OpenCard {
  /** The mention the card belongs to; -1 for a card opened by "Look up in Backstory". */
  readonly mention: number;
  pinned: boolean;
  content: CardContent;
  /** The outcome of the card's last action, shown in the card. */
  status?: string;
  /** The article was saved from this card (the card then links to the notebook). */
  savedArticle?: boolean;
}

export interface OpenOptions {
  readonly pinned: boolean;
  /** Move keyboard focus into the card (keyboard and popup paths). */
  readonly focus: boolean;
}

export class CardController {
  open: OpenCard | undefined;
  private closeTimer: number | undefined;
  private returnFocus: HTMLElement | undefined;
  /** The card's buttons; set by the card-actions feature. */
  actionsFor: (card: OpenCard) => CardActions | undefined = () => undefined;

  constructor(
    private readonly session: PageSession,
    readonly layer: CardLayer,
  ) {
    // New marks: the open card's mention index points at nothing now.
    session.on('painted', () => this.open && this.close());
    session.on('deactivated', () => this.open && this.close());
  }

  private props(card: OpenCard): CardProps {
    const settings = this.session.settings;
    return {
      content: card.content,
      articleDate: settings.showArticleDateComparison ? this.session.articleDate : undefined,
      hiddenAuthorities: settings.hiddenAuthorities,
      today: localToday(),
      pinned: card.pinned,
      onClose: () => this.close(true),
      onPick: (id) => void this.showEntry(card, id),
      actions: this.actionsFor(card),
    };
  }

  /** Re-renders a card if it is still the open one. */
  refresh(card: OpenCard): void {
    if (this.open === card) this.layer.update(this.props(card));
  }

  openAt(mentionIndex: number, rect: () => DOMRect, options: OpenOptions): void {
    const scan = this.session.scan;
    const mention = scan?.mentions[mentionIndex];
    const range = scan?.ranges[mentionIndex];
    if (!mention || !range) return;
    this.cancelClose();
    const entry = mention.entry === undefined ? undefined : this.session.entry(mention.entry);
    const card: OpenCard = {
      mention: mentionIndex,
      pinned: options.pinned,
      content: entry
        ? { state: 'loading', name: entry.name }
        : { state: 'ambiguous', text: mention.text, candidates: mention.candidates.flatMap((c) => this.session.entry(c) ?? []) },
    };
    this.open = card;
    paint(HIGHLIGHT_ACTIVE, [range]);
    const context = range.startContainer.parentElement ?? this.session.doc.body;
    this.layer.show(this.props(card), { rect, context }, this.session.settings.theme);
    if (options.focus) {
      if (!this.layer.hasFocus()) {
        const active = this.session.doc.activeElement;
        this.returnFocus = active instanceof HTMLElement ? active : undefined;
      }
      this.layer.focus();
    }
    if (entry) void this.showEntry(card, entry.id);
  }

  /**
   * The card for "Look up in Backstory", beside the reader's selection: the entry itself when one
   * came close, the closest few to pick from, or a plain "nothing found". Opened pinned, with
   * focus, as it answers a request rather than a pointer passing by.
   */
  openLookup(text: string, found: readonly IndexedEntry[], rect: () => DOMRect): void {
    this.cancelClose();
    const [only] = found;
    const card: OpenCard = {
      mention: -1,
      pinned: true,
      content: found.length === 1 && only ? { state: 'loading', name: only.name } : { state: 'lookup', text, candidates: found },
    };
    this.open = card;
    paint(HIGHLIGHT_ACTIVE, []);
    this.layer.show(
      this.props(card),
      { rect, context: this.session.doc.body ?? this.session.doc.documentElement },
      this.session.settings.theme,
    );
    if (!this.layer.hasFocus()) {
      const active = this.session.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement ? active : undefined;
    }
    this.layer.focus();
    if (found.length === 1 && only) void this.showEntry(card, only.id);
  }

  private async showEntry(card: OpenCard, id: string): Promise<void> {
    const details = await this.session.entryDetails(id);
    if (this.open !== card) return;
    card.content = details ? { state: 'entry', details } : { state: 'missing', name: id };
    this.refresh(card);
  }

  close(restoreFocus = false): void {
    this.cancelClose();
    this.open = undefined;
    this.layer.hide();
    paint(HIGHLIGHT_ACTIVE, []);
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus();
    this.returnFocus = undefined;
  }

  /** Was focus taken from the page when the card opened (so closing should give it back)? */
  get tookFocus(): boolean {
    return this.returnFocus !== undefined;
  }

  /** Closes an unpinned card after a grace period, so the pointer can travel into it. */
  scheduleClose(): void {
    if (!this.open || this.open.pinned || this.closeTimer !== undefined) return;
    this.closeTimer = this.session.ctx.setTimeout(() => this.close(), CLOSE_GRACE_MS);
  }

  cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
