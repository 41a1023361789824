/**
 * The frame starter: the only script declared for every frame. A page can hold dozens of frames
 * (ads, players, trackers) and evaluating the content script in each costs more than the article
 * itself, so this one asks the cheap question first (lib/page/frame-role) and only a frame that can
 * hold the article loads the content script, as a module from the extension's own package.
 */
import { frameRole } from '../lib/page/frame-role';

/** The file WXT writes for entrypoints/content/ (the manifest lists it for the top page). */
export const CONTENT_SCRIPT = '/content-scripts/content.js';

interface ExtensionRuntime {
  getURL(path: string): string;
}

/**
 * The browser's own runtime object, not the polyfill's (`wxt/browser`): getURL needs no promise
 * wrapping, and leaving the polyfill out keeps this script a few kilobytes in every frame.
 */
function runtime(): ExtensionRuntime {
  const scope = globalThis as unknown as { browser?: { runtime?: ExtensionRuntime }; chrome: { runtime: ExtensionRuntime } };
  return scope.browser?.runtime ?? scope.chrome.runtime;
}

// An unlisted script, declared for every frame by wxt.config.ts (with the content script's
// stylesheet): a WXT content script would bring WXT's content-script context and the browser
// polyfill, ten times this script's own size, into every ad frame.
export default defineUnlistedScript({
  main() {
    const role = frameRole(window);
    // The top page has the content script from the manifest.
    if (!role || role.top) return;
    // The module runs in this script's isolated world, with the same extension APIs. A frame that
    // goes away while it loads is no loss.
    void import(/* @vite-ignore */ runtime().getURL(CONTENT_SCRIPT)).catch(() => undefined);
  },
});
