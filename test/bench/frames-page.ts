/**
 * The page side of the frames-and-shadow-roots part of the bench (`BENCH_PART=frames`), bundled as
 * an IIFE (global `BackstoryFrames`). Each function is the first call on a fresh load and times only
 * its own work.
 */
import { collectText, findArticleRoot } from '../../lib/page/collect';

export interface Timing {
  readonly ms: number;
  /** Text nodes read (a check that both variants read the same text). */
  readonly found: number;
  readonly chars: number;
}

/** Reading the article as the page has it (no shadow roots on the corpus pages). */
export function readLight(): Timing {
  const root = findArticleRoot(document);
  const start = performance.now();
  const snapshot = collectText(root);
  return { ms: performance.now() - start, found: snapshot.nodes.length, chars: snapshot.text.length };
}

/**
 * The same article with its content moved into an open shadow root on the article element (as a web
 * component would render it), then read. The move is not timed.
 */
export function readShadowed(): Timing {
  const root = findArticleRoot(document);
  const holder = document.createElement('div');
  const shadow = holder.attachShadow({ mode: 'open' });
  while (root.firstChild) shadow.append(root.firstChild);
  root.append(holder);
  const start = performance.now();
  const snapshot = collectText(root);
  return { ms: performance.now() - start, found: snapshot.nodes.length, chars: snapshot.text.length };
}

/**
 * What looking for shadow roots costs on a page that has none: one pass over the body's elements
 * reading `shadowRoot`, less the same pass without it (mean of 20 each, on the same load).
 */
export function shadowCheck(): Timing {
  const pass = (check: boolean) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    let elements = 0;
    let hosts = 0;
    const start = performance.now();
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      elements++;
      if (check && (node as Element).shadowRoot !== null) hosts++;
    }
    return { ms: performance.now() - start, elements, hosts };
  };
  pass(false); // the first pass pays for creating the wrappers
  // 20 passes of each, alternated, for a difference above the clock's resolution (0.1 ms).
  let without = 0;
  let withCheck = 0;
  let elements = 0;
  for (let i = 0; i < 20; i++) {
    without += pass(false).ms;
    const checked = pass(true);
    withCheck += checked.ms;
    elements = checked.elements;
  }
  return { ms: Math.max(0, withCheck - without) / 20, found: elements, chars: 0 };
}
