/**
 * A content script may open the notebook only right after the user saved that tab's article from
 * its card ("Saved. Open notebook"): one opening per save. Kept in session storage, so a service
 * worker restarted between the save and the click still knows.
 */
import { storage } from '@wxt-dev/storage';

const openers = storage.defineItem<number[]>('session:notebookOpeners', { fallback: [] });

export async function allowNotebookOpen(tabId: number): Promise<void> {
  const tabs = await openers.getValue();
  if (!tabs.includes(tabId)) await openers.setValue([...tabs, tabId].slice(-50));
}

/** True once per save: the permission is used up. */
export async function takeNotebookOpen(tabId: number): Promise<boolean> {
  const tabs = await openers.getValue();
  if (!tabs.includes(tabId)) return false;
  await openers.setValue(tabs.filter((id) => id !== tabId));
  return true;
}
