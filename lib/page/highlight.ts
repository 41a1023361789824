/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never modified.
 * The look of each highlight name is defined in the content script's stylesheet.
 */

export const HIGHLIGHT_RESOLVED = 'backstory';
export const HIGHLIGHT_AMBIGUOUS = 'backstory-ambiguous';
export const HIGHLIGHT_ACTIVE = 'backstory-active';
export const HIGHLIGHT_TINT = 'backstory-tint';
/**
 * Names in Arabic script, marked with a tint instead of an underline: an underline's dots merge
 * with the dots below Arabic letters (حلب would read as جلب). Chosen per mention by its script.
 */
export const HIGHLIGHT_SCRIPT = 'backstory-script';
export const HIGHLIGHT_SCRIPT_AMBIGUOUS = 'backstory-script-ambiguous';
/** A brief mark on the mention the popup jumped to, so the eye finds it. */
export const HIGHLIGHT_FLASH = 'backstory-flash';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Arabic-script letters (Arabic, its supplements and presentation forms), which carry dots below. */
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;

/** Whether a mention is best marked with a tint rather than an underline. */
export function needsTint(text: string): boolean {
  return ARABIC_SCRIPT.test(text);
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
  for (const name of [
    HIGHLIGHT_RESOLVED,
    HIGHLIGHT_AMBIGUOUS,
    HIGHLIGHT_SCRIPT,
    HIGHLIGHT_SCRIPT_AMBIGUOUS,
    HIGHLIGHT_ACTIVE,
    HIGHLIGHT_TINT,
    HIGHLIGHT_FLASH,
  ])
    CSS.highlights.delete(name);
}
