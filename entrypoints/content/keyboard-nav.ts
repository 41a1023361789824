/**
 * Moving between marked terms without a pointer: the browser's keyboard commands (next, previous)
 * and the popup's "show me this entity" both scroll a mention into view and open its card,
 * pinned and focused.
 */
import { HIGHLIGHT_FLASH, paint } from '../../lib/page/highlight';
import type { CardController } from './card-controller';
import type { PageSession } from './page-session';

export interface Navigation {
  /** Opens the next (1) or previous (-1) mention's card; false when the page has none. */
  step(direction: 1 | -1): boolean;
  /** Opens the first mention of an entry and flashes it; false when the page does not mention it. */
  reveal(id: string): boolean;
}

const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function registerKeyboardNavigation(session: PageSession, cards: CardController): Navigation {
  const jumpTo = (target: number): boolean => {
    const range = session.scan?.ranges[target];
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    cards.openAt(target, () => range.getClientRects()[0] ?? range.getBoundingClientRect(), { pinned: true, focus: true });
    return true;
  };

  /** Blinks the mention twice (or, with reduced motion, marks it steadily for a moment). */
  const flash = (range: Range) => {
    const steady = prefersReducedMotion();
    const pattern = steady ? [true] : [true, false, true];
    for (const [i, on] of pattern.entries()) session.ctx.setTimeout(() => paint(HIGHLIGHT_FLASH, on ? [range] : []), i * 250);
    session.ctx.setTimeout(() => paint(HIGHLIGHT_FLASH, []), steady ? 1200 : pattern.length * 250 + 400);
  };

  return {
    step(direction) {
      const count = session.scan?.mentions.length ?? 0;
      if (count === 0) return false;
      const current = cards.open?.mention ?? (direction === 1 ? -1 : count);
      return jumpTo((((current + direction) % count) + count) % count);
    },
    reveal(id) {
      const scan = session.scan;
      if (!scan) return false;
      const target = scan.mentions.findIndex((mention) => mention.entry !== undefined && session.entry(mention.entry)?.id === id);
      if (target < 0 || !jumpTo(target)) return false;
      flash(scan.ranges[target]!);
      return true;
    },
  };
}
