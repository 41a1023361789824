/**
 * The page side of the benchmark, bundled into one IIFE (global `BackstoryBench`) and inlined at the
 * end of each served page. Every function times only its own work with performance.now() and is
 * meant to be the first call on a freshly loaded page (cold JIT, DOM wrappers not yet created).
 * Inputs that are not part of the measured work (the fetched payload, a prebuilt index) are
 * prepared before the clock starts. The index arrives base64-encoded; decoding it stands in for the
 * worker's fetch of the index file and is never timed.
 */
import findAndReplaceDOMText from 'findandreplacedomtext';
import Mark from 'mark.js';
import AhoCorasick from 'modern-ahocorasick';
import { AliasIndex } from '../../lib/engine/alias-index';
import { findMentions } from '../../lib/engine/scan-text';
import { collectText, findArticleRoot } from '../../lib/page/collect';
import { type PageScan, paintScan, placeMentions, readPage, scanPage } from '../../lib/page/page-scan';
import { readEveryTextNode } from './floor-walk';
import { buildAliasRegExp, highlightMatches } from './regex-peer';

export interface Timing {
  /** Elapsed milliseconds of the measured work. */
  readonly ms: number;
  /** What the work found (text nodes, mentions, marks, matches): a sanity check, not a score. */
  readonly found: number;
  /** The part of `ms` spent building (the regex peer's expression), when the metric has one. */
  readonly buildMs?: number;
}

/**
 * Results kept reachable, as the content script keeps its index and scan (and for the memory probe).
 * Exported so that the minifier cannot drop the writes as unused.
 */
export const kept: { index?: AliasIndex; scan?: PageScan; sink?: number } = {};

/** The index bytes, as the worker would have them after its fetch (decoding is not timed). */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The floor: one TreeWalker pass over the body that reads every text node's data and nothing else. */
export function floor(): Timing {
  const start = performance.now();
  const { nodes, chars } = readEveryTextNode(document.body);
  const ms = performance.now() - start;
  kept.sink = chars;
  return { ms, found: nodes };
}

/** What the content script does on a page: load the alias index, scan the article, paint. */
export function fullPass(indexBase64: string): Timing {
  const indexBytes = fromBase64(indexBase64);
  const start = performance.now();
  const index = AliasIndex.open(indexBytes);
  const scan = scanPage(document, index);
  paintScan(scan);
  const ms = performance.now() - start;
  kept.index = index;
  kept.scan = scan;
  return { ms, found: scan.mentions.length };
}

/**
 * What the content script does on the page's main thread in the shipped design: read the article
 * text and serialise the request; later, parse the background's reply, place ranges and paint.
 * The background's matching runs between the two timed halves, off the clock (it runs in the
 * service worker, not on the page), with its index built before the clock starts.
 */
export function pageSide(indexBase64: string): Timing {
  const indexBytes = fromBase64(indexBase64);
  const index = AliasIndex.open(indexBytes);
  let start = performance.now();
  const snapshot = readPage(document);
  const request = JSON.stringify({ text: snapshot.text });
  let ms = performance.now() - start;
  const reply = JSON.stringify({ mentions: findMentions((JSON.parse(request) as { text: string }).text, index) });
  start = performance.now();
  const { mentions } = JSON.parse(reply) as { mentions: ReturnType<typeof findMentions> };
  const scan = placeMentions(snapshot, mentions);
  paintScan(scan);
  ms += performance.now() - start;
  kept.scan = scan;
  return { ms, found: mentions.length };
}

/**
 * The page side as the two tasks it really is, for the long-task and memory probe: the reply is
 * prepared first (that work belongs to the service worker), then each half runs as its own task.
 */
export function pageSideTasks(indexBase64: string): Promise<Timing> {
  const indexBytes = fromBase64(indexBase64);
  const index = AliasIndex.open(indexBytes);
  const reply = JSON.stringify({ mentions: findMentions(readPage(document).text, index) });
  return new Promise((done) => {
    setTimeout(() => {
      const start = performance.now();
      const snapshot = readPage(document);
      kept.sink = JSON.stringify({ text: snapshot.text }).length;
      const first = performance.now() - start;
      setTimeout(() => {
        const again = performance.now();
        const { mentions } = JSON.parse(reply) as { mentions: ReturnType<typeof findMentions> };
        const scan = placeMentions(snapshot, mentions);
        paintScan(scan);
        kept.scan = scan;
        done({ ms: Math.max(first, performance.now() - again), found: mentions.length });
      }, 0);
    }, 0);
  });
}

/** Alias-index load only: parse the payload and rebuild the index. */
export function indexLoad(indexBase64: string): Timing {
  const indexBytes = fromBase64(indexBase64);
  const start = performance.now();
  const index = AliasIndex.open(indexBytes);
  const ms = performance.now() - start;
  kept.index = index;
  return { ms, found: index.keyCount };
}

/** The matcher alone: index built and text collected beforehand, findMentions timed. */
export function matchOnly(indexBase64: string): Timing {
  const indexBytes = fromBase64(indexBase64);
  const index = AliasIndex.open(indexBytes);
  const snapshot = collectText(findArticleRoot(document));
  const start = performance.now();
  const mentions = findMentions(snapshot.text, index);
  const ms = performance.now() - start;
  kept.index = index;
  return { ms, found: mentions.length };
}

function aliasList(aliasesJson: string): string[] {
  return JSON.parse(aliasesJson) as string[];
}

/**
 * mark.js keywords per mark() call. mark.js chains one callback per keyword, so one call with some
 * thousands of keywords overflows the stack ("Invalid regular expression: … Stack overflow"); larger
 * lists go through consecutive calls, each finishing synchronously (no iframes).
 */
const MARK_CHUNK = 500;

/** mark.js over the body with the alias list as whole phrases. */
export function markJs(aliasesJson: string): Timing {
  const aliases = aliasList(aliasesJson);
  const start = performance.now();
  let found = 0;
  let pending = 0;
  for (let i = 0; i < aliases.length; i += MARK_CHUNK) {
    pending++;
    new Mark(document.body).mark(aliases.slice(i, i + MARK_CHUNK), {
      separateWordSearch: false,
      accuracy: 'exactly',
      acrossElements: true,
      done: (marks) => {
        found += marks;
        pending--;
      },
    });
  }
  const ms = performance.now() - start;
  if (pending !== 0) throw new Error(`mark.js finished asynchronously (${pending} calls pending)`);
  return { ms, found };
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** findAndReplaceDOMText with one word-bounded alternation of every alias, longest first. */
export function findReplace(aliasesJson: string): Timing {
  const aliases = aliasList(aliasesJson);
  const start = performance.now();
  const alternation = [...aliases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const find = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, 'giu');
  let found = 0;
  findAndReplaceDOMText(document.body, {
    find,
    preset: 'prose',
    replace: (portion) => {
      found++;
      const mark = document.createElement('mark');
      mark.textContent = (portion as { text: string }).text;
      return mark;
    },
  });
  return { ms: performance.now() - start, found };
}

/** modern-ahocorasick: build the automaton (lower-cased aliases), then search the body's text. */
export function ahoCorasick(aliasesJson: string): Timing {
  const aliases = aliasList(aliasesJson);
  const start = performance.now();
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) parts.push((node as Text).data);
  const text = parts.join('\n').toLowerCase();
  const patterns = [...new Set(aliases.map((alias) => alias.toLowerCase()))];
  const matcher = new AhoCorasick(patterns, { boundary: 'unicode' });
  const matches = matcher.search(text, { strategy: 'leftmost-longest' });
  return { ms: performance.now() - start, found: matches.length };
}

/** The regex + Highlight peer (regex-peer.ts): the expression built once (timed apart), then the scan and paint. */
export function regexHighlight(aliasesJson: string): Timing {
  const aliases = aliasList(aliasesJson);
  const start = performance.now();
  const find = buildAliasRegExp(aliases);
  const built = performance.now();
  const found = highlightMatches(find, document.body);
  return { ms: performance.now() - start, found, buildMs: built - start };
}
