/** Which mention is under a point: caret position from the browser, confirmed against the text's own boxes. */
import type { PageScan } from '../../lib/page/page-scan';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number): Node | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y)?.offsetNode ?? undefined;
  if (typeof doc.caretRangeFromPoint === 'function') return doc.caretRangeFromPoint(x, y)?.startContainer ?? undefined;
  return undefined;
}

/** The client rect of a range that contains the point, if any (a caret is found even in margins). */
export function rectAtPoint(range: Range, x: number, y: number): DOMRect | undefined {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return undefined;
}

export function mentionAtPoint(doc: Document, scan: PageScan, x: number, y: number): { index: number; rect: DOMRect } | undefined {
  const node = caretAt(doc as CaretDocument, x, y);
  if (!node) return undefined;
  for (const index of scan.byNode.get(node as Text) ?? []) {
    const rect = rectAtPoint(scan.ranges[index]!, x, y);
    if (rect) return { index, rect };
  }
  return undefined;
}
