/**
 * Vitest setup (unit project): the fake browser WXT gives the tests has no i18n, so getMessage and
 * getUILanguage answer from the English messages.json, substituting as Chromium does.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import { type Catalogue, chromeGetMessage, loadCatalogue } from './chrome-i18n';

/** The browser language the tests run in: English, as a browser reports it. */
export const TEST_UI_LANGUAGE = 'en-US';

const messages = loadCatalogue(en as Catalogue);

Object.assign(fakeBrowser.i18n, {
  getMessage: (name: string, substitutions?: string | string[]) => chromeGetMessage(messages, name, substitutions, TEST_UI_LANGUAGE),
  getUILanguage: () => TEST_UI_LANGUAGE,
});
