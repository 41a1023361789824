/**
 * "Look up in Backstory": a context-menu item on selected text and a keyboard command. Both ask
 * the page to look up the selection and show the answer in its card; the menu passes the selected
 * text the browser gives it, the command lets the page read its own selection.
 */
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { sendToTab } from '../../lib/runtime-messaging';

const MENU_ID = 'backstory-look-up';
export const LOOK_UP_COMMAND = 'look-up-selection';

/** Asks a tab (one frame of it, for the menu) to look up text; false when no page script answers. */
export function lookUpInTab(tabId: number, text?: string, frameId?: number): Promise<boolean> {
  return sendToTab(tabId, 'lookUpSelection', text === undefined ? {} : { text }, frameId).catch(() => false);
}

export function registerLookUpMenu(): void {
  // Firefox for Android has no context menus: there is then no look-up, and the worker still starts.
  if (!browser.contextMenus) return;
  // Made afresh at each start: an existing item with the same id would make create() fail.
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: MENU_ID, title: t('menu_look_up'), contexts: ['selection'] }));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
    void lookUpInTab(tab.id, info.selectionText, info.frameId);
  });
}
