/** Helpers that look at a page the way a reader does: where a word is, what is painted, what the card says. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from '../support/browsers';

export interface Box {
  readonly x: number;
  readonly y: number;
}

/** Centre of the nth occurrence of `text` in the page's text nodes, scrolled into view. */
export async function centreOf(page: Page, text: string, nth = 0): Promise<Box> {
  const box = await page.evaluate(
    ([needle, n]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data;
        let at = data.indexOf(needle as string);
        while (at >= 0) {
          if (seen++ === n) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + (needle as string).length);
            node.parentElement?.scrollIntoView({ block: 'center' });
            const rect = range.getClientRects()[0]!;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          at = data.indexOf(needle as string, at + 1);
        }
      }
      return undefined;
    },
    [text, nth] as const,
  );
  if (!box) throw new Error(`"${text}" (#${nth}) is not on the page`);
  return box;
}

/** Texts of the ranges painted under a highlight name, in document order. */
export function paintedTexts(page: Page, name = 'backstory'): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    const ranges = [...highlight] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  }, name);
}

/** How many painted ranges start inside page chrome (nav, header outside the article, footer, aside). */
export function paintedInChrome(page: Page): Promise<number> {
  return page.evaluate(() => {
    const names = ['backstory', 'backstory-ambiguous'];
    let count = 0;
    for (const name of names) {
      for (const range of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
        const element = range.startContainer.parentElement;
        if (element?.closest('nav, footer, aside, body > header')) count++;
      }
    }
    return count;
  });
}

/** Waits until the content script has painted at least `count` terms. */
export async function waitForPaint(page: Page, count = 1, name = 'backstory'): Promise<void> {
  await page.waitForFunction(
    ([highlightName, n]) => (CSS.highlights.get(highlightName as string)?.size ?? 0) >= (n as number),
    [name, count] as const,
    { timeout: 15_000 },
  );
}

/** Moves the pointer onto a term and waits for its card; returns the card's text. */
export async function hoverForCard(page: Page, text: string, nth = 0): Promise<string> {
  const { x, y } = await centreOf(page, text, nth);
  await page.mouse.move(Math.max(1, x - 40), Math.max(1, y - 40));
  await page.mouse.move(x, y, { steps: 4 });
  const card = page.locator('[data-backstory-ui] .card');
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  await page.waitForFunction(() => document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card[aria-busy="false"]'));
  return (await card.innerText()).replace(/\s+/g, ' ');
}

/** A fingerprint of the page's own DOM: every element and text node outside Backstory's host. */
export function domFingerprint(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node, depth: number) => {
      if (node.nodeType === 1 && (node as Element).hasAttribute('data-backstory-ui')) return;
      if (node.nodeType === 1) {
        const element = node as Element;
        const attributes = Array.from(element.attributes, (a) => `${a.name}=${a.value}`).join(',');
        parts.push(`${depth}<${element.localName} ${attributes}>`);
      } else if (node.nodeType === 3) {
        parts.push(`${depth}#${(node as Text).data}`);
      }
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child, depth + 1);
    };
    walk(document.documentElement, 0);
    return parts.join('\n');
  });
}

const CARD = '[data-backstory-ui] .card';

/** Chooses an action from the open card's ⋯ menu. */
export async function chooseCardAction(page: Page, name: string): Promise<void> {
  const card = page.locator(CARD);
  await card.getByRole('button', { name: 'More actions' }).click();
  await card.getByRole('menuitem', { name }).click();
}

/** The open card's status strip row for an authority, as its cells' texts joined by " | ". */
export async function stripRow(page: Page, authority: string | RegExp): Promise<string> {
  const row = page.locator(`${CARD} .strip tbody tr`, { has: page.locator('th', { hasText: authority }) });
  const cells = await row.first().locator('th, td').allInnerTexts();
  return cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).join(' | ');
}

interface SessionStorageApi {
  chrome: {
    runtime: { getContexts(filter: object): Promise<Array<{ documentUrl?: string }>> };
    storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  };
}

/**
 * Chromium: presses the open card's "Full record", waits for the side panel to open on the
 * request it stored, and opens that same record in a tab the test can read (Playwright does not
 * reach into the side panel).
 */
export async function openFullRecord(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const worker = browser.worker!;
  await page.locator(CARD).getByRole('button', { name: 'Full record' }).click();
  const panelState = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as SessionStorageApi;
      const panels = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
      const stored = (await chrome.storage.session.get('panelDossier')).panelDossier as Record<string, string> | null | undefined;
      return { panels: panels.map((c) => new URL(c.documentUrl ?? '').pathname), stored: stored ?? null };
    });
  await expect.poll(async () => (await panelState()).panels, { timeout: 10_000 }).toEqual(['/sidepanel.html']);
  const { stored } = await panelState();
  if (!stored) throw new Error('the side panel opened without a stored request');
  const query = new URLSearchParams({
    id: stored.id!,
    ...(stored.articleDate ? { date: stored.articleDate, from: stored.dateFrom! } : {}),
  });
  const dossier = await browser.context.newPage();
  await dossier.goto(`${browser.extensionOrigin}/dossier.html?${query}`);
  await dossier.locator('.dossier').waitFor({ timeout: 10_000 });
  return dossier;
}
