/**
 * The page scripts of the whole-cost bench, bundled into one IIFE and served twice: as
 * /bench/floor.js (the floor) and /bench/peer.js (the regex + Highlight peer, after
 * /bench/peer-aliases-*.js has set its alias list). Each runs at the same point of the page's life
 * as the content script (document_idle: a task after DOMContentLoaded) and records what it did in
 * window.benchResult; its time is read from the trace, attributed to its script's URL.
 */

import { readEveryTextNode } from './floor-walk';
import { buildAliasRegExp, highlightMatches } from './regex-peer';

export interface PageResult {
  readonly role: 'floor' | 'peer';
  /** Text nodes read (floor) or matches painted (peer). */
  readonly found: number;
  /** performance.now() times of the script's own clock, for context (the trace is what counts). */
  readonly ms: number;
  readonly buildMs?: number;
}

interface BenchWindow {
  benchResult?: PageResult;
  benchPeerAliases?: string[];
}

function floor(): PageResult {
  const start = performance.now();
  const { nodes, chars } = readEveryTextNode(document.body);
  (window as unknown as { benchSink: number }).benchSink = chars;
  return { role: 'floor', found: nodes, ms: performance.now() - start };
}

function peer(): PageResult {
  const start = performance.now();
  const find = buildAliasRegExp((window as BenchWindow).benchPeerAliases ?? []);
  const built = performance.now();
  const found = highlightMatches(find, document.body);
  if (found > 0) performance.mark('bench-peer:first-marks');
  return { role: 'peer', found, ms: performance.now() - start, buildMs: built - start };
}

const role = (document.currentScript as HTMLScriptElement | null)?.src.includes('/bench/peer') ? 'peer' : 'floor';
const run = () => {
  (window as BenchWindow).benchResult = role === 'peer' ? peer() : floor();
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => setTimeout(run, 0));
else setTimeout(run, 0);
