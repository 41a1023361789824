/** Opens the notebook: as a full page in a tab, or in the browser's side panel (Chromium) or sidebar (Firefox). */
import { browser } from 'wxt/browser';

export async function openNotebook(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/notebook.html') });
}

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Is there a side panel or sidebar API to open the notebook beside the article? */
export function canOpenPanel(): boolean {
  const apis = browser as unknown as PanelApis;
  return typeof apis.sidePanel?.open === 'function' || typeof apis.sidebarAction?.open === 'function';
}

/** The window the popup belongs to, read ahead: awaiting it inside the click would use up the user gesture. */
let windowId: number | undefined;
export function prepareNotebookPanel(): void {
  void browser.windows.getCurrent().then((window) => {
    windowId = window.id;
  });
}

/** Must run inside a user gesture (a click in the popup), as both browsers require: nothing is awaited first. */
export async function openNotebookPanel(): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidebarAction) return apis.sidebarAction.open();
  if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId });
  return openNotebook();
}
