/**
 * Watches the page for new or changed text with one batched MutationObserver. Bursts are
 * coalesced into one rescan; pages that mutate without end get ever longer pauses between scans.
 * A MutationObserver sees nothing inside shadow trees: each open shadow root that was read is
 * added with `observe`.
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
  /** Watches one more subtree (an open shadow root) with the same observer; a root already watched costs nothing. */
  observe(root: Node): void;
  /** Current delay between a change and its rescan (grows under storms). */
  readonly delay: number;
}

function relevant(record: MutationRecord, ignore: Node | undefined): boolean {
  if (ignore && (record.target === ignore || ignore.contains(record.target))) return false;
  if (record.type === 'characterData') return true;
  for (const node of Array.from(record.addedNodes)) {
    if (node === ignore) continue;
    if (node.nodeType === 3 || (node.nodeType === 1 && (node.textContent?.length ?? 0) > 0)) return true;
    // A web component keeps its text in its shadow root: its light tree may be empty.
    if (node.nodeType === 1 && (node as Element).shadowRoot) return true;
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
  const observed = { childList: true, subtree: true, characterData: true };
  const watched = new WeakSet<Node>([target]);
  observer.observe(target, observed);

  return {
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
    observe(root) {
      if (watched.has(root)) return;
      watched.add(root);
      observer.observe(root, observed);
    },
    get delay() {
      return delay;
    },
  };
}
