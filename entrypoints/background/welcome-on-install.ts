/**
 * The welcome page opens once, when Backstory is installed: not on updates, and not when the
 * browser itself updates (runtime.onInstalled fires for those too). Chromium also reports "install"
 * each time it starts with the extension given on its command line (--load-extension, as in
 * development and in the tests), so a flag in local storage makes it once per install: uninstalling
 * clears the flag with the rest of the extension's storage.
 */
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html';

const welcomeOpened = storage.defineItem<boolean>('local:welcomeOpened', { fallback: false });

/** Opens the welcome page for a fresh install; says whether it did. */
export async function openWelcomeOnInstall(details: { readonly reason: string }): Promise<boolean> {
  if (details.reason !== 'install' || (await welcomeOpened.getValue())) return false;
  await welcomeOpened.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  return true;
}

/**
 * Call from the background's first turn, so a service worker started by the install hears the event.
 * The testing build (`--mode e2e`) opens no welcome page: Chromium counts every test browser's fresh
 * profile as an install, and the extra tab would take the focus from the page a test opened. The
 * shipped build's welcome tab is checked in test/e2e/welcome.test.ts.
 */
export function registerWelcomeOnInstall(): void {
  if (import.meta.env.MODE === 'e2e') return;
  browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details).catch(() => undefined));
}
