/**
 * The whole cost per page with the real extension (issue 11): Chromium with the built extension
 * loaded opens each corpus page from 127.0.0.1 with the extension's service worker stopped first
 * (COLD), under a browser-wide trace. From the trace: the content script's time on the page's main
 * thread, every task of the extension's service worker (its start-up included), the longest task.
 * From the page: DOMContentLoaded to the first painted mark (`backstory:first-marks`, set by the
 * content script). From CDP: the page's and the worker's JS heaps.
 *
 * The floor (a TreeWalker that reads every text node) and the regex + Highlight peer run in a
 * second Chromium, the same binary and flags without the extension, at the same point of the
 * page's life (a task after DOMContentLoaded, as document_idle), measured from their traces the
 * same way (attributed to their script's URL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browsers';
import {
  type Attribution,
  longestMs,
  namedThreads,
  pageMainThread,
  scriptTime,
  type TraceEvent,
  tasksTouching,
  topLevelTasks,
  totalMs,
} from './trace';
import type { PageResult } from './whole-cost-page';

const TRACE_CATEGORIES = ['__metadata', 'toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];
/** Time left after the first mark (or the page's own script) for trailing tasks to land in the trace. */
const SETTLE_MS = 300;
const LAUNCH_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const VIEWPORT = { width: 1280, height: 900 };
/** Left to the extension's first start after its worker runs, before the first stop. */
const FIRST_START_SETTLE_MS = 4000;

const MB = 1024 * 1024;

/** One cold load with the extension. Times in ms. */
export interface ExtensionLoad {
  /** Content-script time on the page's main thread (EvaluateScript + sampled, see trace.ts). */
  readonly pageMs: number;
  readonly pageEvaluateMs: number;
  /** Every task on the extension's service-worker thread(s) during the load, start-up included. */
  readonly workerMs: number;
  readonly workerLongestTaskMs: number;
  /** Longest main-thread task in which the content script ran. */
  readonly pageLongestTaskMs: number;
  /** DOMContentLoaded (its start) to `backstory:first-marks`; null when nothing was marked. */
  readonly firstMarkAfterDclMs: number | null;
  readonly marks: number;
  readonly pageHeapMB: number;
  readonly workerHeapMB: number | null;
  readonly workerStarted: boolean;
  /**
   * Each evaluation of the extension's scripts on the page's main thread (EvaluateScript, ms): in
   * the top frame, and in frames (the content script is injected into every http(s) frame with
   * `all_frames`), told apart by the trace's frame ids.
   */
  readonly topRunsMs: number[];
  readonly frameRunsMs: number[];
}

/** One cold load of the floor or the peer. */
export interface ScriptLoad {
  readonly ms: number;
  readonly longestTaskMs: number;
  readonly found: number;
  /** The script's own performance.now() clock, for context. */
  readonly selfMs: number;
  readonly buildSelfMs?: number;
  readonly firstMarkAfterDclMs: number | null;
  readonly pageHeapMB: number;
}

async function traced<T>(session: CDPSession, work: () => Promise<T>): Promise<{ events: TraceEvent[]; value: T }> {
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  let value: T;
  let stream: string | undefined;
  try {
    value = await work();
  } finally {
    const complete = new Promise<{ stream?: string }>((done) => session.once('Tracing.tracingComplete', done));
    await session.send('Tracing.end');
    stream = (await complete).stream;
  }
  if (!stream) throw new Error('Tracing.end returned no stream');
  const chunks: string[] = [];
  for (;;) {
    const chunk = await session.send('IO.read', { handle: stream, size: 4 * MB });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle: stream });
  const text = chunks.join('');
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return { events: Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []), value };
}

async function pageHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / MB;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Milliseconds from DOMContentLoaded's start to the named mark, read in the page; null without the mark. */
async function markAfterDcl(page: Page, name: string): Promise<{ ms: number | null; marks: number }> {
  return page.evaluate((markName) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const mark = performance.getEntriesByName(markName)[0];
    let marks = 0;
    for (const highlight of CSS.highlights.values()) marks += highlight.size;
    return { ms: mark && nav ? mark.startTime - nav.domContentLoadedEventStart : null, marks };
  }, name);
}

/** Inline in every served page's head: resolves window.benchMarked at `backstory:first-marks`. */
export const MARK_WATCH =
  '<script>window.benchMarked=new Promise(function(ok){new PerformanceObserver(function(l){l.getEntries().forEach(function(e){' +
  'if(e.name==="backstory:first-marks")ok(e.startTime)})}).observe({type:"mark",buffered:true})});</script>' +
  '<style>::highlight(bench-peer){background:#ff0}</style>';

export class ExtensionRun {
  /** The worker's running status, from ServiceWorker.workerVersionUpdated. */
  private readonly status = new Map<'worker', string>();

  private constructor(
    private readonly context: BrowserContext,
    private readonly profile: string,
    private readonly control: CDPSession,
    private readonly browserCdp: CDPSession,
    readonly extensionOrigin: string,
  ) {}

  static async launch(extensionDir: string): Promise<ExtensionRun> {
    const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: VIEWPORT,
      args: [...LAUNCH_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    // A tab that stays open: the ServiceWorker domain (to stop the worker) lives on page targets.
    const blank = context.pages()[0] ?? (await context.newPage());
    const control = await context.newCDPSession(blank);
    const browser = context.browser();
    if (!browser) throw new Error('Playwright gave no browser for the persistent context: no browser-level CDP session');
    const run = new ExtensionRun(context, profile, control, await browser.newBrowserCDPSession(), origin);
    control.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (version.scriptURL.startsWith(origin)) run.status.set('worker', version.runningStatus);
      }
    });
    await control.send('ServiceWorker.enable');
    // Its first start (install, storage set-up) must be over before the first stop: a worker stopped
    // in the middle of that was seen never to start again (the extension then marks nothing).
    for (let waited = 0; run.workerStatus() !== 'running' && waited < 60_000; waited += 200) await sleep(200);
    await sleep(FIRST_START_SETTLE_MS);
    return run;
  }

  private async workerTargets(): Promise<string[]> {
    const { targetInfos } = await this.browserCdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(this.extensionOrigin)).map((t) => t.targetId);
  }

  /**
   * Stops the extension's service worker and waits until it has stopped. Only a worker that is
   * running is stopped: one stopped while starting counts as a failed start, and after a few of
   * those Chromium no longer starts it (the extension would then mark nothing).
   */
  async stopWorker(): Promise<void> {
    const deadline = performance.now() + 90_000;
    while (performance.now() < deadline) {
      const status = this.workerStatus();
      if (status === 'stopped') return;
      if (status === 'running') {
        await sleep(300); // let an event it is handling finish
        if (this.workerStatus() === 'running') await this.control.send('ServiceWorker.stopAllWorkers');
      }
      await sleep(200);
    }
    throw new Error(`the extension service worker did not stop (status ${this.workerStatus()})`);
  }

  private workerStatus(): string {
    return this.status.get('worker') ?? 'unknown';
  }

  /** The worker's JS heap, through a (non-flat) CDP session attached to its target. */
  private async workerHeapMB(): Promise<number | null> {
    const [targetId] = await this.workerTargets();
    if (!targetId) return null;
    const { sessionId } = await this.browserCdp.send('Target.attachToTarget', { targetId, flatten: false });
    try {
      const reply = new Promise<number | null>((done) => {
        const onMessage = (event: { sessionId?: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
          if (message.id !== 2) return;
          this.browserCdp.off('Target.receivedMessageFromTarget', onMessage);
          done(typeof message.result?.usedSize === 'number' ? message.result.usedSize / MB : null);
        };
        this.browserCdp.on('Target.receivedMessageFromTarget', onMessage);
        setTimeout(() => done(null), 5000);
      });
      const send = (id: number, method: string) =>
        this.browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      await send(1, 'HeapProfiler.collectGarbage');
      await send(2, 'Runtime.getHeapUsage');
      return await reply;
    } finally {
      await this.browserCdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  }

  /** One cold load of `url`: the worker stopped, the whole load traced until the first mark (or `markTimeoutMs`). */
  async load(url: string, markTimeoutMs: number): Promise<ExtensionLoad> {
    await this.stopWorker();
    let page: Page | undefined;
    try {
      const { events, value: marked } = await traced(this.browserCdp, async () => {
        page = await this.context.newPage();
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        const at = await page.evaluate(
          (timeout) =>
            Promise.race([
              (window as unknown as { benchMarked: Promise<number> }).benchMarked,
              new Promise<null>((done) => setTimeout(() => done(null), timeout)),
            ]),
          markTimeoutMs,
        );
        await sleep(SETTLE_MS);
        return at !== null;
      });
      const tab = page!;
      const { ms: firstMark, marks } = await markAfterDcl(tab, 'backstory:first-marks');
      const main = pageMainThread(events, url);
      if (!main) throw new Error(`the trace has no main thread that parsed ${url}`);
      const own = scriptTime(events, main, `${this.extensionOrigin}/`);
      const workers = namedThreads(events).filter((t) => t.thread === 'ServiceWorker thread');
      const topFrame = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData as { url?: string } | undefined)?.url === url)?.args
        ?.beginData as { frame?: string } | undefined;
      const runs = events.filter(
        (e) =>
          e.ph === 'X' &&
          e.name === 'EvaluateScript' &&
          e.pid === main.pid &&
          e.tid === main.tid &&
          String((e.args?.data as { url?: string } | undefined)?.url ?? '').startsWith(`${this.extensionOrigin}/`),
      );
      const inTop = (e: TraceEvent) => (e.args?.data as { frame?: string } | undefined)?.frame === topFrame?.frame;
      const workerTasks = workers.flatMap((t) => topLevelTasks(events, t));
      return {
        pageMs: own.ms,
        pageEvaluateMs: own.evaluateMs,
        workerMs: totalMs(workerTasks),
        workerLongestTaskMs: longestMs(workerTasks),
        pageLongestTaskMs: longestMs(tasksTouching(topLevelTasks(events, main), own.spans)),
        firstMarkAfterDclMs: marked ? firstMark : null,
        marks,
        pageHeapMB: await pageHeapMB(tab),
        workerHeapMB: await this.workerHeapMB(),
        workerStarted: workers.length > 0,
        topRunsMs: runs.filter(inTop).map((e) => (e.dur ?? 0) / 1000),
        frameRunsMs: runs.filter((e) => !inTop(e)).map((e) => (e.dur ?? 0) / 1000),
      };
    } finally {
      await page?.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await Promise.race([this.context.close().catch(() => undefined), sleep(15_000)]);
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** The browser without the extension, for the floor and the peer. */
export class ScriptRun {
  private constructor(
    private readonly browser: Browser,
    private readonly browserCdp: CDPSession,
  ) {}

  static async launch(): Promise<ScriptRun> {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: LAUNCH_ARGS });
    return new ScriptRun(browser, await browser.newBrowserCDPSession());
  }

  /** One cold load (a new context and tab) of a page that carries the script at `scriptPrefix`. */
  async load(url: string, scriptPrefix: string, markName: string): Promise<ScriptLoad> {
    const context = await this.browser.newContext({ viewport: VIEWPORT });
    try {
      let page: Page | undefined;
      const { events, value: result } = await traced(this.browserCdp, async () => {
        page = await context.newPage();
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        const value = await page.evaluate(
          () =>
            // No named functions in here: the TypeScript loader would wrap them in a helper the page lacks.
            new Promise<PageResult>((done) => {
              const timer = setInterval(() => {
                const result = (window as unknown as { benchResult?: PageResult }).benchResult;
                if (result) {
                  clearInterval(timer);
                  done(result);
                }
              }, 50);
            }),
        );
        await sleep(SETTLE_MS);
        return value;
      });
      const tab = page!;
      const main = pageMainThread(events, url);
      if (!main) throw new Error(`the trace has no main thread that parsed ${url}`);
      const own: Attribution = scriptTime(events, main, scriptPrefix);
      return {
        ms: own.ms,
        longestTaskMs: longestMs(tasksTouching(topLevelTasks(events, main), own.spans)),
        found: result.found,
        selfMs: result.ms,
        ...(result.buildMs === undefined ? {} : { buildSelfMs: result.buildMs }),
        firstMarkAfterDclMs: (await markAfterDcl(tab, markName)).ms,
        pageHeapMB: await pageHeapMB(tab),
      };
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
