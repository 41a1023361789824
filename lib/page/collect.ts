/**
 * Finds the article on a page and reads its text nodes into one string, remembering where each
 * node starts so that a range of the string maps back to DOM positions. Read-only: never touches the page.
 */

import { openShadowRoot, walkShadowTree } from './shadow';

/** Elements whose text is not prose: never scanned. */
const SKIPPED =
  'script, style, noscript, template, code, pre, kbd, samp, textarea, input, select, option, svg, math, iframe, object, canvas, video, audio, head, title';
/** Regions the reader cannot see or is editing. */
const HIDDEN_OR_EDITABLE = '[hidden], [contenteditable]:not([contenteditable="false"])';
/** Page chrome skipped when no article container is found and the whole body is read. */
const CHROME = 'nav, header, footer, aside, form, dialog';

/** Put between two text nodes of different blocks (paragraphs, list items, cells) and at a <br>. */
export const NODE_SEPARATOR = '\n';

/**
 * Elements that start a new line of text. Text nodes inside one of these with no other between
 * them are one run of prose ("Fighters of <a>HTS</a> entered" reads as one sentence) and are joined
 * with nothing between; tags are enough here, computed styles would cost a layout.
 */
const BLOCKS = new Set(
  (
    'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

export interface CollectLimits {
  /** Stop after this many text nodes (pathological pages). */
  readonly maxNodes: number;
  /** Stop after this many characters. */
  readonly maxChars: number;
}

export const DEFAULT_LIMITS: CollectLimits = { maxNodes: 100_000, maxChars: 4_000_000 };

export interface TextSnapshot {
  readonly root: Element;
  /**
   * Text of every collected node in order: nodes of one block joined directly, NODE_SEPARATOR
   * between blocks and at a <br>, and after the last node.
   */
  readonly text: string;
  readonly nodes: Text[];
  /** starts[i] is where nodes[i]'s data begins in text. */
  readonly starts: number[];
  /** True when a limit stopped collection early. */
  readonly truncated: boolean;
  /** The open shadow roots read (lib/page/shadow.ts), outermost first. */
  readonly shadowRoots?: readonly ShadowRoot[];
}

/** Text long enough to be an article rather than a teaser card. */
const MIN_ARTICLE_CHARS = 500;

/**
 * The element that holds the article, or the body when nothing better is found. Only candidate
 * containers are measured: reading the whole body's text here would cost as much as the scan itself.
 */
/** A short article still counts when it holds most of the page's paragraphs (a teaser card does not). */
function holdsMostParagraphs(element: Element, doc: Document): boolean {
  const inside = element.getElementsByTagName('p').length;
  return inside > 0 && inside * 2 >= doc.getElementsByTagName('p').length;
}

export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const bodies = doc.querySelectorAll('[itemprop="articleBody"]');
  const candidates = bodies.length > 0 ? Array.from(bodies) : Array.from(doc.getElementsByTagName('article'));
  if (candidates.length === 1) {
    // The common case: one article. Measuring its text would cost as much as reading it.
    const only = candidates[0]!;
    if (only.querySelector('p') !== null || (only.textContent?.length ?? 0) >= MIN_ARTICLE_CHARS) return only;
  } else if (candidates.length > 1) {
    let best: Element | undefined;
    let bestLength = 0;
    for (const candidate of candidates) {
      const length = candidate.textContent?.length ?? 0;
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    // A teaser card on a list page is not the article.
    if (best && (bestLength >= MIN_ARTICLE_CHARS || holdsMostParagraphs(best, doc))) return best;
  }
  const main = doc.querySelector('main, [role="main"]');
  if (main?.firstChild) return main;
  return body;
}

/**
 * Reads the text under `root`. `exclude` is the extension's own UI host; `furniture` are blocks
 * inside the root to leave out (article-body.ts finds them). Starting inside an editable or skipped
 * region yields nothing.
 */
export function collectText(
  root: Element,
  exclude?: Element,
  limits: CollectLimits = DEFAULT_LIMITS,
  furniture: Iterable<Element> = [],
): TextSnapshot {
  const doc = root.ownerDocument;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let truncated = false;

  if (root.closest(`${SKIPPED}, ${HIDDEN_OR_EDITABLE}`) || exclude?.contains(root)) {
    return { root, text: '', nodes, starts, truncated };
  }
  // One native query finds every region to skip, so the walk below makes no DOM call per element.
  const selector = root === doc.body ? `${SKIPPED}, ${HIDDEN_OR_EDITABLE}, ${CHROME}` : `${SKIPPED}, ${HIDDEN_OR_EDITABLE}`;
  const skip = new Set<Node>(root.querySelectorAll(selector));
  if (exclude) skip.add(exclude);
  for (const block of furniture) skip.add(block);

  // The nearest block around a text node, cached by parent: neighbouring nodes share parents.
  let lastParent: Node | null = null;
  let lastBlock: Node | null = null;
  const blockOf = (text: Node): Node | null => {
    const parent = text.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      let at = parent;
      while (at !== null && at !== root && !(at.nodeType === 1 && BLOCKS.has((at as Element).localName))) at = at.parentNode;
      lastBlock = at;
    }
    return lastBlock;
  };

  let previousBlock: Node | null = null;
  let lineBreak = false;
  /** Adds one text node; false when a limit is reached. */
  const take = (node: Text): boolean => {
    const data = node.data;
    if (nodes.length >= limits.maxNodes || length + data.length + 1 > limits.maxChars) {
      truncated = true;
      return false;
    }
    const block = blockOf(node);
    if (nodes.length > 0 && (lineBreak || block !== previousBlock)) {
      parts.push(NODE_SEPARATOR);
      length += NODE_SEPARATOR.length;
    }
    previousBlock = block;
    lineBreak = false;
    nodes.push(node);
    starts.push(length);
    parts.push(data);
    length += data.length;
    return true;
  };
  // Open shadow roots are read where their host stands (lib/page/shadow.ts).
  const shadowRoots: ShadowRoot[] = [];
  const readShadow = (shadow: ShadowRoot): boolean =>
    walkShadowTree(shadow, {
      root: (inner) => {
        shadowRoots.push(inner);
        for (const element of Array.from(inner.querySelectorAll(selector))) skip.add(element);
      },
      enter: (element) => {
        if (skip.has(element)) return false;
        if (element.localName === 'br') lineBreak = true;
        return true;
      },
      text: take,
      crossing: () => {
        lineBreak = true;
      },
    });

  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const skipSubtree = () => {
    node = walker.nextSibling();
    while (node === null && walker.parentNode() !== null) node = walker.nextSibling();
  };
  // A root that is itself a shadow host renders only its shadow tree (its light children through slots).
  const rootShadow = openShadowRoot(root);
  let node: Node | null = rootShadow ? null : walker.nextNode();
  if (rootShadow) readShadow(rootShadow);
  while (node) {
    if (node.nodeType === 3) {
      if ((node as Text).data.length > 0 && !take(node as Text)) break;
      node = walker.nextNode();
    } else if (skip.has(node)) {
      skipSubtree();
    } else {
      const shadow = openShadowRoot(node as Element);
      if (shadow) {
        // A shadow host: read what it renders; its light children show only through its slots.
        if (!readShadow(shadow)) break;
        skipSubtree();
      } else {
        if ((node as Element).localName === 'br') lineBreak = true;
        node = walker.nextNode();
      }
    }
  }
  parts.push(NODE_SEPARATOR);
  return { root, text: parts.join(''), nodes, starts, truncated, shadowRoots };
}

/** The node index holding text offset `offset` (binary search over starts). */
export function nodeIndexAt(snapshot: TextSnapshot, offset: number): number {
  const { starts } = snapshot;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A DOM range for text offsets [start, end) of the snapshot. */
export function rangeFor(snapshot: TextSnapshot, start: number, end: number): Range {
  const first = nodeIndexAt(snapshot, start);
  const last = nodeIndexAt(snapshot, Math.max(start, end - 1));
  const startNode = snapshot.nodes[first]!;
  const endNode = snapshot.nodes[last]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(start - snapshot.starts[first]!, startNode.length));
  range.setEnd(endNode, Math.min(end - snapshot.starts[last]!, endNode.length));
  return range;
}
