/**
 * "Look up in Backstory" on this page: the selected text (passed by the context menu, or read
 * from the page's selection for the keyboard command) is looked up in the enabled packs and the
 * answer shown in the card beside the selection. Only the selected text is read.
 */
import { MAX_LOOKUP_CHARS } from '../../lib/engine/lookup';
import { sendToBackground } from '../../lib/runtime-messaging';
import type { CardController } from './card-controller';
import type { PageSession } from './page-session';

/** Where the card goes: beside the selection, or near the top of the window when there is none to measure. */
function selectionRect(doc: Document): () => DOMRect {
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
  return () => {
    const rect = range?.getBoundingClientRect();
    return rect && (rect.width > 0 || rect.height > 0) ? rect : new DOMRect(16, 16, 0, 0);
  };
}

export function lookUpSelection(session: PageSession, cards: CardController): (text?: string) => Promise<boolean> {
  return async (text) => {
    const doc = session.doc;
    const phrase = (text ?? doc.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim();
    if (phrase === '') return false;
    // A selection longer than any name is not a name: say nothing was found rather than send the page.
    const found = phrase.length > MAX_LOOKUP_CHARS ? [] : await sendToBackground('lookUp', { text: phrase });
    cards.openLookup(phrase.length > 60 ? `${phrase.slice(0, 57)}…` : phrase, found, selectionRect(doc));
    return true;
  };
}
