/**
 * Finds the article on a page and reads its text nodes into one string, remembering where each
 * node starts so that a range of the string maps back to DOM positions. Read-only: never touches the page.
 */

/** Elements whose text is not prose: never scanned. Compared against localName. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'textarea',
  'input',
  'select',
  'option',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);
/** Page chrome skipped when no article container is found and the whole body is read. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form', 'dialog']);

export const NODE_SEPARATOR = '\n';

export interface CollectLimits {
  /** Stop after this many text nodes (pathological pages). */
  readonly maxNodes: number;
  /** Stop after this many characters. */
  readonly maxChars: number;
}

export const DEFAULT_LIMITS: CollectLimits = { maxNodes: 100_000, maxChars: 4_000_000 };

export interface TextSnapshot {
  readonly root: Element;
  /** Text of every collected node, each followed by NODE_SEPARATOR. */
  readonly text: string;
  readonly nodes: Text[];
  /** starts[i] is where nodes[i]'s data begins in text. */
  readonly starts: number[];
  /** True when a limit stopped collection early. */
  readonly truncated: boolean;
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
  const candidates = [...Array.from(doc.querySelectorAll('[itemprop="articleBody"]')), ...Array.from(doc.getElementsByTagName('article'))];
  let best: Element | undefined;
  let bestLength = 0;
  for (const candidate of candidates) {
    const length = candidate.textContent?.length ?? 0;
    if (length > bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  if (best && (bestLength >= MIN_ARTICLE_CHARS || holdsMostParagraphs(best, doc))) return best;
  const main = doc.querySelector('main, [role="main"]');
  if (main?.firstChild) return main;
  return body;
}

function skipsSubtree(element: Element, readingBody: boolean, exclude: Element | undefined): boolean {
  const name = element.localName;
  if (SKIPPED.has(name) || element === exclude) return true;
  if (readingBody && CHROME.has(name)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Reads the text under `root`. `exclude` is the extension's own UI host. Starting inside an
 * editable or skipped region yields nothing.
 */
export function collectText(root: Element, exclude?: Element, limits: CollectLimits = DEFAULT_LIMITS): TextSnapshot {
  const doc = root.ownerDocument;
  const readingBody = root === doc.body;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let truncated = false;

  for (let ancestor: Element | null = root; ancestor; ancestor = ancestor.parentElement) {
    if (skipsSubtree(ancestor, false, exclude)) return { root, text: '', nodes, starts, truncated };
  }

  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (nodes.length >= limits.maxNodes || length + data.length > limits.maxChars) {
          truncated = true;
          break;
        }
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length + 1;
      }
      node = walker.nextNode();
    } else if (skipsSubtree(node as Element, readingBody, exclude)) {
      node = walker.nextSibling();
      while (node === null && walker.parentNode() !== null) node = walker.nextSibling();
    } else {
      node = walker.nextNode();
    }
  }
  parts.push('');
  return { root, text: parts.join(NODE_SEPARATOR), nodes, starts, truncated };
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
