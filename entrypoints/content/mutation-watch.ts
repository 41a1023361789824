/**
 * Watches the page for new or changed text with one batched MutationObserver. Bursts are
 * coalesced into one rescan; pages that mutate without end get ever longer pauses between scans.
 */

export interface WatchOptions {
  /** Our own UI: its mutations never trigger a scan. */
  readonly ignore: () => Node | undefined;
  readonly onChange: () => void;
  readonly baseDelay?: number;
  readonly maxDelay?: number;
}

export interface Watcher {
  stop(): void;
  /** Current delay between a change and its rescan (grows under storms). */
  readonly delay: number;
}

function relevant(record: MutationRecord, ignore: Node | undefined): boolean {
  if (ignore && (record.target === ignore || ignore.contains(record.target))) return false;
  if (record.type === 'characterData') return true;
  for (const node of Array.from(record.addedNodes)) {
    if (node === ignore) continue;
    if (node.nodeType === 3 || (node.nodeType === 1 && (node.textContent?.length ?? 0) > 0)) return true;
  }
  // Our host leaving (a page or a tool moved it) is not page text changing.
  return Array.from(record.removedNodes).some((node) => node !== ignore);
}

export function watchMutations(target: Node, options: WatchOptions): Watcher {
  const baseDelay = options.baseDelay ?? 250;
  const maxDelay = options.maxDelay ?? 8000;
  let delay = baseDelay;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;

  const run = () => {
    timer = undefined;
    const now = performance.now();
    // A scan requested soon after the last one means the page keeps changing: back off.
    delay = now - lastRun < delay * 4 ? Math.min(delay * 2, maxDelay) : baseDelay;
    lastRun = now;
    options.onChange();
  };

  const observer = new MutationObserver((records) => {
    if (timer !== undefined) return;
    const ignore = options.ignore();
    if (records.some((record) => relevant(record, ignore))) timer = setTimeout(run, delay);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });

  return {
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
    get delay() {
      return delay;
    },
  };
}
