/**
 * `npm run bench`: Backstory's content-script pass and matcher against peers (mark.js,
 * findAndReplaceDOMText, modern-ahocorasick) and the floor (a TreeWalker that only reads every text
 * node), on real pages served from 127.0.0.1 to headless Chromium.
 *
 * Every number is COLD: each measurement is the first call on a freshly loaded page, as the content
 * script runs once per page load. Ratios to the floor are the result; absolute times are context.
 * Timings never fail: the exit code is non-zero only when the harness itself breaks.
 *
 * A load costs about 0.3–0.9 s here (new tab, new renderer process), so the default plan keeps the
 * whole run near 12 minutes on 2 cores: every page with the bundled packs; 12 pages (spread by size,
 * smallest and largest included) with 10,000 aliases; 8 with 300,000. Per page: 3 loads for the floor
 * (each followed by the alias-index load, which touches no DOM), 3 for the full pass, 3 for the
 * match only, 2 per peer (1 with 300k), 1 for the long task and memory probe.
 *
 *   BENCH_QUICK=1            3 pages, 2 loads, bundled + 10k datasets (smoke run)
 *   --pages N                only the first N pages (the demo article first, then the corpus sorted)
 *   BACKSTORY_CORPUS=DIR     corpus pages (default ../shared/corpus/pages, relative to the repo)
 *   BENCH_LOADS=N            loads per page for each Backstory metric and the floor (default 3)
 *   BENCH_PEER_LOADS=N       loads per page per peer (default 2; BENCH_300K_PEER_LOADS, default 1)
 *   BENCH_10K_PAGES=N, BENCH_300K_PAGES=N   page subsets (default 12 and 8); BENCH_ALL_PAGES=1 for all
 *   BENCH_PART=injected|whole|frames   one part only; `frames` (frames-bench.ts) measures shadow roots and
 *                            frames alone (BENCH_FRAMES_PAGES, default 8 pages with the most frames)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Entry } from '../../lib/packs/pack-schema';
import { CHROMIUM_ARGS, CHROMIUM_PATH, requireBrowser } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { bundlePageEntry, bundleScript } from './bundle';
import { bundledDataset, bundledEntries, type Dataset, datasetOf, syntheticDataset, syntheticEntries } from './datasets';
import { positiveInt } from './env';
import { extensionWithDataset } from './extension-build';
import { runFramesBench } from './frames-bench';
import type * as PageApi from './page-entry';
import { type Bounded, fixed, median, type Summary, summarize, table } from './stats';
import { runWholeCost, type WholeCostDataset, type WholeCostRecord } from './whole-cost-bench';
import { WHOLE_COST_LEGEND, wholeCostSummary, wholeCostTable } from './whole-cost-report';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const OUT_DIR = join(REPO, '.output', 'bench');
/** A peer call still running after this long is stopped (Runtime.terminateExecution) and not run again on that page. */
const PEER_BUDGET_MS = 5000;
/** A peer stopped on this many pages in a row is not run on the dataset's remaining pages. */
const PEER_GIVE_UP_PAGES = 3;

type PageFn = 'floor' | 'pageSide' | 'fullPass' | 'indexLoad' | 'matchOnly' | 'markJs' | 'findReplace' | 'ahoCorasick' | 'regexHighlight';
type Metric = Exclude<PageFn, 'floor'>;
interface MetricSpec {
  readonly fn: Metric;
  readonly label: string;
  readonly peer: boolean;
}

const METRICS: readonly MetricSpec[] = [
  { fn: 'pageSide', label: 'Backstory on the page (shipped design)', peer: false },
  { fn: 'fullPass', label: 'Backstory all on one thread', peer: false },
  { fn: 'matchOnly', label: 'Backstory match only', peer: false },
  { fn: 'indexLoad', label: 'alias-index load', peer: false },
  { fn: 'markJs', label: 'mark.js', peer: true },
  { fn: 'findReplace', label: 'findAndReplaceDOMText', peer: true },
  { fn: 'ahoCorasick', label: 'modern-ahocorasick', peer: true },
  { fn: 'regexHighlight', label: 'regex + Highlight (build + scan + paint)', peer: true },
];

interface Series {
  runs: number[];
  found: number[];
  /** Stopped at the budget: the true time is above PEER_BUDGET_MS. */
  capped: boolean;
  /** The build part of each run, for metrics that report one (the regex peer). */
  buildRuns?: number[];
  /** Why the remaining loads were not run. */
  skipped?: string;
  errors: string[];
}

interface ProbeResult {
  syncMs: number;
  longTaskMs: number | null;
  v8DeltaMB: number;
  blinkDeltaMB: number | null;
  error?: string;
}

interface PageRecord {
  readonly name: string;
  readonly source: string;
  textNodes: number;
  floor: Series;
  datasets: Record<string, { metrics: Partial<Record<Metric, Series>>; probe?: ProbeResult }>;
}

type Outcome = { kind: 'ok'; ms: number; found: number; buildMs?: number } | { kind: 'capped' } | { kind: 'error'; message: string };

interface Call {
  readonly fn: PageFn;
  /** Fetched into the page before the call, outside its timing. */
  readonly payloadPath?: string;
}

interface Options {
  readonly quick: boolean;
  readonly pageLimit: number | undefined;
  readonly corpusDir: string;
}

function parseOptions(argv: readonly string[]): Options {
  let pageLimit: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.startsWith('--pages=') ? arg.slice('--pages='.length) : arg === '--pages' ? argv[++i] : undefined;
    if (value === undefined) continue;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--pages needs a positive whole number, got "${value}"`);
    pageLimit = n;
  }
  const quick = process.env.BENCH_QUICK === '1';
  if (quick) pageLimit = Math.min(pageLimit ?? 3, 3);
  let corpusDir = resolve(REPO, process.env.BACKSTORY_CORPUS ?? '../shared/corpus/pages');
  if (existsSync(join(corpusDir, 'pages')) && !readdirSync(corpusDir).some((f) => f.endsWith('.html')))
    corpusDir = join(corpusDir, 'pages');
  return { quick, pageLimit, corpusDir };
}

interface SourcePage {
  readonly name: string;
  readonly file: string;
  /** The page split around the injected script, so each load can carry a fresh nonce. */
  readonly before: string;
  readonly after: string;
  /** The page with its own scripts taken out and no bench script (for the whole-cost part). */
  readonly stripped: string;
}

/** Strips the page's own scripts (and what could block or redirect an inline script) and marks where the bench goes. */
function preparePage(name: string, file: string, bench: string): SourcePage {
  let html = readFileSync(file, 'utf8');
  html = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
  html = html.replace(/<script\b[^>]*\/>/gi, '');
  html = html.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?(content-security-policy|refresh)[^>]*>/gi, '');
  const at = html.toLowerCase().lastIndexOf('</body>');
  const cut = at === -1 ? html.length : at;
  return { name, file, before: `${html.slice(0, cut)}<script>/*`, after: `*/\n${bench}</script>${html.slice(cut)}`, stripped: html };
}

function listPages(options: Options, bench: string): { pages: SourcePage[]; corpusNote: string } {
  const pages = [preparePage('demo-article', join(REPO, 'assets/demo/article.html'), bench)];
  let corpusNote: string;
  if (existsSync(options.corpusDir)) {
    const files = readdirSync(options.corpusDir)
      .filter((f) => f.toLowerCase().endsWith('.html'))
      .sort();
    for (const f of files) pages.push(preparePage(basename(f, '.html'), join(options.corpusDir, f), bench));
    corpusNote = `corpus: ${files.length} pages from ${options.corpusDir}`;
  } else {
    corpusNote = `corpus: NOT FOUND at ${options.corpusDir} (set BACKSTORY_CORPUS): benchmarking the demo page only`;
  }
  return { pages: pages.slice(0, options.pageLimit ?? pages.length), corpusNote };
}

const LAUNCH_ARGS = [
  ...CHROMIUM_ARGS,
  '--js-flags=--expose-gc',
  // Saved pages point at remote images and stylesheets: fail those lookups at once, offline.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

class Harness {
  private browser: Browser | undefined;
  private context: BrowserContext | undefined;
  private nonce = 0;

  constructor(private readonly server: StaticServer) {}

  async freshContext(): Promise<BrowserContext> {
    await this.context?.close().catch(() => undefined);
    if (!this.browser?.isConnected()) {
      this.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: LAUNCH_ARGS });
    }
    this.context = await this.browser.newContext({ viewport: { width: 1280, height: 900 } });
    return this.context;
  }

  /**
   * Serves the page with a fresh nonce in its bench script (no compiled-code reuse) and opens it in a
   * new tab. A new tab, not a new navigation of an old one: a reused tab keeps its renderer process,
   * and measured that way the floor and the full pass come out about twice as fast (warm).
   */
  private async open(page: SourcePage): Promise<Page> {
    const context = this.context ?? (await this.freshContext());
    const path = `/page/${encodeURIComponent(page.name)}.html`;
    this.server.set(path, { body: `${page.before}${++this.nonce}${page.after}` });
    const tab = await context.newPage();
    try {
      await tab.goto(`${this.server.origin}${path}`, { waitUntil: 'load', timeout: 30_000 });
    } catch (error) {
      await tab.close().catch(() => undefined);
      throw error;
    }
    return tab;
  }

  private async loadPayload(tab: Page, payloadPath: string | undefined): Promise<void> {
    if (payloadPath === undefined) return;
    await tab.evaluate(async (url) => {
      (window as unknown as { benchPayload: string }).benchPayload = await (await fetch(url)).text();
    }, `${this.server.origin}${payloadPath}`);
  }

  private async call(tab: Page, fn: PageFn): Promise<PageApi.Timing> {
    return tab.evaluate((name) => {
      const w = window as unknown as { BackstoryBench: typeof PageApi; benchPayload?: string };
      return w.BackstoryBench[name](w.benchPayload ?? '');
    }, fn);
  }

  /**
   * One fresh load, then the calls in order, each fetching its payload first (untimed). Only calls
   * that share no code and leave the DOM alone may follow each other on one load (the floor, then
   * the alias-index load, which never touches the DOM).
   */
  async measure(page: SourcePage, calls: readonly Call[], budgetMs?: number): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    let tab: Page | undefined;
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    try {
      tab = await this.open(page);
      for (const call of calls) {
        await this.loadPayload(tab, call.payloadPath);
        if (budgetMs !== undefined) {
          const cdp = await tab.context().newCDPSession(tab);
          const stoppable = tab;
          timer = setTimeout(() => {
            stopped = true;
            cdp.send('Runtime.terminateExecution').catch(() => undefined);
            // Should termination not take, closing the tab rejects the pending evaluate.
            timer = setTimeout(() => void stoppable.close().catch(() => undefined), 3000);
          }, budgetMs);
        }
        const result = await this.call(tab, call.fn);
        if (timer) clearTimeout(timer);
        outcomes.push({
          kind: 'ok',
          ms: result.ms,
          found: result.found,
          ...(result.buildMs === undefined ? {} : { buildMs: result.buildMs }),
        });
      }
    } catch (error) {
      outcomes.push(stopped ? { kind: 'capped' } : { kind: 'error', message: (error as Error).message.split('\n')[0]!.slice(0, 300) });
    } finally {
      if (timer) clearTimeout(timer);
      await tab?.close().catch(() => undefined);
    }
    return outcomes;
  }

  /** One load: the full pass's synchronous duration and long task, and the heap it leaves behind. */
  async probe(page: SourcePage, payloadPath: string): Promise<ProbeResult> {
    let tab: Page | undefined;
    try {
      tab = await this.open(page);
      await this.loadPayload(tab, payloadPath);
      const cdp = await tab.context().newCDPSession(tab);
      await tab.evaluate(() => {
        const w = window as unknown as { gc?: () => void; benchLongTasks: number[] };
        w.benchLongTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.benchLongTasks.push(entry.duration);
        }).observe({ type: 'longtask' });
        w.gc?.();
        w.gc?.();
      });
      // gc() collects V8's heap; the DevTools collection also sweeps Blink's (ranges, highlights).
      await cdp.send('HeapProfiler.collectGarbage');
      const before = await cdp.send('Runtime.getHeapUsage');
      // Run the pass as a task of the page's own (a timer), where the Long Tasks API can see it.
      const result = await tab.evaluate(
        () =>
          new Promise<PageApi.Timing>((done) => {
            const w = window as unknown as { BackstoryBench: typeof PageApi; benchPayload: string };
            void w.BackstoryBench.pageSideTasks(w.benchPayload).then(done);
          }),
      );
      const longTasks = await tab.evaluate(async () => {
        const w = window as unknown as { gc?: () => void; benchLongTasks: number[] };
        await new Promise((done) => setTimeout(done, 200));
        w.gc?.();
        w.gc?.();
        return w.benchLongTasks;
      });
      await cdp.send('HeapProfiler.collectGarbage');
      const after = await cdp.send('Runtime.getHeapUsage');
      const mb = (bytes: number) => bytes / (1024 * 1024);
      const blinkBefore = (before as { embedderHeapUsedSize?: number }).embedderHeapUsedSize;
      const blinkAfter = (after as { embedderHeapUsedSize?: number }).embedderHeapUsedSize;
      return {
        syncMs: result.ms,
        longTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : null,
        v8DeltaMB: mb(after.usedSize - before.usedSize),
        blinkDeltaMB: blinkBefore !== undefined && blinkAfter !== undefined ? mb(blinkAfter - blinkBefore) : null,
      };
    } catch (error) {
      const message = (error as Error).message.split('\n')[0]!.slice(0, 300);
      return { syncMs: Number.NaN, longTaskMs: null, v8DeltaMB: Number.NaN, blinkDeltaMB: null, error: message };
    } finally {
      await tab?.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
  }
}

function newSeries(): Series {
  return { runs: [], found: [], capped: false, errors: [] };
}

function record(series: Series, outcome: Outcome): boolean {
  if (outcome.kind === 'ok') {
    series.runs.push(outcome.ms);
    series.found.push(outcome.found);
    if (outcome.buildMs !== undefined) {
      series.buildRuns ??= [];
      series.buildRuns.push(outcome.buildMs);
    }
    return true;
  }
  if (outcome.kind === 'capped') {
    series.capped = true;
    series.skipped = `stopped after ${PEER_BUDGET_MS} ms; not run again on this page`;
    return false;
  }
  series.errors.push(outcome.message);
  series.skipped = 'failed; not run again on this page';
  return false;
}

/** The page's value for a series: the median of its runs, or the budget as a lower bound when stopped. */
function pageValue(series: Series | undefined): { value: number; lowerBound: boolean } | undefined {
  if (!series) return undefined;
  if (series.capped || series.skipped?.startsWith('given up')) return { value: PEER_BUDGET_MS, lowerBound: true };
  if (series.runs.length === 0) return undefined;
  return { value: median(series.runs), lowerBound: false };
}

function elapsed(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(0)} s`;
}

function ratioCell(summary: Summary): [string, string] {
  if (summary.pages === 0) return ['–', '–'];
  const worst = summary.worst!;
  const med = `${summary.medianLowerBound ? '> ' : ''}${fixed(summary.median, 1)}×`;
  let worstCell = `${worst.lowerBound ? '> ' : ''}${fixed(worst.value, 1)}×  ${worst.page}`;
  if (summary.boundedPages > 0) worstCell += `  (${summary.boundedPages}/${summary.pages} pages > ${PEER_BUDGET_MS} ms / skipped)`;
  return [med, worstCell];
}

function msCell(summary: Summary, unit = 'ms'): [string, string] {
  if (summary.pages === 0) return ['–', '–'];
  const worst = summary.worst!;
  return [`${fixed(summary.median)} ${unit}`, `${fixed(worst.value)} ${unit}  ${worst.page}`];
}

interface DatasetReport {
  readonly text: string;
  readonly summary: Record<string, unknown>;
}

function reportDataset(plan: Plan, pages: readonly PageRecord[]): DatasetReport {
  const { dataset } = plan;
  const floors = new Map<string, number>();
  for (const p of pages) {
    const v = pageValue(p.floor);
    if (v) floors.set(p.name, v.value);
  }
  const floorSummary = summarize([...floors].map(([page, value]) => ({ page, value, lowerBound: false })));
  const ratioOf = (metric: Metric): Summary => {
    const values: Bounded[] = [];
    for (const p of pages) {
      const v = pageValue(p.datasets[dataset.name]?.metrics[metric]);
      const f = floors.get(p.name);
      if (v && f !== undefined && f > 0) values.push({ page: p.name, value: v.value / f, lowerBound: v.lowerBound });
    }
    return summarize(values);
  };
  const absOf = (metric: Metric): Summary => {
    const values: Bounded[] = [];
    for (const p of pages) {
      const v = pageValue(p.datasets[dataset.name]?.metrics[metric]);
      if (v && !v.lowerBound) values.push({ page: p.name, ...v });
    }
    return summarize(values);
  };
  const probeOf = (pick: (probe: ProbeResult) => number | null): Summary =>
    summarize(
      pages.flatMap((p) => {
        const probe = p.datasets[dataset.name]?.probe;
        const value = probe ? pick(probe) : null;
        return value === null || !Number.isFinite(value) ? [] : [{ page: p.name, value, lowerBound: false }];
      }),
    );

  const rows: string[][] = [['', 'median across pages', 'worst page']];
  rows.push(['floor (first TreeWalker pass), ms', ...msCell(floorSummary)]);
  const ratios: Record<string, Summary> = {};
  for (const spec of METRICS) {
    if (spec.fn === 'indexLoad') continue;
    const summary = ratioOf(spec.fn);
    ratios[spec.fn] = summary;
    rows.push([`${spec.label} / floor`, ...ratioCell(summary)]);
  }
  const fullAbs = absOf('fullPass');
  const indexAbs = absOf('indexLoad');
  rows.push(['Backstory on the page, ms', ...msCell(absOf('pageSide'))]);
  rows.push(['Backstory all on one thread, ms', ...msCell(fullAbs)]);
  rows.push(['alias-index load (once per service-worker start in the shipped design), ms', ...msCell(indexAbs)]);
  const regexBuild = summarize(
    pages.flatMap((p) => {
      const runs = p.datasets[dataset.name]?.metrics.regexHighlight?.buildRuns ?? [];
      return runs.length === 0 ? [] : [{ page: p.name, value: median(runs), lowerBound: false }];
    }),
  );
  rows.push(['regex + Highlight: building the expression (part of its ratio), ms', ...msCell(regexBuild)]);
  const sync = probeOf((probe) => probe.syncMs);
  const longTask = probeOf((probe) => probe.longTaskMs);
  const v8 = probeOf((probe) => probe.v8DeltaMB);
  const blink = probeOf((probe) => probe.blinkDeltaMB);
  rows.push(['longer of the two page-side tasks (1 load), ms', ...msCell(sync)]);
  rows.push([
    'long task observed (1 load), ms',
    ...(longTask.pages > 0 ? msCell(longTask) : (['none over 50 ms', ''] as [string, string])),
  ]);
  rows.push(['page heap after the page side − before, V8, MB', ...msCell(v8, 'MB')]);
  if (blink.pages > 0) rows.push(['page heap after the page side − before, Blink, MB', ...msCell(blink, 'MB')]);

  const largest = [...pages].sort((a, b) => b.textNodes - a.textNodes)[0];
  const largestFull = largest ? pageValue(largest.datasets[dataset.name]?.metrics.pageSide) : undefined;
  const header =
    `Dataset "${dataset.name}": ${dataset.entryCount} entries, ${dataset.aliasCount} aliases; ` +
    `${pages.length} pages; per page the median of ${plan.loads} cold loads for each Backstory metric, ${plan.peerLoads} per peer`;
  const largestLine = largest
    ? `Largest page by text nodes: ${largest.name} (${largest.textNodes} text nodes): on the page ${largestFull ? `${fixed(largestFull.value)} ms` : '–'}, ` +
      `floor ${fixed(floors.get(largest.name) ?? Number.NaN)} ms`
    : '';
  const text = `${header}\n${table(rows)}\n${largestLine}`;
  return {
    text,
    summary: {
      dataset: dataset.name,
      entries: dataset.entryCount,
      aliases: dataset.aliasCount,
      loadsPerMetric: plan.loads,
      loadsPerPeer: plan.peerLoads,
      floorMs: floorSummary,
      ratiosToFloor: ratios,
      fullPassMs: fullAbs,
      indexLoadMs: indexAbs,
      fullPassSyncMs: sync,
      longTaskMs: longTask,
      heapDeltaV8MB: v8,
      heapDeltaBlinkMB: blink,
      pageSideMs: absOf('pageSide'),
      regexBuildMs: regexBuild,
      largestPage: largest ? { page: largest.name, textNodes: largest.textNodes, pageSideMs: largestFull?.value ?? null } : null,
    },
  };
}

interface Plan {
  readonly dataset: Dataset;
  /** Loads per page for each of Backstory's metrics (and the floor with the index load). */
  readonly loads: number;
  readonly peerLoads: number;
  /** Pages measured, or undefined for all. */
  readonly pageCount: number | undefined;
}

/** `count` pages spread evenly over the range of sizes (text nodes), smallest and largest included. */
function spreadBySize(records: readonly PageRecord[], count: number | undefined): PageRecord[] {
  if (count === undefined || count >= records.length) return [...records];
  const bySize = [...records].sort((a, b) => a.textNodes - b.textNodes);
  const picked = new Set<PageRecord>();
  for (let i = 0; i < count; i++) picked.add(bySize[Math.round((i * (bySize.length - 1)) / Math.max(1, count - 1))]!);
  return records.filter((r) => picked.has(r));
}

const SHORT: Record<Metric, string> = {
  pageSide: 'page',
  fullPass: 'full',
  matchOnly: 'match',
  indexLoad: 'index',
  markJs: 'mark',
  findReplace: 'fart',
  ahoCorasick: 'aho',
  regexHighlight: 'regex',
};

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseOptions(process.argv.slice(2));
  requireBrowser('chromium');
  const loads = positiveInt('BENCH_LOADS', options.quick ? 2 : 3);
  const peerLoads = positiveInt('BENCH_PEER_LOADS', 2);
  const all = process.env.BENCH_ALL_PAGES === '1';
  const part = process.env.BENCH_PART ?? 'both';
  if (!['both', 'injected', 'whole', 'frames'].includes(part))
    throw new Error(`BENCH_PART must be both, injected, whole or frames, got "${part}"`);
  if (part === 'frames') {
    const { pages, corpusNote } = listPages(options, '');
    console.log(`Backstory bench, frames and shadow roots only — cold loads. ${corpusNote}; ${pages.length} page(s)`);
    await runFramesBench(
      pages.map((p) => ({ name: p.name, html: p.stripped })),
      { repo: REPO, outDir: OUT_DIR, log: (line) => console.log(line) },
    );
    console.log(`(total ${elapsed(started)})`);
    return;
  }

  console.log('Backstory bench — ALL NUMBERS ARE COLD: each is the first call on a freshly loaded page (new tab, JIT cold).');
  if (!existsSync(join(REPO, '.output/chrome-mv3/manifest.json'))) {
    console.log('(note: no built extension in .output; the bench does not need it, it bundles lib/ itself)');
  }

  const bench = await bundlePageEntry();
  const { pages: sources, corpusNote } = listPages(options, bench);
  console.log(`${corpusNote}; benchmarking ${sources.length} page(s)`);

  const entries = bundledEntries(join(REPO, 'assets/packs'));
  const bundled = bundledDataset(entries);
  const plans: Plan[] = [{ dataset: bundled, loads, peerLoads, pageCount: undefined }];
  // Once the bundled packs hold 10,000 aliases themselves, the 10k list would only repeat them.
  if (bundled.aliasCount < 10_000) {
    plans.push({
      dataset: syntheticDataset('synthetic-10k', entries, 10_000),
      loads,
      peerLoads,
      pageCount: all || options.quick ? undefined : positiveInt('BENCH_10K_PAGES', 12),
    });
  } else console.log(`synthetic-10k skipped: the bundled packs already have ${bundled.aliasCount} aliases`);
  if (!options.quick) {
    plans.push({
      dataset: syntheticDataset('synthetic-300k', entries, 300_000),
      loads,
      peerLoads: positiveInt('BENCH_300K_PEER_LOADS', 1),
      pageCount: all ? undefined : positiveInt('BENCH_300K_PAGES', 8),
    });
  }
  for (const { dataset: d, loads: l, peerLoads: pl, pageCount } of plans) {
    console.log(
      `dataset ${d.name}: ${d.entryCount} entries, ${d.aliasCount} aliases, index ${(d.indexBytes / 1e6).toFixed(1)} MB; ` +
        `${l} loads per Backstory metric, ${pl} per peer, ${pageCount === undefined || pageCount >= sources.length ? 'all' : pageCount} pages`,
    );
  }

  const server = await startStaticServer();
  for (const { dataset: d } of plans) {
    server.set(`/data/${d.name}.index.json`, { body: d.indexBase64, type: 'text/plain' });
    server.set(`/data/${d.name}.aliases.json`, { body: d.aliasesJson, type: 'application/json' });
  }
  const harness = new Harness(server);
  const records: PageRecord[] = sources.map((s) => ({ name: s.name, source: s.file, textNodes: 0, floor: newSeries(), datasets: {} }));
  const sourceOf = new Map(records.map((r, i) => [r, sources[i]!]));
  const problems: string[] = [];

  try {
    for (const plan of part === 'whole' ? [] : plans) {
      const { dataset } = plan;
      // Page sizes are known once the first dataset has run over every page.
      const chosen = spreadBySize(records, plan.pageCount);
      console.log(
        `\n${dataset.name}: ${chosen.length} page(s)${chosen.length < records.length ? ` spread by size: ${chosen.map((r) => r.name).join(', ')}` : ''}`,
      );
      const stoppedInARow = new Map<Metric, number>();
      for (const rec of chosen) {
        const source = sourceOf.get(rec)!;
        const slot: PageRecord['datasets'][string] = { metrics: {} };
        rec.datasets[dataset.name] = slot;
        await harness.freshContext();
        const series = (fn: Metric) => {
          slot.metrics[fn] ??= newSeries();
          return slot.metrics[fn];
        };
        for (const spec of METRICS) {
          if ((stoppedInARow.get(spec.fn) ?? 0) >= PEER_GIVE_UP_PAGES) {
            series(spec.fn).skipped = `given up: over ${PEER_BUDGET_MS} ms on ${PEER_GIVE_UP_PAGES} pages in a row`;
          }
        }
        const indexPath = `/data/${dataset.name}.index.json`;
        const aliasesPath = `/data/${dataset.name}.aliases.json`;
        for (let load = 0; load < Math.max(plan.loads, plan.peerLoads); load++) {
          if (load < plan.loads) {
            // The floor, then the alias-index load on the same fresh page (pure JS: it touches no DOM).
            const [floorOutcome, indexOutcome] = await harness.measure(source, [
              { fn: 'floor' },
              { fn: 'indexLoad', payloadPath: indexPath },
            ]);
            if (floorOutcome && !rec.floor.skipped) record(rec.floor, floorOutcome);
            if (floorOutcome?.kind === 'ok' && rec.textNodes === 0) rec.textNodes = floorOutcome.found;
            const indexSeries = series('indexLoad');
            if (!indexSeries.skipped) record(indexSeries, indexOutcome ?? { kind: 'error', message: 'the floor call failed first' });
            for (const fn of ['pageSide', 'fullPass', 'matchOnly'] as const) {
              const s = series(fn);
              if (!s.skipped) record(s, (await harness.measure(source, [{ fn, payloadPath: indexPath }]))[0]!);
            }
          }
          if (load < plan.peerLoads) {
            for (const spec of METRICS) {
              if (!spec.peer) continue;
              const s = series(spec.fn);
              if (!s.skipped) record(s, (await harness.measure(source, [{ fn: spec.fn, payloadPath: aliasesPath }], PEER_BUDGET_MS))[0]!);
            }
          }
        }
        slot.probe = await harness.probe(source, indexPath);
        if (slot.probe.error) problems.push(`${dataset.name} / ${source.name}: memory/long-task probe failed: ${slot.probe.error}`);
        for (const spec of METRICS) {
          const s = series(spec.fn);
          if (s.errors.length > 0) problems.push(`${dataset.name} / ${source.name}: ${spec.label} failed: ${s.errors[0]}`);
          if (spec.peer && !s.skipped?.startsWith('given up')) {
            stoppedInARow.set(spec.fn, s.capped ? (stoppedInARow.get(spec.fn) ?? 0) + 1 : 0);
          }
        }
        const floorMs = median(rec.floor.runs);
        const cells = METRICS.map((spec) => {
          const v = pageValue(slot.metrics[spec.fn]);
          if (!v) return `${SHORT[spec.fn]} err`;
          return spec.fn === 'indexLoad'
            ? `${SHORT[spec.fn]} ${fixed(v.value)}ms`
            : `${SHORT[spec.fn]} ${v.lowerBound ? '>' : ''}${fixed(v.value / floorMs, 1)}×`;
        });
        console.log(`  ${source.name.padEnd(30)} floor ${fixed(floorMs)}ms  ${cells.join('  ')}  [${elapsed(started)}]`);
      }
    }
  } finally {
    await harness.close();
  }
  for (const rec of records) {
    if (rec.floor.errors.length > 0) problems.unshift(`${rec.name}: floor failed: ${rec.floor.errors[0]}`);
  }

  const reports = (part === 'whole' ? [] : plans).map((plan) =>
    reportDataset(
      plan,
      records.filter((r) => r.datasets[plan.dataset.name] !== undefined),
    ),
  );
  if (reports.length > 0) {
    console.log('\n==========================================================================================');
    console.log('RESULTS — all numbers are COLD first-pass-on-fresh-load timings: each is the first call after a');
    console.log('fresh page load in a new tab (JIT cold, DOM wrappers not yet created). "On the page" is the shipped');
    console.log('design: the page reads its text and paints, the service worker (which keeps the index) matches.');
    console.log('"All on one thread" loads the index into the page and matches there too (the design it replaced).');
    console.log('Ratios are to the floor: the first TreeWalker pass over the same freshly loaded');
    console.log('page (median of its loads over all datasets). Peers get the same alias list; a peer call over');
    console.log(`${PEER_BUDGET_MS} ms is stopped and shown as "> …" (a lower bound), and that peer is skipped on that page.`);
    console.log('No warm numbers are reported.');
    console.log('==========================================================================================');
  }
  for (const report of reports) console.log(`\n${report.text}`);

  let whole: { dataset: WholeCostDataset; records: WholeCostRecord[] }[] = [];
  try {
    if (part !== 'injected') whole = await wholeCostPart(options, entries, sources, records);
  } finally {
    await server.close();
  }
  if (whole.length > 0) {
    console.log('\n==========================================================================================');
    for (const line of WHOLE_COST_LEGEND) console.log(line);
    console.log('==========================================================================================');
    for (const { dataset, records: rows } of whole) console.log(`\n${wholeCostTable(dataset, rows)}`);
    for (const { dataset, records: rows } of whole) {
      for (const r of rows) for (const e of r.errors) problems.push(`whole cost, ${dataset.name} / ${r.page}: ${e}`);
    }
  }
  if (problems.length > 0) {
    console.log(`\nProblems (${problems.length}):`);
    for (const p of problems) console.log(`  - ${p}`);
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const outFile = join(OUT_DIR, 'results.json');
  writeFileSync(
    outFile,
    `${JSON.stringify(
      {
        note: 'All timings are cold: each is the first call on a freshly loaded page (new tab). Ratios are to the floor (first TreeWalker pass).',
        date: new Date().toISOString(),
        chromium: CHROMIUM_PATH,
        quick: options.quick,
        corpus: corpusNote,
        peerBudgetMs: PEER_BUDGET_MS,
        datasets: plans.map((p) => ({
          name: p.dataset.name,
          entries: p.dataset.entryCount,
          aliases: p.dataset.aliasCount,
          loads: p.loads,
          peerLoads: p.peerLoads,
          pages: records.filter((r) => r.datasets[p.dataset.name] !== undefined).map((r) => r.name),
        })),
        summaries: reports.map((r) => r.summary),
        wholeCost: whole.map(({ dataset, records: rows }) => ({
          note: WHOLE_COST_LEGEND.join(' '),
          dataset: { name: dataset.name, aliases: dataset.aliasCount, extensionDir: dataset.extensionDir, note: dataset.note },
          summary: wholeCostSummary(rows),
          pages: rows,
        })),
        pages: records,
        problems,
        totalSeconds: (performance.now() - started) / 1000,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nRaw per-page numbers: ${outFile}  (total ${elapsed(started)})`);
}

/** The whole-cost part: the real extension per dataset (synthetic ones built here), the floor and the regex peer. */
async function wholeCostPart(
  options: Options,
  entries: Entry[],
  sources: readonly SourcePage[],
  records: readonly PageRecord[],
): Promise<{ dataset: WholeCostDataset; records: WholeCostRecord[] }[]> {
  const bundledDir = join(REPO, '.output/chrome-mv3');
  if (!existsSync(join(bundledDir, 'manifest.json')))
    throw new Error('No built extension in .output/chrome-mv3: run "npm run build" (npm run bench does).');
  const loads = positiveInt('BENCH_WHOLE_LOADS', options.quick ? 1 : 2);
  const timeout = (name: string, fallback: number) => positiveInt(`BENCH_MARK_TIMEOUT_MS${name}`, fallback);
  const datasets: WholeCostDataset[] = [
    {
      name: 'bundled',
      aliasCount: bundledDataset(entries).aliasCount,
      extensionDir: bundledDir,
      aliasesJson: bundledDataset(entries).aliasesJson,
      pageCount: positiveInt('BENCH_WHOLE_PAGES', options.quick ? 2 : 8),
      markTimeoutMs: timeout('', 8000),
    },
  ];
  const synthetic: Array<[string, number, number, number]> = [
    ['synthetic-10k', 10_000, positiveInt('BENCH_WHOLE_10K_PAGES', options.quick ? 2 : 5), 15_000],
  ];
  if (!options.quick) synthetic.push(['synthetic-300k', 300_000, positiveInt('BENCH_WHOLE_300K_PAGES', 3), 90_000]);
  for (const [name, target, pageCount, markTimeoutMs] of synthetic) {
    const began = performance.now();
    // More synthetic entries than needed: names that repeat are dropped (packs refuse them).
    const build = extensionWithDataset(REPO, OUT_DIR, name, syntheticEntries(entries, Math.ceil(target * 1.25)), entries.length, target);
    const dataset = datasetOf(name, build.entries);
    console.log(`extension with ${name}: ${build.builtNow ? `built in ${elapsed(began)}` : 'reused'}, ${build.aliasCount} names`);
    datasets.push({
      name,
      aliasCount: dataset.aliasCount,
      extensionDir: build.dir,
      aliasesJson: dataset.aliasesJson,
      pageCount,
      markTimeoutMs: timeout(name === 'synthetic-10k' ? '_10K' : '_300K', markTimeoutMs),
      note: `bundled packs + a synthetic pack; ${build.droppedNames} generated names left out as repeats`,
    });
  }
  const textNodes = new Map(records.map((r) => [r.name, r.textNodes]));
  const pages = sources.map((s) => ({ name: s.name, html: s.stripped, size: textNodes.get(s.name) || s.stripped.length }));
  const script = await bundleScript('./whole-cost-page.ts', 'BackstoryWholeCost');
  const server = await startStaticServer();
  try {
    const results = await runWholeCost(server, script, datasets, pages, loads, (line) => console.log(line));
    return datasets.map((dataset) => ({ dataset, records: results.get(dataset.name) ?? [] }));
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error('bench harness failed:', error);
  process.exitCode = 1;
});
