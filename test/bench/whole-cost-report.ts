/** The whole-cost table: per dataset, medians and worst pages, with the issue's targets beside them. */
import { type Bounded, fixed, median, type Summary, summarize, table } from './stats';
import type { WholeCostDataset, WholeCostRecord } from './whole-cost-bench';

export const WHOLE_COST_LEGEND = [
  'WHOLE COST with the real extension (COLD: the service worker is stopped before every load; each load',
  'is a new tab). Measured from a browser-wide Chromium trace. "On the page" = the content script\'s',
  'main-thread time: its EvaluateScript events (compile + top level) plus V8 CPU-profile samples whose JS',
  'stack holds a chrome-extension:// frame (callbacks, promise continuations and the DOM calls they make);',
  'the page\'s own later style/layout/paint of the marks is not counted. "Worker" = every task on the',
  "extension's service-worker thread during the load, its cold start-up included. The floor and the regex",
  '+ Highlight peer run in the same Chromium without the extension, in a task after DOMContentLoaded (as',
  "document_idle), measured the same way (attributed to their scripts' URLs). Tracing and the CPU profiler",
  'slow everything down somewhat, the floor too. Heap growth = page JS heap after the marks (after GC)',
  "minus the same page's heap after the floor load.",
];

function perPage(records: readonly WholeCostRecord[], pick: (r: WholeCostRecord) => number | undefined): Summary {
  const values: Bounded[] = [];
  for (const r of records) {
    const value = pick(r);
    if (value !== undefined && Number.isFinite(value)) values.push({ page: r.page, value, lowerBound: false });
  }
  return summarize(values);
}

const med = (values: readonly number[]) => (values.length === 0 ? undefined : median(values));

function cells(summary: Summary, unit: string): [string, string] {
  if (summary.pages === 0) return ['–', '–'];
  return [`${fixed(summary.median)}${unit}`, `${fixed(summary.worst!.value)}${unit}  ${summary.worst!.page}`];
}

export function wholeCostSummary(records: readonly WholeCostRecord[]) {
  const floor = (r: WholeCostRecord) => med(r.floor.map((l) => l.ms));
  const ratio = (value: number | undefined, r: WholeCostRecord) => {
    const f = floor(r);
    return value === undefined || f === undefined || f <= 0 ? undefined : value / f;
  };
  const pageMs = (r: WholeCostRecord) => med(r.extension.map((l) => l.pageMs));
  const workerMs = (r: WholeCostRecord) => med(r.extension.map((l) => l.workerMs));
  const floorHeap = (r: WholeCostRecord) => med(r.floor.map((l) => l.pageHeapMB));
  return {
    floorMs: perPage(records, floor),
    pageSideRatio: perPage(records, (r) => ratio(pageMs(r), r)),
    pagePlusWorkerRatio: perPage(records, (r) => {
      const p = pageMs(r);
      const w = workerMs(r);
      return p === undefined || w === undefined ? undefined : ratio(p + w, r);
    }),
    peerRatio: perPage(records, (r) => ratio(med(r.peer.map((l) => l.ms)), r)),
    pageMs: perPage(records, pageMs),
    workerMs: perPage(records, workerMs),
    firstMarkAfterDclMs: perPage(records, (r) => med(r.extension.map((l) => l.firstMarkAfterDclMs).filter((v): v is number => v !== null))),
    peerFirstMarkAfterDclMs: perPage(records, (r) => med(r.peer.map((l) => l.firstMarkAfterDclMs).filter((v): v is number => v !== null))),
    pageLongestTaskMs: perPage(records, (r) => (r.extension.length ? Math.max(...r.extension.map((l) => l.pageLongestTaskMs)) : undefined)),
    workerLongestTaskMs: perPage(records, (r) =>
      r.extension.length ? Math.max(...r.extension.map((l) => l.workerLongestTaskMs)) : undefined,
    ),
    peerLongestTaskMs: perPage(records, (r) => (r.peer.length ? Math.max(...r.peer.map((l) => l.longestTaskMs)) : undefined)),
    heapGrowthMB: perPage(records, (r) => {
      const ext = med(r.extension.map((l) => l.pageHeapMB));
      const base = floorHeap(r);
      return ext === undefined || base === undefined ? undefined : ext - base;
    }),
    workerHeapMB: perPage(records, (r) => med(r.extension.map((l) => l.workerHeapMB).filter((v): v is number => v !== null))),
    notMarked: records.filter((r) => r.extension.length > 0 && r.extension.every((l) => l.marks === 0)).map((r) => r.page),
    loads: records.map((r) => ({ page: r.page, extension: r.extension.length, floor: r.floor.length, peer: r.peer.length })),
  };
}

export function wholeCostTable(dataset: WholeCostDataset, records: readonly WholeCostRecord[]): string {
  const s = wholeCostSummary(records);
  const rows: string[][] = [['', 'median across pages', 'worst page', 'target']];
  rows.push(['floor (TreeWalker reading every text node), ms', ...cells(s.floorMs, ' ms'), '']);
  rows.push(['Backstory on the page / floor', ...cells(s.pageSideRatio, '×'), '≤ 1.5×']);
  rows.push(['Backstory page + worker / floor', ...cells(s.pagePlusWorkerRatio, '×'), '≤ 3×']);
  rows.push(['regex + Highlight peer / floor (on the page; no worker)', ...cells(s.peerRatio, '×'), '']);
  rows.push(['Backstory on the page, ms', ...cells(s.pageMs, ' ms'), '']);
  rows.push(['Backstory worker (cold start included), ms', ...cells(s.workerMs, ' ms'), '']);
  rows.push(['first mark after DOMContentLoaded, ms', ...cells(s.firstMarkAfterDclMs, ' ms'), '≤ 100 ms']);
  rows.push(['peer: its marks after DOMContentLoaded, ms', ...cells(s.peerFirstMarkAfterDclMs, ' ms'), '']);
  rows.push(['longest page task with the content script, ms', ...cells(s.pageLongestTaskMs, ' ms'), 'none > 50 ms']);
  rows.push(['longest worker task, ms', ...cells(s.workerLongestTaskMs, ' ms'), '']);
  rows.push(['longest page task with the peer, ms', ...cells(s.peerLongestTaskMs, ' ms'), '']);
  rows.push(['page JS heap growth (vs the floor load), MB', ...cells(s.heapGrowthMB, ' MB'), '≤ 1 MB']);
  rows.push(['worker JS heap after the page, MB', ...cells(s.workerHeapMB, ' MB'), '']);
  const header = `Whole cost, dataset "${dataset.name}": ${dataset.aliasCount} aliases; ${records.length} pages${dataset.note ? `; ${dataset.note}` : ''}`;
  const notMarked = `Pages with 0 marks: ${s.notMarked.length === 0 ? 'none' : s.notMarked.join(', ')}`;
  return `${header}\n${table(rows)}\n${notMarked}`;
}
