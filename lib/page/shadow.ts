/**
 * Text inside open shadow roots (web components, as some news sites build their articles): walks
 * what a shadow host renders, in reading order, and gives each shadow root the highlight styles.
 * Closed shadow roots stay closed: what a page hides from its own scripts is not read.
 */

/** What a walk of a host's rendered content reports. */
export interface ShadowVisitor {
  /** A shadow root is about to be read (before any of its nodes). */
  root(shadow: ShadowRoot): void;
  /** Whether to read an element and what it holds (false: skip it with everything under it). */
  enter(element: Element): boolean;
  /** A text node in reading order; false stops the walk. */
  text(node: Text): boolean;
  /** The walk passes into or out of a shadow tree or a slot's content: text on either side is never one run. */
  crossing(): void;
}

/** The element's open shadow root, if it has one. */
export function openShadowRoot(element: Element): ShadowRoot | null {
  return element.shadowRoot;
}

/** The nodes a slot shows: those assigned to it, or none when it shows its own fallback content. */
function assignedTo(element: Element): Node[] {
  return element.localName === 'slot' && typeof (element as HTMLSlotElement).assignedNodes === 'function'
    ? (element as HTMLSlotElement).assignedNodes()
    : [];
}

/**
 * Reads what a shadow root's host renders: its shadow tree, with each <slot> replaced by the nodes
 * assigned to it (or its own fallback content), and nested hosts read the same way. The host's
 * light children that no slot takes are not rendered and are not read. Each tree is walked with a
 * native TreeWalker, as the light tree is; only a change of tree recurses. Returns false when the
 * visitor stopped the walk.
 */
export function walkShadowTree(shadow: ShadowRoot, visitor: ShadowVisitor): boolean {
  visitor.root(shadow);
  return walkIn(shadow, visitor);
}

/** Reads the descendants of `parent` (a shadow root, or an element of a slot's content), between two crossings. */
function walkIn(parent: Node, visitor: ShadowVisitor): boolean {
  visitor.crossing();
  const walker = (parent.ownerDocument ?? (parent as Document)).createTreeWalker(parent, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      if ((node as Text).data.length > 0 && !visitor.text(node as Text)) return false;
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    const entered = visitor.enter(element);
    const inner = entered ? openShadowRoot(element) : null;
    const assigned = entered && !inner ? assignedTo(element) : [];
    if (entered && !inner && assigned.length === 0) {
      node = walker.nextNode();
      continue;
    }
    if (inner) {
      visitor.root(inner);
      if (!walkIn(inner, visitor)) return false;
    }
    for (const slotted of assigned) if (!walkSlotted(slotted, visitor)) return false;
    // Skipped, or read above: never its own subtree.
    node = walker.nextSibling();
    while (node === null && walker.parentNode() !== null) node = walker.nextSibling();
  }
  visitor.crossing();
  return true;
}

/** One node assigned to a slot (a light-tree node of the host), with what it renders. */
function walkSlotted(node: Node, visitor: ShadowVisitor): boolean {
  if (node.nodeType === 3) {
    visitor.crossing();
    return (node as Text).data.length === 0 || visitor.text(node as Text);
  }
  if (node.nodeType !== 1 || !visitor.enter(node as Element)) return true;
  const inner = openShadowRoot(node as Element);
  if (inner) {
    visitor.root(inner);
    return walkIn(inner, visitor);
  }
  const assigned = assignedTo(node as Element);
  if (assigned.length > 0) return assigned.every((slotted) => walkSlotted(slotted, visitor));
  return walkIn(node, visitor);
}

/** Shadow roots given the highlight styles already, with the sheet each one holds. */
const styled = new WeakMap<ShadowRoot, CSSStyleSheet>();
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Gives a shadow root the ::highlight rules. Chromium paints a document's highlights inside shadow
 * trees from the document's rules alone, but Firefox (153) does not draw underlines there unless a
 * ::highlight rule is in the shadow tree's own styles. The sheet is adopted (no element is added to
 * the page's tree) and added again if the component replaced its adopted sheets since.
 */
export function adoptHighlightStyles(shadow: ShadowRoot, css: string): void {
  const doc = shadow.ownerDocument;
  let sheet = sheets.get(doc);
  try {
    if (!sheet) {
      sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
      sheet.replaceSync(css);
      sheets.set(doc, sheet);
    }
    const adopted = shadow.adoptedStyleSheets;
    if (styled.get(shadow) === sheet && adopted.includes(sheet)) return;
    shadow.adoptedStyleSheets = [...adopted, sheet];
    styled.set(shadow, sheet);
  } catch {
    // A browser without constructable stylesheets: marks there look as the document's rules allow.
  }
}
