/** The typed message surface bound to the browser's runtime messaging. */
import { browser } from 'wxt/browser';
import { type BackgroundMessages, envelope, type TabMessages } from './messages';

export function sendToBackground<K extends keyof BackgroundMessages & string>(
  name: K,
  params: BackgroundMessages[K]['params'],
): Promise<BackgroundMessages[K]['result']> {
  return browser.runtime.sendMessage(envelope<BackgroundMessages, K>(name, params));
}

export function sendToTab<K extends keyof TabMessages & string>(
  tabId: number,
  name: K,
  params: TabMessages[K]['params'],
  /** One frame of the tab (the one a context menu was opened in); every frame when left out. */
  frameId?: number,
): Promise<TabMessages[K]['result']> {
  const message = envelope<TabMessages, K>(name, params);
  return frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId });
}
