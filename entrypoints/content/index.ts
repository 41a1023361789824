/**
 * The content script: one page session, and the features that register with it. Each feature is
 * one file; the session owns the scan, the settings and the site verdict.
 */
import './highlights.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { frameRole } from '../../lib/page/frame-role';
import { clearAll, highlightsSupported } from '../../lib/page/highlight';
import { loadSettings, watchSettings } from '../../lib/settings/settings-store';
import { registerCardActions } from './card-actions';
import { CardController } from './card-controller';
import { CardLayer } from './card-layer';
import { registerHover } from './hover';
import { registerKeyboardNavigation } from './keyboard-nav';
import { lookUpSelection } from './look-up';
import { watchMutations } from './mutation-watch';
import { PageSession } from './page-session';
import { registerTabHandlers } from './popup-handlers';
import { styleShadowRoots } from './shadow-styles';

// The Navigation API reports a pushState before the page has updated its content and metadata:
// give the page's own update a moment, then read everything again.
const NAVIGATION_SETTLE_MS = 300;

async function start(ctx: ContentScriptContext): Promise<void> {
  if (!highlightsSupported()) return; // Nothing can be painted without rewriting the page: do nothing.
  const frame = frameRole(window);
  if (!frame) return; // a frame that cannot hold the article (frames.ts)
  const layer = new CardLayer(document);
  const session = new PageSession(ctx, document, await loadSettings(), () => layer.element, frame.factsDoc);
  const cards = new CardController(session, layer);
  registerHover(session, cards);
  registerCardActions(session, cards);
  registerTabHandlers(session, registerKeyboardNavigation(session, cards), lookUpSelection(session, cards), frame.top);

  session.rescan();
  const unwatchSettings = watchSettings((next) => session.applySettings(next));
  const watcher = watchMutations(document.body ?? document.documentElement, {
    ignore: () => layer.element,
    onChange: () => session.rescan(),
  });
  // Text inside open shadow roots: painted with the highlight rules in reach, and watched.
  session.on('painted', (scan) => {
    styleShadowRoots(scan);
    for (const root of scan.snapshot.shadowRoots ?? []) watcher.observe(root);
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => session.reset(), NAVIGATION_SETTLE_MS));
  ctx.onInvalidated(() => {
    watcher.stop();
    unwatchSettings();
    layer.remove();
    clearAll();
  });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // The top page only: frames that can hold the article get this script from the background when
  // the frame starter asks (entrypoints/frame-start.ts), the others never load it.
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    void start(ctx);
  },
});
