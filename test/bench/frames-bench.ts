/**
 * `BENCH_PART=frames npm run bench` (or `BENCH_PART=frames tsx test/bench/run.ts` after a build):
 * what frames and shadow roots cost (issue 16), on the corpus pages, without the rest of the bench.
 *
 * 1. Shadow roots, in headless Chromium without the extension (cold loads, median): reading the
 *    article as the page has it; reading it after its content was moved into an open shadow root;
 *    and what asking every element for its `shadowRoot` costs on a page that has none.
 * 2. Frames, with the real extension, cold (worker stopped before each load, content-script time
 *    on the page's main thread from a trace, as the whole-cost part measures it): each corpus page
 *    with its <iframe>s pointed at stub pages, once as another origin's frames (ads, embeds: the
 *    script starts and stops at once) and once as same-origin frames holding a few named terms
 *    (each one is read, matched and painted), with the shipped build (`all_frames`) and with a copy
 *    of it whose manifest says `all_frames: false`. The difference is what running in frames costs.
 *    The saved pages' stylesheets are not served, so frames a stylesheet would hide are shown at
 *    their default size (300×150): the same-origin case is a worst case.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { bundleScript } from './bundle';
import { positiveInt } from './env';
import type { Timing } from './frames-page';
import { fixed, median, table } from './stats';
import { type ExtensionLoad, ExtensionRun, MARK_WATCH } from './whole-cost';

export interface FramesPage {
  readonly name: string;
  /** The page's HTML without its own scripts. */
  readonly html: string;
}

interface ShadowRow {
  readonly page: string;
  readonly textNodes: number;
  readonly lightMs: number;
  readonly shadowMs: number;
  readonly sameText: boolean;
  readonly elements: number;
  readonly checkMs: number;
}

interface FrameRow {
  readonly page: string;
  readonly frames: number;
  readonly loads: Record<string, ExtensionLoad | string>;
}

const LAUNCH_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const AD_STUB = '<!doctype html><html><head><meta charset="utf-8"><title>ad</title></head><body><p>Advertisement</p></body></html>';

/** Points every <iframe> at `src` (keeping its size attributes); returns the page and how many were changed. */
export function pointFramesAt(html: string, src: string): { html: string; frames: number } {
  let frames = 0;
  const out = html.replace(/<iframe\b[^>]*>/gi, (tag) => {
    frames++;
    const rest = tag.replace(/\s(src|srcdoc)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
    return rest.replace(/^<iframe/i, `<iframe src="${src}"`);
  });
  return { html: out, frames };
}

function withMarkWatch(html: string): string {
  const at = html.search(/<\/head\s*>/i);
  return at === -1 ? `${MARK_WATCH}${html}` : `${html.slice(0, at)}${MARK_WATCH}${html.slice(at)}`;
}

async function shadowPart(pages: readonly FramesPage[], loads: number, log: (line: string) => void): Promise<ShadowRow[]> {
  const script = await bundleScript('./frames-page.ts', 'BackstoryFrames');
  const server = await startStaticServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: LAUNCH_ARGS });
  const rows: ShadowRow[] = [];
  let nonce = 0;
  try {
    const call = async (page: FramesPage, fn: 'readLight' | 'readShadowed' | 'shadowCheck'): Promise<Timing> => {
      const path = `/shadow/${encodeURIComponent(page.name)}.html`;
      const at = page.html.toLowerCase().lastIndexOf('</body>');
      const cut = at === -1 ? page.html.length : at;
      // A fresh nonce per load: no compiled-code reuse between loads.
      server.set(path, { body: `${page.html.slice(0, cut)}<script>/*${++nonce}*/\n${script}</script>${page.html.slice(cut)}` });
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const tab = await context.newPage();
        await tab.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 30_000 });
        return await tab.evaluate(
          (name) => (window as unknown as { BackstoryFrames: Record<string, () => Timing> }).BackstoryFrames[name]!(),
          fn,
        );
      } finally {
        await context.close().catch(() => undefined);
      }
    };
    for (const page of pages) {
      try {
        const light: Timing[] = [];
        const shadowed: Timing[] = [];
        const check: Timing[] = [];
        for (let i = 0; i < loads; i++) {
          light.push(await call(page, 'readLight'));
          shadowed.push(await call(page, 'readShadowed'));
          check.push(await call(page, 'shadowCheck'));
        }
        const row: ShadowRow = {
          page: page.name,
          textNodes: light[0]!.found,
          lightMs: median(light.map((t) => t.ms)),
          shadowMs: median(shadowed.map((t) => t.ms)),
          sameText: light[0]!.chars === shadowed[0]!.chars,
          elements: check[0]!.found,
          checkMs: median(check.map((t) => t.ms)),
        };
        rows.push(row);
        log(
          `  ${page.name.padEnd(30)} ${String(row.textNodes).padStart(5)} nodes  light ${fixed(row.lightMs)} ms  in a shadow root ${fixed(row.shadowMs)} ms` +
            `${row.sameText ? '' : ' (text differs)'}  shadowRoot checks ${fixed(row.checkMs, 3)} ms / ${row.elements} elements`,
        );
      } catch (error) {
        log(`  ${page.name}: failed: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  return rows;
}

/** A copy of the built extension whose content script runs in the top frame only. */
function topFrameOnlyCopy(extensionDir: string, outDir: string): string {
  const dir = join(outDir, 'chrome-mv3-top-frame-only');
  rmSync(dir, { recursive: true, force: true });
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: Array<{ all_frames?: boolean }> };
  for (const script of manifest.content_scripts ?? []) script.all_frames = false;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

const VARIANTS = [
  { key: 'cross', label: "another origin's frames" },
  { key: 'same', label: 'same-origin frames' },
] as const;
const BUILDS = [
  { key: 'all', label: 'all_frames (shipped)' },
  { key: 'top', label: 'top frame only' },
] as const;

async function framesPart(
  pages: readonly FramesPage[],
  extensionDir: string,
  outDir: string,
  sameOriginStub: string,
  log: (line: string) => void,
): Promise<FrameRow[]> {
  const other: StaticServer = await startStaticServer({ '/ad.html': { body: AD_STUB } });
  const server: StaticServer = await startStaticServer({ '/frames/updates.html': { body: sameOriginStub } });
  const chosen = pages
    .map((page) => ({ page, frames: pointFramesAt(page.html, '').frames }))
    .filter((p) => p.frames > 0)
    .sort((a, b) => b.frames - a.frames)
    .slice(0, positiveInt('BENCH_FRAMES_PAGES', 8));
  for (const { page } of chosen) {
    server.set(`/cross/${page.name}.html`, { body: withMarkWatch(pointFramesAt(page.html, `${other.origin}/ad.html`).html) });
    server.set(`/same/${page.name}.html`, { body: withMarkWatch(pointFramesAt(page.html, '/frames/updates.html').html) });
  }
  const rows: FrameRow[] = chosen.map(({ page, frames }) => ({ page: page.name, frames, loads: {} }));
  const dirs = { all: extensionDir, top: topFrameOnlyCopy(extensionDir, outDir) };
  const timeout = positiveInt('BENCH_FRAMES_MARK_TIMEOUT_MS', 3000);
  try {
    for (const build of BUILDS) {
      log(`  extension: ${build.label}`);
      const run = await ExtensionRun.launch(dirs[build.key]);
      try {
        for (const row of rows) {
          for (const variant of VARIANTS) {
            const key = `${variant.key}/${build.key}`;
            try {
              row.loads[key] = await run.load(`${server.origin}/${variant.key}/${row.page}.html`, timeout);
            } catch (error) {
              row.loads[key] = (error as Error).message.split('\n')[0]!;
            }
            const load = row.loads[key];
            log(
              `    ${row.page.padEnd(28)} ${String(row.frames).padStart(3)} frames  ${variant.label.padEnd(24)} ` +
                (typeof load === 'string'
                  ? `failed: ${load}`
                  : `content script ${fixed(load.pageMs)} ms; runs: top ${load.topRunsMs.map((r) => fixed(r, 1)).join(' ')} ms,` +
                    ` frames ${load.frameRunsMs.map((r) => fixed(r, 1)).join(' ')} ms`),
            );
          }
        }
      } finally {
        await run.close();
      }
    }
  } finally {
    await server.close();
    await other.close();
  }
  return rows;
}

function shadowReport(rows: readonly ShadowRow[]): string {
  const med = (pick: (r: ShadowRow) => number) => median(rows.map(pick));
  const worst = (pick: (r: ShadowRow) => number) => rows.reduce((a, b) => (pick(b) > pick(a) ? b : a));
  const lines = [['', 'median across pages', 'worst page']];
  const add = (label: string, pick: (r: ShadowRow) => number, digits = 2, unit = 'ms') => {
    const w = worst(pick);
    lines.push([label, `${fixed(med(pick), digits)} ${unit}`, `${fixed(pick(w), digits)} ${unit}  ${w.page}`]);
  };
  add('reading the article (collectText), ms', (r) => r.lightMs);
  add('the same article inside an open shadow root, ms', (r) => r.shadowMs);
  add('shadow root / light tree', (r) => (r.lightMs > 0 ? r.shadowMs / r.lightMs : 1), 2, '×');
  add('asking every element of the body for shadowRoot, ms', (r) => r.checkMs, 3);
  const differ = rows.filter((r) => !r.sameText).map((r) => r.page);
  return `Shadow roots: ${rows.length} pages, median of the cold loads per page\n${table(lines)}${
    differ.length > 0
      ? `\nText read differs in the shadow variant on: ${differ.join(', ')}`
      : '\nThe same text is read in both variants on every page.'
  }`;
}

function framesReport(rows: readonly FrameRow[]): string {
  const load = (row: FrameRow, key: string): ExtensionLoad | undefined => {
    const value = row.loads[key];
    return value === undefined || typeof value === 'string' ? undefined : value;
  };
  const ms = (value: number | null | undefined) => (value === null || value === undefined ? '–' : fixed(value));
  const lines = [
    [
      'page',
      'frames',
      'runs in frames (ads / same-origin)',
      'per run in an ad frame, ms',
      'per run in a same-origin frame, ms',
      'content script, ads: all / top only, ms',
      'same-origin: all / top only, ms',
    ],
  ];
  const adRuns: number[] = [];
  const sameRuns: number[] = [];
  for (const row of rows) {
    const crossAll = load(row, 'cross/all');
    const sameAll = load(row, 'same/all');
    adRuns.push(...(crossAll?.frameRunsMs ?? []));
    sameRuns.push(...(sameAll?.frameRunsMs ?? []));
    const med = (runs: number[] | undefined) => (runs && runs.length > 0 ? fixed(median(runs)) : '–');
    lines.push([
      row.page,
      String(row.frames),
      `${crossAll?.frameRunsMs.length ?? '–'} / ${sameAll?.frameRunsMs.length ?? '–'}`,
      med(crossAll?.frameRunsMs),
      med(sameAll?.frameRunsMs),
      `${ms(crossAll?.pageMs)} / ${ms(load(row, 'cross/top')?.pageMs)}`,
      `${ms(sameAll?.pageMs)} / ${ms(load(row, 'same/top')?.pageMs)}`,
    ]);
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return (
    "Frames: one cold load per page, variant and build. A run is one evaluation of an extension script in a frame (from the trace's\n" +
    'EvaluateScript events, by frame id): in an ad frame only the frame starter runs and stops at its first check; in a same-origin\n' +
    'frame it loads the content script, whose run is only its start (the scan and paint follow in later tasks, counted in the\n' +
    "content-script total of the page's main thread).\n" +
    `${table(lines)}\n` +
    `Runs in ad frames: ${adRuns.length}, median ${adRuns.length > 0 ? fixed(median(adRuns)) : '–'} ms, total ${fixed(sum(adRuns))} ms; ` +
    `in same-origin frames: ${sameRuns.length}, median ${sameRuns.length > 0 ? fixed(median(sameRuns)) : '–'} ms, total ${fixed(sum(sameRuns))} ms`
  );
}

export async function runFramesBench(
  pages: readonly FramesPage[],
  options: { readonly repo: string; readonly outDir: string; readonly log: (line: string) => void },
): Promise<unknown> {
  const { repo, outDir, log } = options;
  const extensionDir = join(repo, '.output/chrome-mv3');
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error('No built extension in .output/chrome-mv3: run "npm run build" first.');
  mkdirSync(outDir, { recursive: true });
  const loads = positiveInt('BENCH_LOADS', 3);
  log(`\nShadow roots (${loads} cold loads per variant and page):`);
  const shadowRows = await shadowPart(pages, loads, log);
  log('\nFrames (one cold load per page, variant and build):');
  const sameOriginStub = readFileSync(join(repo, 'test/fixtures/frames/frame-updates.html'), 'utf8');
  const frameRows = await framesPart(pages, extensionDir, outDir, sameOriginStub, log);
  const text = `${shadowRows.length > 0 ? shadowReport(shadowRows) : 'Shadow roots: no page measured'}\n\n${frameRows.length > 0 ? framesReport(frameRows) : 'Frames: no page with frames'}`;
  log(`\n${text}`);
  const result = { date: new Date().toISOString(), shadow: shadowRows, frames: frameRows };
  writeFileSync(join(outDir, 'frames.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(`\nRaw numbers: ${join(outDir, 'frames.json')}`);
  return result;
}
