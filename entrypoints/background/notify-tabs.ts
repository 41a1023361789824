/** Tells every open tab's content script that the dataset changed, so it scans again. */
import { browser } from 'wxt/browser';
import type { DatasetChange } from '../../lib/messages';
import { sendToTab } from '../../lib/runtime-messaging';

export async function notifyTabs(change: DatasetChange): Promise<void> {
  const tabs = await browser.tabs.query({});
  // Tabs without Backstory (browser pages, pages opened before install) have no receiver: fine.
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, 'datasetChanged', change).catch(() => false))));
}
