import { browser } from 'wxt/browser';
import { guardedDispatch, type SenderFacts, senderKind } from '../../lib/message-guard';
import type { BackgroundMessages, Handlers } from '../../lib/messages';
import { saveArticle } from '../../lib/notebook/notebook-store';
import { loadBundledAssets } from '../../lib/packs/bundled-assets';
import { packSwitches } from '../../lib/packs/dataset-notices';
import { packLibrary } from '../../lib/packs/pack-library';
import { compiledUserPacks, deleteUserPack, getUserPack, putUserPack, userPackSources } from '../../lib/packs/user-pack-store';
import { sendToTab } from '../../lib/runtime-messaging';
import { loadSettings, watchSettings } from '../../lib/settings/settings-store';
import { openDossier } from './dossier-opener';
import { fetchPackText } from './fetch-pack';
import { LOOK_UP_COMMAND, lookUpInTab, registerLookUpMenu } from './look-up-menu';
import { allowNotebookOpen, takeNotebookOpen } from './notebook-openers';
import { notifyTabs } from './notify-tabs';
import { registerWelcomeOnInstall } from './welcome-on-install';

export default defineBackground(() => {
  // Milliseconds since this worker started (performance.now() counts from its start): how long a
  // cold start takes to open the dataset and answer the first page. Read by the end-to-end tests.
  const startup: { scriptMs: number; datasetOpenMs?: number; firstAnswerMs?: number } = { scriptMs: performance.now() };
  (globalThis as { backstoryStartup?: typeof startup }).backstoryStartup = startup;
  registerWelcomeOnInstall();
  registerLookUpMenu();
  const notify = (change: Parameters<typeof notifyTabs>[0]) => void notifyTabs(change).catch(() => undefined);
  // The background owns "the dataset changed": it learns of pack switches from the settings
  // (whoever wrote them: the settings page, a data import, sync from another browser), keeps the
  // switched-off packs itself instead of reading them on every match, and tells open tabs.
  const switches = loadSettings().then((settings) => packSwitches(settings.disabledPacks, notify));
  watchSettings((settings) => void switches.then((s) => s.update(settings.disabledPacks)));

  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  /** The tab of a content script's request; undefined for the extension's own pages. */
  const contentTab = (sender: unknown) => {
    const facts = sender as SenderFacts;
    return senderKind(facts, self) === 'content' ? facts.tab?.id : undefined;
  };

  const library = packLibrary(
    // Fetched when the worker starts: the index opens as it is, entry shards are read on demand.
    async () => {
      const bundled = await loadBundledAssets((path) => fetch(browser.runtime.getURL(`/${path}` as '/')));
      startup.datasetOpenMs ??= performance.now();
      return bundled;
    },
    { compiled: compiledUserPacks, get: getUserPack, put: putUserPack, delete: deleteUserPack, sources: userPackSources },
    { disabledPacks: async () => (await switches).disabled, fetchText: fetchPackText, onChange: notify },
  );

  const handlers: Handlers<BackgroundMessages, unknown> = {
    ...library,
    findMentions: async (params, sender) => {
      const found = await library.findMentions(params, sender);
      startup.firstAnswerMs ??= performance.now();
      return found;
    },
    saveArticle: async ({ article }, sender) => {
      const saved = await saveArticle(article);
      const tabId = contentTab(sender);
      if (tabId !== undefined) await allowNotebookOpen(tabId);
      return saved;
    },
    openDossier: (request, sender) => openDossier(request, sender as SenderFacts, contentTab(sender)),
    openPage: async ({ page }, sender) => {
      const tabId = contentTab(sender);
      if (tabId !== undefined && (page !== 'notebook' || !(await takeNotebookOpen(tabId)))) {
        throw new Error('a page may open the notebook only right after saving its article');
      }
      if (page === 'options') await browser.runtime.openOptionsPage();
      else await browser.tabs.create({ url: browser.runtime.getURL('/notebook.html') });
      return true;
    },
  };

  // Only our own extension's pages and content scripts may ask, each only what lib/message-guard allows.
  browser.runtime.onMessage.addListener((message, sender) => guardedDispatch(handlers, message, sender, self));

  const navigate = async (direction: 1 | -1, tabId?: number) => {
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return false;
    return sendToTab(id, 'navigateTerm', { direction }).catch(() => false);
  };

  // Firefox for Android has no commands API: the worker must still start there.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'next-term') void navigate(1, tab?.id);
    if (command === 'previous-term') void navigate(-1, tab?.id);
    if (command === LOOK_UP_COMMAND && tab?.id !== undefined) void lookUpInTab(tab.id);
  });

  // The end-to-end tests drive the keyboard path through this (headless browsers deliver no shortcuts).
  (globalThis as { backstoryNavigate?: typeof navigate }).backstoryNavigate = navigate;
  // And the context menu's "Look up in Backstory" through this (headless browsers open no native menus).
  (globalThis as { backstoryLookUp?: typeof lookUpInTab }).backstoryLookUp = lookUpInTab;
});
