/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never modified.
 * The look of each highlight name is defined in the content script's stylesheet.
 */

export const HIGHLIGHT_RESOLVED = 'backstory';
export const HIGHLIGHT_AMBIGUOUS = 'backstory-ambiguous';
export const HIGHLIGHT_ACTIVE = 'backstory-active';
export const HIGHLIGHT_TINT = 'backstory-tint';
/** A brief mark on the mention the popup jumped to, so the eye finds it. */
export const HIGHLIGHT_FLASH = 'backstory-flash';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paint(name: string, ranges: readonly Range[]): void {
  if (!highlightsSupported()) return;
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  CSS.highlights.set(name, new Highlight(...ranges));
}

export function clearAll(): void {
  if (!highlightsSupported()) return;
  for (const name of [HIGHLIGHT_RESOLVED, HIGHLIGHT_AMBIGUOUS, HIGHLIGHT_ACTIVE, HIGHLIGHT_TINT, HIGHLIGHT_FLASH])
    CSS.highlights.delete(name);
}
