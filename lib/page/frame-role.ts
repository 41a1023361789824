/**
 * Backstory in frames. Each frame Backstory runs in paints its own marks and shows its own card
 * (highlights belong to one document). It runs only in frames that can be part of the article the
 * reader sees (a tiny starter script, declared for every frame, asks this first and only then loads
 * the content script, so ad frames never evaluate it):
 *
 * - a frame of another origin than its parent (ads, players, social embeds) stops at once: its
 *   parent's element is hidden from it (`frameElement` is null), and nothing is read or asked;
 * - so does a frame whose top page is of another origin, and a frame too small to hold prose
 *   (tracking pixels, hidden frames: a frame with `display: none` is 0×0).
 *
 * A frame that stays follows its top page: whether it runs is decided from the top page's
 * metadata and site, and the card compares statuses with the top page's date. A frame rarely says
 * anything about itself (a live blog or comment frame carries no article metadata), and the reader
 * sees one page: judged on its own, a frame inside a news article would stay unmarked.
 */

/** Smaller frames are skipped: no column of prose fits (CSS pixels). */
export const MIN_FRAME_WIDTH = 200;
export const MIN_FRAME_HEIGHT = 100;

export interface FrameRole {
  /** The top page (true), or a same-origin frame in it. */
  readonly top: boolean;
  /** The document whose metadata decides whether Backstory runs and gives the article's date. */
  readonly factsDoc: Document;
}

/** What this frame is to Backstory, or undefined when the script should stop here. */
export function frameRole(win: Window): FrameRole | undefined {
  if (win === win.top) return { top: true, factsDoc: win.document };
  try {
    if (!win.frameElement) return undefined; // a parent of another origin
    const top = win.top?.document;
    if (!top?.documentElement) return undefined;
    if (win.innerWidth < MIN_FRAME_WIDTH || win.innerHeight < MIN_FRAME_HEIGHT) return undefined;
    return { top: false, factsDoc: top };
  } catch {
    return undefined; // the top page is of another origin
  }
}
