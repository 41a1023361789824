/**
 * Reads a Chromium trace (the events of Tracing.dataCollected) for the whole-cost bench: which
 * thread is which, the tasks on a thread, and the script time a thread spent on one script's code.
 *
 * Script time is attributed in two ways, without double counting:
 *  - EvaluateScript events whose URL starts with the prefix count whole (compiling and running the
 *    script's top level, the part a CPU profile cannot attribute);
 *  - outside those, V8 CPU-profile samples (category disabled-by-default-v8.cpu_profiler) whose
 *    JS stack holds a frame from a URL with the prefix, each counting the time to the next sample.
 *    That covers callbacks, promise continuations (microtasks) and the DOM work they call.
 * What is not counted: style, layout and paint that happen later in the page's own frames.
 */

export interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly args?: Record<string, unknown>;
}

export interface ThreadRef {
  readonly pid: number;
  readonly tid: number;
}

export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** A sample's weight is the time to the next one, but never more than this (µs): a gap is idle, not work. */
const MAX_SAMPLE_US = 4000;

const key = (t: ThreadRef) => `${t.pid}:${t.tid}`;

/** Threads with their names, from the trace's metadata events. */
export function namedThreads(events: readonly TraceEvent[]): Array<ThreadRef & { thread: string; process: string }> {
  const processes = new Map<number, string>();
  const threads = new Map<string, ThreadRef & { thread: string }>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    const name = String((e.args as { name?: unknown } | undefined)?.name ?? '');
    if (e.name === 'process_name') processes.set(e.pid, name);
    if (e.name === 'thread_name') threads.set(key(e), { pid: e.pid, tid: e.tid, thread: name });
  }
  return [...threads.values()].map((t) => ({ ...t, process: processes.get(t.pid) ?? '' }));
}

function urlOf(e: TraceEvent): string | undefined {
  const data = e.args?.data as { url?: unknown } | undefined;
  return typeof data?.url === 'string' ? data.url : undefined;
}

/** The renderer main thread that parsed the page at `pageUrl` (the page's own thread). */
export function pageMainThread(events: readonly TraceEvent[], pageUrl: string): ThreadRef | undefined {
  for (const e of events) {
    if (e.name !== 'ParseHTML') continue;
    const url = (e.args?.beginData as { url?: unknown } | undefined)?.url;
    if (typeof url === 'string' && url.startsWith(pageUrl)) return { pid: e.pid, tid: e.tid };
  }
  return undefined;
}

/** Complete events of the `toplevel` category on the thread that no other such event encloses. */
export function topLevelTasks(events: readonly TraceEvent[], thread: ThreadRef): Interval[] {
  const tasks = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && (e.cat ?? '').split(',').includes('toplevel'))
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const top: Interval[] = [];
  for (const task of tasks) {
    const last = top.at(-1);
    if (last && task.start < last.end) continue; // nested in (or overlapping) the previous top-level task
    top.push(task);
  }
  return top;
}

export function totalMs(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, i) => sum + (i.end - i.start), 0) / 1000;
}

export function longestMs(intervals: readonly Interval[]): number {
  return intervals.reduce((max, i) => Math.max(max, i.end - i.start), 0) / 1000;
}

interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame?: { readonly url?: string };
}

interface Sample {
  readonly ts: number;
  readonly node: number;
}

/** One thread's CPU profile from the trace: its nodes and its samples in time order. */
function cpuProfile(events: readonly TraceEvent[], thread: ThreadRef): { nodes: Map<number, ProfileNode>; samples: Sample[] } {
  const nodes = new Map<number, ProfileNode>();
  const samples: Sample[] = [];
  // Profile ids repeat across processes: a profile is its process and id; its thread is the Profile event's.
  const ours = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'Profile' || e.pid !== thread.pid || e.tid !== thread.tid) continue;
    const start = (e.args?.data as { startTime?: number } | undefined)?.startTime ?? e.ts;
    ours.set(`${e.pid}:${e.id}`, start);
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const profileKey = `${e.pid}:${e.id}`;
    let at = ours.get(profileKey);
    if (at === undefined) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((node, i) => {
      at = (at as number) + (deltas[i] ?? 0);
      samples.push({ ts: at, node });
    });
    ours.set(profileKey, at);
  }
  samples.sort((a, b) => a.ts - b.ts);
  return { nodes, samples };
}

export interface Attribution {
  /** EvaluateScript time plus sampled time, ms. */
  readonly ms: number;
  readonly evaluateMs: number;
  readonly sampledMs: number;
  /** When the attributed work ran (EvaluateScript spans and attributed samples). */
  readonly spans: Interval[];
}

/** The time `thread` spent running code from URLs that start with `urlPrefix` (see the file's comment). */
export function scriptTime(events: readonly TraceEvent[], thread: ThreadRef, urlPrefix: string): Attribution {
  const evaluations: Interval[] = [];
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'EvaluateScript' || e.pid !== thread.pid || e.tid !== thread.tid) continue;
    if (urlOf(e)?.startsWith(urlPrefix)) evaluations.push({ start: e.ts, end: e.ts + (e.dur ?? 0) });
  }
  const inEvaluation = (ts: number) => evaluations.some((i) => ts >= i.start && ts < i.end);
  const { nodes, samples } = cpuProfile(events, thread);
  const memo = new Map<number, boolean>();
  const fromUrl = (id: number | undefined): boolean => {
    if (id === undefined) return false;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const result = node === undefined ? false : (node.callFrame?.url ?? '').startsWith(urlPrefix) || fromUrl(node.parent);
    memo.set(id, result);
    return result;
  };
  const spans: Interval[] = [...evaluations];
  let sampled = 0;
  for (let i = 0; i < samples.length - 1; i++) {
    const sample = samples[i]!;
    if (!fromUrl(sample.node) || inEvaluation(sample.ts)) continue;
    const weight = Math.min(samples[i + 1]!.ts - sample.ts, MAX_SAMPLE_US);
    sampled += weight;
    spans.push({ start: sample.ts, end: sample.ts + weight });
  }
  const evaluateMs = totalMs(evaluations);
  return { ms: evaluateMs + sampled / 1000, evaluateMs, sampledMs: sampled / 1000, spans };
}

/** The top-level tasks during which any of the spans ran. */
export function tasksTouching(tasks: readonly Interval[], spans: readonly Interval[]): Interval[] {
  return tasks.filter((task) => spans.some((s) => s.start < task.end && s.end > task.start));
}
