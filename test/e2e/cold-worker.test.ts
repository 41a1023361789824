/**
 * Issue 11: the dataset lives in extension files, not in background.js, and a worker stopped by
 * the browser (as after 30 s idle) starts cold on the next page and still marks it correctly.
 */
import { readFileSync } from 'node:fs';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, extensionDir, launchWithExtension } from '../support/browsers';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { stopExtensionWorker, workerStartup } from '../support/worker-control';
import { hoverForCard, paintedTexts, waitForPaint } from './page-helpers';

const DEMO = readFileSync('assets/demo/article.html', 'utf8');

describe('a cold service worker (Chromium)', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startStaticServer({ '/news/a.html': { body: DEMO }, '/news/b.html': { body: DEMO } });
    browser = await launchWithExtension('chromium');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ships the dataset as files beside a background script that holds code only', () => {
    const dir = extensionDir('chromium');
    const background = readFileSync(`${dir}/background.js`, 'utf8');
    // A bundled entry's summary would be in the script if the data were compiled into it.
    expect(background).not.toContain('Hay');
    expect(readFileSync(`${dir}/dataset/index.bin`).byteLength).toBeGreaterThan(10_000);
    const manifest = JSON.parse(readFileSync(`${dir}/dataset/manifest.json`, 'utf8')) as { entryCount: number; shardSize: number };
    expect(manifest.entryCount).toBeGreaterThan(100);
    expect(readFileSync(`${dir}/dataset/entries-0.json`, 'utf8').startsWith('[')).toBe(true);
  });

  it('marks the next page after the worker was stopped, as it did before, and opens its cards', async () => {
    const first = await browser.context.newPage();
    await first.goto(`${server.origin}/news/a.html`);
    await waitForPaint(first, 10);
    const before = await paintedTexts(first);

    await stopExtensionWorker(browser.context, first, browser.extensionOrigin);
    const second = await browser.context.newPage();
    await second.goto(`${server.origin}/news/b.html`);
    await waitForPaint(second, before.length);
    // Playwright keeps one Worker handle for the extension's worker across its restarts.
    const worker: Worker = browser.context.serviceWorkers()[0]!;
    expect(await paintedTexts(second)).toEqual(before);

    // The new worker opened the dataset and answered the page; its own clock says how long that took.
    const startup = await workerStartup(worker);
    expect(startup.datasetOpenMs).toBeGreaterThan(0);
    expect(startup.firstAnswerMs).toBeGreaterThanOrEqual(startup.datasetOpenMs!);
    console.log(`cold worker (ms since it started): ${JSON.stringify(startup)}`);

    // A card needs an entry record, read from a shard file by the new worker.
    const card = await hoverForCard(second, before[0]!);
    expect(card.startsWith(before[0]!)).toBe(true);
    await first.close();
    await second.close();
  });
});
