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
): Promise<TabMessages[K]['result']> {
  return browser.tabs.sendMessage(tabId, envelope<TabMessages, K>(name, params));
}
