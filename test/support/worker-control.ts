/**
 * Stopping the extension's service worker from a test, as Chromium does after about 30 s idle:
 * the next message starts it again from nothing (a cold start).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';

interface TargetInfo {
  readonly targetId: string;
  readonly type: string;
  readonly url: string;
}

/** The extension worker's startup figures (ms since the worker started), see entrypoints/background. */
export interface WorkerStartup {
  /** When the background script began to run. */
  readonly scriptMs?: number;
  readonly datasetOpenMs?: number;
  readonly firstAnswerMs?: number;
}

async function workerTargets(context: BrowserContext, page: Page, extensionOrigin: string): Promise<TargetInfo[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Stops the extension's service worker (Chromium) and waits until it is gone. */
export async function stopExtensionWorker(context: BrowserContext, page: Page, extensionOrigin: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    for (const target of await workerTargets(context, page, extensionOrigin)) {
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  for (let tries = 0; (await workerTargets(context, page, extensionOrigin)).length > 0; tries++) {
    if (tries > 50) throw new Error('the extension service worker did not stop');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The startup figures of a (new) worker; undefined fields mean that step has not happened. */
export function workerStartup(worker: Worker): Promise<WorkerStartup> {
  return worker.evaluate(() => ({ ...(globalThis as { backstoryStartup?: WorkerStartup }).backstoryStartup }));
}
