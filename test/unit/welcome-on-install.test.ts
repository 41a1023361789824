/** The welcome page opens on a fresh install only, once (entrypoints/background/welcome-on-install.ts). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall, registerWelcomeOnInstall, WELCOME_PAGE } from '../../entrypoints/background/welcome-on-install';

/** The addresses of the tabs opened since the fake browser's reset (it starts with one blank tab). */
const openUrls = async () => (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));
const welcomeUrl = () => fakeBrowser.runtime.getURL(WELCOME_PAGE);

describe('welcome page on install', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page in a new tab when Backstory is installed', async () => {
    expect(await openWelcomeOnInstall({ reason: 'install' })).toBe(true);
    expect(await openUrls()).toEqual([welcomeUrl()]);
    expect(welcomeUrl()).toMatch(/^chrome-extension:\/\/[^/]+\/welcome\.html$/);
  });

  it('opens it once: a second "install" of the same storage opens nothing', async () => {
    expect(await openWelcomeOnInstall({ reason: 'install' })).toBe(true);
    expect(await openWelcomeOnInstall({ reason: 'install' })).toBe(false);
    expect(await openUrls()).toEqual([welcomeUrl()]);
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])('opens nothing on "%s"', async (reason) => {
    expect(await openWelcomeOnInstall({ reason })).toBe(false);
    expect(await openUrls()).toEqual([]);
  });

  it('listens to runtime.onInstalled', async () => {
    registerWelcomeOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(await openUrls()).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await expect.poll(openUrls).toEqual([welcomeUrl()]);
  });
});
