import { describe, expect, it } from 'vitest';
import {
  longestMs,
  namedThreads,
  pageMainThread,
  scriptTime,
  type TraceEvent,
  tasksTouching,
  topLevelTasks,
  totalMs,
} from '../bench/trace';

const T = { pid: 1, tid: 10 };
const ext = 'chrome-extension://abc/';

function x(name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent {
  return { name, ph: 'X', ts, dur, ...T, ...extra };
}

const events: TraceEvent[] = [
  { name: 'process_name', ph: 'M', ts: 0, pid: 1, tid: 0, args: { name: 'Renderer' } },
  { name: 'thread_name', ph: 'M', ts: 0, ...T, args: { name: 'CrRendererMain' } },
  x('ParseHTML', 0, 500, { args: { beginData: { url: 'http://127.0.0.1:1/p.html?n=1' } } }),
  // Task 1: the content script's top level (counted whole).
  x('RunTask', 1000, 3000, { cat: 'toplevel' }),
  x('ThreadControllerImpl::RunTask', 1000, 3000, { cat: 'toplevel' }),
  x('EvaluateScript', 1100, 2000, { cat: 'devtools.timeline', args: { data: { url: `${ext}content.js` } } }),
  // Task 2: a microtask of the content script (sampled) and page work.
  x('RunTask', 10_000, 60_000, { cat: 'toplevel' }),
  // Task 3: the page only.
  x('RunTask', 80_000, 5000, { cat: 'toplevel' }),
  { name: 'Profile', ph: 'P', ts: 0, ...T, id: '0x1', args: { data: { startTime: 0 } } },
  {
    name: 'ProfileChunk',
    ph: 'P',
    ts: 0,
    pid: 1,
    tid: 99,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: { url: '' } },
            { id: 2, parent: 1, callFrame: { url: `${ext}content.js` } },
            { id: 3, parent: 2, callFrame: { url: '' } },
            { id: 4, parent: 1, callFrame: { url: 'http://127.0.0.1:1/page.js' } },
          ],
          // At 1500 (inside EvaluateScript: not counted again), 20000 and 21000 (ours, 1 ms each),
          // 22000 (the page's), 30000 (ours, but the next sample is 50 ms later: capped at 4 ms).
          samples: [2, 3, 2, 4, 3, 1],
        },
        timeDeltas: [1500, 18_500, 1000, 1000, 8000, 50_000],
      },
    },
  },
  // Another process's profile with the same id: not ours.
  { name: 'Profile', ph: 'P', ts: 0, pid: 2, tid: 20, id: '0x1', args: { data: { startTime: 0 } } },
  {
    name: 'ProfileChunk',
    ph: 'P',
    ts: 0,
    pid: 2,
    tid: 98,
    id: '0x1',
    args: { data: { cpuProfile: { nodes: [{ id: 9, callFrame: { url: `${ext}x.js` } }], samples: [9, 9] }, timeDeltas: [20_000, 1000] } },
  },
];

describe('bench trace reading', () => {
  it('names threads and finds the page main thread by the URL it parsed', () => {
    expect(namedThreads(events)).toEqual([{ pid: 1, tid: 10, thread: 'CrRendererMain', process: 'Renderer' }]);
    expect(pageMainThread(events, 'http://127.0.0.1:1/p.html?n=1')).toEqual(T);
    expect(pageMainThread(events, 'http://127.0.0.1:1/other.html')).toBeUndefined();
  });

  it('keeps only top-level tasks', () => {
    const tasks = topLevelTasks(events, T);
    expect(tasks).toEqual([
      { start: 1000, end: 4000 },
      { start: 10_000, end: 70_000 },
      { start: 80_000, end: 85_000 },
    ]);
    expect(totalMs(tasks)).toBe(68);
    expect(longestMs(tasks)).toBe(60);
  });

  it('attributes EvaluateScript whole and samples outside it, capped, without double counting', () => {
    const own = scriptTime(events, T, ext);
    expect(own.evaluateMs).toBe(2);
    expect(own.sampledMs).toBe(1 + 1 + 4);
    expect(own.ms).toBe(8);
    expect(tasksTouching(topLevelTasks(events, T), own.spans)).toHaveLength(2);
  });
});
