/** Gives each open shadow root that holds a mark the ::highlight rules (see lib/page/shadow.ts for why). */
import type { PageScan } from '../../lib/page/page-scan';
import { adoptHighlightStyles } from '../../lib/page/shadow';
import highlightsCss from './highlights.css?inline';

export function styleShadowRoots(scan: PageScan): void {
  if (!scan.snapshot.shadowRoots?.length) return;
  const roots = new Set<ShadowRoot>();
  for (const range of scan.ranges) {
    const root = range.startContainer.getRootNode();
    if (root.nodeType === 11 && (root as ShadowRoot).host) roots.add(root as ShadowRoot);
  }
  for (const root of roots) adoptHighlightStyles(root, highlightsCss);
}
