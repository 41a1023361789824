/**
 * Opens an entry's dossier beside the article. Chromium's side panel may be opened only inside
 * the user's click, which reaches the worker with the card's message: so the panel is asked for
 * before anything is awaited. Where that is refused, and in Firefox (whose sidebar opens only from
 * the extension's own controls, not from a page), the dossier opens in a tab next to the article.
 */
import { browser } from 'wxt/browser';
import { type DossierRequest, dossierQuery, panelDossier } from '../../lib/dossier-request';

interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}

interface Sender {
  readonly tab?: { readonly id?: number; readonly index?: number; readonly windowId?: number };
}

async function openInTab(request: DossierRequest, sender: Sender): Promise<'tab'> {
  const tab = sender.tab;
  await browser.tabs.create({
    url: browser.runtime.getURL(`/dossier.html${dossierQuery(request)}` as '/dossier.html'),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
    ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
  });
  return 'tab';
}

export function openDossier(request: DossierRequest, sender: Sender, tabId: number | undefined): Promise<'panel' | 'tab'> {
  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  if (sidePanel === undefined || tabId === undefined) return openInTab(request, sender);
  // Both calls start now, inside the click; the panel shows the stored request when it arrives.
  const stored = panelDossier.setValue(request);
  const opened = sidePanel.open({ tabId });
  return Promise.all([stored, opened]).then(
    () => 'panel' as const,
    () => openInTab(request, sender),
  );
}
