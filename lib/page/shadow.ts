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

const CROSSING = 0;

/**
 * Reads what a shadow root's host renders: its shadow tree, with each <slot> replaced by the nodes assigned to it
 * (or its own fallback content), and nested hosts read the same way. The host's light children that
 * no slot takes are not rendered and are not read. Iterative, so a deep tree cannot exhaust the
 * stack. Returns false when the visitor stopped the walk.
 */
export function walkShadowTree(shadow: ShadowRoot, visitor: ShadowVisitor): boolean {
  const stack: Array<Node | typeof CROSSING> = [];
  const pushChildren = (parent: Node) => {
    for (let child = parent.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  };
  const pushTree = (nodes: ArrayLike<Node> | Node) => {
    stack.push(CROSSING);
    if ('nodeType' in nodes) pushChildren(nodes);
    else for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
    stack.push(CROSSING);
  };
  visitor.root(shadow);
  pushTree(shadow);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === CROSSING) {
      visitor.crossing();
    } else if (node.nodeType === 3) {
      if ((node as Text).data.length > 0 && !visitor.text(node as Text)) return false;
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (!visitor.enter(element)) continue;
      const inner = openShadowRoot(element);
      if (inner) {
        visitor.root(inner);
        pushTree(inner);
      } else if (element.localName === 'slot' && typeof (element as HTMLSlotElement).assignedNodes === 'function') {
        const assigned = (element as HTMLSlotElement).assignedNodes();
        if (assigned.length > 0) pushTree(assigned);
        else pushChildren(element);
      } else {
        pushChildren(element);
      }
    }
  }
  return true;
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
