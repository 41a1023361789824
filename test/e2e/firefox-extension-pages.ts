/**
 * How the Firefox tests reach the extension's pages. Firefox will not let a test navigate a tab to a
 * moz-extension: address, so they enter the way a reader can: the card's "Save article", then
 * "Open notebook", and from that page on by the extension's own tabs.create.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from '../support/browsers';
import { centreOf, waitForPaint } from './page-helpers';

/** The part of the WebExtension API these tests call from an extension page. */
export interface ExtensionApi {
  tabs: {
    query(filter: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    create(options: { url: string }): Promise<unknown>;
  };
  runtime: { getURL(path: string): string };
}

/**
 * Has the extension open one of its pages (open() asks it to) and returns the tab once it answers.
 * Firefox moves such a tab from a content process to the extension's process as it loads, and now
 * and then Playwright's handle on it never answers again; then the page is asked for once more, in
 * a new tab (up to four times).
 */
async function extensionPage(browser: ExtensionBrowser, open: () => Promise<unknown>, path: string, heading: string): Promise<Page> {
  const seen = new Set<Page>();
  for (let attempt = 1; ; attempt++) {
    for (const page of browser.context.pages()) if (page.url().includes(path)) seen.add(page);
    await open();
    const fresh = () => browser.context.pages().find((candidate) => !seen.has(candidate) && candidate.url().includes(path));
    try {
      // The new tab itself may be the one Playwright loses: then it is asked for again too.
      await expect.poll(() => fresh() !== undefined, { timeout: 20_000 }).toBe(true);
      const page = fresh()!;
      seen.add(page);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // let the move between processes finish
      await page.getByRole('heading', { name: heading }).first().waitFor({ timeout: 15_000 });
      return page;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

/** Saves the article from a card and follows the card's "Open notebook": the first extension page. */
export async function notebookFromCard(browser: ExtensionBrowser, article: Page): Promise<Page> {
  // A click pins the card, so it stays open while the pointer travels to its buttons.
  const { x, y } = await centreOf(article, 'Hama');
  await article.mouse.click(x, y);
  const card = article.locator('[data-backstory-ui] .card');
  await card.getByRole('button', { name: 'Pinned' }).waitFor();
  await card.getByRole('button', { name: 'Save article' }).click();
  await card.getByText(/Saved to your notebook with \d+ entities\./).waitFor();
  return extensionPage(browser, () => card.getByRole('button', { name: 'Open notebook' }).click(), '/notebook.html', 'Notebook');
}

/** Opens the demo article, waits for its marks, saves it and opens the notebook from its card. */
export async function demoNotebook(browser: ExtensionBrowser, demoUrl: string): Promise<{ article: Page; notebook: Page }> {
  const article = await browser.context.newPage();
  await article.goto(demoUrl);
  await waitForPaint(article, 10);
  return { article, notebook: await notebookFromCard(browser, article) };
}

/** Opens another of the extension's pages from one of them, in a new tab. */
export function openFrom(browser: ExtensionBrowser, page: Page, path: string, heading: string): Promise<Page> {
  // tabs.create, not window.open: a script without a click may not open windows.
  const open = () =>
    page.evaluate(async (target) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      await api.tabs.create({ url: api.runtime.getURL(target) });
    }, path);
  return extensionPage(browser, open, path, heading);
}

/**
 * Firefox: the open card's "Full record" opens the record in a tab next to the article (a page may
 * not open the sidebar). Returns that tab as soon as it is there: Playwright's handle on a tab that
 * moves to the extension's process can stall, so the caller reads only its address.
 */
export async function fullRecordFromCard(browser: ExtensionBrowser, article: Page): Promise<Page> {
  const before = new Set(browser.context.pages());
  await article.locator('[data-backstory-ui] .card').getByRole('button', { name: 'Full record' }).click();
  const fresh = () => browser.context.pages().find((page) => !before.has(page) && page.url().includes('/dossier.html'));
  await expect.poll(() => fresh() !== undefined, { timeout: 15_000 }).toBe(true);
  return fresh()!;
}
