/** Which mention is under a point: caret position from the browser, confirmed against the text's own boxes. */
import type { PageScan } from '../../lib/page/page-scan';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The node under the caret at a point. Without help, both browsers stop at the shadow host (the
 * caret lands on the host's light parent), so the open shadow roots that hold text are passed:
 * Chromium (128+) and Firefox (measured on 153) take them and return the text node inside the shadow tree.
 */
function caretAt(doc: CaretDocument, x: number, y: number, shadowRoots: readonly ShadowRoot[]): Node | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const options = shadowRoots.length > 0 ? { shadowRoots: [...shadowRoots] } : undefined;
    return doc.caretPositionFromPoint(x, y, options)?.offsetNode ?? undefined;
  }
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
  const shadowRoots = scan.snapshot.shadowRoots ?? [];
  const node = caretAt(doc as CaretDocument, x, y, shadowRoots);
  if (node) {
    for (const index of scan.byNode.get(node as Text) ?? []) {
      const rect = rectAtPoint(scan.ranges[index]!, x, y);
      if (rect) return { index, rect };
    }
  }
  // Chromium before 128 has only caretRangeFromPoint, which cannot enter a shadow tree: there the
  // few mentions inside shadow trees are tested by their boxes.
  if (shadowRoots.length > 0 && typeof (doc as CaretDocument).caretPositionFromPoint !== 'function') {
    for (const [index, range] of scan.ranges.entries()) {
      if (!(range.startContainer.getRootNode() instanceof ShadowRoot)) continue;
      const rect = rectAtPoint(range, x, y);
      if (rect) return { index, rect };
    }
  }
  return undefined;
}
