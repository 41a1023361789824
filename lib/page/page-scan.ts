/**
 * One scan of a page, in the two halves that run on the page: read the article's text, then turn
 * the mentions found in it (by the background, or locally in tests and tools) into DOM ranges.
 */
import type { AliasIndex } from '../engine/alias-index';
import type { Mention } from '../engine/disambiguate';
import { findMentions } from '../engine/scan-text';
import { findArticleBody } from './article-body';
import { type CollectLimits, collectText, DEFAULT_LIMITS, rangeFor, type TextSnapshot } from './collect';
import {
  HIGHLIGHT_AMBIGUOUS,
  HIGHLIGHT_RESOLVED,
  HIGHLIGHT_SCRIPT,
  HIGHLIGHT_SCRIPT_AMBIGUOUS,
  HIGHLIGHT_TINT,
  needsTint,
  paint,
} from './highlight';

export interface PageScan {
  readonly snapshot: TextSnapshot;
  readonly mentions: readonly Mention[];
  /** ranges[i] covers mentions[i]. */
  readonly ranges: Range[];
  /** For each text node, the mentions that start or end in it. */
  readonly byNode: Map<Text, number[]>;
}

/** What is read: the article's own text (page furniture left out), or every text on the page. */
export type ReadScope = 'article' | 'page';

/** The article's text (or the whole page's), with the extension's own UI host left out. */
export function readPage(
  doc: Document,
  exclude?: Element,
  limits: CollectLimits = DEFAULT_LIMITS,
  scope: ReadScope = 'article',
): TextSnapshot {
  // The document element, not the body: collectText leaves the body's menus and footers out.
  if (scope === 'page') return collectText(doc.documentElement, exclude, limits);
  const { root, furniture } = findArticleBody(doc);
  return collectText(root, exclude, limits, furniture);
}

/** DOM ranges for mentions found in a snapshot's text. */
export function placeMentions(snapshot: TextSnapshot, mentions: readonly Mention[]): PageScan {
  const ranges = mentions.map((mention) => rangeFor(snapshot, mention.start, mention.end));
  const byNode = new Map<Text, number[]>();
  ranges.forEach((range, i) => {
    for (const node of [range.startContainer, range.endContainer]) {
      const list = byNode.get(node as Text);
      if (!list) byNode.set(node as Text, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return { snapshot, mentions, ranges, byNode };
}

/** Read, match and place in one go, with the index at hand (tests and tools). */
export function scanPage(doc: Document, index: AliasIndex, exclude?: Element, limits: CollectLimits = DEFAULT_LIMITS): PageScan {
  const snapshot = readPage(doc, exclude, limits);
  return placeMentions(snapshot, findMentions(snapshot.text, index));
}

/** How matches look: a dotted underline, a tint, or nothing (cards on hover still work). */
export type PaintStyle = 'underline' | 'background' | 'none';

export function paintScan(scan: PageScan, style: PaintStyle = 'underline'): void {
  const pick = (ambiguous: boolean, tinted: boolean) =>
    scan.ranges.filter((_, i) => (scan.mentions[i]!.entry === undefined) === ambiguous && needsTint(scan.mentions[i]!.text) === tinted);
  const underline = style === 'underline';
  paint(HIGHLIGHT_RESOLVED, underline ? pick(false, false) : []);
  paint(HIGHLIGHT_AMBIGUOUS, underline ? pick(true, false) : []);
  // In the underline style, Arabic-script names get a tint: dots under them would read as letters' dots.
  paint(HIGHLIGHT_SCRIPT, underline ? pick(false, true) : []);
  paint(HIGHLIGHT_SCRIPT_AMBIGUOUS, underline ? pick(true, true) : []);
  paint(HIGHLIGHT_TINT, style === 'background' ? scan.ranges : []);
}

/** Only the first mention of each entry (ambiguous mentions are kept: each may mean something else). */
export function firstMentions<T extends { readonly entry: number | undefined }>(mentions: readonly T[]): T[] {
  const seen = new Set<number>();
  return mentions.filter((mention) => {
    if (mention.entry === undefined) return true;
    if (seen.has(mention.entry)) return false;
    seen.add(mention.entry);
    return true;
  });
}

/** Mentions minus those of hidden entries; an ambiguous mention goes only when all its candidates are hidden. */
export function withoutHidden(mentions: readonly Mention[], isHidden: (entry: number) => boolean): Mention[] {
  return mentions.filter((mention) => (mention.entry !== undefined ? !isHidden(mention.entry) : !mention.candidates.every(isHidden)));
}
