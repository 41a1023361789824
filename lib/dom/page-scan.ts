/** One scan of a page: collect the article's text, find mentions, build their DOM ranges. */
import type { AliasIndex } from '../alias-index';
import type { Mention } from '../disambiguate';
import { findMentions } from '../scan-text';
import { type CollectLimits, collectText, DEFAULT_LIMITS, findArticleRoot, rangeFor, type TextSnapshot } from './collect';
import { HIGHLIGHT_AMBIGUOUS, HIGHLIGHT_RESOLVED, paint } from './highlight';

export interface PageScan {
  readonly snapshot: TextSnapshot;
  readonly mentions: Mention[];
  /** ranges[i] covers mentions[i]. */
  readonly ranges: Range[];
  /** For each text node, the mentions that start or end in it. */
  readonly byNode: Map<Text, number[]>;
}

export function scanPage(doc: Document, index: AliasIndex, exclude?: Element, limits: CollectLimits = DEFAULT_LIMITS): PageScan {
  const root = findArticleRoot(doc);
  const snapshot = collectText(root, exclude, limits);
  const mentions = findMentions(snapshot.text, index);
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

export function paintScan(scan: PageScan): void {
  paint(
    HIGHLIGHT_RESOLVED,
    scan.ranges.filter((_, i) => scan.mentions[i]!.entry !== undefined),
  );
  paint(
    HIGHLIGHT_AMBIGUOUS,
    scan.ranges.filter((_, i) => scan.mentions[i]!.entry === undefined),
  );
}
