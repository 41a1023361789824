/**
 * Pointer and click input: hover intent opens a card, leaving it closes it after a grace period,
 * a click pins it, Escape closes it. Touch has no hover: a tap on a term opens its card (pinned),
 * a tap elsewhere closes it, and a tap on a term inside a link opens the card instead of following
 * the link; a second tap on the same term follows it. Only the user's own input counts: events a
 * page script synthesises (isTrusted false) are ignored, so a page cannot open or work a card.
 */
import type { CardController } from './card-controller';
import { mentionAtPoint } from './hit-test';
import type { PageSession } from './page-session';

/** The link an event happened in, shadow trees included (a click's target is retargeted to the host). */
function linkOf(event: Event): Element | undefined {
  for (const node of event.composedPath()) {
    if ((node as Node).nodeType === 1 && (node as Element).matches('a[href], area[href]')) return node as Element;
  }
  return undefined;
}

export function registerHover(session: PageSession, cards: CardController): void {
  const { ctx, doc } = session;
  let pending: number | undefined;
  let openTimer: number | undefined;
  const cancelOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
    pending = undefined;
  };
  session.on('painted', cancelOpen);
  session.on('deactivated', cancelOpen);

  // One hit-test per frame. Whether the pointer is over the card is read while the event is
  // dispatched: after dispatch its composed path is empty.
  let last: { x: number; y: number; inCard: boolean } | undefined;
  let frameRequested = false;
  const onFrame = () => {
    frameRequested = false;
    const scan = session.scan;
    if (!last || !scan) return;
    if (last.inCard) return cards.cancelClose();
    const hit = mentionAtPoint(doc, scan, last.x, last.y);
    if (hit && hit.index === cards.open?.mention) return cards.cancelClose();
    if (!hit) {
      cancelOpen();
      return cards.scheduleClose();
    }
    if (pending === hit.index) return;
    cancelOpen();
    pending = hit.index;
    const { index, rect } = hit;
    openTimer = ctx.setTimeout(() => {
      pending = undefined;
      if (!cards.open?.pinned) cards.openAt(index, () => rect, { pinned: false, focus: false });
    }, session.settings.hoverDelayMs);
  };
  ctx.addEventListener(
    doc,
    'pointermove',
    (event) => {
      // A finger moving is a scroll or a drag, not a hover.
      if (!event.isTrusted || event.pointerType === 'touch') return;
      last = { x: event.clientX, y: event.clientY, inCard: cards.layer.contains(event) };
      if (!frameRequested) {
        frameRequested = true;
        ctx.requestAnimationFrame(onFrame);
      }
    },
    { passive: true, capture: true },
  );

  // What pressed last, for browsers whose click events do not say (a click is a PointerEvent in both here).
  let lastPress = '';
  ctx.addEventListener(
    doc,
    'pointerdown',
    (event) => {
      if (event.isTrusted) lastPress = event.pointerType;
    },
    { passive: true, capture: true },
  );

  // A click on a term pins its card (with a mouse, a term inside a link is left to the link); a click elsewhere closes a card.
  ctx.addEventListener(
    doc,
    'click',
    (event) => {
      if (!event.isTrusted || cards.layer.contains(event) || !session.scan) return;
      const hit = mentionAtPoint(doc, session.scan, event.clientX, event.clientY);
      const inLink = linkOf(event) !== undefined;
      const tap = ((event as PointerEvent).pointerType || lastPress) === 'touch';
      if (hit && inLink && tap) {
        // The first tap shows the card; once it shows, the next tap on the term is the link's.
        if (cards.open?.mention === hit.index) return;
        event.preventDefault();
        event.stopPropagation();
      }
      if (hit && (!inLink || tap)) {
        const rect = hit.rect;
        cards.openAt(hit.index, () => rect, { pinned: true, focus: false });
      } else if (cards.open) {
        cards.close();
      }
    },
    { capture: true },
  );

  ctx.addEventListener(
    doc,
    'keydown',
    (event) => {
      if (event.isTrusted && event.key === 'Escape' && cards.open) cards.close(cards.layer.contains(event) || cards.tookFocus);
    },
    { capture: true },
  );
}
