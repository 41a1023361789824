/**
 * The peer a competent developer would write: one regular expression over every alias (escaped,
 * longest first, case-insensitive, word edges by Unicode-aware lookarounds), built once, run over
 * each text node, the matches painted as one Highlight registered in CSS.highlights.
 */

/** The highlight name the peer registers (the page styles `::highlight(bench-peer)`). */
export const PEER_HIGHLIGHT = 'bench-peer';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE']);

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Builds the expression and runs it once on an empty string: V8 compiles a regular expression on
 * its first use, and that compilation is part of building it.
 */
export function buildAliasRegExp(aliases: readonly string[]): RegExp {
  const alternation = [...new Set(aliases)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const find = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, 'giu');
  find.test('');
  find.lastIndex = 0;
  return find;
}

/** Runs the expression over every text node under `root` and paints the matches; returns how many. */
export function highlightMatches(find: RegExp, root: Node): number {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    if (SKIPPED.has(text.parentElement?.tagName ?? '')) continue;
    const data = text.data;
    find.lastIndex = 0;
    for (let match = find.exec(data); match !== null; match = find.exec(data)) {
      const range = new Range();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      ranges.push(range);
    }
  }
  CSS.highlights.set(PEER_HIGHLIGHT, new Highlight(...ranges));
  return ranges.length;
}
