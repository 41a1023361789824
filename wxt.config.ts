import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { writeDatasetAssets } from './lib/packs/node/dataset-assets';
import { zodJitlessPlugin } from './lib/zod-jitless-plugin';

export default defineConfig({
  // One promise-based `browser` API on every browser: Chrome accepts a Promise returned from an
  // onMessage listener only since version 144, and the polyfill makes that work on older ones.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), zodJitlessPlugin()] }),
  // Words in the manifest come from public/_locales (see docs/translating.md).
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    // No host permissions: the content script is declared for http(s) pages. A host is asked for
    // at run time only when the user imports a pack from a URL on it.
    // contextMenus: "Look up in Backstory" on a text selection (only the selected text is read).
    permissions: ['storage', 'contextMenus'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // A frame that can hold the article loads the content script as a module
    // (entrypoints/frame-start.ts); only that file is reachable from pages.
    web_accessible_resources: [{ resources: ['content-scripts/content.js'], matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_command_next_term__',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_command_previous_term__',
      },
      'look-up-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_command_look_up__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // Manifest V2 has no optional_host_permissions: hosts go with the optional permissions.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '142.0',
              // Backstory collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // The newest API Backstory calls is chrome.sidePanel.open() (Chrome 116; the side panel
          // itself is 114, the CSS Custom Highlight API 105). The code is built for Vite's default
          // target, Chrome 111, which also lowers light-dark() (123) into plain custom properties.
          // The reasons, API by API: docs/store.md.
          minimum_chrome_version: '116',
        }),
  }),
  // `wxt zip -b firefox` (npm run zip, npm run build:amo) also writes the sources zip that
  // addons.mozilla.org's reviewers rebuild the Firefox zip from (docs/amo-source.md). It holds what
  // the build reads and the build instructions, nothing else: no tests, notes or evaluation data.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'docs/amo-source.md',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      'assets/packs/**',
      'assets/icon/**',
    ],
  },
  hooks: {
    // The bundled packs become data files beside the code (an alias index the worker opens without
    // rebuilding, and entry shards read on demand), not part of background.js.
    'build:publicAssets': (wxt, files) => {
      const cache = join(wxt.config.root, '.output', '.dataset', `${wxt.config.browser}-${wxt.config.mode}`);
      files.push(...writeDatasetAssets(cache));
    },
    // WXT takes the toolbar button's and the sidebar's titles from the pages' <title>s, which are
    // English until the page's script localizes them: the manifest gets the messages instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      // The frame starter (entrypoints/frame-start.ts) in every frame; the content script's own
      // entry is for the top page only, and the starter loads it in frames that can hold the article.
      // The highlight rules go with the starter, so every frame, the top page included, has them once.
      manifest.content_scripts ??= [];
      for (const script of manifest.content_scripts) if (script.js?.includes('content-scripts/content.js')) delete script.css;
      manifest.content_scripts.push({
        matches: ['http://*/*', 'https://*/*'],
        all_frames: true,
        run_at: 'document_idle',
        js: ['frame-start.js'],
        css: ['content-scripts/content.css'],
      });
      const action = manifest.action ?? manifest.browser_action;
      // The toolbar sizes of public/icon/ (scripts/make-icons.ts), which WXT lists under `icons` only.
      const toolbarIcons = Object.fromEntries(Object.entries(manifest.icons ?? {}).filter(([size]) => size === '16' || size === '32'));
      if (action) {
        action.default_title = '__MSG_ext_name__';
        action.default_icon = toolbarIcons;
      }
      const sidebar = (manifest as { sidebar_action?: { default_title?: string; default_icon?: Record<string, string> } }).sidebar_action;
      if (sidebar) {
        sidebar.default_title = '__MSG_notebook_title__';
        sidebar.default_icon = toolbarIcons;
      }
    },
  },
});
