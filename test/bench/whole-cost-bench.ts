/**
 * The whole-cost part of `npm run bench`: for each dataset, the extension built with it, and per
 * page a few cold loads with the extension, of the floor and of the regex + Highlight peer.
 */
import type { StaticServer } from '../support/static-server';
import { median } from './stats';
import { type ExtensionLoad, ExtensionRun, MARK_WATCH, type ScriptLoad, ScriptRun } from './whole-cost';

export interface WholeCostDataset {
  readonly name: string;
  readonly aliasCount: number;
  /** The unpacked extension built with this dataset. */
  readonly extensionDir: string;
  /** The peer's alias list: the same names the build holds. */
  readonly aliasesJson: string;
  /** Pages measured (undefined: all). */
  readonly pageCount: number | undefined;
  /** How long a load waits for the first mark before it counts the page as not marked. */
  readonly markTimeoutMs: number;
  readonly note?: string;
}

export interface WholeCostPage {
  readonly name: string;
  /** The page's HTML with its own scripts taken out. */
  readonly html: string;
  /** For choosing pages spread by size (text nodes where known). */
  readonly size: number;
}

export interface WholeCostRecord {
  readonly page: string;
  readonly extension: ExtensionLoad[];
  readonly floor: ScriptLoad[];
  readonly peer: ScriptLoad[];
  readonly errors: string[];
  /** Loads left out: a page not marked on its first load is not loaded again with the extension. */
  notMarked: boolean;
}

/** `count` pages spread evenly over the range of sizes, smallest and largest included. */
export function spreadPages<T extends { size: number }>(pages: readonly T[], count: number | undefined): T[] {
  if (count === undefined || count >= pages.length) return [...pages];
  const bySize = [...pages].sort((a, b) => a.size - b.size);
  const picked = new Set<T>();
  for (let i = 0; i < count; i++) picked.add(bySize[Math.round((i * (bySize.length - 1)) / Math.max(1, count - 1))]!);
  return pages.filter((p) => picked.has(p));
}

function withHead(html: string, extra: string): string {
  const at = html.search(/<\/head\s*>/i);
  return at === -1 ? `${extra}${html}` : `${html.slice(0, at)}${extra}${html.slice(at)}`;
}

function beforeBodyEnd(html: string, extra: string): string {
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at === -1 ? `${html}${extra}` : `${html.slice(0, at)}${extra}${html.slice(at)}`;
}

let nonce = 0;

export async function runWholeCost(
  server: StaticServer,
  pageScript: string,
  datasets: readonly WholeCostDataset[],
  pages: readonly WholeCostPage[],
  loads: number,
  log: (line: string) => void,
): Promise<Map<string, WholeCostRecord[]>> {
  server.set('/bench/floor.js', { body: pageScript, type: 'text/javascript' });
  server.set('/bench/peer.js', { body: pageScript, type: 'text/javascript' });
  const results = new Map<string, WholeCostRecord[]>();
  const scripts = await ScriptRun.launch();
  try {
    for (const dataset of datasets) {
      const aliasesPath = `/bench/peer-aliases-${dataset.name}.js`;
      // A peer ships its list in its own script; JSON.parse of a string literal is the fast way to load it.
      server.set(aliasesPath, {
        body: `window.benchPeerAliases=JSON.parse(${JSON.stringify(dataset.aliasesJson)});`,
        type: 'text/javascript',
      });
      const chosen = spreadPages(pages, dataset.pageCount);
      log(`\nwhole cost, ${dataset.name} (${dataset.aliasCount} aliases): ${chosen.length} page(s), ${loads} cold load(s) each`);
      const started = performance.now();
      const run = await ExtensionRun.launch(dataset.extensionDir);
      log(`  extension loaded from ${dataset.extensionDir} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      const records: WholeCostRecord[] = [];
      results.set(dataset.name, records);
      try {
        for (const page of chosen) {
          const record: WholeCostRecord = { page: page.name, extension: [], floor: [], peer: [], errors: [], notMarked: false };
          records.push(record);
          const base = withHead(page.html, MARK_WATCH);
          const path = `/whole/${encodeURIComponent(page.name)}`;
          server.set(`${path}.html`, { body: base });
          for (let load = 0; load < loads; load++) {
            const n = ++nonce;
            const attempt = async (what: string, work: () => Promise<void>) => {
              try {
                await work();
              } catch (error) {
                record.errors.push(`${what}: ${(error as Error).message.split('\n')[0]!.slice(0, 300)}`);
              }
            };
            if (!record.notMarked) {
              await attempt('extension', async () => {
                const result = await run.load(`${server.origin}${path}.html?n=${n}`, dataset.markTimeoutMs);
                record.extension.push(result);
                if (!result.workerStarted)
                  record.errors.push('extension: the service worker never ran during the load (no match asked, or it failed to start)');
                if (result.firstMarkAfterDclMs === null) record.notMarked = true;
              });
            }
            server.set(`${path}.floor.html`, { body: beforeBodyEnd(base, `<script src="/bench/floor.js?n=${n}"></script>`) });
            await attempt('floor', async () => {
              record.floor.push(await scripts.load(`${server.origin}${path}.floor.html?n=${n}`, `${server.origin}/bench/floor.js`, 'none'));
            });
            server.set(`${path}.peer.html`, {
              body: beforeBodyEnd(base, `<script src="${aliasesPath}?n=${n}"></script><script src="/bench/peer.js?n=${n}"></script>`),
            });
            await attempt('peer', async () => {
              record.peer.push(
                await scripts.load(`${server.origin}${path}.peer.html?n=${n}`, `${server.origin}/bench/peer`, 'bench-peer:first-marks'),
              );
            });
          }
          log(`  ${pageLine(record)}  [${((performance.now() - started) / 1000).toFixed(0)} s]`);
          for (const e of record.errors) log(`    ! ${e}`);
        }
      } finally {
        await run.close();
      }
    }
  } finally {
    await scripts.close();
  }
  return results;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');

function pageLine(r: WholeCostRecord): string {
  const floor = median(r.floor.map((l) => l.ms));
  const pageMs = median(r.extension.map((l) => l.pageMs));
  const worker = median(r.extension.map((l) => l.workerMs));
  const peer = median(r.peer.map((l) => l.ms));
  const mark = r.extension.map((l) => l.firstMarkAfterDclMs).filter((v): v is number => v !== null);
  const marks = r.extension[0]?.marks ?? 0;
  return (
    `${r.page.padEnd(30)} floor ${ms(floor)}ms  page ${ms(pageMs / floor)}× (${ms(pageMs)}ms)  +worker ${ms((pageMs + worker) / floor)}× ` +
    `(${ms(worker)}ms)  peer ${ms(peer / floor)}×  first mark ${mark.length > 0 ? `${ms(median(mark))}ms` : 'none'}  ${marks} marks`
  );
}
