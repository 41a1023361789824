/**
 * Pointer and click input: hover intent opens a card, leaving it closes it after a grace period,
 * a click pins it, Escape closes it. Only the user's own input counts: events a page script
 * synthesises (isTrusted false) are ignored, so a page cannot open or work a card.
 */
import type { CardController } from './card-controller';
import { mentionAtPoint } from './hit-test';
import type { PageSession } from './page-session';

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
      if (!event.isTrusted) return;
      last = { x: event.clientX, y: event.clientY, inCard: cards.layer.contains(event) };
      if (!frameRequested) {
        frameRequested = true;
        ctx.requestAnimationFrame(onFrame);
      }
    },
    { passive: true, capture: true },
  );

  // A click on a term pins its card (a term inside a link is left to the link); a click elsewhere closes a card.
  ctx.addEventListener(
    doc,
    'click',
    (event) => {
      if (!event.isTrusted || cards.layer.contains(event) || !session.scan) return;
      const hit = mentionAtPoint(doc, session.scan, event.clientX, event.clientY);
      const inLink = (event.target as Element | null)?.closest?.('a[href]');
      if (hit && !inLink) {
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
