/**
 * `npm run bench`: Backstory's content-script pass and matcher against peers (mark.js,
 * findAndReplaceDOMText, modern-ahocorasick) and the floor (a TreeWalker that only reads every text
 * node), on real pages served from 127.0.0.1 to headless Chromium.
 *
 * Every number is COLD: each measurement is the first call on a freshly loaded page, as the content
 * script runs once per page load. Ratios to the floor are the result; absolute times are context.
 * Timings never fail: the exit code is non-zero only when the harness itself breaks.
 *
 *   BENCH_QUICK=1          3 pages, 2 loads, bundled + 10k datasets (smoke run)
 *   --pages N              only the first N pages (the demo article first, then the corpus sorted)
 *   BACKSTORY_CORPUS=DIR   corpus pages (default ../shared/corpus/pages, relative to the repo)
 *   BENCH_LOADS=N          loads per page per metric (default 5; 3 for the 300k dataset)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, requireBrowser } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { bundlePageEntry } from './bundle';
import { bundledDataset, bundledEntries, type Dataset, syntheticDataset } from './datasets';
import type * as PageApi from './page-entry';
import { type Bounded, fixed, median, type Summary, summarize, table } from './stats';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const OUT_DIR = join(REPO, '.output', 'bench');
/** A peer call still running after this long is stopped (Runtime.terminateExecution) and not run again on that page. */
const PEER_BUDGET_MS = 5000;
/** A peer stopped on this many pages in a row is not run on the dataset's remaining pages. */
const PEER_GIVE_UP_PAGES = 3;

type PageFn = 'floor' | 'fullPass' | 'indexLoad' | 'matchOnly' | 'markJs' | 'findReplace' | 'ahoCorasick';
type Metric = Exclude<PageFn, 'floor'>;
type Payload = 'index' | 'aliases';

interface MetricSpec {
  readonly fn: Metric;
  readonly label: string;
  readonly payload: Payload;
  readonly peer: boolean;
}

const METRICS: readonly MetricSpec[] = [
  { fn: 'fullPass', label: 'Backstory full pass', payload: 'index', peer: false },
  { fn: 'matchOnly', label: 'Backstory match only', payload: 'index', peer: false },
  { fn: 'indexLoad', label: 'alias-index load', payload: 'index', peer: false },
  { fn: 'markJs', label: 'mark.js', payload: 'aliases', peer: true },
  { fn: 'findReplace', label: 'findAndReplaceDOMText', payload: 'aliases', peer: true },
  { fn: 'ahoCorasick', label: 'modern-ahocorasick', payload: 'aliases', peer: true },
];

interface Series {
  runs: number[];
  found: number[];
  /** Stopped at the budget: the true time is above PEER_BUDGET_MS. */
  capped: boolean;
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

type Outcome = { kind: 'ok'; ms: number; found: number } | { kind: 'capped' } | { kind: 'error'; message: string };

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
}

/** Strips the page's own scripts (and what could block or redirect an inline script) and marks where the bench goes. */
function preparePage(name: string, file: string, bench: string): SourcePage {
  let html = readFileSync(file, 'utf8');
  html = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
  html = html.replace(/<script\b[^>]*\/>/gi, '');
  html = html.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?(content-security-policy|refresh)[^>]*>/gi, '');
  const at = html.toLowerCase().lastIndexOf('</body>');
  const cut = at === -1 ? html.length : at;
  return { name, file, before: `${html.slice(0, cut)}<script>/*`, after: `*/\n${bench}</script>${html.slice(cut)}` };
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
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
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

  /** Serves the page with a fresh nonce in its bench script (no compiled-code reuse across loads) and opens it in a new tab. */
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

  /** One cold measurement: a fresh load, then the first call of `fn`. */
  async measure(page: SourcePage, fn: PageFn, payloadPath: string | undefined, budgetMs: number | undefined): Promise<Outcome> {
    let tab: Page | undefined;
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    try {
      tab = await this.open(page);
      await this.loadPayload(tab, payloadPath);
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
      const result = await tab.evaluate((name) => {
        const w = window as unknown as { BackstoryBench: typeof PageApi; benchPayload?: string };
        return w.BackstoryBench[name](w.benchPayload ?? '');
      }, fn);
      return { kind: 'ok', ms: result.ms, found: result.found };
    } catch (error) {
      if (stopped) return { kind: 'capped' };
      return { kind: 'error', message: (error as Error).message.split('\n')[0]!.slice(0, 300) };
    } finally {
      if (timer) clearTimeout(timer);
      await tab?.close().catch(() => undefined);
    }
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
      const before = await cdp.send('Runtime.getHeapUsage');
      // Run the pass as a task of the page's own (a timer), where the Long Tasks API can see it.
      const result = await tab.evaluate(
        () =>
          new Promise<PageApi.Timing>((done) => {
            const w = window as unknown as { BackstoryBench: typeof PageApi; benchPayload: string };
            setTimeout(() => done(w.BackstoryBench.fullPass(w.benchPayload)), 0);
          }),
      );
      const longTasks = await tab.evaluate(async () => {
        const w = window as unknown as { gc?: () => void; benchLongTasks: number[] };
        await new Promise((done) => setTimeout(done, 200));
        w.gc?.();
        w.gc?.();
        return w.benchLongTasks;
      });
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

function reportDataset(dataset: Dataset, pages: readonly PageRecord[], loads: number): DatasetReport {
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
  rows.push(['Backstory full pass, ms', ...msCell(fullAbs)]);
  rows.push(['alias-index load, ms', ...msCell(indexAbs)]);
  const sync = probeOf((probe) => probe.syncMs);
  const longTask = probeOf((probe) => probe.longTaskMs);
  const v8 = probeOf((probe) => probe.v8DeltaMB);
  const blink = probeOf((probe) => probe.blinkDeltaMB);
  rows.push(['full pass as one task (1 load), ms', ...msCell(sync)]);
  rows.push([
    'long task observed (1 load), ms',
    ...(longTask.pages > 0 ? msCell(longTask) : (['none over 50 ms', ''] as [string, string])),
  ]);
  rows.push(['heap after full pass − before, V8, MB', ...msCell(v8, 'MB')]);
  if (blink.pages > 0) rows.push(['heap after full pass − before, Blink, MB', ...msCell(blink, 'MB')]);

  const largest = [...pages].sort((a, b) => b.textNodes - a.textNodes)[0];
  const largestFull = largest ? pageValue(largest.datasets[dataset.name]?.metrics.fullPass) : undefined;
  const header =
    `Dataset "${dataset.name}": ${dataset.entryCount} entries, ${dataset.aliasCount} aliases; ` +
    `${pages.length} pages × ${loads} cold loads per metric (medians per page)`;
  const largestLine = largest
    ? `Largest page by text nodes: ${largest.name} (${largest.textNodes} text nodes): full pass ${largestFull ? `${fixed(largestFull.value)} ms` : '–'}, ` +
      `floor ${fixed(floors.get(largest.name) ?? Number.NaN)} ms`
    : '';
  const text = `${header}\n${table(rows)}\n${largestLine}`;
  return {
    text,
    summary: {
      dataset: dataset.name,
      entries: dataset.entryCount,
      aliases: dataset.aliasCount,
      loadsPerMetric: loads,
      floorMs: floorSummary,
      ratiosToFloor: ratios,
      fullPassMs: fullAbs,
      indexLoadMs: indexAbs,
      fullPassSyncMs: sync,
      longTaskMs: longTask,
      heapDeltaV8MB: v8,
      heapDeltaBlinkMB: blink,
      largestPage: largest ? { page: largest.name, textNodes: largest.textNodes, fullPassMs: largestFull?.value ?? null } : null,
    },
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseOptions(process.argv.slice(2));
  requireBrowser('chromium');
  const loadsDefault = Number(process.env.BENCH_LOADS ?? (options.quick ? 2 : 5));
  if (!Number.isInteger(loadsDefault) || loadsDefault < 1) throw new Error('BENCH_LOADS must be a positive whole number');

  console.log('Backstory bench — ALL NUMBERS ARE COLD: each is the first call on a freshly loaded page (fresh tab, JIT cold).');
  if (!existsSync(join(REPO, '.output/chrome-mv3/manifest.json'))) {
    console.log('(note: no built extension in .output; the bench does not need it, it bundles lib/ itself)');
  }

  const bench = await bundlePageEntry();
  const { pages: sources, corpusNote } = listPages(options, bench);
  console.log(`${corpusNote}; benchmarking ${sources.length} page(s)`);

  const entries = bundledEntries(join(REPO, 'assets/packs'));
  const datasets: Dataset[] = [bundledDataset(entries), syntheticDataset('synthetic-10k', entries, 10_000)];
  if (!options.quick) datasets.push(syntheticDataset('synthetic-300k', entries, 300_000));
  const loadsFor = (dataset: Dataset) => (dataset.aliasCount > 100_000 && process.env.BENCH_LOADS === undefined ? 3 : loadsDefault);
  for (const d of datasets) {
    console.log(
      `dataset ${d.name}: ${d.entryCount} entries, ${d.aliasCount} aliases, index payload ${(d.indexJson.length / 1e6).toFixed(1)} MB, ` +
        `${loadsFor(d)} loads per metric`,
    );
  }

  const server = await startStaticServer();
  for (const d of datasets) {
    server.set(`/data/${d.name}.index.json`, { body: d.indexJson, type: 'application/json' });
    server.set(`/data/${d.name}.aliases.json`, { body: d.aliasesJson, type: 'application/json' });
  }
  const harness = new Harness(server);
  const records: PageRecord[] = sources.map((s) => ({ name: s.name, source: s.file, textNodes: 0, floor: newSeries(), datasets: {} }));
  const problems: string[] = [];

  try {
    console.log(`\nfloor: ${loadsDefault} cold loads per page`);
    for (const [i, source] of sources.entries()) {
      const rec = records[i]!;
      await harness.freshContext();
      for (let load = 0; load < loadsDefault && !rec.floor.skipped; load++)
        record(rec.floor, await harness.measure(source, 'floor', undefined, undefined));
      rec.textNodes = rec.floor.found[0] ?? 0;
      if (rec.floor.errors.length > 0) problems.push(`${source.name}: floor failed: ${rec.floor.errors[0]}`);
      console.log(`  ${source.name.padEnd(32)} ${fixed(median(rec.floor.runs))} ms, ${rec.textNodes} text nodes  [${elapsed(started)}]`);
    }

    for (const dataset of datasets) {
      const loads = loadsFor(dataset);
      console.log(`\n${dataset.name}: ${loads} cold loads per page per metric`);
      const stoppedInARow = new Map<Metric, number>();
      for (const [i, source] of sources.entries()) {
        const rec = records[i]!;
        const slot: PageRecord['datasets'][string] = { metrics: {} };
        rec.datasets[dataset.name] = slot;
        await harness.freshContext();
        for (const spec of METRICS) slot.metrics[spec.fn] = newSeries();
        for (const spec of METRICS) {
          if ((stoppedInARow.get(spec.fn) ?? 0) >= PEER_GIVE_UP_PAGES) {
            slot.metrics[spec.fn]!.skipped = `given up: over ${PEER_BUDGET_MS} ms on ${PEER_GIVE_UP_PAGES} pages in a row`;
          }
        }
        for (let load = 0; load < loads; load++) {
          for (const spec of METRICS) {
            const series = slot.metrics[spec.fn]!;
            if (series.skipped) continue;
            const payload = `/data/${dataset.name}.${spec.payload}.json`;
            record(series, await harness.measure(source, spec.fn, payload, spec.peer ? PEER_BUDGET_MS : undefined));
          }
        }
        slot.probe = await harness.probe(source, `/data/${dataset.name}.index.json`);
        if (slot.probe.error) problems.push(`${dataset.name} / ${source.name}: memory/long-task probe failed: ${slot.probe.error}`);
        for (const spec of METRICS) {
          const series = slot.metrics[spec.fn]!;
          if (series.errors.length > 0) problems.push(`${dataset.name} / ${source.name}: ${spec.label} failed: ${series.errors[0]}`);
          if (spec.peer && !series.skipped?.startsWith('given up')) {
            stoppedInARow.set(spec.fn, series.capped ? (stoppedInARow.get(spec.fn) ?? 0) + 1 : 0);
          }
        }
        const floorMs = median(rec.floor.runs);
        const cells = METRICS.map((spec) => {
          const v = pageValue(slot.metrics[spec.fn]);
          const short = {
            fullPass: 'full',
            matchOnly: 'match',
            indexLoad: 'index',
            markJs: 'mark',
            findReplace: 'fart',
            ahoCorasick: 'aho',
          }[spec.fn];
          if (!v) return `${short} err`;
          return spec.fn === 'indexLoad'
            ? `${short} ${fixed(v.value)}ms`
            : `${short} ${v.lowerBound ? '>' : ''}${fixed(v.value / floorMs, 1)}×`;
        });
        console.log(`  ${source.name.padEnd(32)} ${cells.join('  ')}  [${elapsed(started)}]`);
      }
    }
  } finally {
    await harness.close();
    await server.close();
  }

  const reports = datasets.map((d) => reportDataset(d, records, loadsFor(d)));
  console.log('\n==========================================================================================');
  console.log('RESULTS — all numbers are COLD first-pass-on-fresh-load timings (first call after a fresh page load,');
  console.log('JIT cold, alias-index load included in the full pass). Ratios are to the floor: the first TreeWalker');
  console.log('pass over the same freshly loaded page. Peers get the same alias list; one call of a peer over');
  console.log(`${PEER_BUDGET_MS} ms is stopped and reported as "> ${PEER_BUDGET_MS} ms / skipped" (as a lower-bound ratio).`);
  console.log('==========================================================================================');
  for (const report of reports) console.log(`\n${report.text}`);
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
        note: 'All timings are cold: each is the first call on a freshly loaded page. Ratios are to the floor (first TreeWalker pass).',
        date: new Date().toISOString(),
        chromium: CHROMIUM_PATH,
        quick: options.quick,
        corpus: corpusNote,
        peerBudgetMs: PEER_BUDGET_MS,
        datasets: datasets.map((d) => ({ name: d.name, entries: d.entryCount, aliases: d.aliasCount, loads: loadsFor(d) })),
        summaries: reports.map((r) => r.summary),
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

main().catch((error: unknown) => {
  console.error('bench harness failed:', error);
  process.exitCode = 1;
});
