/** Copies text from the content script, where the async Clipboard API may be blocked by the page. */

export async function copyText(text: string, root: ShadowRoot | undefined): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The page's permissions policy or focus rules refused: fall back to a selection copy inside
    // Backstory's own shadow root, so the page's DOM is never touched.
    if (!root) return false;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-hidden', 'true');
    area.style.cssText = 'position:fixed;opacity:0;inset:0;width:1px;height:1px';
    root.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}
