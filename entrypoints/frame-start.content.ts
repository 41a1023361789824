/**
 * The frame starter: the only script declared for every frame. A page can hold dozens of frames
 * (ads, players, trackers) and evaluating the content script in each costs more than the article
 * itself, so this one asks the cheap question first (lib/page/frame-role) and only a frame that can
 * hold the article loads the content script, as a module from the extension's own package.
 */
import './content/highlights.css';
import { browser } from 'wxt/browser';
import { frameRole } from '../lib/page/frame-role';

/** The file WXT writes for entrypoints/content/ (the manifest lists it for the top page). */
export const CONTENT_SCRIPT = '/content-scripts/content.js';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const role = frameRole(window);
    // The top page has the content script from the manifest.
    if (!role || role.top) return;
    // The module runs in this script's isolated world, with the same extension APIs. A frame that
    // goes away while it loads is no loss.
    void import(/* @vite-ignore */ browser.runtime.getURL(CONTENT_SCRIPT)).catch(() => undefined);
  },
});
